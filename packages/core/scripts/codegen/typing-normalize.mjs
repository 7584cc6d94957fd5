// Rewrites one OpenAPI idiom that openapi-typescript would otherwise type as `unknown`: an object schema
// whose `anyOf`/`oneOf` branches only say which of its properties are required, e.g.
//   create_contact_request: { properties: { email, external_id, role, … }, anyOf: [{ required: [email] }, …] }
// openapi-typescript renders such branches as `unknown`, and `{…} | unknown` collapses to `unknown`.
// Each branch gets `type: object` and the properties it requires, so the result reads
// `{ email?: …; … } & ({ email: string } | { external_id: string } | { role: string })`.
// An empty branch (`{}`, "any other shape") becomes a free-form object. Such an `anyOf` is moved to `oneOf`
// because openapi-typescript intersects the properties with `oneOf` branches but unions them with `anyOf`
// branches (which would make every branch optional again); as TypeScript types both are unions.
// Validation is unaffected: the contract tests validate against the original description.

const isConstraintOnly = (branch) =>
  branch && typeof branch === 'object' && !branch.$ref && Object.keys(branch).every((k) => k === 'required');

function rewriteBranches(schema) {
  for (const kind of ['anyOf', 'oneOf']) {
    const branches = schema[kind];
    if (!Array.isArray(branches) || !schema.properties || !branches.some(isConstraintOnly)) continue;
    delete schema[kind];
    schema.oneOf = branches.map((branch) => {
      if (!isConstraintOnly(branch)) return branch;
      const required = branch.required ?? [];
      if (required.length === 0) return { type: 'object' };
      const properties = Object.fromEntries(
        required.filter((name) => schema.properties[name]).map((name) => [name, schema.properties[name]]),
      );
      return { type: 'object', properties, required };
    });
  }
}

export function normalizeForTypes(node) {
  if (Array.isArray(node)) {
    for (const child of node) normalizeForTypes(child);
    return node;
  }
  if (!node || typeof node !== 'object') return node;
  rewriteBranches(node);
  for (const [key, child] of Object.entries(node)) {
    if (key !== 'enum' && key !== 'default' && key !== 'const') normalizeForTypes(child);
  }
  return node;
}
