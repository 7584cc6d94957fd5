// models.gen.ts, requests.gen.ts and responses.gen.ts: named types over the openapi-typescript output.
import { propertyKey, quote } from './names.mjs';
import { resolveSchema } from './schema-walk.mjs';

/** Path/query parameters are scalars (or enums of them); their TypeScript type is written directly. */
function scalarType(spec, schema) {
  const s = resolveSchema(spec, schema) ?? {};
  if (Array.isArray(s.enum)) return s.enum.map((v) => (typeof v === 'string' ? quote(v) : String(v))).join(' | ');
  if (s.type === 'integer' || s.type === 'number') return 'number';
  if (s.type === 'boolean') return 'boolean';
  if (s.type === 'string') return 'string';
  throw new Error(`Unsupported parameter schema ${JSON.stringify(schema)}`);
}

const objectType = (members) =>
  `{ ${members.map(([key, type, optional]) => `${propertyKey(key)}${optional ? '?' : ''}: ${type}`).join('; ')} }`;

const pathsIndex = (op) => `paths[${quote(op.path)}][${quote(op.http.toLowerCase())}]`;

export function bodyTypeOf(op, names) {
  if (op.search) return `Omit<${names.model('search_request')}, 'query'> & { query: SearchQueryInput }`;
  if (op.body.model) return names.model(op.body.model);
  return `NonNullable<${pathsIndex(op)}['requestBody']>['content']['application/json']`;
}

/**
 * Path ids the description types as integers are strings in the models that hold them
 * (`Conversation.id`, `Note.id`, …), so a path parameter takes either form: both end up as text in the URL.
 */
function pathParamType(spec, schema) {
  const type = scalarType(spec, schema);
  return type === 'number' ? 'number | string' : type;
}

/** The request type of an operation as a TypeScript type expression. */
export function requestTypeOf(spec, op, names) {
  const members = [
    ...op.pathParams.map((p) => [p.name, pathParamType(spec, p.schema), false]),
    ...op.query
      // A name can be both a path segment and a query parameter (the reporting-export endpoints); one property.
      .filter((q) => !q.exploded && !op.pathParams.some((p) => p.name === q.name))
      .map((q) => [q.name, scalarType(spec, q.schema), !q.required]),
  ];
  if (op.body?.mode === 'wrapped') members.push(['body', bodyTypeOf(op, names), !op.body.required]);
  const parts = members.length > 0 ? [objectType(members)] : [];
  for (const q of op.query.filter((member) => member.exploded)) {
    const branches = q.branches.map((branch) => {
      const s = resolveSchema(spec, branch);
      const required = new Set(q.required ? (s.required ?? []) : []);
      return objectType(Object.entries(s.properties ?? {}).map(([k, v]) => [k, scalarType(spec, v), !required.has(k)]));
    });
    parts.push(branches.length > 1 ? `(${branches.join(' | ')})` : branches[0]);
  }
  if (op.body?.mode === 'fields') {
    const body = bodyTypeOf(op, names);
    parts.push(parts.length > 0 && (op.search || !op.body.model) ? `(${body})` : body);
  }
  return parts.join(' & ');
}

export function responseTypeOf(op, names) {
  const r = op.response;
  // Downloads come back as bytes whatever the description declares for them.
  if (op.accept) return 'ArrayBuffer';
  if (r.kind === 'void') return 'void';
  if (r.kind === 'text') return 'string';
  return r.model ? names.model(r.model) : r.inlineName;
}

export function emitModels(spec, names, header) {
  const lines = [
    header,
    '// One alias per component schema of the description, in PascalCase (`conversation_list` → `ConversationList`).',
    "// Where an operation's request type has the name of its body schema, the alias has a `Body` suffix.",
    "import type { components } from './schema.gen';",
    '',
    "type Schemas = components['schemas'];",
    '',
  ];
  for (const schemaName of Object.keys(spec.components.schemas).sort()) {
    lines.push(`export type ${names.model(schemaName)} = Schemas[${quote(schemaName)}];`);
  }
  return `${lines.join('\n')}\n`;
}

export function emitRequests(spec, operations, names, header) {
  const declarations = new Map();
  for (const op of operations) {
    if (!op.requestName || names.requestIsModel.has(op.id) || declarations.has(op.requestName)) continue;
    declarations.set(op.requestName, `export type ${op.requestName} = ${requestTypeOf(spec, op, names)};`);
  }
  const body = [...declarations.keys()].sort().map((name) => declarations.get(name));
  const source = body.join('\n');
  const imports = [
    header,
    ...importLine(source, spec, names),
    "import type { paths } from './schema.gen';",
    "import type { SearchQueryInput } from '../search-query';",
    '',
    '',
  ];
  return `${imports.join('\n')}${source}\n`;
}

export function emitResponses(operations, header) {
  const inline = operations
    .filter((op) => op.response.inlineName)
    .sort((a, b) => (a.response.inlineName < b.response.inlineName ? -1 : 1));
  const lines = [header, "import type { paths } from './schema.gen';", ''];
  for (const op of inline) {
    const status = op.response.status;
    lines.push(
      `export type ${op.response.inlineName} = ${pathsIndex(op)}['responses'][${status}]['content']['application/json'];`,
    );
  }
  return `${lines.join('\n')}\n`;
}

/** `import type { A, B } from './models.gen';` for the model names a generated source uses. */
export function importLine(source, spec, names, from = './models.gen') {
  const used = Object.keys(spec.components.schemas)
    .map((schemaName) => names.model(schemaName))
    .filter((typeName) => new RegExp(`\\b${typeName}\\b`).test(source))
    .sort();
  if (used.length === 0) return [];
  return [`import type {\n${used.map((name) => `  ${name},`).join('\n')}\n} from '${from}';`];
}
