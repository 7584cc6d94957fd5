import { describe, expect, it } from 'vitest';
import { operationTable } from '../operations/table.gen';
import { ProxyRefusal } from './errors';
import { checkJsonBody, type SearchValidationOptions } from './json-body';

const bytes = (text: string) => new TextEncoder().encode(text);
const check = (
  text: string | Uint8Array,
  contentType: string | null,
  id: keyof typeof operationTable,
  search: SearchValidationOptions = {},
) => {
  try {
    checkJsonBody(typeof text === 'string' ? bytes(text) : text, contentType, operationTable[id], search);
    return 'ok';
  } catch (error) {
    if (!(error instanceof ProxyRefusal)) throw error;
    return { status: error.status, code: error.code, message: error.message, field: error.field };
  }
};

describe('checkJsonBody', () => {
  it('accepts JSON content types, with parameters and +json suffixes', () => {
    expect(check('{}', 'application/json', 'contacts.create')).toBe('ok');
    expect(check('{}', 'Application/JSON; charset=utf-8', 'contacts.create')).toBe('ok');
    expect(check('{}', 'application/merge-patch+json', 'contacts.create')).toBe('ok');
  });

  it.each([
    [null],
    ['text/plain'],
    ['application/x-www-form-urlencoded'],
    ['multipart/form-data; boundary=x'],
    ['application/jsonx'],
  ])('refuses content type %s with 415', (type) => {
    expect(check('{}', type, 'contacts.create')).toMatchObject({ status: 415, code: 'unsupported_media_type' });
  });

  it('refuses malformed JSON and invalid UTF-8', () => {
    expect(check('{"a":', 'application/json', 'contacts.create')).toMatchObject({ status: 400, code: 'bad_request' });
    expect(check(new Uint8Array([0x7b, 0x22, 0xff, 0x22, 0x7d]), 'application/json', 'contacts.create')).toMatchObject({
      status: 400,
    });
  });

  it('checks search queries, including Intercom’s limits, and names the node at fault', () => {
    const filters = Array.from({ length: 16 }, (_, index) => ({
      field: 'source.body',
      operator: '~',
      value: `w${index}`,
    }));
    expect(
      check(JSON.stringify({ query: { operator: 'AND', value: filters } }), 'application/json', 'conversations.search'),
    ).toMatchObject({
      status: 400,
      code: 'parameter_invalid',
      message: expect.stringMatching(/^Invalid conversations search query: .*15/),
    });
    const deep = {
      operator: 'AND',
      value: [
        {
          operator: 'OR',
          value: [
            {
              operator: 'AND',
              value: [
                { field: 'open', operator: '=', value: true },
                { field: 'state', operator: '=', value: 'open' },
              ],
            },
            { field: 'open', operator: '=', value: false },
          ],
        },
        { field: 'open', operator: '=', value: true },
      ],
    };
    expect(check(JSON.stringify({ query: deep }), 'application/json', 'conversations.search')).toMatchObject({
      status: 400,
      code: 'parameter_invalid',
    });
    expect(
      check('{"query":{"field":"open","operator":"=","value":"yes"}}', 'application/json', 'conversations.search'),
    ).toMatchObject({
      field: 'query.value',
    });
    expect(check('[1]', 'application/json', 'tickets.search')).toMatchObject({ field: 'query' });
  });

  it('uses declared attribute types and limits', () => {
    const body = '{"query":{"field":"custom_attributes.plan","operator":">","value":3}}';
    expect(check(body, 'application/json', 'contacts.search')).toBe('ok');
    expect(
      check(body, 'application/json', 'contacts.search', { attributeTypes: { contacts: { plan: 'string' } } }),
    ).toMatchObject({ status: 400 });
    const two =
      '{"query":{"operator":"AND","value":[{"field":"open","operator":"=","value":true},{"field":"state","operator":"=","value":"open"}]}}';
    expect(check(two, 'application/json', 'conversations.search', { limits: { maxFiltersPerGroup: 1 } })).toMatchObject(
      { status: 400 },
    );
  });

  it('does not apply search checks to bodies of other operations', () => {
    expect(check('{"query":"not a search"}', 'application/json', 'calls.listCallsWithTranscripts')).toBe('ok');
  });
});
