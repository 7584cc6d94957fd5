// Contract tests: every operation of the API 2.14 description, called through the client with arguments
// taken from the description's examples, must send what the description specifies.
import { describe, expect, it } from 'vitest';
import { createOpenApiValidator } from '../../scripts/codegen/openapi-validator.mjs';
import { IntercomClient } from '../client';
import { json } from '../internal/testing';
import { callOperation } from './contract/call-operation';
import { captureFetch } from './contract/capture-fetch';
import { checkRequest, type DescribedOperation, describedOperation } from './contract/check-request';
import { expectedRequest } from './contract/expected-request';
import { loadSharedInputs, sharedInputsPresent } from './contract/shared-inputs';
import { contractCases } from './contract-cases.gen';
import type { OperationSpec } from './spec';
import { type OperationId, operationTable } from './table.gen';

const inputs = sharedInputsPresent ? loadSharedInputs() : undefined;
const validate = inputs ? createOpenApiValidator(inputs.spec) : () => [];
const rowOf = (id: OperationId): OperationSpec => operationTable[id];
/** The operation as operations.json places it in the description (not as the table says: that is under test). */
function described(id: OperationId): DescribedOperation {
  const entry = inputs?.operations.find((o) => `${o.group}.${o.method}` === id);
  if (!entry) throw new Error(`${id} is not in operations.json`);
  return describedOperation(inputs!.spec, entry.http, entry.path);
}

/** A plausible answer: the description's own example of the success response, in its media type. */
function plausibleResponse(op: DescribedOperation): { response: () => Response; data: unknown } {
  const status = Object.keys(op.operation.responses).find((s) => /^2\d\d$/.test(s));
  const content = status ? op.operation.responses[status]?.content : undefined;
  const described = content?.['application/json'];
  if (described) {
    const example = described.example ?? Object.values(described.examples ?? {})[0]?.value ?? {};
    return { response: () => json(example), data: example };
  }
  if (content?.['text/plain']) {
    const text = 'Agent: Hello\nCustomer: Hi';
    return { response: () => new Response(text, { headers: { 'content-type': 'text/plain' } }), data: text };
  }
  return { response: () => new Response(null, { status: 204 }), data: undefined };
}

describe.skipIf(!inputs)('contract: requests match the Intercom API 2.14 description', () => {
  it('has cases for exactly the 147 operations that are in the description', () => {
    const described = inputs?.operations.filter((o) => o.inSpec214).map((o) => `${o.group}.${o.method}`) ?? [];
    expect(described).toHaveLength(147);
    expect([...new Set(contractCases.map((c) => c.id))].sort()).toEqual([...described].sort());
  });

  it.each(contractCases)('$id ($name)', async ({ id, request }) => {
    const row = rowOf(id);
    const op = described(id);
    const answer = plausibleResponse(op);
    const { fetch, requests } = captureFetch(answer.response);
    const client = new IntercomClient({ token: 't', fetch, baseUrl: 'https://api.intercom.io', maxRetries: 0 });

    const result = await callOperation(client, id, request);

    expect(requests).toHaveLength(1);
    const sent = requests[0]!;
    expect(checkRequest(op, sent, validate)).toEqual([]);
    const expected = expectedRequest(op, request as Record<string, unknown> | undefined, row.body);
    expect(sent.url.origin).toBe('https://api.intercom.io');
    expect(sent.url.pathname).toBe(expected.pathname);
    expect(Object.fromEntries(sent.url.searchParams)).toEqual(expected.query);
    expect(sent.body === undefined ? undefined : JSON.parse(sent.body)).toEqual(expected.body);
    expect(sent.headers.get('authorization')).toBe('Bearer t');
    const data = row.pagination ? (result as { response: unknown }).response : result;
    expect(data).toEqual(answer.data);
  });

  it('percent-encodes path parameter values', async () => {
    const { fetch, requests } = captureFetch(() => json({ type: 'contact', id: 'x' }));
    const client = new IntercomClient({ token: 't', fetch, baseUrl: 'https://api.intercom.io' });
    await client.contacts.find({ contact_id: 'a/b c?d#e%' });
    await client.conversations.reply({
      conversation_id: 'last',
      body: { message_type: 'comment', type: 'admin', admin_id: '991', body: 'On it' },
    });
    expect(requests.map((r) => r.url.pathname)).toEqual([
      '/contacts/a%2Fb%20c%3Fd%23e%25',
      '/conversations/last/reply',
    ]);
    const op = describedOperation(inputs!.spec, 'GET', '/contacts/{contact_id}');
    expect(checkRequest(op, requests[0]!, validate)).toEqual([]);
  });

  it('rejects requests that do not match (the checker is not a rubber stamp)', () => {
    const op = describedOperation(inputs!.spec, 'GET', '/conversations');
    const sent = {
      method: 'POST',
      url: new URL('https://api.intercom.io/conversation?per_page=many&colour=blue'),
      headers: new Headers({ 'content-type': 'application/json' }),
      body: '{"a":1}',
    };
    expect(checkRequest(op, sent, validate)).toEqual([
      'method POST, described GET',
      'path /conversation does not match /conversations',
      'query parameter per_page: (root) must be integer',
      'query parameter colour is not declared by the description',
      'a body is sent but the description declares none',
      'Intercom-Version header is null, not 2.14',
    ]);
    const search = describedOperation(inputs!.spec, 'POST', '/conversations/search');
    const badBody = { ...sent, method: 'POST', url: new URL('https://api.intercom.io/conversations/search') };
    expect(checkRequest(search, { ...badBody, body: '{"query":{"operator":"XOR","value":[]}}' }, validate)).toContain(
      'body /query must match exactly one schema in oneOf',
    );
  });
});
