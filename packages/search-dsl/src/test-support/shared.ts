import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root: the nearest directory above this file holding pnpm-workspace.yaml. */
const repositoryRoot = (): string => {
  let directory = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(directory, 'pnpm-workspace.yaml'))) {
    const parent = dirname(directory);
    if (parent === directory) throw new Error('pnpm-workspace.yaml not found above the test file');
    directory = parent;
  }
  return directory;
};

/** A file of the reference material kept beside the repository (`<repo>/../shared`), used only by tests. */
export const sharedFile = (relative: string): string => join(repositoryRoot(), '..', 'shared', relative);

export const sharedFileExists = (relative: string): boolean => {
  const exists = existsSync(sharedFile(relative));
  if (!exists) console.warn(`[search-dsl tests] ${sharedFile(relative)} is absent; tests that need it are skipped.`);
  return exists;
};
