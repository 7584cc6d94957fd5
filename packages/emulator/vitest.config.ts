import { defineConfig, mergeConfig } from 'vitest/config';
import { sharedConfig } from '../../vitest.shared';

export default mergeConfig(
  defineConfig(sharedConfig),
  defineConfig({
    test: {
      // Validates every response body of the suite against the 2.14 description (see src/test-support/setup.ts).
      setupFiles: ['./src/test-support/setup.ts'],
    },
  }),
);
