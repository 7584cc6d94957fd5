import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// The documents the project started from live in `../shared/seeds` next to the repository; users'
// clones do not have them, so the coverage test skips without them.
export const seedsDir = fileURLToPath(new URL('../../../../../shared/seeds/', import.meta.url));
export const seedsPresent = existsSync(seedsDir);

/** The seed whose file name starts with `prefix` (`000_…` current SDK README, `001_…` 2.x, `002_…` 3.x, `003_…` 0.2 module docs). */
export function readSeed(prefix: string): string {
  const name = readdirSync(seedsDir).find((file) => file.startsWith(`${prefix}_`));
  if (!name) throw new Error(`no seed ${prefix}_* in ${seedsDir}`);
  return readFileSync(`${seedsDir}${name}`, 'utf8');
}

/** Lowercase, single spaces, one kind of quote: how a quoted snippet is compared with its source. */
export const normalize = (text: string) => text.toLowerCase().replace(/["`]/g, "'").replace(/\s+/g, ' ').trim();

/** The code of the fenced blocks in `lang` (` ```python` and ` ``` python` alike). */
export function fenced(markdown: string, langs: readonly string[]): string[] {
  const blocks: string[] = [];
  const pattern = /^```\s*([\w-]*)\n([\s\S]*?)^```/gm;
  for (const match of markdown.matchAll(pattern)) {
    if (langs.includes(match[1] ?? '')) blocks.push(match[2] ?? '');
  }
  return blocks;
}

/** Whole-line `# comments`: in the READMEs' snippets each one names a usage. */
export function commentLines(code: string): string[] {
  return code
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => /^# \S/.test(line))
    .map((line) => line.slice(2));
}

/** `User.find`, `intercom.users.find`, `Intercom.create_user`: every class or client method called. */
export function calls(code: string): string[] {
  const found = code.matchAll(/\b((?:intercom|[A-Z][A-Za-z]*)(?:\.[a-z_]+)+)\s*\(/g);
  return [...new Set([...found].map((match) => match[1] as string))];
}

/** Instances saved in the 0.2 module docs' doctests (`user.save()`, `note.save()`, …). */
export function savedInstances(code: string): string[] {
  return [...new Set([...code.matchAll(/\b([a-z_]+)\.save\(\)/g)].map((match) => match[1] as string))];
}

/** The `#`/`##`/`###` headings of a markdown document. */
export function headings(markdown: string): string[] {
  return [...markdown.matchAll(/^#{2,3} (.+)$/gm)].map((match) => (match[1] as string).trim());
}

/** `Class.method` for every class method the 0.2 module docs list (`class` / `classmethod` entries). */
export function classMethods(moduleDocs: string): string[] {
  const lines = moduleDocs.split('\n').map((line) => line.trim());
  const found = new Set<string>();
  let current: string | undefined;
  lines.forEach((line, index) => {
    const next = lines[index + 1] ?? '';
    if (line === 'class' && /^intercom\.[\w.]*\.$/.test(next)) current = lines[index + 2];
    // A method's name is followed by its signature; a bare `classmethod` line before a heading is not one.
    else if (line === 'classmethod' && current && /^[a-z_]+$/.test(next) && lines[index + 2]?.startsWith('(')) {
      found.add(`${current}.${next}`);
    }
  });
  return [...found];
}
