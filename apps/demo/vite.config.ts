import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { workspaceAliases } from '../../vitest.shared';

// The workspace packages are imported by their public names and compiled from source, so the demo runs
// on a fresh clone without building them first.
export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: workspaceAliases,
    dedupe: ['react', 'react-dom', '@tanstack/react-query'],
  },
  optimizeDeps: {
    // Listed up front so the first page load never triggers a dependency re-bundle and reload.
    include: [
      'react',
      'react/jsx-runtime',
      'react/jsx-dev-runtime',
      'react-dom/client',
      '@tanstack/react-query',
      '@tanstack/react-virtual',
      '@intercom-kit/core > ofetch',
      '@intercom-kit/core > valibot',
    ],
  },
  server: { warmup: { clientFiles: ['./src/main.tsx'] } },
});
