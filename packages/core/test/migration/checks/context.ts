import type { ContactRecord, Emulator, Store } from '@intercom-kit/emulator';

/** What a check sees besides the example's result: the workspace the example ran against. */
export interface CheckContext {
  /** The emulator behind the setup's `client`; absent for standalone examples, which make their own. */
  emulator: Emulator | undefined;
}

/** Verifies an example's result against the emulator's records (the independent source of truth). */
export type Check = (result: unknown, context: CheckContext) => void | Promise<void>;

export function storeOf(context: CheckContext): Store {
  if (!context.emulator) throw new Error('this check needs the workspace emulator');
  return context.emulator.store;
}

export function contactByEmail(store: Store, email: string): ContactRecord {
  const contact = store.findContactBy('email', email);
  if (!contact) throw new Error(`no contact ${email} in the emulator`);
  return contact;
}

export const sorted = <T>(values: Iterable<T>): T[] => [...values].sort();
