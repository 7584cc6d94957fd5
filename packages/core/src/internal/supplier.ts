import type { Supplier } from '../transport/options';

export function supply<T>(value: Supplier<T>): T | Promise<T> {
  return typeof value === 'function' ? (value as () => T | Promise<T>)() : value;
}
