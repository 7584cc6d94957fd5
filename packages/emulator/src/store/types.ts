/**
 * Stored records. They keep Intercom's attribute names (snake_case) so that request bodies,
 * search fields and response views map one to one; relations are stored as ids.
 */
import type { Ordered } from './ordered';

export type CustomValue = string | number | boolean | null;
export type ContactRole = 'user' | 'lead';

export interface AppRecord {
  id_code: string;
  name: string;
  region: string;
  timezone: string;
  created_at: number;
  identity_verification: boolean;
}

export interface AdminRecord {
  id: string;
  name: string;
  email: string;
  job_title: string;
  away_mode_enabled: boolean;
  away_mode_reassign: boolean;
  away_status_reason_id: number | null;
  has_inbox_seat: boolean;
  team_ids: string[];
  avatar: string | null;
}

export interface TeamRecord {
  id: string;
  name: string;
  admin_ids: string[];
}

export interface TagRecord {
  id: string;
  name: string;
  created_at: number;
}

/** Who did something: an admin or a contact. */
export interface ActorRef {
  type: 'admin' | 'contact';
  id: string;
}

export interface AppliedTag {
  id: string;
  applied_at: number;
  applied_by: ActorRef;
}

export interface SegmentRecord {
  id: string;
  name: string;
  created_at: number;
  updated_at: number;
  person_type: 'user' | 'contact';
  /** Membership rule: a contacts search query (raw JSON), evaluated on demand. */
  query: unknown;
}

export type DataType = 'string' | 'integer' | 'float' | 'boolean' | 'date';

export interface DataAttributeRecord {
  id: number;
  model: 'contact' | 'company';
  name: string;
  full_name: string;
  label: string;
  description: string;
  data_type: DataType;
  options: string[] | null;
  api_writable: boolean;
  messenger_writable: boolean;
  ui_writable: boolean;
  custom: boolean;
  archived: boolean;
  created_at: number;
  updated_at: number;
  admin_id: string | null;
}

export interface ContactLocation {
  country: string | null;
  region: string | null;
  city: string | null;
  country_code: string | null;
  continent_code: string | null;
}

export interface ContactRecord extends Ordered {
  id: string;
  seq: number;
  created_at: number;
  external_id: string | null;
  role: ContactRole;
  email: string;
  phone: string | null;
  name: string | null;
  avatar: string | null;
  owner_id: number | null;
  has_hard_bounced: boolean;
  marked_email_as_spam: boolean;
  unsubscribed_from_emails: boolean;
  updated_at: number;
  signed_up_at: number | null;
  last_seen_at: number | null;
  last_replied_at: number | null;
  last_contacted_at: number | null;
  last_email_opened_at: number | null;
  last_email_clicked_at: number | null;
  language_override: string | null;
  browser: string | null;
  browser_version: string | null;
  browser_language: string | null;
  os: string | null;
  android_app_name: string | null;
  android_app_version: string | null;
  android_device: string | null;
  android_os_version: string | null;
  android_sdk_version: string | null;
  android_last_seen_at: number | null;
  ios_app_name: string | null;
  ios_app_version: string | null;
  ios_device: string | null;
  ios_os_version: string | null;
  ios_sdk_version: string | null;
  ios_last_seen_at: number | null;
  location: ContactLocation;
  custom_attributes: Record<string, CustomValue>;
  tags: AppliedTag[];
  company_ids: string[];
  archived: boolean;
  blocked: boolean;
}

export interface CompanyRecord extends Ordered {
  id: string;
  seq: number;
  created_at: number;
  company_id: string;
  name: string;
  plan: string | null;
  remote_created_at: number;
  updated_at: number;
  last_request_at: number;
  size: number;
  website: string;
  industry: string;
  monthly_spend: number;
  session_count: number;
  custom_attributes: Record<string, string>;
  tags: AppliedTag[];
  /** Attached contacts, kept in step with each contact's `company_ids`. */
  contact_ids: Set<string>;
}
