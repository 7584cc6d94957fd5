// Locates and loads the API description and the operation list that `pnpm codegen` reads.
// They live outside the repository (in the sibling `shared/intercom-openapi` folder) and are never needed
// at build or run time; only this script and the contract tests read them.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

export const packageRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const repoRoot = resolve(packageRoot, '../..');
export const defaultInputDir = resolve(repoRoot, '../shared/intercom-openapi');

export class CodegenInputError extends Error {
  name = 'CodegenInputError';
}

/** Reads `--name value` / `--name=value` flags; anything unknown is an error so typos do not pass silently. */
export function parseArgs(argv, known) {
  const options = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const match = /^--([a-z-]+)(?:=(.*))?$/.exec(arg);
    if (!match || !known.includes(match[1])) {
      throw new CodegenInputError(`Unknown argument "${arg}". Known flags: ${known.map((k) => `--${k}`).join(', ')}`);
    }
    const value = match[2] ?? argv[++i];
    if (value === undefined) throw new CodegenInputError(`Flag --${match[1]} needs a value`);
    options[match[1]] = value;
  }
  return options;
}

export function resolveInputs(options, env = process.env) {
  const spec = resolve(
    options.spec ?? env.INTERCOM_OPENAPI_SPEC ?? resolve(defaultInputDir, 'api.intercom.io.2.14.yaml'),
  );
  const operations = resolve(
    options.operations ?? env.INTERCOM_OPERATIONS ?? resolve(defaultInputDir, 'operations.json'),
  );
  for (const [what, path, flag, variable] of [
    ['API description', spec, '--spec', 'INTERCOM_OPENAPI_SPEC'],
    ['operation list', operations, '--operations', 'INTERCOM_OPERATIONS'],
  ]) {
    if (!existsSync(path)) {
      throw new CodegenInputError(
        `The ${what} was not found at ${path}. Put the shared folder next to the repository ` +
          `(../shared/intercom-openapi) or pass ${flag} <file> (or set ${variable}).`,
      );
    }
  }
  return { spec, operations };
}

export function loadInputs(paths) {
  const spec = parse(readFileSync(paths.spec, 'utf8'));
  if (!spec || typeof spec !== 'object' || !spec.paths || !spec.components?.schemas) {
    throw new CodegenInputError(`${paths.spec} is not an OpenAPI description (no paths or components.schemas)`);
  }
  const list = JSON.parse(readFileSync(paths.operations, 'utf8'));
  if (!Array.isArray(list.operations)) {
    throw new CodegenInputError(`${paths.operations} has no "operations" array`);
  }
  return { spec, operations: list.operations };
}
