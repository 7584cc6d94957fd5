// `pnpm codegen`: its output is committed, up to date and deterministic; its inputs fail clearly when
// missing; the prose of the description does not reach the generated code.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { CodegenInputError, parseArgs, resolveInputs } from '../../scripts/codegen/inputs.mjs';
import { stripProse } from '../../scripts/codegen/strip-prose.mjs';
import { normalizeForTypes } from '../../scripts/codegen/typing-normalize.mjs';
import { generate } from '../../scripts/codegen.mjs';
import { sharedInputFiles, sharedInputsPresent } from './contract/shared-inputs';

const here = fileURLToPath(new URL('.', import.meta.url));
const script = fileURLToPath(new URL('../../scripts/codegen.mjs', import.meta.url));
const temporary: string[] = [];
afterAll(() => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

describe.skipIf(!sharedInputsPresent)('codegen output', () => {
  it('matches the committed files, and a second run gives the same bytes', async () => {
    const runs = [];
    for (const name of ['first', 'second']) {
      const out = mkdtempSync(join(tmpdir(), `codegen-${name}-`));
      temporary.push(out);
      const { files } = await generate({ ...sharedInputFiles, out });
      runs.push(Object.fromEntries(files.map((file) => [file, readFileSync(join(out, file), 'utf8')])));
    }
    const [first, second] = runs as [Record<string, string>, Record<string, string>];
    expect(Object.keys(first)).toHaveLength(7);
    for (const [file, text] of Object.entries(first)) {
      expect(second[file], `${file} differs between runs`).toBe(text);
      expect(readFileSync(join(here, file), 'utf8'), `${file} is stale: run pnpm codegen`).toBe(text);
    }
  }, 60_000);
});

describe('generated code', () => {
  it('carries names and shapes, not the description prose', () => {
    const schema = readFileSync(join(here, 'schema.gen.ts'), 'utf8');
    expect(schema).not.toContain('@description');
    expect(schema).not.toContain('@example');
    // Text of the /me operation and of the contact schema in the description:
    expect(schema).not.toContain('Single Sign On');
    expect(schema).not.toContain('The unique identifier for the contact');
    expect(schema).toContain('identifyAdmin');
  });
});

describe('codegen inputs', () => {
  it('fails with a message naming the missing file and how to point at it', () => {
    expect(() => resolveInputs({ spec: '/nowhere/api.yaml' }, {})).toThrow(CodegenInputError);
    expect(() => resolveInputs({ spec: '/nowhere/api.yaml' }, {})).toThrow(
      /API description was not found at \/nowhere\/api\.yaml.*--spec <file>.*INTERCOM_OPENAPI_SPEC/,
    );
    expect(() => parseArgs(['--sepc', 'x'], ['spec', 'operations', 'out'])).toThrow(/Unknown argument "--sepc"/);
    expect(() => parseArgs(['--spec'], ['spec'])).toThrow(/--spec needs a value/);
    expect(parseArgs(['--spec=a.yaml', '--out', 'dir'], ['spec', 'out'])).toEqual({ spec: 'a.yaml', out: 'dir' });
  });

  it('exits with status 1 and that message when run without the description', () => {
    let failure: { status?: number; stderr?: Buffer } | undefined;
    try {
      execFileSync(process.execPath, [script, '--spec', '/nowhere/api.yaml'], { stdio: 'pipe' });
    } catch (error) {
      failure = error as typeof failure;
    }
    expect(failure?.status).toBe(1);
    expect(String(failure?.stderr)).toContain('codegen: The API description was not found at /nowhere/api.yaml');
  });
});

describe('description preparation', () => {
  it('drops documentation keywords but keeps properties that have those names', () => {
    const schema = {
      description: 'A note',
      title: 'Note',
      properties: { description: { type: 'string', example: 'x' }, title: { type: 'string' } },
      required: ['description'],
      'x-tags': ['Notes'],
    };
    expect(stripProse(schema)).toEqual({
      properties: { description: { type: 'string' }, title: { type: 'string' } },
      required: ['description'],
    });
  });

  it('turns required-only branches into typed alternatives', () => {
    const schema = {
      type: 'object',
      properties: { email: { type: 'string' }, role: { type: 'string' } },
      anyOf: [{ required: ['email'] }, { required: ['role'] }, {}],
    };
    expect(normalizeForTypes(schema)).toEqual({
      type: 'object',
      properties: { email: { type: 'string' }, role: { type: 'string' } },
      oneOf: [
        { type: 'object', properties: { email: { type: 'string' } }, required: ['email'] },
        { type: 'object', properties: { role: { type: 'string' } }, required: ['role'] },
        { type: 'object' },
      ],
    });
  });
});
