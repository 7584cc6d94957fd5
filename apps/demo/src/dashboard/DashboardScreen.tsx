import { useMemo, useState } from 'react';
import { useFaultTarget } from '../dev/fault-target';
import { ErrorState } from '../errors/ErrorState';
import { daysBetween } from '../shared/dates';
import { formatCount } from '../shared/format';
import { medianReplyPerDay, responseTimeHistogram, responseTimeStats, volumePerDay } from './aggregate';
import type { CollectProgress } from './collect';
import { ReplyTrendChart } from './ReplyTrendChart';
import { ResponseTimeChart } from './ResponseTimeChart';
import { type DashboardRange, lastDays, rangePresets, rangeProblem } from './range';
import { useDashboardData } from './use-dashboard-data';
import { VolumeChart } from './VolumeChart';

/** Conversation volume per day and first-reply times over a chosen range. */
export function DashboardScreen() {
  const [range, setRange] = useState<DashboardRange>(() => lastDays(30, new Date()));
  const problem = rangeProblem(range);
  const data = useDashboardData(range, problem === undefined);
  useFaultTarget(() => void data.refetch());
  const charts = useMemo(() => {
    if (!data.data) return undefined;
    const days = daysBetween(range.from, range.to);
    return {
      volume: volumePerDay(data.data, days),
      trend: medianReplyPerDay(data.data, days),
      stats: responseTimeStats(data.data),
      buckets: responseTimeHistogram(data.data),
    };
  }, [data.data, range.from, range.to]);
  return (
    <div className="dashboard" data-testid="dashboard">
      <RangePicker range={range} onChange={setRange} problem={problem} />
      {data.isFetching && <Progress progress={data.progress} />}
      {data.isError && <ErrorState error={data.error} onRetry={() => void data.refetch()} retrying={data.isFetching} />}
      {charts && !data.isFetching && (
        <div className="dashboard-grid">
          <section className="card wide">
            <h2>
              Conversations per day <span className="muted">(UTC)</span>
            </h2>
            <p className="muted" data-testid="dashboard-total">
              {formatCount(data.data?.length ?? 0)} conversations created from {range.from} to {range.to}
            </p>
            <VolumeChart data={charts.volume} />
            <h2 className="chart-title">
              Median first reply per day <span className="muted">(by day the conversation started)</span>
            </h2>
            <ReplyTrendChart data={charts.trend} />
          </section>
          <section className="card">
            <h2>First response time</h2>
            <ResponseTimeChart stats={charts.stats} buckets={charts.buckets} />
          </section>
        </div>
      )}
    </div>
  );
}

interface RangePickerProps {
  readonly range: DashboardRange;
  readonly onChange: (range: DashboardRange) => void;
  readonly problem: string | undefined;
}

function RangePicker({ range, onChange, problem }: RangePickerProps) {
  return (
    <div className="range-picker" data-testid="range-picker">
      <div className="segmented">
        {rangePresets.map((days) => {
          const preset = lastDays(days, new Date());
          const selected = preset.from === range.from && preset.to === range.to;
          return (
            <button
              key={days}
              type="button"
              className={selected ? 'selected' : undefined}
              data-testid={`range-${days}`}
              onClick={() => onChange(preset)}
            >
              Last {days} days
            </button>
          );
        })}
      </div>
      <label>
        From{' '}
        <input type="date" value={range.from} onChange={(event) => onChange({ ...range, from: event.target.value })} />
      </label>
      <label>
        to <input type="date" value={range.to} onChange={(event) => onChange({ ...range, to: event.target.value })} />
      </label>
      {problem && (
        <p className="field-problem" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}

function Progress({ progress }: { readonly progress: CollectProgress | undefined }) {
  const total = progress?.total;
  const loaded = progress?.loaded ?? 0;
  const share = total ? Math.min(1, loaded / total) : 0;
  return (
    <div className="progress" data-testid="dashboard-progress">
      <div
        className="progress-track"
        role="progressbar"
        aria-label="Conversations loaded"
        aria-valuemin={0}
        aria-valuemax={total ?? 0}
        aria-valuenow={loaded}
      >
        <div className="progress-fill" style={{ width: `${Math.round(share * 100)}%` }} />
      </div>
      <span className="muted">
        {total === undefined
          ? 'Searching…'
          : `Paging through search results: ${formatCount(loaded)} of ${formatCount(total)} conversations (${progress?.pages} ${progress?.pages === 1 ? 'page' : 'pages'})`}
      </span>
    </div>
  );
}
