import { afterEach, describe, expect, it, vi } from 'vitest';
import { sharedFile, sharedFileExists } from './shared';

describe('shared reference files', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('resolve beside the repository root', () => {
    expect(sharedFile('intercom-openapi/x.yaml')).toMatch(/[/\\]shared[/\\]intercom-openapi[/\\]x\.yaml$/);
  });

  it('report a missing file with a note saying what is skipped', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(sharedFileExists('intercom-openapi/does-not-exist.yaml')).toBe(false);
    expect(warn).toHaveBeenCalledWith(
      expect.stringContaining('does-not-exist.yaml is absent; tests that need it are skipped'),
    );
  });
});
