import { createRandom, deriveSeed } from '../random';
import { Store } from '../store/store';
import { seedConversations } from './conversations';
import { seedCompanies, seedContacts } from './people';
import { seedNotesAndEvents, seedTickets } from './tickets';
import { seedWorkspace } from './workspace';

/** How much the generator creates. Omitted sizes scale with `conversations`. */
export interface SeedSizes {
  admins: number;
  teams: number;
  tags: number;
  companies: number;
  contacts: number;
  conversations: number;
  tickets: number;
  /** Conversations and tickets spread over this many days before now. */
  days: number;
}

export const DEFAULT_CONVERSATIONS = 5000;

export function resolveSizes(partial: Partial<SeedSizes> = {}): SeedSizes {
  const conversations = partial.conversations ?? DEFAULT_CONVERSATIONS;
  const contacts = partial.contacts ?? Math.max(20, Math.round(conversations * 0.4));
  for (const [key, value] of Object.entries(partial)) {
    if (!Number.isInteger(value) || value < 0) {
      throw new RangeError(`createEmulator: size '${key}' must be a non-negative integer, got ${String(value)}`);
    }
  }
  return {
    admins: partial.admins ?? 12,
    teams: partial.teams ?? 5,
    tags: partial.tags ?? 30,
    companies: partial.companies ?? Math.max(5, Math.round(contacts / 12)),
    contacts,
    conversations,
    tickets: partial.tickets ?? Math.round(conversations / 25),
    days: partial.days ?? 180,
  };
}

/** Builds a deterministic workspace: the same seed, sizes and clock always give the same data. */
export function seedStore(seed: number, sizes: SeedSizes, now: number, timezone: string): Store {
  const random = (label: string) => createRandom(deriveSeed(seed, label));
  const start = now - sizes.days * 86_400;
  const store = new Store(seed, {
    id_code: `emu${seed.toString(36).padStart(5, '0')}`,
    name: 'Emulated Workspace',
    region: 'US',
    timezone,
    created_at: start - 365 * 86_400,
    identity_verification: false,
  });
  seedWorkspace(store, random('workspace'), sizes, start);
  seedCompanies(store, random('companies'), sizes.companies, start, now);
  seedContacts(store, random('contacts'), sizes.contacts, start, now);
  seedConversations(store, random('conversations'), sizes.conversations, sizes.days, now);
  seedTickets(store, random('tickets'), sizes.tickets, sizes.days, now);
  seedNotesAndEvents(store, random('notes-events'), now);
  return store;
}
