import { describe, expect, it } from 'vitest';
import { createEmulator } from '../emulator';
import { errorCode, FIXED_NOW, testApi } from '../test-support/client';

type Company = {
  id: string;
  company_id: string;
  name: string;
  user_count: number;
  custom_attributes: Record<string, string>;
  [key: string]: unknown;
};
type CompanyList = {
  type: string;
  data: Company[];
  total_count: number;
  pages: { page: number; per_page: number; total_pages: number };
};

describe('companies', () => {
  const api = testApi({ conversations: 60, sizes: { companies: 20 } });
  const store = api.emulator.store;

  it('creates a company and updates it when company_id repeats', async () => {
    const created = await api.post<Company>('/companies', {
      company_id: 'acme-1',
      name: 'Acme',
      plan: 'Pro',
      size: 12,
      custom_attributes: { tier: 'gold' },
    });
    expect(created.body).toMatchObject({
      type: 'company',
      company_id: 'acme-1',
      name: 'Acme',
      plan: { type: 'plan', name: 'Pro' },
      size: 12,
      user_count: 0,
      custom_attributes: { tier: 'gold' },
    });
    const again = await api.post<Company>('/companies', { company_id: 'acme-1', name: 'Acme Inc' });
    expect(again.body).toMatchObject({ id: created.body.id, name: 'Acme Inc', size: 12 });
    expect(errorCode((await api.post('/companies', { name: 'No id' })).body)).toBe('parameter_not_found');
    expect((await api.post('/companies', { company_id: 'x', custom_attributes: { tier: 3 } })).status).toBe(400);
    expect(
      errorCode((await api.post('/companies', { company_id: 'y', custom_attributes: { unknown: 'v' } })).body),
    ).toBe('parameter_not_found');
  });

  it('finds, updates and deletes by id', async () => {
    const company = (await api.post<Company>('/companies', { company_id: 'temp-co', name: 'Temp' })).body;
    expect((await api.get(`/companies/${company.id}`)).body.name).toBe('Temp');
    expect((await api.put(`/companies/${company.id}`, { name: 'Temp 2', monthly_spend: 99 })).body).toMatchObject({
      name: 'Temp 2',
      monthly_spend: 99,
    });
    const contact = [...store.contacts.values()][0];
    await api.post(`/contacts/${contact?.id}/companies`, { id: company.id });
    expect((await api.delete(`/companies/${company.id}`)).body).toEqual({
      id: company.id,
      object: 'company',
      deleted: true,
    });
    expect(contact?.company_ids).not.toContain(company.id);
    expect(errorCode((await api.get(`/companies/${company.id}`)).body)).toBe('company_not_found');
  });

  it('GET /companies lists with page numbers and looks up by name or company_id', async () => {
    const page2 = await api.get<CompanyList>('/companies?page=2&per_page=5');
    expect(page2.body.pages).toEqual({
      type: 'pages',
      page: 2,
      per_page: 5,
      total_pages: Math.ceil(store.companies.size / 5),
    });
    expect(page2.body.data).toHaveLength(5);
    const some = [...store.companies.values()][3];
    expect(
      (await api.get<CompanyList>(`/companies?company_id=${some?.company_id}`)).body.data.map((c) => c.id),
    ).toEqual([some?.id]);
    expect(
      (await api.get<CompanyList>(`/companies?name=${encodeURIComponent(some?.name ?? '')}`)).body.data[0]?.id,
    ).toBe(some?.id);
    expect(errorCode((await api.get('/companies?name=Nobody%20Inc')).body)).toBe('company_not_found');
    expect((await api.get('/companies?per_page=0')).status).toBe(400);
  });

  it('POST /companies/list omits companies without users and sorts by last_request_at', async () => {
    const desc = await api.post<CompanyList>('/companies/list?per_page=50');
    const withUsers = [...store.companies.values()].filter((c) => c.contact_ids.size > 0);
    expect(desc.body.total_count).toBe(withUsers.length);
    const times = desc.body.data.map((c) => c.last_request_at as number);
    expect(times).toEqual([...times].sort((a, b) => b - a));
    const asc = await api.post<CompanyList>('/companies/list?per_page=50&order=asc');
    expect(asc.body.data[0]?.last_request_at).toBe(Math.min(...withUsers.map((c) => c.last_request_at)));
    expect((await api.post('/companies/list?order=up')).status).toBe(400);
  });

  it('attaches and detaches contacts, listing them from both sides', async () => {
    const company = (await api.post<Company>('/companies', { company_id: 'links', name: 'Links' })).body;
    const contact = [...store.contacts.values()][10];
    expect((await api.post(`/contacts/${contact?.id}/companies`, { id: company.id })).body).toMatchObject({
      id: company.id,
      user_count: 1,
    });
    const ofCompany = await api.get<{ data: Array<{ id: string }>; total_count: number }>(
      `/companies/${company.id}/contacts`,
    );
    expect(ofCompany.body.data.map((c) => c.id)).toEqual([contact?.id]);
    const ofContact = await api.get<{ data: Company[]; companies: Company[]; pages: { next: string | null } }>(
      `/contacts/${contact?.id}/companies`,
    );
    expect(ofContact.body.data.map((c) => c.id)).toContain(company.id);
    expect(ofContact.body.companies).toEqual(ofContact.body.data);
    expect(ofContact.body.pages.next).toBeNull();
    expect((await api.delete(`/contacts/${contact?.id}/companies/${company.id}`)).body).toMatchObject({
      user_count: 0,
    });
    expect((await api.delete(`/contacts/${contact?.id}/companies/${company.id}`)).status).toBe(404);
    expect(errorCode((await api.post(`/contacts/${contact?.id}/companies`, { id: 'nope' })).body)).toBe(
      'company_not_found',
    );
    expect((await api.get(`/companies/${company.id}/segments`)).body).toEqual({ type: 'list', data: [] });
  });

  it("links the next page of a contact's companies", async () => {
    const contact = [...store.contacts.values()][11];
    for (const company of [...store.companies.values()].slice(0, 3))
      await api.post(`/contacts/${contact?.id}/companies`, { id: company.id });
    const first = await api.get<{ pages: { next: string | null } }>(`/contacts/${contact?.id}/companies?per_page=2`);
    expect(first.body.pages.next).toBe(`https://api.intercom.io/contacts/${contact?.id}/companies?page=2&per_page=2`);
  });
});

describe('company scroll', () => {
  it('hands out every company once, then an empty page that ends the scroll', async () => {
    let now = FIXED_NOW;
    const emulator = createEmulator({ now: () => now, conversations: 30, sizes: { companies: 40 }, rateLimit: false });
    const get = async (path: string) => {
      const response = await emulator.fetch(`https://api.intercom.io${path}`, {
        headers: { Authorization: 'Bearer t' },
      });
      return { status: response.status, body: await response.json() };
    };
    const first = await get('/companies/scroll');
    expect(first.body).toMatchObject({ type: 'list', pages: null, total_count: null });
    expect((await get('/companies/scroll')).status).toBe(400);
    const param = first.body.scroll_param as string;
    const seen = first.body.data.map((c: Company) => c.id);
    for (;;) {
      const page = await get(`/companies/scroll?scroll_param=${param}`);
      if (page.body.data.length === 0) break;
      seen.push(...page.body.data.map((c: Company) => c.id));
    }
    expect(seen).toEqual([...emulator.store.companies.ascending()].map((c) => c.id));
    expect((await get(`/companies/scroll?scroll_param=${param}`)).status).toBe(400);
    const next = await get('/companies/scroll');
    expect(next.status).toBe(200);
    now += 61_000;
    const expired = await get(`/companies/scroll?scroll_param=${next.body.scroll_param}`);
    expect(expired.status).toBe(400);
    expect(JSON.stringify(expired.body)).toContain('expired');
  });
});
