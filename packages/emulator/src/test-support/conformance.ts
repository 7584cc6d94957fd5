/**
 * Validates response bodies against the response schema of their operation in the 2.14
 * description, with Ajv. OpenAPI 3.0's `nullable` becomes a JSON-Schema `null` type.
 */
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
// The corrections the client's generated types carry: the emulator answers as Intercom does, not
// as the description's mistakes say.
import { correctTypes } from '../../../core/scripts/codegen/type-corrections.mjs';
import type { ObservedExchange } from '../internal/response-observer';
import { loadSpec } from './spec';

type Json = Record<string, unknown>;

/** OpenAPI 3.0 → JSON Schema: `nullable` → `type: [t, 'null']` (or `anyOf` with null); local refs → the registered document. */
function convert(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(convert);
  if (typeof node !== 'object' || node === null) return node;
  const out: Json = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'nullable' || key === 'example' || key === 'examples') continue;
    if (key === '$ref' && typeof value === 'string') out.$ref = value.replace(/^#\//, 'spec#/');
    else out[key] = convert(value);
  }
  if ((node as Json).nullable !== true) return out;
  if (typeof out.type === 'string') {
    out.type = [out.type, 'null'];
    if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
    return out;
  }
  return { anyOf: [out, { type: 'null' }] };
}

export interface SchemaValidator {
  /** An error message, or null when the body conforms. */
  check(exchange: ObservedExchange): string | null;
}

export function createSchemaValidator(): SchemaValidator {
  const spec = correctTypes(structuredClone(loadSpec()));
  const ajv = new Ajv({ strict: false, allErrors: false, validateSchema: false });
  addFormats(ajv);
  // The description's own examples put relative URLs ("/contacts/1/tags") in `format: uri` fields.
  ajv.addFormat('uri', (value: string) => /^(?:[a-z][a-z0-9+.-]*:|\/|[^\s:]*$)/i.test(value) && !/\s/.test(value));
  for (const format of ['timestamp', 'float', 'int64', 'byte']) ajv.addFormat(format, true);
  ajv.addSchema({ components: { schemas: convert(spec.components.schemas) } }, 'spec');
  const templates = Object.keys(spec.paths).map((template) => ({
    template,
    regex: new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+')}$`),
    literals: template.split('/').filter((s) => s && !s.startsWith('{')).length,
  }));
  const compiled = new Map<string, ValidateFunction>();
  const errorValidator = ajv.getSchema('spec#/components/schemas/error') as ValidateFunction;

  const compile = (key: string, schema: unknown) => {
    let validate = compiled.get(key);
    if (!validate) {
      validate = ajv.compile(convert(schema) as Json);
      compiled.set(key, validate);
    }
    return validate;
  };

  return {
    check({ method, path, status, body }) {
      // OPTIONS is not part of the description; the emulator answers it with headers only.
      if (method === 'OPTIONS' && status === 204) return body === undefined ? null : `OPTIONS ${path}: unexpected body`;
      const match = templates.filter((t) => t.regex.test(path)).sort((a, b) => b.literals - a.literals)[0];
      const operation = match ? spec.paths[match.template]?.[method.toLowerCase()] : undefined;
      const label = `${method} ${match?.template ?? path} ${status}`;
      const declared = operation?.responses?.[String(status)];
      const schema = declared?.content?.['application/json']?.schema;
      if (status >= 400 && !schema) {
        return errorValidator(body) ? null : `${label}: ${ajv.errorsText(errorValidator.errors)} (error schema)`;
      }
      if (!operation) return `${label}: no such operation in the description`;
      if (!declared) return `${label}: status not declared for this operation`;
      if (!schema) return body === undefined ? null : `${label}: the description declares no body but one was sent`;
      const validate = compile(`${method} ${match?.template} ${status}`, schema);
      return validate(body) ? null : `${label}: ${ajv.errorsText(validate.errors, { separator: '; ' })}`;
    },
  };
}
