import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { defineConfig } from 'vitest/config';
import { sharedConfig, workspaceAliases } from '../../vitest.shared';

// React 18 and the bindings that import it (TanStack Query, Testing Library) are installed together
// in test/react-18, so each of them finds React 18 through its own node_modules. An npm alias of
// react-dom alone would not do: pnpm links its `react` peer to this package's React 19.
const react18 = createRequire(createRequire(import.meta.url).resolve('react-18-env/package.json'));
const packageDir = (name: string) => dirname(react18.resolve(`${name}/package.json`));
const react18Aliases = ['react', 'react-dom', '@tanstack/react-query', '@testing-library/react'].map((name) => ({
  find: new RegExp(`^${name.replace('/', '\\/')}(/.*)?$`),
  replacement: `${packageDir(name)}$1`,
}));

const test = { ...sharedConfig.test, environment: 'happy-dom', setupFiles: ['./src/test-support/setup.ts'] };

export default defineConfig({
  test: {
    projects: [
      {
        ...sharedConfig,
        test: { ...test, name: 'react-19', env: { EXPECTED_REACT_MAJOR: '19' } },
      },
      {
        resolve: { alias: [...react18Aliases, ...workspaceAliases] },
        test: {
          ...test,
          name: 'react-18',
          // The `.test.ts` files never render (keys, option factories, cache helpers); they run once, above.
          include: ['src/**/*.test.tsx'],
          env: { EXPECTED_REACT_MAJOR: '18' },
          // The type tests do not depend on the React version; they run once, in the React 19 project.
          typecheck: { enabled: false },
        },
      },
    ],
  },
});
