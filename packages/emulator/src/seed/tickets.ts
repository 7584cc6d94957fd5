import type { Random } from '../random';
import type { Store } from '../store/store';
import { addTicketPart, changeTicketState, createTicket, stateFor } from '../store/ticket-actions';
import type { TicketStateCategory } from '../store/ticket-types';
import { eventNames, noteLines, topics } from './pools';
import { sortedTimestamps } from './time';

const DAY = 86_400;
const progress: TicketStateCategory[] = ['in_progress', 'waiting_on_customer', 'resolved'];

/** Tickets of every type, some linked to the conversation they came from, moved through states. */
export function seedTickets(store: Store, random: Random, count: number, days: number, now: number): void {
  const types = [...store.ticketTypes.values()];
  const contacts = [...store.contacts.ascending()].filter((c) => c.role === 'user');
  const conversations = [...store.conversations.ascending()];
  const adminIds = [...store.admins.keys()];
  const teamIds = [...store.teams.keys()];
  if (!types.length || !contacts.length || count === 0) return;
  const times = sortedTimestamps(random, count, now - days * DAY, now - 600);
  for (let i = 0; i < count; i++) {
    const createdAt = times[i] as number;
    const type = random.pick(types);
    const topic = random.pick(topics);
    const admin = random.pick(adminIds);
    const contact = random.pick(contacts);
    const attributes: Record<string, unknown> = {
      _default_title_: topic.subject,
      _default_description_: `Reported about the ${topic.words.join(', ')}.`,
    };
    if (type.name === 'Bug report') {
      attributes.severity = random.pick(['low', 'medium', 'high']);
      attributes.affected_users = random.int(1, 500);
    } else if (type.name === 'Refund request') {
      attributes.amount = random.int(500, 50_000) / 100;
      attributes.approved = random.chance(0.6);
    } else {
      attributes.started_at = createdAt - random.int(0, 6 * 3600);
    }
    const ticket = createTicket(store, {
      type,
      contactIds: [contact.id],
      createdAt,
      attributes,
      adminAssigneeId: random.chance(0.8) ? admin : '0',
      teamAssigneeId: teamIds.length && random.chance(0.5) ? random.pick(teamIds) : '0',
      companyId: contact.company_ids[0] ?? null,
    });
    if (type.category === 'Customer' && conversations.length && random.chance(0.5)) {
      const conversation =
        conversations[Math.min(conversations.length - 1, Math.floor(random.next() * conversations.length))];
      if (conversation) {
        ticket.linked.push({ type: 'conversation', id: conversation.id, category: null });
        conversation.linked.push({ type: 'ticket', id: ticket.id, category: type.category });
      }
    }
    let t = createdAt;
    addTicketPart(store, ticket, t, {
      part_type: 'comment',
      body: `<p>${attributes._default_description_}</p>`,
      author: { type: 'user', id: contact.id },
    });
    const steps = random.int(0, progress.length);
    for (let s = 0; s < steps; s++) {
      t = Math.min(now, t + random.int(600, 2 * DAY));
      changeTicketState(store, ticket, stateFor(store, progress[s] as TicketStateCategory), admin, t);
    }
    if (steps < progress.length && random.chance(0.1)) ticket.snoozed_until = now + random.int(3600, 2 * DAY);
  }
}

/** Notes on some contacts and events for some users, both relative to `now`. */
export function seedNotesAndEvents(store: Store, random: Random, now: number): void {
  const adminIds = [...store.admins.keys()];
  for (const contact of store.contacts.ascending()) {
    if (random.chance(0.08)) {
      for (let n = random.int(1, 3); n > 0; n--) {
        const id = store.ids.next('note');
        const body = `<p>${random.pick(noteLines)}</p>`;
        store.addNote({
          id,
          created_at: random.int(contact.created_at, now),
          contact_id: contact.id,
          author_id: random.pick(adminIds),
          body,
        });
      }
    }
    if (contact.role === 'user' && random.chance(0.15)) {
      const events = [];
      for (let e = random.int(1, 6); e > 0; e--) {
        events.push({
          event_name: random.pick(eventNames),
          created_at: random.int(Math.max(contact.created_at, now - 80 * DAY), now),
          metadata: { source: random.pick(['web', 'ios', 'android']) },
        });
      }
      events.sort((a, b) => b.created_at - a.created_at);
      store.events.set(contact.id, events);
    }
  }
}
