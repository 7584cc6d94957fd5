import * as v from 'valibot';
import { WebhookPayloadError, type WebhookPayloadIssue } from './errors';
import { itemSchemas } from './item-schemas';
import type { WebhookItem } from './items';
import { familyOf, type WebhookTopic } from './topics';

/** The members every notification has, whatever its topic. Members not listed here are kept as sent. */
export interface WebhookEnvelope {
  type: 'notification_event';
  /** The notification's id (`notif_…`): the same on every delivery attempt, so it deduplicates retries. */
  id: string;
  /** The workspace the notification comes from. */
  app_id: string;
  created_at?: number;
  delivery_attempts?: number;
  first_sent_at?: number;
  self?: string | null;
  delivery_status?: string;
  delivered_at?: number;
  links?: Record<string, unknown>;
}

/** A notification on a topic this package knows, with `data.item` typed by the topic. */
export type TopicNotification<T extends WebhookTopic> = WebhookEnvelope & {
  topic: T;
  data: { type?: 'notification_event_data'; item: WebhookItem<T> };
};

export type KnownWebhookNotification = { [T in WebhookTopic]: TopicNotification<T> }[WebhookTopic];

/** A notification on a topic added after this package was released: passed through, item unchecked. */
export interface UnknownWebhookNotification extends WebhookEnvelope {
  topic: string;
  data: { type?: string; item: unknown };
}

/**
 * What `parseNotification` returns. Narrow with `isKnownNotification` first: the unknown-topic
 * member has `topic: string`, so comparing `topic` alone cannot rule it out.
 */
export type WebhookNotification = KnownWebhookNotification | UnknownWebhookNotification;

const envelopeSchema = v.looseObject({
  type: v.literal('notification_event'),
  id: v.pipe(v.string(), v.nonEmpty()),
  topic: v.pipe(v.string(), v.nonEmpty()),
  app_id: v.string(),
  created_at: v.optional(v.number()),
  delivery_attempts: v.optional(v.number()),
  first_sent_at: v.optional(v.number()),
  data: v.looseObject({ type: v.optional(v.string()), item: v.unknown() }),
});

/**
 * Validates an Intercom notification (the parsed JSON, or its text) and types it by topic. The
 * envelope and the identifying members of `data.item` are checked; everything else is passed
 * through. An unknown topic is not an error. Does not check the signature: use
 * `verifyWebhookSignature` (or `createWebhookHandler`) on the raw body first.
 */
export function parseNotification(json: unknown): WebhookNotification {
  const value = typeof json === 'string' ? parseJson(json) : json;
  const envelope = v.safeParse(envelopeSchema, value);
  if (!envelope.success) throw invalid('the notification_event envelope', envelope.issues);
  const family = familyOf(envelope.output.topic);
  if (family !== undefined) {
    const item = v.safeParse(itemSchemas[family], envelope.output.data.item);
    if (!item.success) {
      throw invalid(`a ${envelope.output.topic} notification`, item.issues, 'data.item');
    }
  }
  return envelope.output as WebhookNotification;
}

/** Narrows to the notifications whose topic this package knows, so that `topic` then narrows `data.item`. */
export function isKnownNotification<N extends { topic: string }>(
  notification: N,
): notification is Extract<N, { topic: WebhookTopic }> {
  return familyOf(notification.topic) !== undefined;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new WebhookPayloadError(
      `Intercom notification is not valid JSON: ${(error as Error).message}`,
      [{ path: '', message: 'not JSON' }],
      { cause: error },
    );
  }
}

function invalid(what: string, issues: readonly v.BaseIssue<unknown>[], prefix = ''): WebhookPayloadError {
  const list: WebhookPayloadIssue[] = issues.map((issue) => ({
    path: [prefix, ...(issue.path ?? []).map((step) => String(step.key))].filter(Boolean).join('.'),
    message: issue.message,
  }));
  const summary = list.map((issue) => `${issue.path || '(root)'}: ${issue.message}`).join('; ');
  return new WebhookPayloadError(`Not ${what}: ${summary}`, list);
}
