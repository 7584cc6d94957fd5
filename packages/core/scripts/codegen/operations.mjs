// Builds one record per operation of operations.json from the description: where each request property
// goes (path, query, body), whether the request is optional, and what the response is. The emitters turn
// these records into the table, the request/response types and the API interface.
import { schemaNameOfRef } from './names.mjs';
import { acceptsEmptyObject, directModel, isObjectLike, propertyNames, resolveSchema } from './schema-walk.mjs';
import {
  acceptHeaders,
  extraQuery,
  paginationQuery,
  readOnlyPosts,
  requestTypeNames,
  responseTypeNames,
  searchResources,
  wrappedBodies,
} from './sdk-shapes.mjs';

const HTTP_METHODS = new Set(['GET', 'POST', 'PUT', 'DELETE']);

export class OperationShapeError extends Error {
  name = 'OperationShapeError';
}

function collectParameters(spec, pathItem, operation) {
  const byKey = new Map();
  for (const raw of [...(pathItem.parameters ?? []), ...(operation.parameters ?? [])]) {
    const param = raw.$ref ? spec.components.parameters?.[raw.$ref.split('/').pop()] : raw;
    if (!param) throw new OperationShapeError(`Unresolvable parameter ${raw.$ref}`);
    byKey.set(`${param.in}:${param.name}`, param);
  }
  return [...byKey.values()].filter((p) => p.in === 'path' || p.in === 'query');
}

/** Query parameters as the request sees them: a form-exploded object parameter contributes its properties. */
function queryMembers(spec, param) {
  const schema = resolveSchema(spec, param.schema ?? {});
  const exploded = (param.style ?? 'form') === 'form' && param.explode !== false && schema?.type === 'object';
  if (!exploded) return [{ name: param.name, schema: param.schema ?? {}, required: param.required === true }];
  const branches = schema.oneOf ?? schema.anyOf ?? [schema];
  return [
    {
      exploded: param.name,
      branches,
      schema,
      required: param.required === true,
      names: [...new Set(propertyNames(spec, schema))],
    },
  ];
}

function responseOf(id, path, method, operation) {
  const statuses = Object.keys(operation.responses ?? {})
    .filter((status) => /^2\d\d$/.test(status))
    .sort();
  const status = statuses[0];
  const content = status ? operation.responses[status].content : undefined;
  if (!content) return { kind: 'void' };
  if (content['application/json']) {
    const schema = content['application/json'].schema ?? {};
    if (schema.$ref) return { kind: 'json', status, model: schemaNameOfRef(schema.$ref), schema };
    const name = responseTypeNames[id];
    if (!name) throw new OperationShapeError(`${id}: inline response needs a name in responseTypeNames`);
    return { kind: 'json', status, inlineName: name, schema, path, method };
  }
  if (content['text/plain']) return { kind: 'text', status };
  throw new OperationShapeError(`${id}: unsupported response media types ${Object.keys(content).join(', ')}`);
}

function itemModelOf(spec, response, itemsKey) {
  const listSchema = response.schema ? resolveSchema(spec, response.schema) : undefined;
  const items = listSchema?.properties?.[itemsKey]?.items;
  return items?.$ref ? schemaNameOfRef(items.$ref) : undefined;
}

/** Declared query parameters, plus the ones the SDKs accept although 2.14 does not declare them. */
function queryOf(spec, id, entry, params) {
  const query = params.filter((p) => p.in === 'query').flatMap((p) => queryMembers(spec, p));
  const names = new Set(query.flatMap((q) => (q.exploded ? q.names : [q.name])));
  const extras = [...(extraQuery[id] ?? []), ...(entry.pagination ? paginationQuery[entry.pagination.kind] : [])];
  for (const extra of extras) {
    if (names.has(extra.name)) continue;
    query.push({ ...extra, required: false, undeclared: true });
    names.add(extra.name);
  }
  return query;
}

function bodyOf(spec, id, operation, pathNames, queryNames) {
  const jsonBody = operation.requestBody?.content?.['application/json'];
  if (!jsonBody) {
    if (wrappedBodies.has(id)) throw new OperationShapeError(`${id}: listed in wrappedBodies but has no JSON body`);
    return undefined;
  }
  const schema = jsonBody.schema ?? {};
  const mode = wrappedBodies.has(id) ? 'wrapped' : 'fields';
  if (mode === 'fields' && !isObjectLike(spec, schema)) {
    throw new OperationShapeError(`${id}: body is not an object; list it in wrappedBodies`);
  }
  if (mode === 'fields') {
    const clash = propertyNames(spec, schema).find((n) => pathNames.includes(n) || queryNames.has(n));
    if (clash) throw new OperationShapeError(`${id}: body property "${clash}" clashes with a parameter`);
  }
  const acceptsEmpty = acceptsEmptyObject(spec, schema);
  return {
    mode,
    schema,
    model: directModel(schema),
    // A body the description marks optional but whose schema requires fields (a union of message
    // shapes) is still needed: `conversations.manage({ conversation_id })` would send nothing useful.
    required: operation.requestBody.required === true || !acceptsEmpty,
    acceptsEmpty,
  };
}

export function buildOperations(spec, list) {
  const operations = list.map((entry) => {
    const id = `${entry.group}.${entry.method}`;
    if (!HTTP_METHODS.has(entry.http)) throw new OperationShapeError(`${id}: unsupported method ${entry.http}`);
    const pathItem = spec.paths[entry.path];
    const operation = pathItem?.[entry.http.toLowerCase()];
    if (!operation) throw new OperationShapeError(`${id}: ${entry.http} ${entry.path} is not in the description`);

    const params = collectParameters(spec, pathItem, operation);
    const pathNames = [...entry.path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
    const pathParams = pathNames.map((name) => {
      // Two reporting-export paths declare their `{job_identifier}` only as a query parameter.
      const declared = params.find((p) => p.name === name && p.in === 'path') ?? params.find((p) => p.name === name);
      if (!declared) throw new OperationShapeError(`${id}: path parameter {${name}} is not declared`);
      return { name, schema: declared.schema ?? { type: 'string' }, example: declared.example };
    });

    const query = queryOf(spec, id, entry, params);
    const queryNames = new Set(query.flatMap((q) => (q.exploded ? q.names : [q.name])));
    const body = bodyOf(spec, id, operation, pathNames, queryNames);

    const hasRequest = pathParams.length > 0 || query.length > 0 || body !== undefined;
    const requestName = requestTypeNames[id];
    if (hasRequest && !requestName) throw new OperationShapeError(`${id}: needs a name in requestTypeNames`);
    const requestOptional =
      pathParams.length === 0 &&
      !query.some((q) => q.required) &&
      (!body || (body.mode === 'fields' ? body.acceptsEmpty : !body.required));

    const response = responseOf(id, entry.path, entry.http.toLowerCase(), operation);
    let pagination;
    if (entry.pagination) {
      const itemModel = itemModelOf(spec, response, entry.pagination.items);
      if (!itemModel) throw new OperationShapeError(`${id}: cannot find the item type of "${entry.pagination.items}"`);
      pagination = { ...entry.pagination, itemModel };
    }
    if (readOnlyPosts.has(id) && entry.http !== 'POST') throw new OperationShapeError(`${id}: readOnly is for POSTs`);

    return {
      id,
      groupPath: entry.group.split('.'),
      method: entry.method,
      http: entry.http,
      path: entry.path,
      inSpec: entry.inSpec214 !== false,
      pathParams,
      query,
      body,
      hasRequest,
      requestName: hasRequest ? requestName : undefined,
      requestOptional,
      response,
      pagination,
      readOnly: readOnlyPosts.has(id),
      search: searchResources[id],
      accept: acceptHeaders[id],
    };
  });
  for (const known of [requestTypeNames, responseTypeNames, searchResources, acceptHeaders, extraQuery]) {
    for (const id of [...Object.keys(known), ...wrappedBodies, ...readOnlyPosts]) {
      if (!operations.some((op) => op.id === id)) throw new OperationShapeError(`Unknown operation id "${id}"`);
    }
  }
  return operations;
}
