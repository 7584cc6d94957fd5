import { describe, expect, it } from 'vitest';
import {
  median,
  medianReplyPerDay,
  percentile,
  responseTimeHistogram,
  responseTimeStats,
  volumePerDay,
} from './aggregate';
import type { ConversationSample } from './collect';

const sample = (createdAt: number, timeToAdminReply?: number): ConversationSample => ({
  id: String(createdAt),
  createdAt,
  state: 'open',
  timeToAdminReply,
});

describe('volumePerDay', () => {
  it('counts conversations per UTC day, with zero for quiet days and nothing outside the range', () => {
    const samples = [
      sample(1740873599), // 2025-03-01T23:59:59Z
      sample(1740873600), // 2025-03-02T00:00:00Z
      sample(1740873601),
      sample(1741132800), // 2025-03-05, outside
    ];
    expect(volumePerDay(samples, ['2025-03-01', '2025-03-02', '2025-03-03'])).toEqual([
      { day: '2025-03-01', count: 1 },
      { day: '2025-03-02', count: 2 },
      { day: '2025-03-03', count: 0 },
    ]);
  });
});

describe('percentile and median', () => {
  it('use the nearest rank, and the mean of the middle pair for an even count', () => {
    const ten = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    expect(percentile(ten, 90)).toBe(9);
    expect(percentile(ten, 100)).toBe(10);
    expect(percentile(ten, 1)).toBe(1);
    expect(percentile([5], 90)).toBe(5);
    expect(median([1, 2, 3, 4])).toBe(2.5);
    expect(median([1, 2, 3])).toBe(2);
  });
});

describe('responseTimeStats', () => {
  it('summarises the first-reply times of the conversations that had a reply', () => {
    const samples = [sample(1, 600), sample(2, 60), sample(3, 3600), sample(4), sample(5, 120)];
    expect(responseTimeStats(samples)).toEqual({ replied: 4, total: 5, median: 360, p90: 3600, mean: 1095 });
  });

  it('has nothing to say without a reply', () => {
    expect(responseTimeStats([sample(1), sample(2)])).toBeUndefined();
  });
});

describe('responseTimeHistogram', () => {
  it('puts each reply in its band, a boundary in the band above', () => {
    const samples = [299, 300, 899, 900, 3599, 3600, 86_399, 86_400].map((t, i) => sample(i, t));
    expect(responseTimeHistogram([...samples, sample(99)]).map((b) => b.count)).toEqual([1, 2, 2, 1, 1, 1]);
  });
});

describe('medianReplyPerDay', () => {
  it('takes the median of each day and leaves days without a reply empty', () => {
    const day1 = 1740787200; // 2025-03-01T00:00:00Z
    const day2 = day1 + 86_400;
    const samples = [
      sample(day1, 300),
      sample(day1 + 10, 100),
      sample(day1 + 20, 200),
      sample(day2),
      sample(day2 + 5, 60),
    ];
    expect(medianReplyPerDay(samples, ['2025-03-01', '2025-03-02', '2025-03-03'])).toEqual([
      { day: '2025-03-01', median: 200 },
      { day: '2025-03-02', median: 60 },
      { day: '2025-03-03', median: undefined },
    ]);
  });
});
