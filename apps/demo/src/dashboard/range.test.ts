import { compileQuery } from '@intercom-kit/search-dsl';
import { describe, expect, it } from 'vitest';
import { lastDays, rangeProblem, rangeQuery } from './range';

describe('dashboard ranges', () => {
  it('covers the last n days with today included', () => {
    expect(lastDays(7, new Date('2025-03-10T08:00:00Z'))).toEqual({ from: '2025-03-04', to: '2025-03-10' });
  });

  it('says what is wrong with a range that cannot be charted', () => {
    expect(rangeProblem({ from: '2025-03-01', to: '2025-03-31' })).toBeUndefined();
    expect(rangeProblem({ from: '', to: '2025-03-31' })).toBe('Choose both a start and an end day.');
    expect(rangeProblem({ from: '2025-03-02', to: '2025-03-01' })).toBe(
      'The range ends (2025-03-01) before it starts (2025-03-02).',
    );
    expect(rangeProblem({ from: '2024-01-01', to: '2025-01-01' })).toBe(
      'Choose at most 366 days (this range has 367).',
    );
  });

  it('searches the conversations created within the whole days', () => {
    expect(compileQuery(rangeQuery({ from: '2025-03-01', to: '2025-03-01' }), { resource: 'conversations' })).toEqual(
      compileQuery(
        {
          operator: 'AND',
          value: [
            { field: 'created_at', operator: '>', value: 1740787199 },
            { field: 'created_at', operator: '<', value: 1740873600 },
          ],
        },
        { resource: 'conversations' },
      ),
    );
  });
});
