import { createRandom, deriveSeed, type Random } from './random';

/** Intercom numbers most objects with numeric strings; each kind counts up from its own base. */
const numericBases = {
  admin: 991_267_400,
  team: 5_017_600,
  tag: 7_522_900,
  segment: 6_100,
  conversation: 100_000,
  part: 403_918_000,
  message: 720_000,
  ticket: 600,
  ticketNumber: 1,
  ticketPart: 150,
  ticketType: 40,
  ticketState: 8_200,
  ticketAttribute: 200,
  note: 1,
  dataAttribute: 14_000,
  subscriptionType: 130,
  job: 1,
} as const;

export type NumericIdKind = keyof typeof numericBases;

/** Deterministic ids for one emulator: numeric sequences, 24-hex object ids and request UUIDs. */
export class IdFactory {
  private readonly counters = new Map<NumericIdKind, number>();
  private readonly hexRandom: Random;
  private readonly uuidRandom: Random;

  constructor(seed: number) {
    this.hexRandom = createRandom(deriveSeed(seed, 'hex-ids'));
    this.uuidRandom = createRandom(deriveSeed(seed, 'uuids'));
  }

  next(kind: NumericIdKind): string {
    const value = (this.counters.get(kind) ?? numericBases[kind]) + 1;
    this.counters.set(kind, value);
    return String(value);
  }

  /** Shaped like Intercom's contact/company ids (a Mongo ObjectId: creation time + random bits). */
  hex24(createdAtSeconds: number): string {
    return (createdAtSeconds >>> 0).toString(16).padStart(8, '0') + this.hexRandom.hex(16);
  }

  uuid(): string {
    const h = this.uuidRandom.hex(32);
    const variant = ((Number.parseInt(h[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
  }
}
