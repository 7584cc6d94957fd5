import { defineConfig } from 'vitest/config';
import { sharedConfig } from '../../vitest.shared';

// The workerd tests start a Worker runtime and the emulator over HTTP: slower than unit tests.
export default defineConfig({
  ...sharedConfig,
  test: { ...sharedConfig.test, hookTimeout: 60_000, testTimeout: 30_000 },
});
