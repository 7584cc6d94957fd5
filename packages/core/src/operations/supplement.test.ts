// The five SDK operations missing from the 2.14 description, called with the arguments of the SDK
// reference's own usage examples (seeds/004), send what that reference describes.
import { describe, expect, it } from 'vitest';
import { createOpenApiValidator } from '../../scripts/codegen/openapi-validator.mjs';
import { supplementPaths, supplementSchemas } from '../../scripts/codegen/supplement.mjs';
import { IntercomClient } from '../client';
import { json } from '../internal/testing';
import { captureFetch } from './contract/capture-fetch';

const validate = createOpenApiValidator({ components: { schemas: supplementSchemas } });
const contact = { type: 'user', external_id: 'user_003', name: 'Alice Example', email: 'alice@example.com' } as const;
const mapping = {
  external_conversation_id: 'conv_13579',
  conversation_id: '123',
  external_contact_id: 'user_003',
  contact_id: '456',
};

function setup() {
  const { fetch, requests } = captureFetch(() => json(mapping));
  return { client: new IntercomClient({ token: 't', fetch, baseUrl: 'https://api.intercom.io' }), requests };
}

const notifications = [
  ['notify_new_conversation', (c: IntercomClient) => c.customChannelEvents.notifyNewConversation, {}],
  ['notify_new_message', (c: IntercomClient) => c.customChannelEvents.notifyNewMessage, { body: 'Hello' }],
  [
    'notify_quick_reply_selected',
    (c: IntercomClient) => c.customChannelEvents.notifyQuickReplySelected,
    { quick_reply_option_id: '1234' },
  ],
  [
    'notify_attribute_collected',
    (c: IntercomClient) => c.customChannelEvents.notifyAttributeCollected,
    { attribute: { id: 'plan', value: 'pro' } },
  ],
] as const;

describe('operations outside the 2.14 description', () => {
  it.each(notifications)('customChannelEvents %s', async (endpoint, method, extra) => {
    const { client, requests } = setup();
    const request = { event_id: 'evt_67890', external_conversation_id: 'conv_13579', contact, ...extra };
    const notify = method(client) as (r: typeof request) => Promise<unknown>;
    expect(await notify(request)).toEqual(mapping);
    const sent = requests[0]!;
    expect([sent.method, sent.url.pathname]).toEqual(['POST', `/custom_channel_events/${endpoint}`]);
    expect(JSON.parse(sent.body ?? 'null')).toEqual(request);
    const schema =
      supplementPaths[`/custom_channel_events/${endpoint}`]?.post?.requestBody?.content['application/json']?.schema;
    expect(validate(schema, request)).toEqual([]);
    expect(validate(schema, { ...request, contact: { type: 'visitor', external_id: 'x' } })).not.toEqual([]);
  });

  it('conversations.runAssignmentRules posts to the conversation without a body', async () => {
    const { client, requests } = setup();
    await client.conversations.runAssignmentRules({ conversation_id: '123' });
    expect(requests.map((r) => [r.method, r.url.pathname, r.body])).toEqual([
      ['POST', '/conversations/123/run_assignment_rules', undefined],
    ]);
  });
});
