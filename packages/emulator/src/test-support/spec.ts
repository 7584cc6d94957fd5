/**
 * Loads Intercom's 2.14 OpenAPI description from the reference folder `../shared` next to the
 * repository (never needed at build or run time) and caches it as JSON in the OS temp directory.
 */
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const repoRoot = new URL('../../../../', import.meta.url);
export const specPath = fileURLToPath(new URL('../shared/intercom-openapi/api.intercom.io.2.14.yaml', repoRoot));
export const specAvailable = existsSync(specPath);

export interface OpenApiDocument {
  paths: Record<
    string,
    Record<string, { responses?: Record<string, { content?: Record<string, { schema?: unknown }> }> }>
  >;
  components: { schemas: Record<string, unknown> };
}

let cached: OpenApiDocument | undefined;

export function loadSpec(): OpenApiDocument {
  if (cached) return cached;
  const stat = statSync(specPath);
  const cacheFile = join(tmpdir(), `intercom-2.14-spec-${stat.size}-${Math.floor(stat.mtimeMs)}.json`);
  if (existsSync(cacheFile)) {
    cached = JSON.parse(readFileSync(cacheFile, 'utf8')) as OpenApiDocument;
  } else {
    cached = parse(readFileSync(specPath, 'utf8'), { maxAliasCount: -1 }) as OpenApiDocument;
    writeFileSync(cacheFile, JSON.stringify(cached));
  }
  return cached;
}
