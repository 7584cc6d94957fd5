export function normalizeForTypes<T>(node: T): T;
