import { describe, expect, it } from 'vitest';
import { IntercomInputError } from '../errors/client-errors';
import { operationTable } from '../operations/table.gen';
import { type AllowRule, parseAllowList, resolveAllowList } from './allow';

const resolve = (rules?: readonly AllowRule[]) => [...resolveAllowList(rules, operationTable)].sort();
const rows = Object.entries(operationTable);

describe('resolveAllowList', () => {
  it('defaults to every GET plus the read-only POSTs, the three searches among them, and no write', () => {
    const allowed = resolve();
    const gets = rows.filter(([, spec]) => spec.method === 'GET').map(([id]) => id);
    const readOnlyPosts = [
      'calls.listCallsWithTranscripts',
      'companies.list',
      'contacts.search',
      'conversations.search',
      'tickets.search',
    ];
    expect(allowed).toEqual([...gets, ...readOnlyPosts].sort());
    for (const write of [
      'conversations.reply',
      'contacts.create',
      'contacts.delete',
      'tags.create',
      'contacts.update',
    ]) {
      expect(allowed).not.toContain(write);
    }
  });

  it('resolves ids, group wildcards (nested groups included) and route patterns by shape', () => {
    expect(resolve(['conversations.reply'])).toEqual(['conversations.reply']);
    expect(resolve(['helpCenters.collections.*'])).toEqual(
      rows
        .filter(([id]) => id.startsWith('helpCenters.collections.'))
        .map(([id]) => id)
        .sort(),
    );
    expect(resolve(['helpCenters.*'])).toContain('helpCenters.collections.list');
    expect(resolve([{ method: 'POST', path: '/conversations/{id}/reply' }])).toEqual(['conversations.reply']);
    expect(resolve([{ method: 'DELETE', path: '/contacts/{a}/companies/{b}' }])).toEqual(['companies.detachContact']);
  });

  it('throws on unknown operation ids, suggesting the nearest one', () => {
    expect(() => resolve(['conversations.replly' as AllowRule])).toThrow(
      new IntercomInputError(
        "createIntercomProxy: allow names unknown operation 'conversations.replly'; did you mean 'conversations.reply'?",
      ),
    );
    expect(() => resolve(['nothing.like.this' as AllowRule])).toThrow(/unknown operation 'nothing.like.this'$/);
  });

  it('throws on wildcards and patterns that match nothing, and on malformed rules', () => {
    expect(() => resolve(['conversation.*' as AllowRule])).toThrow(/names no operation group/);
    expect(() => resolve([{ method: 'POST', path: '/conversations/{id}/replies' }])).toThrow(
      /matches no Intercom operation/,
    );
    expect(() => resolve([{ method: 'PATCH', path: '/contacts/{id}' } as unknown as AllowRule])).toThrow(
      /needs method/,
    );
    expect(() => resolve([42 as unknown as AllowRule])).toThrow(/strings or \{ method, path \}/);
    expect(() => resolve('conversations.reply' as unknown as AllowRule[])).toThrow(/must be an array/);
  });
});

describe('parseAllowList', () => {
  it('reads comma-separated ids, wildcards, readOnly and METHOD /path entries', () => {
    expect(parseAllowList(' readOnly, conversations.reply ,, tags.*, post /conversations/{id}/parts ')).toEqual([
      'readOnly',
      'conversations.reply',
      'tags.*',
      { method: 'POST', path: '/conversations/{id}/parts' },
    ]);
  });

  it('yields rules that resolveAllowList checks like typed ones', () => {
    expect(() => resolve(parseAllowList('conversations.rply'))).toThrow(/did you mean 'conversations.reply'/);
  });
});
