import { compileQuery } from '@intercom-kit/search-dsl';
import { describe, expect, it } from 'vitest';
import { buildContactQuery, emptyContactSearch } from './contact-query';

const json = (search: Partial<typeof emptyContactSearch>) => {
  const query = buildContactQuery({ ...emptyContactSearch, ...search });
  return query && compileQuery(query, { resource: 'contacts' });
};

describe('buildContactQuery', () => {
  it('lists everyone without criteria', () => {
    expect(json({ name: '  ' })).toBeUndefined();
  });

  it('searches name and email by "contains" and the role exactly', () => {
    expect(json({ name: ' ada ', email: 'example.com', role: 'lead' })).toEqual(
      compileQuery(
        {
          operator: 'AND',
          value: [
            { field: 'name', operator: '~', value: 'ada' },
            { field: 'email', operator: '~', value: 'example.com' },
            { field: 'role', operator: '=', value: 'lead' },
          ],
        },
        { resource: 'contacts' },
      ),
    );
    expect(json({ role: 'user' })).toEqual({ field: 'role', operator: '=', value: 'user' });
  });
});
