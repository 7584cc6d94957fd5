import type { SearchCatalog } from './types';

/**
 * What POST /contacts/search accepts (Intercom API 2.14). Dates compare by calendar day in the
 * workspace's timezone and take only `=`, `>` and `<`; `tag_id` takes only `=` and `!=`. Names are
 * recorded exactly as documented, including `andoid_sdk_version`. Custom attributes are searched as
 * `custom_attributes.<name>`, typed string or date.
 */
export const contactsCatalog = {
  resource: 'contacts',
  fields: {
    id: 'string',
    role: 'string',
    name: 'string',
    avatar: 'string',
    owner_id: 'integer',
    email: 'string',
    email_domain: 'string',
    phone: 'string',
    external_id: 'string',
    created_at: 'date',
    signed_up_at: 'date',
    updated_at: 'date',
    last_seen_at: 'date',
    last_contacted_at: 'date',
    last_replied_at: 'date',
    last_email_opened_at: 'date',
    last_email_clicked_at: 'date',
    language_override: 'string',
    browser: 'string',
    browser_language: 'string',
    os: 'string',
    'location.country': 'string',
    'location.region': 'string',
    'location.city': 'string',
    unsubscribed_from_emails: 'boolean',
    marked_email_as_spam: 'boolean',
    has_hard_bounced: 'boolean',
    ios_last_seen_at: 'date',
    ios_app_version: 'string',
    ios_device: 'string',
    ios_app_device: 'string',
    ios_os_version: 'string',
    ios_app_name: 'string',
    ios_sdk_version: 'string',
    android_last_seen_at: 'date',
    android_app_version: 'string',
    android_device: 'string',
    android_app_name: 'string',
    andoid_sdk_version: 'string',
    segment_id: 'string',
    tag_id: 'string',
  },
  operators: {
    string: ['=', '!=', 'IN', 'NIN', '~', '!~', '^', '$'],
    date: ['=', '>', '<'],
    integer: ['=', '!=', 'IN', 'NIN', '>', '<', '>=', '<='],
    boolean: ['=', '!=', 'IN', 'NIN'],
    float: ['=', '!=', 'IN', 'NIN'],
  },
  fieldOperators: {
    tag_id: ['=', '!='],
  },
  enums: {
    role: ['user', 'lead'],
  },
  attributes: { prefix: 'custom_attributes.', types: ['string', 'date'] },
  dateGranularity: 'day',
} as const satisfies SearchCatalog;
