import { SearchQueryError } from '../errors';
import { describeValue } from '../validate/describe';
import type { AttributeTypes, FieldType, ResourceName, SearchCatalog } from './types';

/**
 * A catalog plus what the user declared about their own attributes. `undeclared: 'allow'` lets an
 * undeclared `custom_attributes.x` / `ticket_attribute.x` through with any of the pattern's types
 * (for raw queries from elsewhere); bound builders use `'reject'` so runtime matches the types.
 */
export interface SearchContext {
  readonly catalog: SearchCatalog;
  readonly attributes: AttributeTypes;
  readonly undeclared: 'allow' | 'reject';
}

const noAttributes: AttributeTypes = /* @__PURE__ */ Object.freeze({});

/* @__NO_SIDE_EFFECTS__ */
export const createContext = (
  catalog: SearchCatalog,
  attributes?: unknown,
  undeclared: SearchContext['undeclared'] = 'reject',
): SearchContext =>
  Object.freeze({
    catalog,
    // Most contexts declare nothing (every raw query without attributeTypes): share one empty set.
    attributes: attributes === undefined ? noAttributes : checkAttributeTypes(catalog, attributes),
    undeclared,
  });

/** Adds declarations; redeclaring a name with another type is refused rather than silently replaced. */
export const withAttributes = (context: SearchContext, attributes: unknown): SearchContext => {
  const added = checkAttributeTypes(context.catalog, attributes);
  return Object.freeze({
    ...context,
    attributes: mergeAttributes(context.catalog.resource, context.attributes, added),
  });
};

/** The context of `a AND b` when both are bound: same resource, union of declarations. */
export const combineContexts = (left: SearchContext, right: SearchContext): SearchContext => {
  if (left === right) return left;
  if (left.catalog.resource !== right.catalog.resource) {
    throw new SearchQueryError(
      'resource_mismatch',
      `Cannot combine a ${left.catalog.resource} query with a ${right.catalog.resource} query; a search targets one resource.`,
    );
  }
  return Object.freeze({
    catalog: left.catalog,
    attributes: mergeAttributes(left.catalog.resource, left.attributes, right.attributes),
    undeclared: left.undeclared === 'allow' || right.undeclared === 'allow' ? 'allow' : 'reject',
  });
};

const mergeAttributes = (resource: ResourceName, base: AttributeTypes, added: AttributeTypes): AttributeTypes => {
  if (base === added) return base;
  const merged: Record<string, FieldType> = { ...base };
  for (const [name, type] of Object.entries(added)) {
    const existing = merged[name];
    if (existing !== undefined && existing !== type) {
      throw new SearchQueryError(
        'attribute_type_conflict',
        `${resource} attribute \`${name}\` is declared both as ${existing} and as ${type}; declare it once with its real type.`,
      );
    }
    merged[name] = type;
  }
  return Object.freeze(merged);
};

const checkAttributeTypes = (catalog: SearchCatalog, attributes: unknown): AttributeTypes => {
  const pattern = catalog.attributes;
  if (typeof attributes !== 'object' || attributes === null || Array.isArray(attributes)) {
    throw new SearchQueryError(
      'invalid_attribute_declaration',
      `Attribute types must be an object of names to types, e.g. { plan: 'string' }; got ${describeValue(attributes)}.`,
    );
  }
  const entries = Object.entries(attributes);
  if (entries.length > 0 && pattern === undefined) {
    throw new SearchQueryError(
      'invalid_attribute_declaration',
      `${catalog.resource} search has no user-defined attributes; only contacts (custom_attributes.<name>) and tickets (ticket_attribute.<id>) do.`,
    );
  }
  const checked: Record<string, FieldType> = {};
  for (const [name, type] of entries) {
    if (name.length === 0 || !pattern?.types.includes(type)) {
      throw new SearchQueryError(
        'invalid_attribute_declaration',
        `${catalog.resource} attribute ${JSON.stringify(name)} declared as ${describeValue(type)}; ` +
          `names are non-empty and types are one of ${pattern?.types.join(', ')}.`,
      );
    }
    checked[name] = type;
  }
  return Object.freeze(checked);
};
