// Validates values against schemas of an OpenAPI 3.0 description with Ajv.
// OpenAPI 3.0 schemas are close to JSON Schema draft 07 but not equal:
// - `nullable: true` is supported by Ajv only next to `type` (Ajv docs, "nullable"); next to `$ref`,
//   `oneOf`, `allOf` or with `enum` it is rewritten here into an explicit `anyOf` with `{ type: 'null' }`
//   (and `null` is added to an `enum`, which would otherwise still reject it);
// - keywords beside `$ref` are ignored by OpenAPI 3.0, so such schemas are reduced to the `$ref`;
// - formats Ajv does not know (`timestamp`) are accepted as annotations;
// - `format: uuid` next to `maxLength` below 36 (Intercom's 24-character object ids in
//   `create_conversation_request.from.id`) can never be satisfied, so the length limits win and the format
//   is dropped.
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { stripProse } from './strip-prose.mjs';

function toJsonSchema(node) {
  if (Array.isArray(node)) return node.map(toJsonSchema);
  if (!node || typeof node !== 'object') return node;
  if (typeof node.$ref === 'string') {
    const target = { $ref: node.$ref };
    return node.nullable === true ? { anyOf: [target, { type: 'null' }] } : target;
  }
  const out = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'nullable') continue;
    out[key] = key === 'enum' || key === 'default' || key === 'const' ? value : toJsonSchema(value);
  }
  if (out.format === 'uuid' && typeof out.maxLength === 'number' && out.maxLength < 36) delete out.format;
  if (node.nullable !== true) return out;
  if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
  if (typeof out.type === 'string' && !out.oneOf && !out.anyOf && !out.allOf) {
    return { ...out, type: [out.type, 'null'] };
  }
  return { anyOf: [out, { type: 'null' }] };
}

/**
 * Builds a validator for schemas of `spec` (which may contain `$ref`s into `#/components/schemas`).
 * `validate(schema, value)` returns the list of problems (empty when valid).
 */
export function createOpenApiValidator(spec) {
  const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: true });
  addFormats(ajv);
  ajv.addFormat('timestamp', true);
  const cache = new Map();

  const rewriteRefs = (node) => {
    if (Array.isArray(node)) return node.map(rewriteRefs);
    if (!node || typeof node !== 'object') return node;
    const out = {};
    for (const [key, value] of Object.entries(node)) {
      out[key] =
        key === '$ref' && typeof value === 'string'
          ? value.replace('#/components/schemas/', 'openapi:components#/definitions/')
          : key === 'enum' || key === 'const' || key === 'default'
            ? value
            : rewriteRefs(value);
    }
    return out;
  };
  // Component schemas reference each other with `#/components/schemas/x`; point those at the registered copy.
  const schemas = stripProse({ schemas: spec.components?.schemas ?? {} }).schemas;
  const definitions = Object.fromEntries(
    Object.entries(schemas).map(([name, schema]) => [name, rewriteRefs(toJsonSchema(schema))]),
  );
  ajv.addSchema({ $id: 'openapi:components', definitions });

  return function validate(schema, value) {
    const key = JSON.stringify(schema);
    let check = cache.get(key);
    if (!check) {
      check = ajv.compile(rewriteRefs(toJsonSchema(stripProse(schema))));
      cache.set(key, check);
    }
    if (check(value)) return [];
    return (check.errors ?? []).map((e) => `${e.instancePath || '(root)'} ${e.message ?? 'is invalid'}`);
  };
}
