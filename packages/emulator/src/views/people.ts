import type { Store } from '../store/store';
import type { CompanyRecord, ContactRecord } from '../store/types';
import { tagBasicView } from './basics';

/** Embedded lists on a contact show at most this many entries; `has_more` tells there are others. */
const EMBEDDED_LIMIT = 10;

function addressableList(items: Array<{ type: string; id: string; url: string }>, url: string) {
  return {
    type: 'list',
    data: items.slice(0, EMBEDDED_LIMIT),
    url,
    total_count: items.length,
    has_more: items.length > EMBEDDED_LIMIT,
  };
}

/** The part of an email address after the `@`, or null when there is none. */
export function emailDomain(email: string): string | null {
  return email.includes('@') ? email.slice(email.indexOf('@') + 1) : null;
}

export function contactReference(store: Store, id: string) {
  return { type: 'contact', id, external_id: store.contacts.get(id)?.external_id ?? null };
}

export function contactView(store: Store, contact: ContactRecord) {
  const base = `/contacts/${contact.id}`;
  const noteIds = store.notesOf(contact.id).map((note) => note.id);
  return {
    type: 'contact',
    id: contact.id,
    workspace_id: store.app.id_code,
    external_id: contact.external_id,
    role: contact.role,
    email: contact.email,
    email_domain: emailDomain(contact.email) ?? '',
    phone: contact.phone,
    name: contact.name,
    avatar: contact.avatar === null ? null : { type: 'avatar', image_url: contact.avatar },
    owner_id: contact.owner_id,
    social_profiles: { type: 'list', data: [] },
    has_hard_bounced: contact.has_hard_bounced,
    marked_email_as_spam: contact.marked_email_as_spam,
    unsubscribed_from_emails: contact.unsubscribed_from_emails,
    created_at: contact.created_at,
    updated_at: contact.updated_at,
    signed_up_at: contact.signed_up_at,
    last_seen_at: contact.last_seen_at,
    last_replied_at: contact.last_replied_at,
    last_contacted_at: contact.last_contacted_at,
    last_email_opened_at: contact.last_email_opened_at,
    last_email_clicked_at: contact.last_email_clicked_at,
    language_override: contact.language_override,
    browser: contact.browser,
    browser_version: contact.browser_version,
    browser_language: contact.browser_language,
    os: contact.os,
    location: { type: 'location', ...contact.location },
    android_app_name: contact.android_app_name,
    android_app_version: contact.android_app_version,
    android_device: contact.android_device,
    android_os_version: contact.android_os_version,
    android_sdk_version: contact.android_sdk_version,
    android_last_seen_at: contact.android_last_seen_at,
    ios_app_name: contact.ios_app_name,
    ios_app_version: contact.ios_app_version,
    ios_device: contact.ios_device,
    ios_os_version: contact.ios_os_version,
    ios_sdk_version: contact.ios_sdk_version,
    ios_last_seen_at: contact.ios_last_seen_at,
    custom_attributes: { ...contact.custom_attributes },
    tags: addressableList(
      contact.tags.map((t) => ({ type: 'tag', id: t.id, url: `/tags/${t.id}` })),
      `${base}/tags`,
    ),
    notes: addressableList(
      noteIds.map((id) => ({ type: 'note', id, url: `/notes/${id}` })),
      `${base}/notes`,
    ),
    companies: addressableList(
      contact.company_ids.map((id) => ({ type: 'company', id, url: `/companies/${id}` })),
      `${base}/companies`,
    ),
    opted_out_subscription_types: addressableList([], `${base}/subscriptions`),
    opted_in_subscription_types: addressableList([], `${base}/subscriptions`),
    utm_campaign: null,
    utm_content: null,
    utm_medium: null,
    utm_source: null,
    utm_term: null,
    referrer: null,
    enabled_push_messaging: null,
  };
}

/** A stable numeric id per plan name, so `plan.id` does not change between requests. */
function planId(name: string): string {
  let h = 0;
  for (let i = 0; i < name.length; i++) h = (h * 31 + name.charCodeAt(i)) >>> 0;
  return String(100_000 + (h % 900_000));
}

export function companyView(store: Store, company: CompanyRecord) {
  return {
    type: 'company',
    id: company.id,
    name: company.name,
    app_id: store.app.id_code,
    plan: company.plan === null ? {} : { type: 'plan', id: planId(company.plan), name: company.plan },
    company_id: company.company_id,
    remote_created_at: company.remote_created_at,
    created_at: company.created_at,
    updated_at: company.updated_at,
    last_request_at: company.last_request_at,
    size: company.size,
    website: company.website,
    industry: company.industry,
    monthly_spend: company.monthly_spend,
    session_count: company.session_count,
    user_count: company.contact_ids.size,
    custom_attributes: { ...company.custom_attributes },
    tags: {
      type: 'tag.list',
      tags: company.tags.flatMap((t) => {
        const tag = store.tags.get(t.id);
        return tag ? [tagBasicView(tag)] : [];
      }),
    },
    segments: { type: 'segment.list', segments: [] },
  };
}
