import type { Store } from '@intercom-kit/emulator';
import { expect } from 'vitest';
import { type Check, contactByEmail, sorted, storeOf } from './context';

type Loose = Record<string, unknown>;

const tagNames = (store: Store, tags: { id: string }[]) => tags.map((t) => store.tags.get(t.id)?.name);
const companyByCompanyId = (store: Store, companyId: string) => {
  const company = store.findCompanyByCompanyId(companyId);
  if (!company) throw new Error(`no company ${companyId}`);
  return company;
};

export const accountChecks: Record<string, Check> = {
  'companies.attach-user': (result, context) => {
    const store = storeOf(context);
    const bob = contactByEmail(store, 'bob@example.com');
    const companyIds = bob.company_ids.map((id) => store.companies.get(id)?.company_id);
    expect(sorted(companyIds)).toEqual(['6', '9']);
    expect(sorted(result as string[])).toEqual(['6', '9']);
    expect(companyByCompanyId(store, '9').name).toBe('Test Company');
  },
  'companies.custom-attributes': (result, context) => {
    const company = companyByCompanyId(storeOf(context), '6');
    expect(company.custom_attributes).toEqual({ referral_source: 'Google' });
    expect(result).toEqual({ referral_source: 'Google' });
  },
  'companies.find-by-company-id': (result) => expect(result).toEqual(['Intercom']),
  'companies.find-by-name': (result) => expect(result).toEqual(['6']),
  'companies.find-by-id': (result) => expect(result).toBe('Intercom'),
  'companies.update': (result, context) => {
    expect(companyByCompanyId(storeOf(context), '6').name).toBe('Updated company name');
    expect(result).toBe('Updated company name');
  },
  'companies.list-all': (result, context) => {
    expect(sorted(result as string[])).toEqual(sorted([...storeOf(context).companies.values()].map((c) => c.name)));
  },
  'companies.users': (result) => expect(result).toEqual(['bob@example.com']),
  'tags.tag-users': (result, context) => {
    const store = storeOf(context);
    for (const email of ['bob@example.com', 'joe@example.com']) {
      expect(tagNames(store, contactByEmail(store, email).tags)).toContain('blue');
    }
    expect(result).toEqual({ tag: 'blue', bob: ['blue'] });
  },
  'tags.untag-users': (result, context) => {
    const store = storeOf(context);
    for (const email of ['bob@example.com', 'joe@example.com']) {
      expect(tagNames(store, contactByEmail(store, email).tags)).not.toContain('blue');
    }
    expect(result).toEqual([]);
  },
  'tags.list': (result, context) => {
    expect(sorted(result as string[])).toEqual(sorted([...storeOf(context).tags.values()].map((t) => t.name)));
  },
  'tags.for-user': (result, context) => {
    const store = storeOf(context);
    expect(result).toEqual(tagNames(store, contactByEmail(store, 'bob@example.com').tags));
    expect(result).toEqual(['vip']);
  },
  'tags.tag-companies': (result, context) => {
    const store = storeOf(context);
    expect(tagNames(store, companyByCompanyId(store, '6').tags)).toEqual(['red']);
    expect(result).toEqual({ tag: 'red', company: ['red'] });
  },
  'tags.untag-companies': (result, context) => {
    expect(companyByCompanyId(storeOf(context), '6').tags).toEqual([]);
    expect(result).toEqual([]);
  },
  'tags.for-company': (result, context) => {
    const store = storeOf(context);
    expect(result).toEqual(tagNames(store, companyByCompanyId(store, '6').tags));
    expect(result).toEqual(['enterprise']);
  },
  'tags.find-by-name': (result, context) => {
    const tag = [...storeOf(context).tags.values()].find((t) => t.name === 'Free Trial');
    expect(result).toEqual({ id: tag?.id, byId: 'Free Trial' });
  },
  'tags.create': (result, context) => {
    expect([...storeOf(context).tags.values()].filter((t) => t.name === 'Free Trial')).toHaveLength(1);
    expect(result).toBe('Free Trial');
  },
  'segments.find': (result, context) => {
    const { id } = result as Loose;
    expect(result).toEqual({ id, name: storeOf(context).segments.get(id as string)?.name });
  },
  'segments.update-removed': (result, context) => {
    expect(result).toEqual({ segments: storeOf(context).segments.size, bob: 0 });
  },
  'segments.list': (result, context) => {
    expect(sorted(result as string[])).toEqual(sorted([...storeOf(context).segments.values()].map((s) => s.name)));
  },
  'notes.find': (result, context) => {
    const store = storeOf(context);
    const notes = store.notesOf(contactByEmail(store, 'bob@example.com').id);
    expect(notes.map((n) => n.body)).toEqual(['Text for the note']);
    expect(result).toBe('Text for the note');
  },
  'notes.create': (result, context) => {
    const store = storeOf(context);
    const joe = contactByEmail(store, 'joe@example.com');
    const [note] = store.notesOf(joe.id);
    expect(note).toMatchObject({ body: '<p>Text for the note</p>', author_id: store.meAdminId });
    expect(result).toEqual({ body: '<p>Text for the note</p>', contact: joe.id });
  },
  'notes.list': (result, context) => {
    const store = storeOf(context);
    const bodies = store.notesOf(contactByEmail(store, 'joe@example.com').id).map((n) => n.body);
    expect(sorted(result as string[])).toEqual(sorted(bodies));
    expect(sorted(result as string[])).toEqual(['First', 'Second']);
  },
  'events.create': (result, context) => {
    const store = storeOf(context);
    const [event] = store.events.get(contactByEmail(store, 'bob@example.com').id) ?? [];
    const metadata = { invitee_email: 'pi@example.org', invite_code: 'ADDAFRIEND', found_date: 12909364407 };
    expect(event).toMatchObject({ event_name: 'invited-friend', metadata });
    expect(result).toEqual([['invited-friend', metadata]]);
  },
  'events.metadata': (result, context) => {
    const store = storeOf(context);
    const [event] = store.events.get(contactByEmail(store, 'bob@example.com').id) ?? [];
    expect(event?.event_name).toBe('placed-order');
    expect(result).toEqual(event?.metadata);
    expect(result).toMatchObject({
      stripe_invoice: 'inv_3434343434',
      order_number: { value: '3434-3434', url: 'https://example.org/orders/3434-3434' },
      price: { currency: 'usd', amount: 2999 },
    });
  },
  'events.list': (result, context) => {
    const store = storeOf(context);
    const events = store.events.get(contactByEmail(store, 'bob@example.com').id) ?? [];
    expect(result).toEqual(events.map((e) => e.event_name));
    expect(result).toEqual(['logged-in']);
  },
};
