import { expect } from 'vitest';
import { type Check, contactByEmail, sorted, storeOf } from './context';

type Loose = Record<string, unknown>;

export const peopleChecks: Record<string, Check> = {
  setup: (result, context) => {
    const store = storeOf(context);
    expect(result).toBeUndefined();
    expect(contactByEmail(store, 'bob@example.com')).toMatchObject({
      role: 'user',
      external_id: '1',
      name: 'Bob Smith',
    });
    const joe = contactByEmail(store, 'joe@example.com');
    expect(joe).toMatchObject({ role: 'user', external_id: '123' });
    expect(store.findCompanyByCompanyId('6')?.name).toBe('Intercom');
    const started = [...store.conversations.values()].filter((c) => c.contact_ids.includes(joe.id));
    expect(started.map((c) => c.source.body)).toEqual(['My order is late']);
  },
  'usage.me': (result, context) => {
    const store = storeOf(context);
    expect(result).toEqual({ id: store.meAdminId, workspace: store.app.id_code });
  },
  'usage.async': (result, context) => {
    const store = storeOf(context);
    expect(result).toEqual({ me: store.meAdminId, admins: store.admins.size });
  },
  'usage.types': (result) => {
    expect(result).toEqual({ email: 'bob@example.com', parsed: 'bob@example.com' });
  },
  'users.find-by-email': (result, context) => {
    const bob = contactByEmail(storeOf(context), 'bob@example.com');
    expect(result).toEqual({ id: bob.id, email: 'bob@example.com', matches: 1 });
  },
  'users.find-by-user-id': (result, context) => {
    expect(result).toEqual({ id: storeOf(context).findContactBy('external_id', '1')?.id, external_id: '1' });
  },
  'users.find-by-id': (result, context) => {
    expect(result).toEqual({ id: contactByEmail(storeOf(context), 'bob@example.com').id, name: 'Bob Smith' });
  },
  'users.create': (result, context) => {
    const ben = storeOf(context).findContactBy('external_id', '7902');
    expect(ben).toMatchObject({
      role: 'user',
      email: 'ben@intercom.io',
      signed_up_at: 1270000000,
      last_seen_at: 1300000000,
    });
    expect(ben?.custom_attributes.plan).toBe('Pro');
    expect(result).toEqual({ role: 'user', external_id: '7902', plan: 'Pro' });
  },
  'users.update-custom-attribute': (result, context) => {
    const bob = contactByEmail(storeOf(context), 'bob@example.com');
    expect(bob.custom_attributes.average_monthly_spend).toBe(1234.56);
    expect(result).toEqual(bob.custom_attributes);
  },
  'users.increment': (result, context) => {
    expect(contactByEmail(storeOf(context), 'bob@example.com').custom_attributes.karma).toBe(1);
    expect(result).toBe(1);
  },
  'users.update': (result, context) => {
    expect(contactByEmail(storeOf(context), 'bob@example.com').name).toBe('Robert Smith');
    expect(result).toBe('Robert Smith');
  },
  'users.list-all': (result, context) => {
    const users = [...storeOf(context).contacts.values()].filter((c) => c.role === 'user' && !c.archived);
    // More than one page of 50: the iteration went through every page, each user once.
    expect(users.length).toBeGreaterThan(50);
    expect(sorted(result as string[])).toEqual(sorted(users.map((c) => c.email)));
  },
  'users.delete': (result, context) => {
    const store = storeOf(context);
    expect(store.findContactBy('external_id', '123')).toBeUndefined();
    expect(result).toMatchObject({ type: 'contact', external_id: '123', deleted: true });
  },
  'users.load-embedded': (result, context) => {
    const joe = contactByEmail(storeOf(context), 'joe@example.com');
    expect(result).toEqual({ partial: { type: 'contact', id: joe.id, external_id: '123' }, email: 'joe@example.com' });
  },
  'users.properties': (result, context) => {
    const { id, ...shown } = result as Loose;
    const contact = storeOf(context).contacts.get(id as string);
    expect(contact?.location.city).toBeTruthy();
    expect(shown).toEqual({
      custom: contact?.custom_attributes,
      city: contact?.location.city,
      profiles: [],
      lastSeen: contact?.last_seen_at,
    });
  },
  'leads.create': (result, context) => {
    expect(contactByEmail(storeOf(context), 'some_contact@example.com').role).toBe('lead');
    expect(result).toEqual({ role: 'lead', email: 'some_contact@example.com' });
  },
  'leads.update': (result, context) => {
    expect(contactByEmail(storeOf(context), 'some_contact@example.com').custom_attributes.foo).toBe('bar');
    expect(result).toEqual({ foo: 'bar' });
  },
  'leads.find-by-email': (result, context) => {
    const leads = [...storeOf(context).contacts.values()].filter(
      (c) => c.role === 'lead' && c.email === 'some_contact@example.com',
    );
    expect(leads).toHaveLength(1);
    expect(result).toEqual(['some_contact@example.com']);
  },
  'leads.convert': (result, context) => {
    const store = storeOf(context);
    const bob = contactByEmail(store, 'bob@example.com');
    expect(result).toEqual({ id: bob.id, role: 'user' });
    // The lead was merged away: it is no longer a contact of its own.
    expect([...store.mergedInto.values()]).toContain(bob.id);
    expect(
      [...store.contacts.values()].filter((c) => c.role === 'lead' && c.email === 'some_contact@example.com'),
    ).toEqual([]);
  },
  'leads.delete': (result, context) => {
    const { id } = result as Loose;
    expect(storeOf(context).contacts.get(id as string)).toBeUndefined();
    expect(result).toMatchObject({ deleted: true });
  },
  'admins.list': (result, context) => {
    expect(sorted(result as string[])).toEqual(sorted([...storeOf(context).admins.values()].map((a) => a.email)));
  },
};
