export { WebhookLoadError, WebhookPayloadError, type WebhookPayloadIssue } from './errors';
export {
  createWebhookHandler,
  DEFAULT_MAX_BODY_BYTES,
  type WebhookHandler,
  type WebhookHandlerOptions,
} from './handler';
export type {
  ContactTagItem,
  ContentStatItem,
  DeletedItem,
  EventItem,
  LegacyContactItem,
  PingItem,
  UserTagItem,
  WebhookItem,
  WebhookItems,
  WebhookObject,
} from './items';
export {
  type LoadableWebhookNotification,
  type WebhookClient,
  type WebhookLoadResults,
  withLoad,
} from './load';
export {
  isKnownNotification,
  type KnownWebhookNotification,
  parseNotification,
  type TopicNotification,
  type UnknownWebhookNotification,
  type WebhookEnvelope,
  type WebhookNotification,
} from './notification';
export { type RawBody, verifyWebhookSignature } from './signature';
export { isKnownTopic, type WebhookFamily, type WebhookFamilyOf, type WebhookTopic, webhookTopics } from './topics';
