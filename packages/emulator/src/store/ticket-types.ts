import type { AuthorRef, LinkedRef } from './conversation-types';
import type { Ordered } from './ordered';
import type { AppliedTag } from './types';

export type TicketCategory = 'Customer' | 'Back-office' | 'Tracker';
export type TicketStateCategory = 'submitted' | 'in_progress' | 'waiting_on_customer' | 'resolved';
export type TicketAttributeType = 'string' | 'list' | 'integer' | 'decimal' | 'boolean' | 'datetime' | 'files';

export interface TicketTypeAttributeRecord {
  id: string;
  name: string;
  description: string;
  data_type: TicketAttributeType;
  input_options: Record<string, unknown> | null;
  order: number;
  required_to_create: boolean;
  required_to_create_for_contacts: boolean;
  visible_on_create: boolean;
  visible_to_contacts: boolean;
  default: boolean;
  archived: boolean;
  created_at: number;
  updated_at: number;
}

export interface TicketTypeRecord {
  id: string;
  category: TicketCategory;
  name: string;
  description: string;
  icon: string;
  archived: boolean;
  is_internal: boolean;
  created_at: number;
  updated_at: number;
  attributes: TicketTypeAttributeRecord[];
}

export interface TicketStateRecord {
  id: string;
  category: TicketStateCategory;
  internal_label: string;
  external_label: string;
  archived: boolean;
}

export interface TicketPartRecord {
  id: string;
  part_type: string;
  body: string | null;
  previous_ticket_state: TicketStateCategory | null;
  ticket_state: TicketStateCategory | null;
  created_at: number;
  updated_at: number;
  author: AuthorRef;
  assigned_to: { type: 'admin' | 'team'; id: string } | null;
  redacted: boolean;
}

export interface TicketRecord extends Ordered {
  id: string;
  seq: number;
  created_at: number;
  ticket_id: string;
  ticket_type_id: string;
  ticket_state_id: string;
  ticket_attributes: Record<string, unknown>;
  contact_ids: string[];
  /** '0' when unassigned, as Intercom answers. */
  admin_assignee_id: string;
  team_assignee_id: string;
  updated_at: number;
  snoozed_until: number | null;
  is_shared: boolean;
  company_id: string | null;
  linked: LinkedRef[];
  parts: TicketPartRecord[];
  tags: AppliedTag[];
}
