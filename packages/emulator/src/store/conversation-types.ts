import type { Ordered } from './ordered';
import type { AppliedTag } from './types';

export type ConversationState = 'open' | 'closed' | 'snoozed';
export type AuthorType = 'admin' | 'user' | 'lead' | 'bot' | 'team';

export interface AuthorRef {
  type: AuthorType;
  id: string;
}

export interface PartRecord {
  id: string;
  part_type: string;
  body: string | null;
  created_at: number;
  updated_at: number;
  author: AuthorRef;
  assigned_to: { type: 'admin' | 'team' | 'contact'; id: string } | null;
  redacted: boolean;
  /** Conversation state right after this part. */
  state: ConversationState;
  attachment_urls: readonly string[];
  quick_reply_options: Array<{ text: string; uuid: string }> | null;
}

export interface ConversationSource {
  type: string;
  id: string;
  delivered_as: string;
  subject: string;
  body: string;
  author: AuthorRef;
  url: string | null;
  redacted: boolean;
}

/** Statistics that have not happened yet are absent (the description types them as non-null integers). */
export interface ConversationStatistics {
  time_to_assignment: number | undefined;
  time_to_admin_reply: number | undefined;
  time_to_first_close: number | undefined;
  time_to_last_close: number | undefined;
  median_time_to_reply: number | undefined;
  first_contact_reply_at: number | undefined;
  first_assignment_at: number | undefined;
  first_admin_reply_at: number | undefined;
  first_close_at: number | undefined;
  last_assignment_at: number | undefined;
  last_assignment_admin_reply_at: number | undefined;
  last_contact_reply_at: number | undefined;
  last_admin_reply_at: number | undefined;
  last_close_at: number | undefined;
  last_closed_by_id: string | undefined;
  count_reopens: number;
  count_assignments: number;
  count_conversation_parts: number;
}

export interface ConversationRating {
  rating: number;
  remark: string;
  requested_at: number;
  created_at: number;
  contact_id: string;
  teammate_id: string;
}

export interface AiAgentRecord {
  source_type: string;
  source_title: string;
  last_answer_type: string | null;
  resolution_state: string;
  rating: number | null;
  rating_remark: string | null;
  created_at: number;
  updated_at: number;
}

export interface LinkedRef {
  type: 'ticket' | 'conversation';
  id: string;
  category: 'Customer' | 'Back-office' | 'Tracker' | null;
}

export interface ConversationRecord extends Ordered {
  id: string;
  seq: number;
  created_at: number;
  updated_at: number;
  title: string | null;
  waiting_since: number | null;
  snoozed_until: number | null;
  open: boolean;
  state: ConversationState;
  read: boolean;
  priority: 'priority' | 'not_priority';
  admin_assignee_id: number | null;
  team_assignee_id: number | null;
  tags: AppliedTag[];
  source: ConversationSource;
  contact_ids: string[];
  teammate_ids: string[];
  custom_attributes: Record<string, string | number>;
  statistics: ConversationStatistics;
  conversation_rating: ConversationRating | null;
  ai_agent_participated: boolean;
  ai_agent: AiAgentRecord | null;
  parts: PartRecord[];
  linked: LinkedRef[];
  company_id: string | null;
  /** Seconds each admin reply waited for; their median is `statistics.median_time_to_reply`. */
  reply_times: number[];
}
