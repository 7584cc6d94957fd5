// Where the 2.14 description's types contradict what Intercom documents and accepts, the generated
// types follow Intercom. Each correction names the schema it changes; the contract tests still
// validate requests against the unchanged description.

/** Event metadata values: text, numbers, booleans, rich links `{ url, value }` and amounts `{ amount, currency }`. */
const eventMetadataValue = {
  oneOf: [
    { type: 'string' },
    { type: 'number' },
    { type: 'boolean' },
    {
      type: 'object',
      required: ['url', 'value'],
      properties: { url: { type: 'string' }, value: { type: 'string' } },
    },
    {
      type: 'object',
      required: ['amount', 'currency'],
      properties: { amount: { type: 'integer' }, currency: { type: 'string' } },
    },
  ],
};

export function correctTypes(spec) {
  const schemas = spec.components.schemas;
  for (const name of ['create_data_event_request', 'data_event']) {
    const metadata = schemas[name]?.properties?.metadata;
    if (!metadata) throw new Error(`type correction: ${name}.metadata is gone from the description`);
    metadata.additionalProperties = eventMetadataValue;
  }
  // GET /events answers the events themselves (`event.list`), or their summary with `summary=true`;
  // the description declares only the summary.
  const events = spec.paths['/events']?.get?.responses?.['200']?.content?.['application/json'];
  if (!events?.schema?.$ref?.endsWith('/data_event_summary')) {
    throw new Error('type correction: GET /events no longer answers data_event_summary');
  }
  events.schema = {
    oneOf: [{ $ref: '#/components/schemas/data_event_list' }, { $ref: '#/components/schemas/data_event_summary' }],
  };
  return spec;
}
