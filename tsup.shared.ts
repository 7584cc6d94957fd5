import type { Options } from 'tsup';

/** ESM + CJS with declarations for both; the package's `exports` map mirrors these file names. */
export const libraryBuild = (entry: Record<string, string>): Options => ({
  entry,
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  target: 'es2022',
  platform: 'neutral',
  treeshake: true,
  splitting: true,
  sourcemap: false,
});
