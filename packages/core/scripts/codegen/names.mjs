// Naming helpers shared by the emitters.

/** `conversation_list_item` → `ConversationListItem`; `helpCenters.collections` → `HelpCentersCollections`. */
export const pascal = (name) =>
  name
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((part) => part[0].toUpperCase() + part.slice(1))
    .join('');

export const schemaNameOfRef = (ref) => {
  const match = /^#\/components\/schemas\/(.+)$/.exec(ref);
  if (!match) throw new Error(`Unsupported $ref "${ref}" (only #/components/schemas/… is used)`);
  return match[1];
};

/** A property key as TypeScript source: bare when it is an identifier, quoted otherwise. */
export const propertyKey = (name) => (/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) ? name : JSON.stringify(name));

/** A string literal in the project's quote style. */
export const quote = (text) => `'${text.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;
