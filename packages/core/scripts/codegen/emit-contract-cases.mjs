// contract-cases.gen.ts: realistic arguments for every operation of the description, for the contract
// tests. Values come from the description's own examples (parameter examples, request body examples),
// keeping only those that validate against their schema; where there is none, a value is built from the
// schema. Every path parameter, every declared query parameter and the body are present.

import { quote } from './names.mjs';
import { createOpenApiValidator } from './openapi-validator.mjs';
import { sampleScalar, sampleValue } from './sample.mjs';
import { compositionParts, resolveSchema } from './schema-walk.mjs';

function declaredParameters(spec, op) {
  const item = spec.paths[op.path];
  const operation = item[op.http.toLowerCase()];
  const all = [...(item.parameters ?? []), ...(operation.parameters ?? [])];
  return { operation, find: (name, where) => all.find((p) => p.name === name && (!where || p.in === where)) };
}

function parameterValue(validate, param, name, fallbackSchema) {
  const schema = param?.schema ?? fallbackSchema;
  const example = param?.example ?? param?.schema?.example;
  const coerced = schema?.type === 'integer' && /^\d+$/.test(String(example)) ? Number(example) : example;
  if (coerced !== undefined && validate(schema, coerced).length === 0) return coerced;
  return sampleScalar(schema, name);
}

/**
 * Whether a value uses only properties its schema declares (at any depth). Some examples of the
 * description show error cases with made-up fields (`{ "test": "invalid" }`); those are not realistic calls.
 */
function onlyDeclared(spec, schema, value) {
  const s = resolveSchema(spec, schema);
  if (!s || value === null || typeof value !== 'object') return true;
  if (Array.isArray(value)) return !s.items || value.every((item) => onlyDeclared(spec, s.items, item));
  const parts = compositionParts(s);
  if (!s.properties && parts.length === 0) return true;
  return Object.entries(value).every(([key, child]) => {
    if (s.properties?.[key]) return onlyDeclared(spec, s.properties[key], child);
    if (s.additionalProperties) return true;
    return parts.some((part) => onlyDeclared(spec, part, { [key]: child }) && declares(spec, part, key));
  });
}

function declares(spec, schema, key) {
  const s = resolveSchema(spec, schema);
  if (!s) return false;
  if (s.properties?.[key] || s.additionalProperties) return true;
  return compositionParts(s).some((part) => declares(spec, part, key));
}

/**
 * Many examples of the description write ids as numbers where the schema declares strings (or the
 * reverse). Converting such scalars to the declared type keeps the example's realistic values.
 */
function coerceToSchema(spec, validate, schema, value) {
  const s = resolveSchema(spec, schema);
  if (!s || value === null || value === undefined) return value;
  if (s.allOf) return s.allOf.reduce((v, part) => coerceToSchema(spec, validate, part, v), coerceObject(s, value));
  for (const branches of [s.oneOf, s.anyOf]) {
    if (!branches) continue;
    for (const branch of branches) {
      const candidate = coerceToSchema(spec, validate, branch, coerceObject(s, value));
      if (validate(branch, candidate).length === 0) return candidate;
    }
    return value;
  }
  if (Array.isArray(value)) return s.items ? value.map((item) => coerceToSchema(spec, validate, s.items, item)) : value;
  if (typeof value === 'object') return coerceObject(s, value);
  if (s.type === 'string' && typeof value === 'number') return String(value);
  if ((s.type === 'integer' || s.type === 'number') && typeof value === 'string' && /^-?\d+$/.test(value)) {
    return Number(value);
  }
  return value;

  function coerceObject(owner, object) {
    if (!owner.properties || object === null || typeof object !== 'object' || Array.isArray(object)) return object;
    return Object.fromEntries(
      Object.entries(object).map(([key, child]) => [
        key,
        owner.properties[key] ? coerceToSchema(spec, validate, owner.properties[key], child) : child,
      ]),
    );
  }
}

function bodyExamples(media) {
  const named = Object.entries(media.examples ?? {}).map(([name, ex]) => [name, ex?.value]);
  if (media.example !== undefined) named.unshift(['example', media.example]);
  return named.filter(([, value]) => value !== undefined);
}

export function buildContractCases(spec, operations) {
  const validate = createOpenApiValidator(spec);
  const cases = [];
  for (const op of operations.filter((o) => o.inSpec)) {
    const { operation, find } = declaredParameters(spec, op);
    const params = {};
    for (const p of op.pathParams) params[p.name] = parameterValue(validate, find(p.name, 'path'), p.name, p.schema);
    for (const q of op.query.filter((member) => !member.undeclared)) {
      if (q.exploded) {
        const branch = q.branches[0];
        for (const [key, schema] of Object.entries(branch.properties ?? {})) params[key] = sampleScalar(schema, key);
      } else {
        params[q.name] = parameterValue(validate, find(q.name, 'query'), q.name, q.schema);
      }
    }
    if (!op.body) {
      cases.push({ id: op.id, name: 'parameters', request: op.hasRequest ? params : undefined });
      continue;
    }
    const media = operation.requestBody.content['application/json'];
    const schema = media.schema ?? {};
    const isPlainObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
    let bodies = bodyExamples(media)
      .map(([name, value]) => [name, coerceToSchema(spec, validate, schema, value)])
      .filter(
        ([, value]) =>
          (op.body.mode === 'wrapped' || isPlainObject(value)) &&
          onlyDeclared(spec, schema, value) &&
          validate(schema, value).length === 0,
      );
    if (bodies.length === 0) {
      const full = sampleValue(spec, schema, 'body', true);
      const minimal = sampleValue(spec, schema, 'body', false);
      const valid = [full, minimal].find((value) => validate(schema, value).length === 0);
      if (valid === undefined) {
        throw new Error(`${op.id}: no body example validates and none could be built; add one to the generator`);
      }
      bodies = [['built from the schema', valid]];
    }
    for (const [name, value] of bodies) {
      const request = op.body.mode === 'wrapped' ? { ...params, body: value } : { ...params, ...value };
      cases.push({ id: op.id, name, request });
    }
  }
  return cases;
}

export function emitContractCases(spec, operations, header) {
  const cases = buildContractCases(spec, operations);
  const lines = cases.map(
    (c) =>
      `  contractCase(${quote(c.id)}, ${quote(c.name)}, ${c.request === undefined ? 'undefined' : JSON.stringify(c.request)}),`,
  );
  return [
    header,
    '// Contract-test arguments taken from the examples of the API description (test data, not shipped).',
    "import { contractCase } from './contract/case';",
    '',
    'export const contractCases = [',
    ...lines,
    '];',
    '',
  ].join('\n');
}
