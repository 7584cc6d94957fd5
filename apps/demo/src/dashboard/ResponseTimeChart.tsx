import { formatDuration } from '../shared/format';
import type { ResponseBucket, ResponseTimeStats } from './aggregate';

interface ResponseTimeProps {
  readonly stats: ResponseTimeStats | undefined;
  readonly buckets: readonly ResponseBucket[];
}

const WIDTH = 420;
const ROW = 28;
const LABEL = 80;

/** Median, 90th percentile and mean of the first reply, and how the replies spread over time bands. */
export function ResponseTimeChart({ stats, buckets }: ResponseTimeProps) {
  if (!stats) return <p className="muted">No conversation in this range has an admin reply yet.</p>;
  const largest = Math.max(1, ...buckets.map((b) => b.count));
  const height = buckets.length * ROW;
  return (
    <div className="response-times">
      <dl className="stat-tiles" data-testid="response-stats">
        <Tile label="Median first reply" value={formatDuration(stats.median)} />
        <Tile label="90th percentile" value={formatDuration(stats.p90)} />
        <Tile label="Mean" value={formatDuration(stats.mean)} />
        <Tile label="Replied" value={`${Math.round((stats.replied / stats.total) * 100)} %`} />
      </dl>
      <svg
        className="chart"
        viewBox={`0 0 ${WIDTH} ${height}`}
        role="img"
        aria-label="First reply times by band"
        data-testid="response-chart"
      >
        {buckets.map((bucket, i) => {
          const width = ((WIDTH - LABEL - 48) * bucket.count) / largest;
          return (
            <g key={bucket.label} transform={`translate(0, ${i * ROW})`}>
              <text className="axis-label" x={LABEL - 8} y={ROW / 2} dy="0.32em" textAnchor="end">
                {bucket.label}
              </text>
              <rect
                className="bar alt"
                x={LABEL}
                y={5}
                width={Math.max(bucket.count ? 2 : 0, width)}
                height={ROW - 10}
                rx={3}
              >
                <title>{`${bucket.label}: ${bucket.count}`}</title>
              </rect>
              <text className="bar-value" x={LABEL + width + 6} y={ROW / 2} dy="0.32em">
                {bucket.count}
              </text>
            </g>
          );
        })}
      </svg>
    </div>
  );
}

function Tile({ label, value }: { readonly label: string; readonly value: string }) {
  return (
    <div className="tile">
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}
