import type { DayVolume } from './aggregate';
import { dayLabel, labelEvery, niceCeiling } from './scale';

const WIDTH = 760;
const HEIGHT = 220;
const MARGIN = { top: 12, right: 8, bottom: 26, left: 40 };

/** New conversations per day, as bars (hand-drawn SVG). */
export function VolumeChart({ data }: { readonly data: readonly DayVolume[] }) {
  const top = niceCeiling(Math.max(0, ...data.map((d) => d.count)));
  const plotWidth = WIDTH - MARGIN.left - MARGIN.right;
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const slot = plotWidth / Math.max(1, data.length);
  const y = (value: number) => MARGIN.top + plotHeight - (value / top) * plotHeight;
  const every = labelEvery(data.length, 10);
  const total = data.reduce((sum, d) => sum + d.count, 0);
  return (
    <svg
      className="chart"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-label={`Conversations per day: ${total} over ${data.length} days`}
      data-testid="volume-chart"
    >
      {[0, top / 2, top].map((tick) => (
        <g key={tick} className="grid">
          <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={y(tick)} y2={y(tick)} />
          <text x={MARGIN.left - 6} y={y(tick)} dy="0.32em" textAnchor="end">
            {tick}
          </text>
        </g>
      ))}
      {data.map((d, i) => {
        const height = (d.count / top) * plotHeight;
        return (
          <rect
            key={d.day}
            className="bar"
            data-testid="volume-bar"
            x={MARGIN.left + i * slot + slot * 0.12}
            y={MARGIN.top + plotHeight - height}
            width={Math.max(1, slot * 0.76)}
            height={height}
            rx={Math.min(3, slot * 0.2)}
          >
            <title>{`${d.day}: ${d.count} conversations`}</title>
          </rect>
        );
      })}
      {data.map((d, i) =>
        i % every === 0 ? (
          <text
            key={d.day}
            className="axis-label"
            x={MARGIN.left + (i + 0.5) * slot}
            y={HEIGHT - 8}
            textAnchor="middle"
          >
            {dayLabel(d.day)}
          </text>
        ) : null,
      )}
    </svg>
  );
}
