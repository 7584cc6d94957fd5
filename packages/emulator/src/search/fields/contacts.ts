import type { Store } from '../../store/store';
import type { ContactRecord, DataType } from '../../store/types';
import { emailDomain } from '../../views/people';
import { compileSearch } from '../evaluate';
import type { FieldResolver, FieldSpec, FieldType, FieldValue, Predicate } from '../types';

type Spec = FieldSpec<ContactRecord>;

const dataTypeToField: Record<DataType, FieldType> = {
  string: 'string',
  integer: 'integer',
  float: 'float',
  boolean: 'boolean',
  date: 'date',
};

const plainFields: Array<[string, FieldType]> = [
  ['id', 'string'],
  ['role', 'string'],
  ['name', 'string'],
  ['avatar', 'string'],
  ['owner_id', 'integer'],
  ['email', 'string'],
  ['phone', 'string'],
  ['external_id', 'string'],
  ['created_at', 'date'],
  ['signed_up_at', 'date'],
  ['updated_at', 'date'],
  ['last_seen_at', 'date'],
  ['last_contacted_at', 'date'],
  ['last_replied_at', 'date'],
  ['last_email_opened_at', 'date'],
  ['last_email_clicked_at', 'date'],
  ['language_override', 'string'],
  ['browser', 'string'],
  ['browser_language', 'string'],
  ['os', 'string'],
  ['unsubscribed_from_emails', 'boolean'],
  ['marked_email_as_spam', 'boolean'],
  ['has_hard_bounced', 'boolean'],
  ['ios_last_seen_at', 'date'],
  ['ios_app_version', 'string'],
  ['ios_device', 'string'],
  ['ios_os_version', 'string'],
  ['ios_app_name', 'string'],
  ['ios_sdk_version', 'string'],
  ['android_last_seen_at', 'date'],
  ['android_app_version', 'string'],
  ['android_device', 'string'],
  ['android_app_name', 'string'],
  ['android_sdk_version', 'string'],
];

/**
 * Contact search fields. Every date compares by calendar day (see `dayGranularity`); the catalog's
 * `andoid_sdk_version` (sic) reads `android_sdk_version`, `ios_app_device` reads `ios_device`;
 * `segment_id` evaluates each segment's rule; custom attributes take the type of their data attribute.
 */
export function contactFields(store: Store, depth = 0): FieldResolver<ContactRecord> {
  const specs = new Map<string, Spec>();
  const add = (name: string, type: FieldType, get: (c: ContactRecord) => FieldValue) =>
    specs.set(name, { type, get, dayGranularity: type === 'date' });
  for (const [name, type] of plainFields) add(name, type, (c) => c[name as keyof ContactRecord] as FieldValue);
  add('andoid_sdk_version', 'string', (c) => c.android_sdk_version);
  add('ios_app_device', 'string', (c) => c.ios_device);
  add('email_domain', 'string', (c) => emailDomain(c.email));
  add('location.country', 'string', (c) => c.location.country);
  add('location.region', 'string', (c) => c.location.region);
  add('location.city', 'string', (c) => c.location.city);
  add('tag_id', 'string', (c) => c.tags);
  add('segment_id', 'string', segmentMembership(store, depth));
  return {
    resource: 'contacts',
    resolve(name) {
      const known = specs.get(name);
      if (known || !name.startsWith('custom_attributes.')) return known;
      const attribute = store.customAttribute('contact', name.slice('custom_attributes.'.length));
      if (!attribute) return undefined;
      const type = dataTypeToField[attribute.data_type];
      return { type, dayGranularity: type === 'date', get: (c) => c.custom_attributes[attribute.name] };
    },
  };
}

/** Segment ids a contact belongs to, from each segment's rule compiled once per search. */
function segmentMembership(store: Store, depth: number): (c: ContactRecord) => FieldValue {
  let rules: Array<[string, Predicate<ContactRecord>]> | undefined;
  return (contact) => {
    if (depth > 2) return [];
    rules ??= [...store.segments.values()].map((s) => [
      s.id,
      compileSearch(s.query, contactFields(store, depth + 1), { timeZone: store.app.timezone }),
    ]);
    const ids: string[] = [];
    for (const [id, matches] of rules) if (matches(contact)) ids.push(id);
    return ids;
  };
}
