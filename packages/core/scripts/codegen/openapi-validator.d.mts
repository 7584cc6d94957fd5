/** Returns the problems of `value` against `schema` (empty when valid); `$ref`s point into the description. */
export type OpenApiValidate = (schema: unknown, value: unknown) => string[];

export function createOpenApiValidator(spec: { components?: { schemas?: Record<string, unknown> } }): OpenApiValidate;
