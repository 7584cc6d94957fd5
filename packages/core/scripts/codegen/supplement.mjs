// The five operations of the official SDKs that the public 2.14 description does not contain
// (`inSpec214: false` in operations.json). Their request shapes come from the SDK reference
// (seeds/004: parameters of `conversations.run_assignment_rules` and the four
// `custom_channel_events.notify_*` methods, with `CustomChannelContact`/`CustomChannelAttribute`).
// They are written as OpenAPI so that the same generator produces their types.
// Response shapes are not in that reference: `run_assignment_rules` answers with the conversation
// (Intercom's documentation example for the endpoint), and the custom channel notifications answer
// with the id mapping the official SDKs call `CustomChannelNotificationResponse`.

const ref = (name) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema) => ({ content: { 'application/json': { schema } } });

const customChannelEvent = (extra) => ({
  allOf: [ref('custom_channel_base_event'), { type: 'object', ...extra }],
});

const notify = (operationId, body) => ({
  post: {
    operationId,
    requestBody: { required: true, ...json(body) },
    responses: { 200: json(ref('custom_channel_notification_response')) },
  },
});

export const supplementSchemas = {
  custom_channel_contact: {
    type: 'object',
    required: ['type', 'external_id'],
    properties: {
      type: { type: 'string', enum: ['user', 'lead'] },
      external_id: { type: 'string' },
      name: { type: 'string' },
      email: { type: 'string' },
    },
  },
  custom_channel_attribute: {
    type: 'object',
    required: ['id', 'value'],
    properties: { id: { type: 'string' }, value: { type: 'string' } },
  },
  custom_channel_base_event: {
    type: 'object',
    required: ['event_id', 'external_conversation_id', 'contact'],
    properties: {
      event_id: { type: 'string' },
      external_conversation_id: { type: 'string' },
      contact: ref('custom_channel_contact'),
    },
  },
  notify_new_message_request: customChannelEvent({
    required: ['body'],
    properties: { body: { type: 'string' } },
  }),
  notify_quick_reply_selected_request: customChannelEvent({
    required: ['quick_reply_option_id'],
    properties: { quick_reply_option_id: { type: 'string' } },
  }),
  notify_attribute_collected_request: customChannelEvent({
    required: ['attribute'],
    properties: { attribute: ref('custom_channel_attribute') },
  }),
  custom_channel_notification_response: {
    type: 'object',
    required: ['external_conversation_id', 'conversation_id', 'external_contact_id', 'contact_id'],
    properties: {
      external_conversation_id: { type: 'string' },
      conversation_id: { type: 'string' },
      external_contact_id: { type: 'string' },
      contact_id: { type: 'string' },
    },
  },
};

export const supplementPaths = {
  '/conversations/{conversation_id}/run_assignment_rules': {
    post: {
      operationId: 'autoAssignConversation',
      parameters: [{ name: 'conversation_id', in: 'path', required: true, schema: { type: 'string' } }],
      responses: { 200: json(ref('conversation')) },
    },
  },
  '/custom_channel_events/notify_new_conversation': notify('notifyNewConversation', ref('custom_channel_base_event')),
  '/custom_channel_events/notify_new_message': notify('notifyNewMessage', ref('notify_new_message_request')),
  '/custom_channel_events/notify_quick_reply_selected': notify(
    'notifyQuickReplySelected',
    ref('notify_quick_reply_selected_request'),
  ),
  '/custom_channel_events/notify_attribute_collected': notify(
    'notifyAttributeCollected',
    ref('notify_attribute_collected_request'),
  ),
};

/** Returns a copy of the description with the supplementary operations and schemas merged in. */
export function withSupplement(spec) {
  const schemas = { ...spec.components.schemas };
  for (const [name, schema] of Object.entries(supplementSchemas)) {
    if (schemas[name]) throw new Error(`Supplementary schema "${name}" already exists in the description`);
    schemas[name] = schema;
  }
  const paths = { ...spec.paths };
  for (const [path, item] of Object.entries(supplementPaths)) {
    for (const method of Object.keys(item)) {
      if (paths[path]?.[method]) throw new Error(`Supplementary ${method} ${path} already exists in the description`);
    }
    paths[path] = { ...paths[path], ...item };
  }
  return { ...spec, paths, components: { ...spec.components, schemas } };
}
