// Placeholder until `pnpm codegen` writes the typed API surface for every operation.
export type IntercomApi = Record<string, never>;
