import { createWebhookHandler, isKnownNotification, parseNotification, verifyWebhookSignature } from '../index';

/** What runtimes.test.ts sends each runtime: a signed notification and a signed non-notification. */
export interface SmokeInput {
  secret: string;
  body: string;
  signature: string;
  notANotification: string;
  notANotificationSignature: string;
}

/** Exercises the webhooks entry with web-standard APIs only; every runtime must return the same. */
export async function webhookSmoke(input: SmokeInput) {
  const forgedSignature = `sha1=${'0'.repeat(40)}`;
  const parsed = parseNotification(input.body);
  const delivered: string[] = [];
  const handle = createWebhookHandler({
    clientSecret: input.secret,
    onNotification: (notification) => {
      delivered.push(notification.topic);
    },
  });
  const post = (body: string, signature?: string) =>
    new Request('https://hooks.example/intercom', {
      method: 'POST',
      body,
      headers: signature ? { 'X-Hub-Signature': signature } : {},
    });
  return {
    verified: await verifyWebhookSignature(input.body, input.signature, input.secret),
    verifiedBytes: await verifyWebhookSignature(new TextEncoder().encode(input.body), input.signature, input.secret),
    forged: await verifyWebhookSignature(input.body, forgedSignature, input.secret),
    topic: parsed.topic,
    item: isKnownNotification(parsed) && parsed.topic === 'conversation.user.replied' ? parsed.data.item.id : null,
    statuses: [
      (await handle(post(input.body, input.signature))).status,
      (await handle(post(input.body))).status,
      (await handle(post(input.body, forgedSignature))).status,
      (await handle(post(input.notANotification, input.notANotificationSignature))).status,
    ],
    delivered,
  };
}
