// Small readers of OpenAPI schemas used by the operation builder and the emitters.
import { schemaNameOfRef } from './names.mjs';

export class SchemaError extends Error {
  name = 'SchemaError';
}

/** The schemas a schema is composed of: its allOf, oneOf and anyOf parts. */
export const compositionParts = (schema) => [...(schema.allOf ?? []), ...(schema.oneOf ?? []), ...(schema.anyOf ?? [])];

export function resolveSchema(spec, schema) {
  let current = schema;
  for (let depth = 0; current?.$ref; depth++) {
    if (depth > 20) throw new SchemaError(`$ref cycle at ${schema.$ref}`);
    current = spec.components.schemas[schemaNameOfRef(current.$ref)];
  }
  return current;
}

/** Whether `{}` satisfies the schema's `required` lists (used to decide if a request may be omitted). */
export function acceptsEmptyObject(spec, schema) {
  const s = resolveSchema(spec, schema);
  if (!s) return true;
  if (Array.isArray(s.required) && s.required.length > 0) return false;
  if (s.allOf && !s.allOf.every((part) => acceptsEmptyObject(spec, part))) return false;
  const branches = s.oneOf ?? s.anyOf;
  if (branches && !branches.some((part) => acceptsEmptyObject(spec, part))) return false;
  return true;
}

export function isObjectLike(spec, schema) {
  const s = resolveSchema(spec, schema);
  if (!s) return false;
  if (s.type && s.type !== 'object') return false;
  return compositionParts(s).every((part) => isObjectLike(spec, part));
}

/** Property names an object-like schema may have, across its allOf/oneOf/anyOf parts. */
export function propertyNames(spec, schema, seen = new Set()) {
  const s = resolveSchema(spec, schema);
  if (!s || seen.has(s)) return [];
  seen.add(s);
  return [
    ...Object.keys(s.properties ?? {}),
    ...compositionParts(s).flatMap((part) => propertyNames(spec, part, seen)),
  ];
}

/** The component schema a body is, when it is exactly one (`$ref`, or a one-element union of a `$ref`). */
export function directModel(schema) {
  if (!schema) return undefined;
  if (schema.$ref && Object.keys(schema).length === 1) return schemaNameOfRef(schema.$ref);
  const parts = schema.oneOf ?? schema.anyOf ?? schema.allOf;
  if (parts?.length === 1 && Object.keys(schema).length === 1) return directModel(parts[0]);
  return undefined;
}

/** Component schemas a body is built from at its top level (through $ref, allOf, oneOf, anyOf). */
export function topLevelModels(schema, out = new Set()) {
  if (!schema) return out;
  if (schema.$ref) out.add(schemaNameOfRef(schema.$ref));
  for (const part of compositionParts(schema)) topLevelModels(part, out);
  return out;
}
