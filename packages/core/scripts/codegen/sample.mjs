// Builds a value for a schema when the description has no usable example: property examples first,
// then a plain value of the declared type. Used only for contract-test arguments.
import { resolveSchema } from './schema-walk.mjs';

export function sampleScalar(schema, name) {
  if (Array.isArray(schema.enum) && schema.enum.length > 0) return schema.enum.find((v) => v !== null);
  if (schema.default !== undefined && schema.default !== null) return schema.default;
  switch (schema.type) {
    case 'integer':
    case 'number': {
      const value = schema.format === 'date-time' || /_at$/.test(name) ? 1717490000 : 1234;
      return Math.max(schema.minimum ?? value, Math.min(schema.maximum ?? value, value));
    }
    case 'boolean':
      return true;
    default:
      if (schema.format === 'date-time') return '2024-06-04T08:33:20Z';
      if (schema.format === 'uri') return 'https://example.com/page';
      if (schema.format === 'email') return 'jane@example.com';
      return `${name}_1`;
  }
}

/** `all`: include optional properties too (to exercise them); otherwise only required ones. */
export function sampleValue(spec, schema, name, all, depth = 0) {
  const s = resolveSchema(spec, schema) ?? {};
  if (s.example !== undefined && depth > 0) return s.example;
  if (depth > 6) return undefined;
  if (s.allOf) {
    return Object.assign({}, ...s.allOf.map((part) => sampleValue(spec, part, name, all, depth + 1)), objectPart());
  }
  const branches = s.oneOf ?? s.anyOf;
  if (branches && !s.properties) return sampleValue(spec, branches[0], name, all, depth + 1);
  if (s.type === 'array') return [sampleValue(spec, s.items ?? {}, name, all, depth + 1)];
  if (s.type === 'object' || s.properties) return objectPart();
  return sampleScalar(s, name);

  function objectPart() {
    const required = new Set(s.required ?? []);
    const out = {};
    for (const [key, child] of Object.entries(s.properties ?? {})) {
      if (!all && !required.has(key)) continue;
      const value = sampleValue(spec, child, key, all, depth + 1);
      if (value !== undefined) out[key] = value;
    }
    return out;
  }
}
