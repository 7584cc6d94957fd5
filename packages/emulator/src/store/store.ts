import { ApiError, notFound } from '../errors';
import { IdFactory } from '../ids';
import type { AuthorRef, ConversationRecord } from './conversation-types';
import type {
  EventRecord,
  EventSummaryRecord,
  JobRecord,
  MessageRecord,
  NoteRecord,
  SubscriptionTypeRecord,
} from './misc-types';
import { OrderedCollection, type SortKey } from './ordered';
import type { TicketRecord, TicketStateRecord, TicketTypeRecord } from './ticket-types';
import type {
  AdminRecord,
  AppRecord,
  CompanyRecord,
  ContactRecord,
  DataAttributeRecord,
  SegmentRecord,
  TagRecord,
  TeamRecord,
} from './types';

/** Intercom allows 1000 companies per contact. */
export const MAX_COMPANIES_PER_CONTACT = 1000;

export interface CompanyScroll {
  param: string;
  /** Sort key of the last company handed out; null before the first page. */
  after: SortKey | null;
  lastUsedAt: number;
}

/** The emulated workspace: every record, plus the lookups routes share. */
export class Store {
  readonly ids: IdFactory;
  app: AppRecord;
  meAdminId = '';
  readonly admins = new Map<string, AdminRecord>();
  readonly teams = new Map<string, TeamRecord>();
  readonly tags = new Map<string, TagRecord>();
  readonly segments = new Map<string, SegmentRecord>();
  readonly dataAttributes = new Map<number, DataAttributeRecord>();
  readonly ticketTypes = new Map<string, TicketTypeRecord>();
  readonly ticketStates = new Map<string, TicketStateRecord>();
  readonly subscriptionTypes = new Map<string, SubscriptionTypeRecord>();
  readonly contacts = new OrderedCollection<ContactRecord>();
  readonly companies = new OrderedCollection<CompanyRecord>();
  readonly conversations = new OrderedCollection<ConversationRecord>();
  readonly tickets = new OrderedCollection<TicketRecord>();
  readonly notes = new Map<string, NoteRecord>();
  private readonly noteIdsByContact = new Map<string, string[]>();
  readonly events = new Map<string, EventRecord[]>();
  readonly eventSummaries = new Map<string, Map<string, EventSummaryRecord>>();
  readonly messages = new Map<string, MessageRecord>();
  readonly jobs = new Map<string, JobRecord>();
  /** Contacts merged away: their id → the user they were merged into. */
  readonly mergedInto = new Map<string, string>();
  companyScroll: CompanyScroll | null = null;
  private seqCounter = 0;

  constructor(seed: number, app: AppRecord) {
    this.ids = new IdFactory(seed);
    this.app = app;
  }

  private readonly authors = new Map<string, Map<string, AuthorRef>>();

  /** One shared, frozen author reference per (type, id): parts are many, authors few. */
  author(ref: AuthorRef): AuthorRef {
    const byId = this.authors.get(ref.type) ?? new Map<string, AuthorRef>();
    this.authors.set(ref.type, byId);
    const shared = byId.get(ref.id) ?? Object.freeze({ type: ref.type, id: ref.id });
    byId.set(ref.id, shared);
    return shared;
  }

  nextSeq(): number {
    return ++this.seqCounter;
  }

  admin(id: string): AdminRecord {
    const admin = this.admins.get(id);
    if (!admin) throw notFound('admin_not_found', `Admin Not Found: no admin with id '${id}'`);
    return admin;
  }

  team(id: string): TeamRecord {
    const team = this.teams.get(id);
    if (!team) throw notFound('team_not_found', `Team Not Found: no team with id '${id}'`);
    return team;
  }

  tag(id: string): TagRecord {
    const tag = this.tags.get(id);
    if (!tag) throw notFound('tag_not_found', `Tag Not Found: no tag with id '${id}'`);
    return tag;
  }

  contact(id: string): ContactRecord {
    const contact = this.contacts.get(id);
    if (!contact) {
      const into = this.mergedInto.get(id);
      const hint = into ? ` (it was merged into ${into})` : '';
      throw notFound('not_found', `Contact Not Found: no contact with id '${id}'${hint}`);
    }
    return contact;
  }

  company(id: string): CompanyRecord {
    const company = this.companies.get(id);
    if (!company) throw notFound('company_not_found', `Company Not Found: no company with id '${id}'`);
    return company;
  }

  conversation(id: string): ConversationRecord {
    const conversation = this.conversations.get(id);
    if (!conversation) throw notFound('not_found', `Conversation Not Found: no conversation with id '${id}'`);
    return conversation;
  }

  ticket(id: string): TicketRecord {
    const ticket = this.tickets.get(id);
    if (!ticket) throw notFound('ticket_not_found', `Ticket Not Found: no ticket with id '${id}'`);
    return ticket;
  }

  ticketType(id: string): TicketTypeRecord {
    const type = this.ticketTypes.get(id);
    if (!type) throw notFound('not_found', `Ticket Type Not Found: no ticket type with id '${id}'`);
    return type;
  }

  segment(id: string): SegmentRecord {
    const segment = this.segments.get(id);
    if (!segment) throw notFound('not_found', `Segment Not Found: no segment with id '${id}'`);
    return segment;
  }

  addNote(note: NoteRecord): void {
    this.notes.set(note.id, note);
    const ids = this.noteIdsByContact.get(note.contact_id);
    if (ids) ids.push(note.id);
    else this.noteIdsByContact.set(note.contact_id, [note.id]);
  }

  moveNotes(fromContactId: string, toContactId: string): void {
    for (const note of this.notesOf(fromContactId)) this.addNote({ ...note, contact_id: toContactId });
    this.noteIdsByContact.delete(fromContactId);
  }

  notesOf(contactId: string): NoteRecord[] {
    return (this.noteIdsByContact.get(contactId) ?? []).flatMap((id) => this.notes.get(id) ?? []);
  }

  findContactBy(key: 'email' | 'external_id', value: string): ContactRecord | undefined {
    // An empty email or external id identifies nobody (many leads have no email).
    if (value === '') return undefined;
    const wanted = key === 'email' ? value.toLowerCase() : value;
    for (const contact of this.contacts.values()) {
      const actual = key === 'email' ? contact.email.toLowerCase() : contact.external_id;
      if (actual === wanted) return contact;
    }
    return undefined;
  }

  findCompanyByCompanyId(companyId: string): CompanyRecord | undefined {
    for (const company of this.companies.values()) if (company.company_id === companyId) return company;
    return undefined;
  }

  contactAttributes(): DataAttributeRecord[] {
    return [...this.dataAttributes.values()].filter((a) => a.model === 'contact');
  }

  customAttribute(model: 'contact' | 'company', name: string): DataAttributeRecord | undefined {
    for (const attribute of this.dataAttributes.values()) {
      if (attribute.model === model && attribute.custom && attribute.name === name) return attribute;
    }
    return undefined;
  }

  attachCompany(contact: ContactRecord, company: CompanyRecord): void {
    if (contact.company_ids.includes(company.id)) return;
    if (contact.company_ids.length >= MAX_COMPANIES_PER_CONTACT) {
      throw new ApiError(
        400,
        'contact_company_limit_exceeded',
        `A contact can belong to at most ${MAX_COMPANIES_PER_CONTACT} companies`,
      );
    }
    contact.company_ids.push(company.id);
    company.contact_ids.add(contact.id);
  }

  detachCompany(contact: ContactRecord, company: CompanyRecord): void {
    contact.company_ids = contact.company_ids.filter((id) => id !== company.id);
    company.contact_ids.delete(contact.id);
  }

  /** Removes a contact and every link to it except conversation and ticket history. */
  removeContact(contact: ContactRecord): void {
    for (const companyId of contact.company_ids) this.companies.get(companyId)?.contact_ids.delete(contact.id);
    for (const id of this.noteIdsByContact.get(contact.id) ?? []) this.notes.delete(id);
    this.noteIdsByContact.delete(contact.id);
    this.events.delete(contact.id);
    this.eventSummaries.delete(contact.id);
    this.contacts.remove(contact.id);
  }
}
