import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createIntercomProxy } from '@intercom-kit/core/proxy';
import { describe, expect, it } from 'vitest';
import { proxyOptionsFromEnv } from '../src/config';
import type { Env } from '../src/env';
import * as worker from '../src/index';
import { COMPATIBILITY_DATE } from './workerd-harness';

// The deployment config must describe the Worker the tests run: same entry, date, bindings, and
// variables that produce a valid proxy once the two secrets are added.

const path = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));
/** wrangler.jsonc has whole-line comments only; drop them and trailing commas. */
const config = JSON.parse(
  readFileSync(path('../wrangler.jsonc'), 'utf8')
    .replace(/^\s*\/\/.*$/gm, '')
    .replace(/,(\s*[}\]])/g, '$1'),
) as {
  main: string;
  compatibility_date: string;
  vars: Record<string, string>;
  durable_objects: { bindings: { name: string; class_name: string }[] };
  migrations: { tag: string; new_sqlite_classes?: string[] }[];
};

describe('wrangler.jsonc', () => {
  it('points at the tested entry with the compatibility date the workerd tests use', () => {
    expect(existsSync(path(`../${config.main}`))).toBe(true);
    expect(config.compatibility_date).toBe(COMPATIBILITY_DATE);
  });

  it('binds RATE_BUDGET to the exported Durable Object class and migrates it', () => {
    expect(config.durable_objects.bindings).toEqual([{ name: 'RATE_BUDGET', class_name: 'RequestBudget' }]);
    expect(typeof worker.RequestBudget).toBe('function');
    expect(config.migrations.flatMap((migration) => migration.new_sqlite_classes ?? [])).toContain('RequestBudget');
  });

  it('keeps secrets out of vars, and its vars make a valid proxy once the secrets are set', () => {
    expect(Object.keys(config.vars)).not.toContain('INTERCOM_TOKEN');
    expect(Object.keys(config.vars)).not.toContain('PROXY_SECRET');
    const env = {
      ...config.vars,
      INTERCOM_TOKEN: 'secret-token',
      PROXY_SECRET: 'a-proxy-secret-of-some-length',
      RATE_BUDGET: { idFromName: () => ({}), get: () => ({ fetch: async () => new Response() }) },
    } as Env;
    expect(() => createIntercomProxy(proxyOptionsFromEnv(env))).not.toThrow();
  });
});
