import { createEmulator, type Emulator } from '@intercom-kit/emulator';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { checks, duplicateCheckIds } from './checks/index';
import { asExample, type Example, isTypeScript, parseGuide, readGuide, structureProblems } from './markdown';
import { loadExample } from './runner';

const examples = parseGuide(readGuide())
  .blocks.filter(isTypeScript)
  .map(asExample)
  .filter((example): example is Example => example !== undefined);
const setup = examples.find((example) => example.id === 'setup');

afterEach(() => {
  vi.unstubAllGlobals();
  vi.unstubAllEnvs();
});

describe('docs/migration.md', () => {
  it('is checkable: ids on every example, Python and an example in every usage, a setup block', () => {
    expect(structureProblems(readGuide())).toEqual([]);
  });

  it('has exactly one check per example', () => {
    const ids = new Set(examples.map((example) => example.id));
    expect(
      examples.filter((example) => !checks[example.id]).map((example) => example.id),
      'unchecked',
    ).toEqual([]);
    expect(
      Object.keys(checks).filter((id) => !ids.has(id)),
      'checks without an example',
    ).toEqual([]);
    expect(duplicateCheckIds).toEqual([]);
  });
});

describe.each(examples)('example $id (docs/migration.md:$line)', (example) => {
  it('runs against the emulator and returns what it says', { timeout: 20_000 }, async () => {
    let emulator: Emulator | undefined;
    vi.stubEnv('INTERCOM_TOKEN', 'test');
    vi.stubEnv('INTERCOM_LOG', '');
    vi.stubEnv('INTERCOM_BASE_URL', '');
    for (const [name, value] of Object.entries(example.env)) vi.stubEnv(name, value);
    if (example.standalone) {
      // A standalone example brings its own emulator; it must never reach the network.
      vi.stubGlobal('fetch', () => Promise.reject(new Error(`example ${example.id} used the global fetch`)));
    } else {
      emulator = createEmulator({ seed: 1, conversations: 200 });
      vi.stubGlobal('fetch', emulator.fetch);
    }
    const run = await loadExample(example, setup);
    const result = await run();
    const check = checks[example.id];
    if (!check) throw new Error(`no check for ${example.id}`);
    await check(result, { emulator });
  });
});
