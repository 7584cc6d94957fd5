import { afterEach, describe, expect, it, vi } from 'vitest';
import { readEnv } from './runtime';

afterEach(() => {
  vi.unstubAllEnvs();
  vi.unstubAllGlobals();
});

describe('readEnv', () => {
  it('reads process.env where it exists, treating empty as unset', () => {
    vi.stubEnv('INTERCOM_KIT_PROBE', 'yes');
    expect(readEnv('INTERCOM_KIT_PROBE')).toBe('yes');
    vi.stubEnv('INTERCOM_KIT_PROBE', '');
    expect(readEnv('INTERCOM_KIT_PROBE')).toBeUndefined();
  });

  it('is undefined where there is no environment (browsers, Workers)', () => {
    vi.stubGlobal('process', undefined);
    expect(readEnv('PATH')).toBeUndefined();
  });

  it('uses Deno.env only when the permission is already granted, never prompting', () => {
    const get = vi.fn(() => 'from-deno');
    vi.stubGlobal('Deno', { env: { get }, permissions: { querySync: () => ({ state: 'prompt' }) } });
    expect(readEnv('INTERCOM_TOKEN')).toBeUndefined();
    expect(get).not.toHaveBeenCalled();
    vi.stubGlobal('Deno', { env: { get }, permissions: { querySync: () => ({ state: 'granted' }) } });
    expect(readEnv('INTERCOM_TOKEN')).toBe('from-deno');
  });

  it('never throws', () => {
    vi.stubGlobal('Deno', {
      permissions: {
        querySync: () => {
          throw new Error('denied');
        },
      },
    });
    expect(readEnv('X')).toBeUndefined();
  });
});
