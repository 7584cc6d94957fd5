export const supplementSchemas: Record<string, unknown>;
export const supplementPaths: Record<
  string,
  Record<string, { requestBody?: { content: Record<string, { schema: unknown }> } }>
>;
export function withSupplement<T>(spec: T): T;
