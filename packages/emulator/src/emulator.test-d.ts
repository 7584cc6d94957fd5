import { expectTypeOf, it } from 'vitest';
import { type ConversationRecord, createEmulator, type Emulator } from './index';

it('has a fetch that can stand in for the global fetch', () => {
  const emulator = createEmulator({ conversations: 1 });
  expectTypeOf(emulator.fetch).toExtend<typeof fetch>();
  expectTypeOf(emulator).toEqualTypeOf<Emulator>();
});

it('types the store records', () => {
  const emulator = createEmulator({ conversations: 1 });
  expectTypeOf(emulator.store.conversations.get('1')).toEqualTypeOf<ConversationRecord | undefined>();
  // @ts-expect-error sizes are numbers
  createEmulator({ sizes: { contacts: 'many' } });
  // @ts-expect-error fault rates are numbers
  createEmulator({ faults: { errorRate: 'often' } });
});
