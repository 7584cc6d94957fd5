import { defineConfig } from 'vitest/config';

// Unit tests of the harness itself (statistics, sampling, report, runner). The figures are proven to
// run by the quick mode, `node --expose-gc run.mjs --quick`, which `pnpm test` runs after these.
export default defineConfig({
  test: { include: ['lib/**/*.test.mjs'] },
});
