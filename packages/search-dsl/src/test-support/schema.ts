import { readFileSync } from 'node:fs';
import Ajv, { type ValidateFunction } from 'ajv';
import { parse } from 'yaml';
import { sharedFile } from './shared';

export const DESCRIPTION_PATH = 'intercom-openapi/api.intercom.io.2.14.yaml';

/**
 * A validator for the `search_request` schema of the API description. OpenAPI 3.0 keywords that
 * JSON Schema lacks (`example`, `nullable` beside `oneOf`) are tolerated the way OpenAPI means them.
 */
export const loadSearchRequestValidator = (): ValidateFunction => {
  const description = parse(readFileSync(sharedFile(DESCRIPTION_PATH), 'utf8')) as {
    components: { schemas: Record<string, unknown> };
  };
  const schemas = openApiNullable(description.components.schemas) as Record<string, unknown>;
  const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
  ajv.addSchema({ components: { schemas } }, 'openapi');
  return ajv.compile({ $ref: 'openapi#/components/schemas/search_request' });
};

/**
 * OpenAPI 3.0 `nullable: true` means "or null". Ajv understands it only beside `type`; where it
 * sits beside `oneOf`/`anyOf` (as on a filter's `value`), a null branch is added instead.
 */
const openApiNullable = (schema: unknown): unknown => {
  if (Array.isArray(schema)) return schema.map(openApiNullable);
  if (typeof schema !== 'object' || schema === null) return schema;
  const converted: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) converted[key] = openApiNullable(value);
  if (converted.nullable === true && converted.type === undefined) {
    delete converted.nullable;
    for (const combinator of ['oneOf', 'anyOf'] as const) {
      const branches = converted[combinator];
      if (Array.isArray(branches)) converted[combinator] = [...branches, { type: 'null' }];
    }
  }
  return converted;
};
