import type { Random } from '../random';
import type { Store } from '../store/store';
import type { DataAttributeRecord, DataType } from '../store/types';
import { seedSubscriptionTypes, seedTicketCatalog } from './catalogs';
import { firstNames, jobTitles, lastNames, plans, tagNames, teamNames, teamSizes } from './pools';

const DAY = 86_400;

/** Admins, teams, tags, segments, data attributes, ticket types/states and subscription types. */
export function seedWorkspace(
  store: Store,
  random: Random,
  sizes: { admins: number; teams: number; tags: number },
  start: number,
): void {
  seedTeamsAndAdmins(store, random, sizes.admins, sizes.teams);
  for (let i = 0; i < sizes.tags; i++) {
    const base = tagNames[i % tagNames.length] as string;
    const name = i < tagNames.length ? base : `${base}-${Math.floor(i / tagNames.length) + 1}`;
    const id = store.ids.next('tag');
    store.tags.set(id, { id, name, created_at: start + random.int(0, 10 * DAY) });
  }
  seedDataAttributes(store, start);
  seedSegments(store, start);
  seedTicketCatalog(store, start);
  seedSubscriptionTypes(store);
}

function seedTeamsAndAdmins(store: Store, random: Random, adminCount: number, teamCount: number): void {
  const teamIds: string[] = [];
  for (let i = 0; i < teamCount; i++) {
    const id = store.ids.next('team');
    const name = i < teamNames.length ? (teamNames[i] as string) : `Team ${i + 1}`;
    store.teams.set(id, { id, name, admin_ids: [] });
    teamIds.push(id);
  }
  for (let i = 0; i < Math.max(1, adminCount); i++) {
    const id = store.ids.next('admin');
    const first = firstNames[(i * 7) % firstNames.length] as string;
    const last = lastNames[(i * 11) % lastNames.length] as string;
    const memberOf = teamIds.length ? random.sample(teamIds, random.int(1, Math.min(2, teamIds.length))) : [];
    store.admins.set(id, {
      id,
      name: `${first} ${last}`,
      email: `${first}.${last}@support.example.com`.toLowerCase(),
      job_title: random.pick(jobTitles),
      away_mode_enabled: false,
      away_mode_reassign: false,
      away_status_reason_id: null,
      has_inbox_seat: true,
      team_ids: memberOf,
      avatar: null,
    });
    for (const teamId of memberOf) store.teams.get(teamId)?.admin_ids.push(id);
    if (i === 0) store.meAdminId = id;
  }
}

function seedDataAttributes(store: Store, start: number): void {
  const add = (
    model: 'contact' | 'company',
    fullName: string,
    dataType: DataType,
    label: string,
    custom: boolean,
    options?: string[],
  ) => {
    const id = Number(store.ids.next('dataAttribute'));
    const name = custom ? fullName : (fullName.split('.').pop() as string);
    const attribute: DataAttributeRecord = {
      id,
      model,
      name,
      full_name: custom ? `custom_attributes.${fullName}` : fullName,
      label,
      description: `${label} of the ${model}`,
      data_type: dataType,
      options: options ?? null,
      api_writable: true,
      messenger_writable: false,
      ui_writable: custom,
      custom,
      archived: false,
      created_at: start,
      updated_at: start,
      admin_id: custom ? store.meAdminId : null,
    };
    store.dataAttributes.set(id, attribute);
  };
  add('contact', 'name', 'string', 'Name', false);
  add('contact', 'email', 'string', 'Email', false);
  add('contact', 'phone', 'string', 'Phone', false);
  add('contact', 'external_id', 'string', 'User ID', false);
  add('contact', 'signed_up_at', 'date', 'Signed up', false);
  add('contact', 'last_seen_at', 'date', 'Last seen', false);
  add('contact', 'location.country', 'string', 'Country', false);
  add('contact', 'location.city', 'string', 'City', false);
  add('contact', 'plan', 'string', 'Plan', true, [...plans]);
  add('contact', 'trial_ends_at', 'date', 'Trial ends', true);
  add('contact', 'team_size', 'string', 'Team size', true, [...teamSizes]);
  add('contact', 'signup_source', 'string', 'Signup source', true);
  add('company', 'name', 'string', 'Company name', false);
  add('company', 'company_id', 'string', 'Company ID', false);
  add('company', 'monthly_spend', 'float', 'Monthly Spend', false);
  add('company', 'tier', 'string', 'Tier', true);
  add('company', 'account_manager', 'string', 'Account manager', true);
}

function seedSegments(store: Store, start: number): void {
  const rules: Array<[string, 'user' | 'contact', unknown]> = [
    [
      'Active in the last 30 days',
      'contact',
      { field: 'last_seen_at', operator: '>', value: String(start + 150 * DAY) },
    ],
    ['Leads', 'contact', { field: 'role', operator: '=', value: 'lead' }],
    [
      'Premium users',
      'user',
      {
        operator: 'AND',
        value: [
          { field: 'role', operator: '=', value: 'user' },
          { field: 'custom_attributes.plan', operator: 'IN', value: ['Premium', 'Enterprise'] },
        ],
      },
    ],
    ['Europe', 'contact', { field: 'location.country', operator: 'IN', value: ['Ireland', 'Germany', 'France'] }],
    ['Unsubscribed from email', 'contact', { field: 'unsubscribed_from_emails', operator: '=', value: true }],
  ];
  for (const [name, personType, query] of rules) {
    const id = store.ids.next('segment');
    store.segments.set(id, { id, name, person_type: personType, created_at: start, updated_at: start, query });
  }
}
