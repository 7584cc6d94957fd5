import { defineConfig } from 'tsup';
import { libraryBuild } from '../../tsup.shared';

export default defineConfig(
  libraryBuild({ index: 'src/index.ts', proxy: 'src/proxy/index.ts', webhooks: 'src/webhooks/index.ts' }),
);
