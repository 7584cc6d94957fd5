import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sharedFile, sharedFileExists } from '../test-support/shared';
import { contactsCatalog } from './contacts';
import { conversationsCatalog } from './conversations';
import { catalogFor } from './registry';
import { isResourceName, resourceNames } from './resource-names';
import { ticketsCatalog } from './tickets';
import type { SearchCatalog } from './types';

const SEARCH_FIELDS = 'intercom-openapi/search-fields.json';

interface DocumentedResource {
  fields: Record<string, string>;
  patterns: Record<string, string>;
  operators: Record<string, string[]>;
  fieldOperatorOverrides: Record<string, string[]>;
  enums: Record<string, string[]>;
  dateSemantics?: unknown;
}

const catalogs: Record<string, SearchCatalog> = {
  conversations: conversationsCatalog,
  contacts: contactsCatalog,
  tickets: ticketsCatalog,
};

// The one deliberate difference from the summary: conversations' tag_ids takes = and != only,
// like the tag filters of the other resources.
const addedOverrides: Record<string, Record<string, string[]>> = { conversations: { tag_ids: ['=', '!='] } };

describe.skipIf(!sharedFileExists(SEARCH_FIELDS))('committed catalogs match the 2.14 search field tables', () => {
  const documented = (
    JSON.parse(readFileSync(sharedFile(SEARCH_FIELDS), 'utf8')) as {
      resources: Record<string, DocumentedResource>;
    }
  ).resources;

  it.each(Object.keys(catalogs))('%s', (resource) => {
    const catalog = catalogs[resource] as SearchCatalog;
    const source = documented[resource] as DocumentedResource;
    expect(catalog.resource).toBe(resource);
    expect(catalog.fields).toEqual(source.fields);
    expect(catalog.operators).toEqual(source.operators);
    expect(catalog.fieldOperators).toEqual({ ...source.fieldOperatorOverrides, ...addedOverrides[resource] });
    expect(catalog.enums).toEqual(source.enums);
    const patterns = Object.entries(source.patterns).map(([pattern, types]) => ({
      prefix: pattern.slice(0, pattern.indexOf('{')),
      types: types.split('|'),
    }));
    expect(catalog.attributes === undefined ? [] : [catalog.attributes]).toEqual(patterns);
    expect(catalog.dateGranularity).toBe(source.dateSemantics === undefined ? 'second' : 'day');
  });

  it('covers every documented resource', () => {
    expect(Object.keys(documented).sort()).toEqual([...resourceNames].sort());
  });
});

describe('catalog data', () => {
  it('has the documented number of fields', () => {
    expect(Object.keys(conversationsCatalog.fields)).toHaveLength(56);
    expect(Object.keys(contactsCatalog.fields)).toHaveLength(41);
    expect(Object.keys(ticketsCatalog.fields)).toHaveLength(14);
  });

  it('gives enums and overrides only to fields it has', () => {
    for (const catalog of Object.values(catalogs)) {
      for (const name of [...Object.keys(catalog.enums), ...Object.keys(catalog.fieldOperators)]) {
        expect(catalog.fields).toHaveProperty([name]);
      }
    }
  });
});

describe('registry', () => {
  it('resolves resource names and refuses others', () => {
    expect(catalogFor('tickets')).toBe(ticketsCatalog);
    expect(isResourceName('contacts')).toBe(true);
    expect(isResourceName('toString')).toBe(false);
    expect(() => catalogFor('companies')).toThrow(/Unknown search resource "companies"/);
  });
});
