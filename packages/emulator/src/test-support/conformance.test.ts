import { describe, expect, it } from 'vitest';
import { createSchemaValidator } from './conformance';
import { specAvailable, specPath } from './spec';

if (!specAvailable) console.warn(`[conformance] ${specPath} not found: the validator's own tests are skipped.`);

describe.skipIf(!specAvailable)('response validator against the 2.14 description', () => {
  const validator = createSchemaValidator();
  const check = (method: string, path: string, status: number, body: unknown) =>
    validator.check({ method, path, status, body });
  const admin = {
    type: 'admin',
    id: '1',
    name: 'A',
    email: 'a@example.com',
    away_mode_enabled: false,
    away_mode_reassign: false,
    away_status_reason_id: null,
    has_inbox_seat: true,
    team_ids: [1],
    avatar: null,
  };

  it('accepts a conforming body, including OpenAPI 3.0 nullable fields', () => {
    expect(check('GET', '/admins/123', 200, admin)).toBeNull();
  });

  it('reports a wrong type with the operation, status and JSON path', () => {
    expect(check('GET', '/admins/123', 200, { ...admin, team_ids: ['1'] })).toMatch(
      /^GET \/admins\/\{admin_id\} 200: data\/team_ids\/0 must be integer/,
    );
    expect(check('GET', '/admins/123', 200, { ...admin, has_inbox_seat: null })).toMatch(
      /has_inbox_seat must be boolean/,
    );
  });

  it('checks enums and nested references', () => {
    const list = {
      type: 'conversation.list',
      conversations: [],
      total_count: 0,
      pages: { type: 'pages', page: 1, per_page: 20, total_pages: 0 },
    };
    expect(check('POST', '/conversations/search', 200, list)).toBeNull();
    expect(check('POST', '/conversations/search', 200, { ...list, type: 'list' })).toMatch(
      /must be equal to one of the allowed values/,
    );
    expect(check('POST', '/conversations/search', 200, { ...list, pages: { type: 'pages', page: '1' } })).toMatch(
      /pages\/page must be integer/,
    );
  });

  it('prefers literal path segments when matching templates', () => {
    expect(
      check('GET', '/contacts/find_by_external_id/x', 404, { type: 'error.list', errors: [{ code: 'not_found' }] }),
    ).toBeNull();
    expect(check('POST', '/contacts/search', 200, { type: 'list', data: 'nope' })).toMatch(
      /^POST \/contacts\/search 200/,
    );
  });

  it('validates error statuses against the error schema even where the operation does not declare them', () => {
    expect(
      check('GET', '/contacts/abc', 404, {
        type: 'error.list',
        request_id: '7b9ad3a1-8f5f-4b6b-9c39-5d8a2f1e7c10',
        errors: [{ code: 'not_found', message: 'x' }],
      }),
    ).toBeNull();
    expect(
      check('GET', '/contacts/abc', 404, {
        type: 'error.list',
        request_id: 'not-a-uuid',
        errors: [{ code: 'not_found' }],
      }),
    ).toMatch(/request_id must match format "uuid"/);
    expect(check('GET', '/nowhere', 404, { type: 'error.list' })).toMatch(/must have required property 'errors'/);
  });

  it('reports undeclared success statuses and bodies where none is declared', () => {
    expect(check('GET', '/admins/1', 201, admin)).toMatch(/status not declared/);
    expect(check('POST', '/events', 202, undefined)).toBeNull();
    expect(check('POST', '/events', 202, { ok: true })).toMatch(/declares no body/);
    expect(check('GET', '/no/such/thing', 200, {})).toMatch(/no such operation/);
  });

  it('accepts the relative URLs Intercom itself returns in format: uri fields', () => {
    const tags = {
      type: 'list',
      data: [{ type: 'tag', id: '1', url: '/tags/1' }],
      url: '/contacts/1/tags',
      total_count: 1,
      has_more: false,
    };
    expect(check('GET', '/contacts/1', 200, { type: 'contact', id: '1', tags })).toBeNull();
    expect(
      check('GET', '/contacts/1', 200, { type: 'contact', id: '1', tags: { ...tags, url: 'has spaces in it' } }),
    ).toMatch(/must match format "uri"/);
  });
});
