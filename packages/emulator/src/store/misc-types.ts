/** Smaller records: notes, events, messages, jobs and subscription types. */
export interface NoteRecord {
  id: string;
  created_at: number;
  contact_id: string;
  author_id: string;
  body: string;
}

export interface EventRecord {
  event_name: string;
  created_at: number;
  metadata: Record<string, unknown>;
}

export interface EventSummaryRecord {
  count: number;
  first: number;
  last: number;
}

export interface MessageRecord {
  id: string;
  created_at: number;
  message_type: 'inapp' | 'email';
  subject: string | null;
  body: string;
  template: string | null;
  from_admin_id: string;
  to: Array<{ type: 'user' | 'lead'; id: string }>;
  conversation_id: string | null;
}

export type JobStatus = 'pending' | 'success' | 'failed';

export interface JobRecord {
  id: string;
  created_at: number;
  /** The job runs the first time its status is read at or after this time (unix seconds). */
  ready_at: number;
  status: JobStatus;
  resource_type: 'ticket';
  resource_id: string | null;
  run: () => string;
}

export interface SubscriptionTypeRecord {
  id: string;
  state: 'live' | 'draft' | 'archived';
  consent_type: 'opt_out' | 'opt_in';
  name: string;
  description: string;
  content_types: Array<'email' | 'sms_message'>;
}
