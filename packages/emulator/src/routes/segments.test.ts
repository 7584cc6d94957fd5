import { describe, expect, it } from 'vitest';
import { testApi } from '../test-support/client';

describe('segments and subscription types', () => {
  const api = testApi({ conversations: 40 });
  const store = api.emulator.store;

  it('lists segments, with member counts on request, and finds one', async () => {
    const plain = await api.get<{
      type: string;
      segments: Array<{ id: string; name: string; count?: number }>;
      pages: object;
    }>('/segments');
    expect(plain.body.type).toBe('segment.list');
    expect(plain.body.segments[0]).not.toHaveProperty('count');
    const counted = await api.get<{ segments: Array<{ id: string; name: string; count: number }> }>(
      '/segments?include_count=true',
    );
    const leads = counted.body.segments.find((s) => s.name === 'Leads');
    expect(leads?.count).toBe([...store.contacts.values()].filter((c) => c.role === 'lead' && !c.archived).length);
    expect((await api.get(`/segments/${leads?.id}`)).body).toMatchObject({
      type: 'segment',
      name: 'Leads',
      person_type: 'contact',
    });
    expect((await api.get('/segments/1')).status).toBe(404);
    expect((await api.get('/segments?include_count=maybe')).status).toBe(400);
  });

  it('lists subscription types', async () => {
    const { body } = await api.get<{ type: string; data: Array<{ type: string; consent_type: string }> }>(
      '/subscription_types',
    );
    expect(body.data.map((s) => s.consent_type).sort()).toEqual(['opt_in', 'opt_out']);
  });
});
