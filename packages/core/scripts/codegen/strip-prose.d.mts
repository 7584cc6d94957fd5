export function stripProse<T>(node: T): T;
