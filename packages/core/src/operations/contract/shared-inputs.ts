// The API description and the SDK operation list live next to the repository (../shared), not in it.
// Tests that need them skip, with a note saying why, when that folder is absent.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { defaultInputDir, loadInputs, repoRoot } from '../../../scripts/codegen/inputs.mjs';

const specFile = join(defaultInputDir, 'api.intercom.io.2.14.yaml');
const operationsFile = join(defaultInputDir, 'operations.json');

export const sharedInputsPresent = existsSync(specFile) && existsSync(operationsFile);
export const sharedInputFiles = { spec: specFile, operations: operationsFile };

if (!sharedInputsPresent) {
  console.warn(
    `Skipping tests that need the Intercom API description: ${defaultInputDir}/ is absent (it sits next to the repository, not in it).`,
  );
}

export interface SharedOperation {
  group: string;
  method: string;
  http: string;
  path: string;
  inSpec214: boolean;
  pagination?: { kind: string; items: string };
}

export interface OpenApiParameter {
  name: string;
  in: string;
  required?: boolean;
  schema?: Record<string, unknown>;
  style?: string;
  explode?: boolean;
}

export interface OpenApiOperation {
  parameters?: OpenApiParameter[];
  requestBody?: { required?: boolean; content: Record<string, { schema?: unknown }> };
  responses: Record<
    string,
    {
      content?: Record<string, { schema?: unknown; example?: unknown; examples?: Record<string, { value?: unknown }> }>;
    }
  >;
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, OpenApiOperation | OpenApiParameter[]> & { parameters?: OpenApiParameter[] }>;
  components: { schemas: Record<string, unknown> };
}

/**
 * The stable `client.<group>.<method>` names of the official Python SDK reference (seeds/004_…), in
 * camelCase; `undefined` when the reference is absent.
 */
export function seedReferenceMethods(): string[] | undefined {
  const folder = resolve(repoRoot, '../shared/seeds');
  const file = existsSync(folder) ? readdirSync(folder).find((name) => name.startsWith('004_')) : undefined;
  if (!file) {
    console.warn(`Skipping the check of operation names against the SDK reference: no 004_… file in ${folder}.`);
    return undefined;
  }
  const text = readFileSync(join(folder, file), 'utf8');
  const camel = (snake: string) => snake.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
  const names = [...text.matchAll(/^client\.([a-z_.]+)\(/gm)].map((m) => m[1] ?? '');
  return [...new Set(names.filter((n) => !n.startsWith('unstable.')).map((n) => n.split('.').map(camel).join('.')))];
}

let cache: { spec: OpenApiDocument; operations: SharedOperation[] } | undefined;

/** Parsed once per test file; call only when `sharedInputsPresent`. */
export function loadSharedInputs(): { spec: OpenApiDocument; operations: SharedOperation[] } {
  cache ??= loadInputs(sharedInputFiles) as { spec: OpenApiDocument; operations: SharedOperation[] };
  return cache;
}
