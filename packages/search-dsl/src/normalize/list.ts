import { toWireScalar } from '../values';
import { compareScalars } from './normal-form';

// Up to this length an out-of-order list is sorted by binary insertion as it is copied; longer
// ones go to Array#sort, so a long shuffled list still costs n log n.
const INSERTION_LIMIT = 32;

/**
 * Wire form of each item, sorted, without duplicates, in a new array. Built in one pass: lists are
 * short and often already in order, and Array#sort's setup outweighs sorting a handful of items.
 */
export const canonicalList = (items: readonly (string | number)[]): readonly (string | number)[] => {
  const list: (string | number)[] = [];
  for (let index = 0; index < items.length; index++) {
    const item = toWireScalar(items[index] as string | number) as string | number;
    const order = list.length === 0 ? -1 : compareScalars(list[list.length - 1] as string | number, item);
    if (order < 0) list.push(item);
    else if (order > 0) {
      if (items.length > INSERTION_LIMIT) return sortedDistinct(items);
      insertDistinct(list, item);
    }
  }
  return list;
};

/** Inserts `item` into the sorted `list` unless an equal item is already there. */
const insertDistinct = (list: (string | number)[], item: string | number): void => {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const order = compareScalars(list[middle] as string | number, item);
    if (order === 0) return;
    if (order < 0) low = middle + 1;
    else high = middle;
  }
  list.splice(low, 0, item);
};

const sortedDistinct = (items: readonly (string | number)[]): (string | number)[] => {
  const wire = items.map((item) => toWireScalar(item) as string | number).sort(compareScalars);
  const distinct: (string | number)[] = [];
  for (const item of wire) if (distinct.length === 0 || item !== distinct[distinct.length - 1]) distinct.push(item);
  return distinct;
};
