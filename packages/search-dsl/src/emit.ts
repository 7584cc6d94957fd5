import { SearchQueryError } from './errors';
import type { GroupJSON, SearchQueryJSON, SingleFilterJSON } from './json';
import type { SearchLimits } from './limits';
import type { NormalGroup, NormalNode } from './normalize/normal-form';

/**
 * Emits the canonical JSON and enforces the limits on the canonical tree (so the path in an error
 * points into the JSON that would be sent). A group whose members mix filters and groups wraps each
 * filter in a one-member AND group, because the schema's group `value` is either all groups or all
 * filters; the wrapper sits at the same level as its sibling groups, so it adds no depth.
 */
export const emitQuery = (node: NormalNode, limits: SearchLimits): SearchQueryJSON => {
  const path: number[] = [];
  return node.kind === 'filter' ? emitFilter(node) : emitGroup(node, 1, limits, path);
};

const emitFilter = (node: NormalNode & { kind: 'filter' }): SingleFilterJSON => ({
  field: node.field,
  operator: node.operator,
  value: node.value,
});

const emitGroup = (group: NormalGroup, depth: number, limits: SearchLimits, path: number[]): GroupJSON => {
  const operator = group.kind === 'and' ? 'AND' : 'OR';
  if (depth > limits.maxNestingDepth) {
    throw new SearchQueryError(
      'nesting_too_deep',
      `This ${operator} group is nested ${depth} levels deep; the limit is ${limits.maxNestingDepth} ` +
        '(the top-level group is level 1, so `(a OR b) AND (c OR d)` is the deepest default shape). ' +
        'Move its filters up a level, turn same-field = alternatives into IN, or split the search.',
      { path },
    );
  }
  const members = group.members;
  if (members.length > limits.maxFiltersPerGroup) {
    throw new SearchQueryError(
      'too_many_filters',
      `This ${operator} group has ${members.length} members after normalisation; the limit is ${limits.maxFiltersPerGroup}. ` +
        'Combine = filters on one field into IN (!= into NIN), group some members, or split the search.',
      { path },
    );
  }
  let hasGroup = false;
  for (const member of members) if (member.kind !== 'filter') hasGroup = true;
  const value: (GroupJSON | SingleFilterJSON)[] = new Array(members.length);
  for (let index = 0; index < members.length; index++) {
    const member = members[index] as NormalNode;
    if (member.kind === 'filter') {
      value[index] = hasGroup ? { operator: 'AND', value: [emitFilter(member)] } : emitFilter(member);
    } else {
      path.push(index);
      value[index] = emitGroup(member, depth + 1, limits, path);
      path.pop();
    }
  }
  return { operator, value: value as GroupJSON[] | SingleFilterJSON[] };
};
