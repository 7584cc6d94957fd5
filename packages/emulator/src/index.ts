export type { ClockOption } from './clock';
export { createEmulator, type Emulator } from './emulator';
export type { ErrorList } from './errors';
export { ApiError, errorList } from './errors';
export {
  ConnectionDroppedError,
  FAULT_HEADER,
  type FaultDecision,
  FaultInjector,
  type FaultOptions,
  type ForcedFault,
  type ForcedStatus,
  type ServerErrorStatus,
} from './faults';
export type { EmulatorOptions } from './options';
export { DEFAULT_RATE_LIMIT, type RateLimitOptions, type RateLimitState, WindowedRateLimiter } from './ratelimit';
export { DEFAULT_CONVERSATIONS, type SeedSizes } from './seed/index';
export type {
  AiAgentRecord,
  AuthorRef,
  ConversationRating,
  ConversationRecord,
  ConversationSource,
  ConversationState,
  ConversationStatistics,
  LinkedRef,
  PartRecord,
} from './store/conversation-types';
export type { EventRecord, JobRecord, MessageRecord, NoteRecord, SubscriptionTypeRecord } from './store/misc-types';
export type { OrderedCollection } from './store/ordered';
export type { Store } from './store/store';
export type {
  TicketPartRecord,
  TicketRecord,
  TicketStateRecord,
  TicketTypeAttributeRecord,
  TicketTypeRecord,
} from './store/ticket-types';
export type {
  AdminRecord,
  AppliedTag,
  CompanyRecord,
  ContactRecord,
  DataAttributeRecord,
  SegmentRecord,
  TagRecord,
  TeamRecord,
} from './store/types';
