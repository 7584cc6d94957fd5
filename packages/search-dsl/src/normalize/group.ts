import { type Operator, operatorBit } from '../operators';
import { canonicalFilter } from './filter';
import { compareNormal, type NormalFilter, type NormalGroup, type NormalNode } from './normal-form';

/**
 * The canonical form of an AND/OR group: nested groups of the same kind are flattened, `=` filters
 * on one field under OR become IN (and `!=` under AND become NIN), duplicates go, members are
 * sorted. A group left with one member is that member. Takes ownership of `members` (see finishGroup).
 */
export const buildGroup = (kind: NormalGroup['kind'], members: NormalNode[]): NormalNode =>
  finishGroup(kind, flattened(kind, members));

/** Takes ownership of `members`: returns it as it is when no member is a same-kind group, else a flat copy. */
const flattened = (kind: NormalGroup['kind'], members: NormalNode[]): NormalNode[] => {
  for (const member of members) {
    if (member.kind !== kind) continue;
    const flat: NormalNode[] = [];
    for (const each of members) addFlattened(kind, flat, each);
    return flat;
  }
  return members;
};

/** Adds a member to a group under construction, splicing in the members of a same-kind group. */
export const addFlattened = (kind: NormalGroup['kind'], flat: NormalNode[], member: NormalNode): void => {
  if (member.kind !== kind) flat.push(member);
  else for (const nested of (member as NormalGroup).members) flat.push(nested);
};

/** Sorts, merges and deduplicates flattened members (which it may reorder in place). */
export const finishGroup = (kind: NormalGroup['kind'], flat: NormalNode[]): NormalNode => {
  let needsWork = sortMembers(flat);
  const { single, list } = mergeRule[kind];
  // Sorted by field first, so filters on one field are adjacent: one scan finds merge work, and
  // the common case (nothing to merge or drop) returns without another allocation.
  let mergeableField: string | undefined;
  for (let index = 0; index < flat.length && !needsWork; index++) {
    const member = flat[index] as NormalNode;
    if (member.kind === 'filter' && isMergeable(member, single, list)) {
      needsWork = member.field === mergeableField;
      mergeableField = member.field;
    } else if (member.kind !== 'filter' || member.field !== mergeableField) mergeableField = undefined;
  }
  let members = flat;
  if (needsWork) {
    members = mergeSameField(flat, single, list);
    sortMembers(members);
    members = withoutDuplicates(members);
  }
  return members.length === 1 ? (members[0] as NormalNode) : { kind, members };
};

/**
 * Binary insertion sort in place: groups are small, and input already in order costs one compare
 * per member. Returns whether two members are equal, which binary search meets on the way.
 */
const sortMembers = (members: NormalNode[]): boolean => {
  let hasDuplicate = false;
  for (let index = 1; index < members.length; index++) {
    const member = members[index] as NormalNode;
    const last = compareNormal(members[index - 1] as NormalNode, member);
    if (last <= 0) {
      if (last === 0) hasDuplicate = true;
      continue;
    }
    // members[0..index-1] is sorted and its last element is greater: find the first greater one.
    let low = 0;
    let high = index - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      const order = compareNormal(members[middle] as NormalNode, member);
      if (order === 0) hasDuplicate = true;
      if (order > 0) high = middle;
      else low = middle + 1;
    }
    for (let position = index; position > low; position--) members[position] = members[position - 1] as NormalNode;
    members[low] = member;
  }
  return hasDuplicate;
};

const withoutDuplicates = (sorted: readonly NormalNode[]): NormalNode[] => {
  const distinct: NormalNode[] = [];
  for (const member of sorted) {
    if (distinct.length === 0 || compareNormal(distinct[distinct.length - 1] as NormalNode, member) !== 0) {
      distinct.push(member);
    }
  }
  return distinct;
};

const mergeRule = {
  or: { single: '=', list: 'IN' },
  and: { single: '!=', list: 'NIN' },
} as const satisfies Record<NormalGroup['kind'], { single: Operator; list: Operator }>;

const isMergeable = (member: NormalFilter, single: Operator, list: Operator): boolean =>
  (member.operator === single || member.operator === list) &&
  member.value !== null &&
  typeof member.value !== 'boolean' &&
  (member.rule === undefined || (member.rule.operatorBits & operatorBit(list)) !== 0);

/** Joins mergeable filters on the same field into one list filter; returns a new array. */
const mergeSameField = (members: readonly NormalNode[], single: Operator, list: Operator): NormalNode[] => {
  const byField = new Map<string, NormalFilter[]>();
  const mergeable = (member: NormalNode): member is NormalFilter =>
    member.kind === 'filter' && isMergeable(member, single, list);
  for (const member of members) {
    if (!mergeable(member)) continue;
    const same = byField.get(member.field);
    if (same === undefined) byField.set(member.field, [member]);
    else same.push(member);
  }
  const result: NormalNode[] = [];
  for (const member of members) {
    const same = mergeable(member) ? (byField.get(member.field) as NormalFilter[]) : undefined;
    if (same === undefined || same.length === 1) result.push(member);
    else if (same[0] === member) {
      const values = same.flatMap((filter) => filter.value as string | number | readonly (string | number)[]);
      result.push(canonicalFilter(member.field, list, values, member.rule));
    }
  }
  return result;
};
