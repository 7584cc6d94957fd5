import { fileURLToPath } from 'node:url';
import type { ViteUserConfig } from 'vitest/config';

// Tests import sibling packages from source so a change is tested without rebuilding its dependencies.
const source = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export const workspaceAliases = [
  { find: /^@intercom-kit\/core\/proxy$/, replacement: source('./packages/core/src/proxy/index.ts') },
  { find: /^@intercom-kit\/core\/webhooks$/, replacement: source('./packages/core/src/webhooks/index.ts') },
  { find: /^@intercom-kit\/core$/, replacement: source('./packages/core/src/index.ts') },
  { find: /^@intercom-kit\/search-dsl$/, replacement: source('./packages/search-dsl/src/index.ts') },
  { find: /^@intercom-kit\/react$/, replacement: source('./packages/react/src/index.ts') },
  { find: /^@intercom-kit\/emulator\/node$/, replacement: source('./packages/emulator/src/node.ts') },
  { find: /^@intercom-kit\/emulator$/, replacement: source('./packages/emulator/src/index.ts') },
];

export const sharedConfig = {
  resolve: { alias: workspaceAliases },
  test: {
    typecheck: { enabled: true, include: ['src/**/*.test-d.ts'] },
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'test/**/*.test.ts', 'test/**/*.test.tsx'],
  },
} satisfies ViteUserConfig;
