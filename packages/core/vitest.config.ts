import { defineConfig } from 'vitest/config';
import { sharedConfig } from '../../vitest.shared';

// Adds the runtime smoke tests (runtime-tests/, which run the built dist/ under Node, Deno, Bun and workerd).
export default defineConfig({
  ...sharedConfig,
  test: { ...sharedConfig.test, include: [...sharedConfig.test.include, 'runtime-tests/**/*.test.ts'] },
});
