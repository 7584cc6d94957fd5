// Generated code carries names, types and shapes, not the description's prose: this removes
// documentation keywords (and vendor extensions) from an OpenAPI document before generation.
// Keys of name→value maps (`properties`, `paths`, `schemas`, …) are names, not keywords, so a property
// that happens to be called `description` or `title` survives.

const PROSE_KEYWORDS = new Set(['description', 'summary', 'example', 'examples', 'externalDocs', 'title']);
const NAME_MAPS = new Set([
  'properties',
  'patternProperties',
  'paths',
  'schemas',
  'responses',
  'parameters',
  'requestBodies',
  'headers',
  'content',
  'securitySchemes',
  'variables',
  'links',
  'callbacks',
  'mapping',
  'encoding',
]);
// Values of these keywords are data (or lists of names), never nested schemas or prose.
const DATA_KEYWORDS = new Set(['enum', 'default', 'const', 'required']);

export function stripProse(node) {
  if (Array.isArray(node)) return node.map(stripProse);
  if (!node || typeof node !== 'object') return node;
  const out = {};
  for (const [key, value] of Object.entries(node)) {
    if (PROSE_KEYWORDS.has(key) || key.startsWith('x-')) continue;
    if (DATA_KEYWORDS.has(key)) out[key] = value;
    else if (NAME_MAPS.has(key) && value && typeof value === 'object' && !Array.isArray(value)) {
      out[key] = Object.fromEntries(Object.entries(value).map(([name, child]) => [name, stripProse(child)]));
    } else out[key] = stripProse(value);
  }
  return out;
}
