import type { WireScalar } from '../json';
import type { Operator } from '../operators';
import type { FieldRule } from '../validate/field';

/** A filter in canonical form: negation resolved, value in its wire form, lists deduplicated and sorted. */
export interface NormalFilter {
  readonly kind: 'filter';
  readonly field: string;
  readonly operator: Operator;
  readonly value: WireScalar | readonly (string | number)[];
  /** The catalog's rule for the field, undefined when no catalog is known: its operators decide what may be merged. */
  readonly rule: FieldRule | undefined;
  /** The rule's rank (-1 without one), kept here because the canonical sort reads it on every comparison. */
  readonly rank: number;
}

/** A group in canonical form: flattened, merged, deduplicated and sorted, with at least two members. */
export interface NormalGroup {
  readonly kind: 'and' | 'or';
  readonly members: readonly NormalNode[];
}

export type NormalNode = NormalFilter | NormalGroup;

/**
 * The canonical order: filters before groups; filters by field, operator, then value; groups by
 * kind, size, then members. It is total, and 0 means "serialises identically", which is what
 * deduplication relies on. Comparing structure (not built key strings) keeps it allocation-free.
 */
export const compareNormal = (a: NormalNode, b: NormalNode): number => {
  if (a.kind === 'filter') return b.kind === 'filter' ? compareFilters(a, b) : -1;
  if (b.kind === 'filter') return 1;
  if (a.kind !== b.kind) return a.kind === 'and' ? -1 : 1;
  const length = a.members.length;
  if (length !== b.members.length) return length - b.members.length;
  for (let index = 0; index < length; index++) {
    const order = compareNormal(a.members[index] as NormalNode, b.members[index] as NormalNode);
    if (order !== 0) return order;
  }
  return 0;
};

const compareFilters = (a: NormalFilter, b: NormalFilter): number => {
  // Ranks are the code-unit order of the catalog's fields, so two ranked filters skip reading names.
  if (a.rank >= 0 && b.rank >= 0) {
    if (a.rank !== b.rank) return a.rank - b.rank;
  } else if (a.field !== b.field) return a.field < b.field ? -1 : 1;
  if (a.operator !== b.operator) return a.operator < b.operator ? -1 : 1;
  const left = a.value;
  const right = b.value;
  const leftIsList = Array.isArray(left);
  if (leftIsList !== Array.isArray(right)) return leftIsList ? 1 : -1;
  if (!leftIsList) return compareScalars(left as WireScalar, right as WireScalar);
  const leftList = left as readonly (string | number)[];
  const rightList = right as readonly (string | number)[];
  if (leftList.length !== rightList.length) return leftList.length - rightList.length;
  for (let index = 0; index < leftList.length; index++) {
    const order = compareScalars(leftList[index] as string | number, rightList[index] as string | number);
    if (order !== 0) return order;
  }
  return 0;
};

const rank = (value: WireScalar): number =>
  value === null ? 0 : typeof value === 'boolean' ? 1 : typeof value === 'number' ? 2 : 3;

/** null, then false/true, then numbers ascending, then strings by code unit. */
export const compareScalars = (a: WireScalar, b: WireScalar): number => {
  if (a === b) return 0;
  const rankA = rank(a);
  const rankB = rank(b);
  if (rankA !== rankB) return rankA - rankB;
  if (rankA === 2) return (a as number) - (b as number);
  return (a as string | boolean) < (b as string | boolean) ? -1 : 1;
};
