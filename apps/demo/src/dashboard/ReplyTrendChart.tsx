import { formatDuration } from '../shared/format';
import type { DayMedian } from './aggregate';
import { dayLabel, labelEvery, niceCeiling } from './scale';

const WIDTH = 760;
const HEIGHT = 180;
const MARGIN = { top: 12, right: 8, bottom: 26, left: 48 };
const HOUR = 3600;

/** The median first reply of each day's conversations, as a line (gaps on days without replies). */
export function ReplyTrendChart({ data }: { readonly data: readonly DayMedian[] }) {
  const topHours = niceCeiling(Math.max(0, ...data.map((d) => (d.median ?? 0) / HOUR)));
  const plotWidth = WIDTH - MARGIN.left - MARGIN.right;
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const slot = plotWidth / Math.max(1, data.length);
  const x = (i: number) => MARGIN.left + (i + 0.5) * slot;
  const y = (seconds: number) => MARGIN.top + plotHeight - (seconds / HOUR / topHours) * plotHeight;
  const every = labelEvery(data.length, 10);
  // One path segment per run of days that have a median.
  const path = data
    .map((d, i) =>
      d.median === undefined ? '' : `${data[i - 1]?.median === undefined ? 'M' : 'L'}${x(i)},${y(d.median)}`,
    )
    .join(' ');
  return (
    <svg
      className="chart"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-label="Median first reply per day"
      data-testid="reply-trend-chart"
    >
      {[0, topHours / 2, topHours].map((tick) => (
        <g key={tick} className="grid">
          <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={y(tick * HOUR)} y2={y(tick * HOUR)} />
          <text x={MARGIN.left - 6} y={y(tick * HOUR)} dy="0.32em" textAnchor="end">
            {tick} h
          </text>
        </g>
      ))}
      <path className="trend-line" d={path} />
      {data.map((d, i) =>
        d.median === undefined ? null : (
          <circle key={d.day} className="trend-dot" cx={x(i)} cy={y(d.median)} r={3}>
            <title>{`${d.day}: median ${formatDuration(d.median)}`}</title>
          </circle>
        ),
      )}
      {data.map((d, i) =>
        i % every === 0 ? (
          <text key={d.day} className="axis-label" x={x(i)} y={HEIGHT - 8} textAnchor="middle">
            {dayLabel(d.day)}
          </text>
        ) : null,
      )}
    </svg>
  );
}
