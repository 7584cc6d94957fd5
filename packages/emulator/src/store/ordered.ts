/** Records kept in creation order; `seq` breaks ties between records created in the same second. */
export interface Ordered {
  readonly id: string;
  readonly seq: number;
  readonly created_at: number;
}

/** The sort key of a record: newest first is descending (created_at, seq). */
export interface SortKey {
  created_at: number;
  seq: number;
}

const compare = (a: SortKey, b: SortKey) => a.created_at - b.created_at || a.seq - b.seq;

/**
 * An id map plus an array sorted ascending by (created_at, seq). Lists and searches walk it from
 * the end (newest first); cursors are sort keys, so edits to other records never shift a page.
 */
export class OrderedCollection<T extends Ordered> {
  private readonly byId = new Map<string, T>();
  private readonly sorted: T[] = [];

  get size(): number {
    return this.sorted.length;
  }

  get(id: string): T | undefined {
    return this.byId.get(id);
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  insert(record: T): void {
    if (this.byId.has(record.id)) throw new Error(`Duplicate id ${record.id}`);
    this.byId.set(record.id, record);
    const last = this.sorted[this.sorted.length - 1];
    if (!last || compare(last, record) <= 0) this.sorted.push(record);
    else this.sorted.splice(this.firstAfter(record), 0, record);
  }

  remove(id: string): T | undefined {
    const record = this.byId.get(id);
    if (!record) return undefined;
    this.byId.delete(id);
    const index = this.firstAfter(record) - 1;
    if (this.sorted[index] === record) this.sorted.splice(index, 1);
    else this.sorted.splice(this.sorted.indexOf(record), 1);
    return record;
  }

  /** Records newest first. */
  *newestFirst(): IterableIterator<T> {
    for (let i = this.sorted.length - 1; i >= 0; i--) yield this.sorted[i] as T;
  }

  /** Direct read access for hot loops (ascending order; do not mutate). */
  ascending(): readonly T[] {
    return this.sorted;
  }

  /** Index of the first record whose key is strictly greater than `key`. */
  firstAfter(key: SortKey): number {
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (compare(this.sorted[mid] as T, key) <= 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  values(): IterableIterator<T> {
    return this.byId.values();
  }
}
