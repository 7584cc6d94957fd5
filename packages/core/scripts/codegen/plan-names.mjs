// Decides the exported type names: one PascalCase alias per component schema, one request type per
// operation (intercom-client names), and the model each body/response/page item refers to.
// When a request type takes the name of the component schema that is its body (e.g. `UpdateArticleRequest`
// is `{ article_id } & update_article_request`), the schema's alias gets a `Body` suffix, as in intercom-client.

import { pascal } from './names.mjs';
import { directModel, topLevelModels } from './schema-walk.mjs';

export class NamingError extends Error {
  name = 'NamingError';
}

export function planNames(spec, operations) {
  const modelNames = new Map(Object.keys(spec.components.schemas).map((name) => [name, pascal(name)]));
  const byTypeName = new Map([...modelNames].map(([schema, type]) => [type, schema]));
  /** Request types that are exactly a component schema: no separate declaration is emitted. */
  const requestIsModel = new Set();

  for (const op of operations) {
    if (!op.requestName) continue;
    const clashing = byTypeName.get(op.requestName);
    if (!clashing) continue;
    const bodyIsThatModel =
      op.body?.mode === 'fields' &&
      op.pathParams.length === 0 &&
      op.query.length === 0 &&
      directModel(op.body.schema) === clashing &&
      !op.search;
    if (bodyIsThatModel) {
      requestIsModel.add(op.id);
      continue;
    }
    if (!op.body || !topLevelModels(op.body.schema).has(clashing)) {
      throw new NamingError(`${op.id}: request type ${op.requestName} clashes with the model of "${clashing}"`);
    }
    const renamed = `${op.requestName}Body`;
    if (byTypeName.has(renamed)) throw new NamingError(`${op.id}: cannot rename ${clashing} to ${renamed}`);
    byTypeName.delete(op.requestName);
    byTypeName.set(renamed, clashing);
    modelNames.set(clashing, renamed);
  }

  const requestNames = new Map();
  for (const op of operations) {
    if (!op.requestName) continue;
    const earlier = requestNames.get(op.requestName);
    if (earlier && !(op.search && earlier.search)) {
      throw new NamingError(`${op.id}: request type ${op.requestName} is already used by ${earlier.id}`);
    }
    if (byTypeName.has(op.requestName) && !requestIsModel.has(op.id)) {
      throw new NamingError(`${op.id}: request type ${op.requestName} clashes with a model`);
    }
    requestNames.set(op.requestName, op);
  }
  for (const op of operations) {
    const inline = op.response.inlineName;
    if (inline && (byTypeName.has(inline) || requestNames.has(inline))) {
      throw new NamingError(`${op.id}: response type ${inline} clashes with another type`);
    }
  }
  return { modelNames, requestIsModel, model: (schemaName) => modelNames.get(schemaName) };
}
