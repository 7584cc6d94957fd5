import { describe, expect, it } from 'vitest';
import { errorCode, testApi } from '../test-support/client';

describe('data attributes', () => {
  const api = testApi({ conversations: 10 });

  it('lists by model and hides archived ones unless asked', async () => {
    const companies = await api.get<{ data: Array<{ model: string }> }>('/data_attributes?model=company');
    expect(companies.body.data.every((a) => a.model === 'company')).toBe(true);
    expect((await api.get('/data_attributes?model=ticket')).status).toBe(400);
  });

  it('creates custom attributes that contacts can then use and search', async () => {
    const created = await api.post<{ id: number; full_name: string; data_type: string; custom: boolean }>(
      '/data_attributes',
      { name: 'favourite_colour', model: 'contact', data_type: 'string', description: 'Colour' },
    );
    expect(created.body).toMatchObject({
      type: 'data_attribute',
      full_name: 'custom_attributes.favourite_colour',
      data_type: 'string',
      custom: true,
      archived: false,
    });
    expect(typeof created.body.id).toBe('number');
    const contact = (
      await api.post<{ id: string }>('/contacts', {
        email: 'colour@example.com',
        custom_attributes: { favourite_colour: 'teal' },
      })
    ).body;
    const found = await api.post<{ data: Array<{ id: string }> }>('/contacts/search', {
      query: { field: 'custom_attributes.favourite_colour', operator: '=', value: 'teal' },
    });
    expect(found.body.data.map((c) => c.id)).toEqual([contact.id]);
    const options = await api.post<{ options: string[]; data_type: string }>('/data_attributes', {
      name: 'size',
      model: 'company',
      data_type: 'options',
      options: [{ value: 'S' }, { value: 'L' }],
    });
    expect(options.body).toMatchObject({ data_type: 'string', options: ['S', 'L'] });
  });

  it('refuses duplicates, bad names and options without the options type', async () => {
    expect(
      errorCode((await api.post('/data_attributes', { name: 'plan', model: 'contact', data_type: 'string' })).body),
    ).toBe('parameter_invalid');
    expect((await api.post('/data_attributes', { name: 'a.b', model: 'contact', data_type: 'string' })).status).toBe(
      400,
    );
    expect(
      (
        await api.post('/data_attributes', {
          name: 'c',
          model: 'contact',
          data_type: 'string',
          options: [{ value: 'a' }, { value: 'b' }],
        })
      ).status,
    ).toBe(400);
    expect((await api.post('/data_attributes', { name: 'd', model: 'contact' })).status).toBe(400);
  });

  it('archives custom attributes, refusing those a segment uses and standard ones', async () => {
    const attributes = [...api.emulator.store.dataAttributes.values()];
    const unused = attributes.find((a) => a.name === 'signup_source');
    const used = attributes.find((a) => a.name === 'plan' && a.model === 'contact');
    const standard = attributes.find((a) => !a.custom);
    expect(
      (await api.put(`/data_attributes/${unused?.id}`, { archived: true, description: 'old' })).body,
    ).toMatchObject({ archived: true, description: 'old' });
    const listed = await api.get<{ data: Array<{ id: number }> }>('/data_attributes');
    expect(listed.body.data.map((a) => a.id)).not.toContain(unused?.id);
    expect(
      (await api.get<{ data: Array<{ id: number }> }>('/data_attributes?include_archived=true')).body.data.map(
        (a) => a.id,
      ),
    ).toContain(unused?.id);
    const dependants = await api.put(`/data_attributes/${used?.id}`, { archived: true });
    expect(dependants.status).toBe(422);
    expect(errorCode(dependants.body)).toBe('data_invalid');
    expect((await api.put(`/data_attributes/${standard?.id}`, { archived: true })).status).toBe(400);
    expect(errorCode((await api.put('/data_attributes/1', { archived: true })).body)).toBe('field_not_found');
  });
});
