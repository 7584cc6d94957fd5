import { defineConfig } from 'tsup';
import { libraryBuild } from '../../tsup.shared';

export default defineConfig([
  libraryBuild({ index: 'src/index.ts', node: 'src/node.ts' }),
  { ...libraryBuild({ cli: 'src/cli.ts' }), format: ['esm'], dts: false, clean: false, platform: 'node' },
]);
