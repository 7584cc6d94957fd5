import type { SearchContext } from '../catalog/context';
import type { FieldType, SearchCatalog } from '../catalog/types';
import { SearchQueryError, type SearchQueryPath } from '../errors';
import { type Operator, operatorBit, operatorBits } from '../operators';
import { describeList } from './describe';
import { closestName } from './suggest';

/** What the catalog says about one field: its type(s), the operators it takes and its enum values. */
export interface FieldRule {
  readonly field: string;
  /** One type, or for an undeclared attribute every type its pattern allows. */
  readonly types: readonly FieldType[];
  readonly operators: readonly Operator[];
  /** The same operators as a bit set (see operatorBit): the check every filter makes, kept cheap. */
  readonly operatorBits: number;
  readonly enumValues: readonly string[] | undefined;
  /** Set when the field is an attribute that was not declared (its type is inferred from the value). */
  readonly undeclaredAttribute: boolean;
  /**
   * Position of a fixed field among its catalog's field names in code-unit order, or -1 for an
   * attribute: two catalog fields are ordered by comparing numbers instead of reading their names.
   */
  readonly rank: number;
}

const singleType: { readonly [T in FieldType]: readonly [T] } = {
  string: ['string'],
  date: ['date'],
  integer: ['integer'],
  float: ['float'],
  boolean: ['boolean'],
};

// Rules of a catalog's fixed fields, built once per catalog: a Map lookup is far cheaper than
// resolving a dotted name on the catalog's object literals for every filter.
export type FixedFieldRules = ReadonlyMap<string, FieldRule>;

const fixedRules = /* @__PURE__ */ new WeakMap<SearchCatalog, FixedFieldRules>();

export const fixedRulesOf = (catalog: SearchCatalog): FixedFieldRules => {
  let rules = fixedRules.get(catalog);
  if (rules === undefined) {
    const built = new Map<string, FieldRule>();
    // The default sort compares UTF-16 code units, the order the canonical form uses.
    const names = Object.keys(catalog.fields).sort();
    for (let rank = 0; rank < names.length; rank++) {
      const field = names[rank] as string;
      const type = catalog.fields[field] as FieldType;
      const operators =
        (Object.hasOwn(catalog.fieldOperators, field) && catalog.fieldOperators[field]) || catalog.operators[type];
      built.set(field, {
        field,
        types: singleType[type],
        operators,
        operatorBits: operatorBits(operators),
        enumValues: Object.hasOwn(catalog.enums, field) ? catalog.enums[field] : undefined,
        undeclaredAttribute: false,
        rank,
      });
    }
    rules = built;
    fixedRules.set(catalog, rules);
  }
  return rules;
};

export const resolveField = (
  context: SearchContext,
  field: string,
  path: SearchQueryPath,
  rules: FixedFieldRules = fixedRulesOf(context.catalog),
): FieldRule => {
  const { catalog } = context;
  const fixed = rules.get(field);
  if (fixed !== undefined) return fixed;
  const pattern = catalog.attributes;
  if (pattern !== undefined && field.startsWith(pattern.prefix) && field.length > pattern.prefix.length) {
    const name = field.slice(pattern.prefix.length);
    const declared = Object.hasOwn(context.attributes, name) ? context.attributes[name] : undefined;
    if (declared !== undefined) {
      return {
        field,
        types: singleType[declared],
        operators: catalog.operators[declared],
        operatorBits: operatorBits(catalog.operators[declared]),
        enumValues: undefined,
        undeclaredAttribute: false,
        rank: -1,
      };
    }
    if (context.undeclared === 'allow') {
      const operators = [...new Set(pattern.types.flatMap((type) => catalog.operators[type]))];
      return {
        field,
        types: pattern.types,
        operators,
        operatorBits: operatorBits(operators),
        enumValues: undefined,
        undeclaredAttribute: true,
        rank: -1,
      };
    }
    const declareWith = catalog.resource === 'contacts' ? 'withCustomAttributes' : 'withTicketAttributes';
    throw new SearchQueryError(
      'unknown_field',
      `${catalog.resource} attribute \`${name}\` is not declared; declare its type first, e.g. ` +
        `${catalog.resource}.${declareWith}({ ${JSON.stringify(name)}: '${pattern.types[0]}' }).`,
      { path: [...path, 'field'] },
    );
  }
  const suggestion = closestName(field, Object.keys(catalog.fields));
  const patternHint = pattern ? ` or \`${pattern.prefix}<name>\`` : '';
  throw new SearchQueryError(
    'unknown_field',
    `${catalog.resource} search has no field \`${field}\`.` +
      (suggestion ? ` Did you mean \`${suggestion}\`?` : '') +
      ` Searchable fields are listed in ${catalog.resource}Catalog.fields${patternHint}.`,
    { path: [...path, 'field'] },
  );
};

export const checkOperatorAllowed = (
  context: SearchContext,
  rule: FieldRule,
  operator: Operator,
  path: SearchQueryPath,
): void => {
  if ((rule.operatorBits & operatorBit(operator)) !== 0) return;
  const { catalog } = context;
  const type = rule.types.length === 1 ? `a ${rule.types[0]} field` : `an attribute (${rule.types.join(' or ')})`;
  const dayNote =
    catalog.dateGranularity === 'day' && rule.types.includes('date')
      ? ' The API compares these dates by calendar day, so only =, > and < exist.'
      : '';
  throw new SearchQueryError(
    'operator_not_allowed',
    `\`${rule.field}\` is ${type} on ${catalog.resource}; it accepts ${describeList(rule.operators)}, not ${operator}.${dayNote}`,
    { path: [...path, 'operator'] },
  );
};
