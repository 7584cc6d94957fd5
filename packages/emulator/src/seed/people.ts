import type { Random } from '../random';
import type { Store } from '../store/store';
import type { CompanyRecord, ContactRecord, ContactRole } from '../store/types';
import {
  browsers,
  companySuffixes,
  companyWords,
  emailDomains,
  firstNames,
  industries,
  languages,
  lastNames,
  locations,
  operatingSystems,
  plans,
  teamSizes,
} from './pools';
import { sortedTimestamps } from './time';

const DAY = 86_400;

/** A contact with every attribute present (null when unknown), so all records share one shape. */
export function blankContact(store: Store, role: ContactRole, createdAt: number): ContactRecord {
  return {
    id: store.ids.hex24(createdAt),
    seq: store.nextSeq(),
    created_at: createdAt,
    updated_at: createdAt,
    external_id: null,
    role,
    email: '',
    phone: null,
    name: null,
    avatar: null,
    owner_id: null,
    has_hard_bounced: false,
    marked_email_as_spam: false,
    unsubscribed_from_emails: false,
    signed_up_at: null,
    last_seen_at: null,
    last_replied_at: null,
    last_contacted_at: null,
    last_email_opened_at: null,
    last_email_clicked_at: null,
    language_override: null,
    browser: null,
    browser_version: null,
    browser_language: null,
    os: null,
    android_app_name: null,
    android_app_version: null,
    android_device: null,
    android_os_version: null,
    android_sdk_version: null,
    android_last_seen_at: null,
    ios_app_name: null,
    ios_app_version: null,
    ios_device: null,
    ios_os_version: null,
    ios_sdk_version: null,
    ios_last_seen_at: null,
    location: { country: null, region: null, city: null, country_code: null, continent_code: null },
    custom_attributes: {},
    tags: [],
    company_ids: [],
    archived: false,
    blocked: false,
  };
}

export function seedCompanies(store: Store, random: Random, count: number, start: number, now: number): void {
  const times = sortedTimestamps(random, count, start - 200 * DAY, now - DAY);
  for (let i = 0; i < count; i++) {
    const createdAt = times[i] as number;
    const word = companyWords[i % companyWords.length] as string;
    const round = Math.floor(i / companyWords.length);
    const name = `${word} ${companySuffixes[(i + round) % companySuffixes.length]}${round > 0 ? ` ${round + 1}` : ''}`;
    const company: CompanyRecord = {
      id: store.ids.hex24(createdAt),
      seq: store.nextSeq(),
      created_at: createdAt,
      company_id: `company-${i + 1}`,
      name,
      plan: random.pick(plans),
      remote_created_at: createdAt - random.int(0, 400) * DAY,
      updated_at: createdAt,
      last_request_at: random.int(Math.max(createdAt, now - 60 * DAY), now),
      size: random.int(1, 5000),
      website: `https://${word.toLowerCase().replaceAll(' ', '')}${round || ''}.example.com`,
      industry: random.pick(industries),
      monthly_spend: random.int(0, 500) * 10,
      session_count: random.int(0, 3000),
      custom_attributes: { tier: random.pick(['gold', 'silver', 'bronze']), account_manager: random.pick(firstNames) },
      tags: [],
      contact_ids: new Set(),
    };
    store.companies.insert(company);
  }
}

export function seedContacts(store: Store, random: Random, count: number, start: number, now: number): void {
  const companies = [...store.companies.values()];
  const tagIds = [...store.tags.keys()];
  const adminIds = [...store.admins.keys()];
  const times = sortedTimestamps(random, count, start - 30 * DAY, now - 3600);
  for (let i = 0; i < count; i++) {
    const role: ContactRole = random.chance(0.7) ? 'user' : 'lead';
    const createdAt = times[i] as number;
    const contact = blankContact(store, role, createdAt);
    const first = random.pick(firstNames);
    const last = random.pick(lastNames);
    const domain = random.pick(emailDomains);
    const hasIdentity = role === 'user' || random.chance(0.6);
    contact.name = hasIdentity ? `${first} ${last}` : null;
    contact.email = hasIdentity ? `${first}.${last}.${i + 1}@${domain}`.toLowerCase() : '';
    contact.external_id = role === 'user' ? `user-${i + 1}` : null;
    contact.avatar = random.chance(0.25) ? `https://static.example.com/avatars/${i + 1}.png` : null;
    contact.phone = random.chance(0.3) ? `+1555${String(random.int(0, 9_999_999)).padStart(7, '0')}` : null;
    contact.owner_id = random.chance(0.4) ? Number(random.pick(adminIds)) : null;
    contact.signed_up_at = role === 'user' ? createdAt : null;
    contact.last_seen_at = random.int(createdAt, now);
    contact.last_replied_at = random.chance(0.5) ? random.int(createdAt, now) : null;
    contact.last_contacted_at = random.chance(0.5) ? random.int(createdAt, now) : null;
    contact.last_email_opened_at = random.chance(0.3) ? random.int(createdAt, now) : null;
    contact.unsubscribed_from_emails = random.chance(0.08);
    contact.has_hard_bounced = random.chance(0.02);
    contact.marked_email_as_spam = random.chance(0.01);
    contact.browser = random.pick(browsers);
    contact.browser_version = `${random.int(100, 130)}.0`;
    contact.browser_language = random.pick(languages);
    contact.language_override = random.chance(0.1) ? random.pick(languages) : null;
    contact.os = random.pick(operatingSystems);
    const place = random.pick(locations);
    contact.location = { ...place };
    if (contact.os.startsWith('iOS')) {
      contact.ios_app_name = 'Example iOS';
      contact.ios_app_version = `5.${random.int(0, 9)}.0`;
      contact.ios_device = random.pick(['iPhone 15', 'iPhone 14', 'iPad Air']);
      contact.ios_os_version = contact.os.slice(4);
      contact.ios_sdk_version = '17.2.0';
      contact.ios_last_seen_at = contact.last_seen_at;
    } else if (contact.os.startsWith('Android')) {
      contact.android_app_name = 'Example Android';
      contact.android_app_version = `5.${random.int(0, 9)}.0`;
      contact.android_device = random.pick(['Pixel 8', 'Galaxy S24']);
      contact.android_os_version = contact.os.slice(8);
      contact.android_sdk_version = '15.1.0';
      contact.android_last_seen_at = contact.last_seen_at;
    }
    if (role === 'user') {
      contact.custom_attributes = {
        plan: random.pick(plans),
        trial_ends_at: createdAt + 14 * DAY,
        team_size: random.pick(teamSizes),
        signup_source: random.pick(['website', 'referral', 'partner', 'ads']),
      };
    }
    for (const tagId of random.sample(tagIds, random.weighted([0, 1, 2], [6, 3, 1]))) {
      contact.tags.push({
        id: tagId,
        applied_at: random.int(createdAt, now),
        applied_by: { type: 'admin', id: random.pick(adminIds) },
      });
    }
    contact.updated_at = Math.max(createdAt, contact.last_seen_at ?? createdAt);
    store.contacts.insert(contact);
    if (role === 'user' && companies.length && random.chance(0.8)) store.attachCompany(contact, random.pick(companies));
  }
}
