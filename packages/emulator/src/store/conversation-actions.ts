import type { AuthorRef, ConversationRecord, PartRecord } from './conversation-types';
import type { Store } from './store';

/**
 * Everything that changes a conversation goes through these functions, both when the seed builds
 * history and when routes handle requests, so parts, state and statistics always agree.
 */
/** Shared by every part without attachments (never mutated). */
const NO_ATTACHMENTS: readonly string[] = Object.freeze([]);

interface PartInit {
  part_type: string;
  body?: string | null;
  author: AuthorRef;
  assigned_to?: PartRecord['assigned_to'];
  attachment_urls?: readonly string[];
  quick_reply_options?: PartRecord['quick_reply_options'];
}

export function addPart(store: Store, conversation: ConversationRecord, at: number, init: PartInit): PartRecord {
  const part: PartRecord = {
    id: store.ids.next('part'),
    part_type: init.part_type,
    body: init.body ?? null,
    created_at: at,
    updated_at: at,
    author: store.author(init.author),
    assigned_to: init.assigned_to ?? null,
    redacted: false,
    state: conversation.state,
    attachment_urls: init.attachment_urls?.length ? init.attachment_urls : NO_ATTACHMENTS,
    quick_reply_options: init.quick_reply_options ?? null,
  };
  conversation.parts.push(part);
  conversation.statistics.count_conversation_parts += 1;
  conversation.updated_at = Math.max(conversation.updated_at, at);
  return part;
}

function reopen(conversation: ConversationRecord): boolean {
  const wasClosed = conversation.state === 'closed';
  if (wasClosed) conversation.statistics.count_reopens += 1;
  conversation.state = 'open';
  conversation.open = true;
  conversation.snoozed_until = null;
  return wasClosed;
}

function addTeammate(conversation: ConversationRecord, adminId: string): void {
  if (!conversation.teammate_ids.includes(adminId)) conversation.teammate_ids.push(adminId);
}

export function contactReply(
  store: Store,
  conversation: ConversationRecord,
  contact: { id: string; role: 'user' | 'lead' },
  at: number,
  body: string | null,
  extra: Pick<PartInit, 'attachment_urls' | 'quick_reply_options'> & { part_type?: string } = {},
): PartRecord {
  const stats = conversation.statistics;
  const wasClosed = conversation.state === 'closed';
  if (conversation.state !== 'open') reopen(conversation);
  stats.first_contact_reply_at ??= at;
  stats.last_contact_reply_at = at;
  conversation.waiting_since ??= at;
  conversation.read = false;
  if (!conversation.contact_ids.includes(contact.id)) conversation.contact_ids.push(contact.id);
  const partType = wasClosed ? 'open' : (extra.part_type ?? 'comment');
  return addPart(store, conversation, at, {
    ...extra,
    part_type: partType,
    body,
    author: { type: contact.role, id: contact.id },
  });
}

export function adminReply(
  store: Store,
  conversation: ConversationRecord,
  adminId: string,
  at: number,
  messageType: 'comment' | 'note' | 'quick_reply',
  body: string | null,
  extra: Pick<PartInit, 'attachment_urls' | 'quick_reply_options'> = {},
): PartRecord {
  addTeammate(conversation, adminId);
  if (messageType !== 'note') {
    const stats = conversation.statistics;
    if (conversation.waiting_since !== null) conversation.reply_times.push(at - conversation.waiting_since);
    if (stats.first_admin_reply_at === undefined) {
      stats.first_admin_reply_at = at;
      stats.time_to_admin_reply = at - conversation.created_at;
    }
    if (
      stats.last_assignment_at !== undefined &&
      (stats.last_assignment_admin_reply_at ?? 0) < stats.last_assignment_at
    ) {
      stats.last_assignment_admin_reply_at = at;
    }
    stats.last_admin_reply_at = at;
    stats.median_time_to_reply = median(conversation.reply_times) ?? stats.median_time_to_reply;
    conversation.waiting_since = null;
    conversation.read = true;
  }
  return addPart(store, conversation, at, {
    ...extra,
    part_type: messageType,
    body,
    author: { type: 'admin', id: adminId },
  });
}

export function closeConversation(
  store: Store,
  conversation: ConversationRecord,
  adminId: string,
  at: number,
  body?: string,
): PartRecord {
  const stats = conversation.statistics;
  conversation.state = 'closed';
  conversation.open = false;
  conversation.snoozed_until = null;
  conversation.waiting_since = null;
  if (stats.first_close_at === undefined) {
    stats.first_close_at = at;
    stats.time_to_first_close = at - conversation.created_at;
  }
  stats.last_close_at = at;
  stats.time_to_last_close = at - conversation.created_at;
  stats.last_closed_by_id = adminId;
  addTeammate(conversation, adminId);
  return addPart(store, conversation, at, {
    part_type: 'close',
    body: body ?? null,
    author: { type: 'admin', id: adminId },
  });
}

export function openConversation(
  store: Store,
  conversation: ConversationRecord,
  adminId: string,
  at: number,
): PartRecord {
  reopen(conversation);
  addTeammate(conversation, adminId);
  return addPart(store, conversation, at, { part_type: 'open', author: { type: 'admin', id: adminId } });
}

export function snoozeConversation(
  store: Store,
  conversation: ConversationRecord,
  adminId: string,
  at: number,
  until: number,
): PartRecord {
  conversation.state = 'snoozed';
  conversation.open = true;
  conversation.snoozed_until = until;
  addTeammate(conversation, adminId);
  return addPart(store, conversation, at, { part_type: 'snoozed', author: { type: 'admin', id: adminId } });
}

export function assignConversation(
  store: Store,
  conversation: ConversationRecord,
  actorAdminId: string,
  at: number,
  assignee: { type: 'admin' | 'team'; id: string },
  body?: string,
): PartRecord {
  const stats = conversation.statistics;
  const wasOpen = conversation.state === 'open';
  const unassign = assignee.id === '0';
  if (assignee.type === 'admin') conversation.admin_assignee_id = unassign ? null : Number(assignee.id);
  else conversation.team_assignee_id = unassign ? null : Number(assignee.id);
  if (!unassign) {
    if (stats.first_assignment_at === undefined) {
      stats.first_assignment_at = at;
      stats.time_to_assignment = at - conversation.created_at;
    }
    stats.last_assignment_at = at;
    stats.count_assignments += 1;
  }
  if (!wasOpen) reopen(conversation);
  return addPart(store, conversation, at, {
    part_type: wasOpen ? 'assignment' : 'assign_and_reopen',
    body: body ?? null,
    author: { type: 'admin', id: actorAdminId },
    assigned_to: unassign ? null : { type: assignee.type, id: assignee.id },
  });
}

function median(values: number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2
    ? (sorted[mid] as number)
    : Math.round(((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2);
}
