// Checks an HTTP request the client sent against the operation in the API description: method, path
// (template and parameter values), query parameters (declared, valid, required ones present), JSON body
// (valid against the request body schema) and the headers every call carries.
import type { OpenApiValidate } from '../../../scripts/codegen/openapi-validator.mjs';
import type { OpenApiDocument, OpenApiOperation, OpenApiParameter } from './shared-inputs';

export interface CapturedRequest {
  method: string;
  url: URL;
  headers: Headers;
  body: string | undefined;
}

export interface DescribedOperation {
  method: string;
  path: string;
  operation: OpenApiOperation;
  parameters: OpenApiParameter[];
}

export function describedOperation(spec: OpenApiDocument, method: string, path: string): DescribedOperation {
  const item = spec.paths[path];
  const operation = item?.[method.toLowerCase()] as OpenApiOperation | undefined;
  if (!item || !operation) throw new Error(`${method} ${path} is not in the description`);
  const byKey = new Map<string, OpenApiParameter>();
  for (const p of [...(item.parameters ?? []), ...(operation.parameters ?? [])]) byKey.set(`${p.in}:${p.name}`, p);
  return { method, path, operation, parameters: [...byKey.values()] };
}

/** Query and path values arrive as text; turn them into the JSON type their schema declares. */
function coerce(schema: Record<string, unknown> | undefined, text: string): unknown {
  const type = schema?.type;
  if ((type === 'integer' || type === 'number') && /^-?\d+(\.\d+)?$/.test(text)) return Number(text);
  if (type === 'boolean' && (text === 'true' || text === 'false')) return text === 'true';
  return text;
}

const isExplodedObject = (p: OpenApiParameter) =>
  p.in === 'query' && (p.style ?? 'form') === 'form' && p.explode !== false && p.schema?.type === 'object';

function explodedNames(p: OpenApiParameter): string[] {
  const schema = p.schema ?? {};
  const parts = [schema, ...((schema.oneOf ?? schema.anyOf ?? []) as Record<string, unknown>[])];
  return parts.flatMap((part) => Object.keys((part.properties ?? {}) as object));
}

function checkPath(op: DescribedOperation, url: URL, validate: OpenApiValidate, problems: string[]): void {
  const names: string[] = [];
  const pattern = op.path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{(\w+)\}/g, (_, name: string) => {
    names.push(name);
    return '([^/]+)';
  });
  const match = new RegExp(`^${pattern}$`).exec(url.pathname);
  if (!match) {
    problems.push(`path ${url.pathname} does not match ${op.path}`);
    return;
  }
  names.forEach((name, i) => {
    const param =
      op.parameters.find((p) => p.name === name && p.in === 'path') ?? op.parameters.find((p) => p.name === name);
    const value = coerce(param?.schema, decodeURIComponent(match[i + 1] ?? ''));
    for (const problem of validate(param?.schema ?? {}, value)) problems.push(`path parameter ${name}: ${problem}`);
  });
}

function checkQuery(op: DescribedOperation, url: URL, validate: OpenApiValidate, problems: string[]): void {
  const declared = op.parameters.filter((p) => p.in === 'query');
  const exploded = declared.filter(isExplodedObject);
  const assembled = new Map<OpenApiParameter, Record<string, unknown>>();
  for (const key of new Set(url.searchParams.keys())) {
    const values = url.searchParams.getAll(key);
    if (values.length > 1) problems.push(`query parameter ${key} is sent ${values.length} times`);
    const text = values[0] ?? '';
    const plain = declared.find((p) => p.name === key && !isExplodedObject(p));
    const owner = exploded.find((p) => explodedNames(p).includes(key));
    if (plain) {
      for (const problem of validate(plain.schema ?? {}, coerce(plain.schema, text))) {
        problems.push(`query parameter ${key}: ${problem}`);
      }
    } else if (owner) {
      assembled.set(owner, { ...assembled.get(owner), [key]: text });
    } else {
      problems.push(`query parameter ${key} is not declared by the description`);
    }
  }
  for (const p of declared) {
    if (isExplodedObject(p)) {
      const value = assembled.get(p);
      if (value === undefined && !p.required) continue;
      for (const problem of validate(p.schema ?? {}, value ?? {})) problems.push(`query object ${p.name}: ${problem}`);
    } else if (p.required && !url.searchParams.has(p.name)) {
      problems.push(`required query parameter ${p.name} is missing`);
    }
  }
}

function checkBody(op: DescribedOperation, captured: CapturedRequest, validate: OpenApiValidate, problems: string[]) {
  const declared = op.operation.requestBody?.content['application/json'];
  if (captured.body === undefined) {
    if (op.operation.requestBody?.required) problems.push('the required JSON body is missing');
    return;
  }
  if (!declared) {
    problems.push('a body is sent but the description declares none');
    return;
  }
  if (!captured.headers.get('content-type')?.includes('application/json')) {
    problems.push(`content-type is ${captured.headers.get('content-type')}, not application/json`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(captured.body);
  } catch {
    problems.push('the body is not JSON');
    return;
  }
  for (const problem of validate(declared.schema ?? {}, parsed)) problems.push(`body ${problem}`);
}

/** Every problem found; an empty list means the request matches the description. */
export function checkRequest(op: DescribedOperation, captured: CapturedRequest, validate: OpenApiValidate): string[] {
  const problems: string[] = [];
  if (captured.method !== op.method) problems.push(`method ${captured.method}, described ${op.method}`);
  checkPath(op, captured.url, validate, problems);
  checkQuery(op, captured.url, validate, problems);
  checkBody(op, captured, validate, problems);
  if (captured.headers.get('intercom-version') !== '2.14') {
    problems.push(`Intercom-Version header is ${captured.headers.get('intercom-version')}, not 2.14`);
  }
  return problems;
}
