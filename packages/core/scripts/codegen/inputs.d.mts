export const packageRoot: string;
export const repoRoot: string;
export const defaultInputDir: string;
export class CodegenInputError extends Error {}
export function parseArgs(argv: readonly string[], known: readonly string[]): Record<string, string>;
export function resolveInputs(
  options: { spec?: string; operations?: string },
  env?: Record<string, string | undefined>,
): { spec: string; operations: string };
/** Parses both inputs; throws `CodegenInputError` when either is not what codegen expects. */
export function loadInputs(paths: { spec: string; operations: string }): { spec: unknown; operations: unknown[] };
