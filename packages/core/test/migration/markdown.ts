import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const guidePath = fileURLToPath(new URL('../../../../docs/migration.md', import.meta.url));

/** A fenced code block of the guide, with the headings it sits under. */
export interface Block {
  lang: string;
  code: string;
  /** 1-based line of the opening fence. */
  line: number;
  group: string | undefined;
  section: string | undefined;
}

/** A TypeScript block: `// example: <id> (standalone; NAME=value)`. */
export interface Example extends Block {
  id: string;
  standalone: boolean;
  env: Record<string, string>;
  /** The block without its id line. */
  body: string;
}

/** A `###` usage section and the blocks in it. */
export interface Section {
  title: string;
  group: string | undefined;
  line: number;
  blocks: Block[];
}

const ID_LINE = /^\/\/ example: ([a-z0-9][a-z0-9.-]*)(?: \(([^)]*)\))?$/;

export function readGuide(path = guidePath): string {
  return readFileSync(path, 'utf8');
}

export function parseGuide(markdown: string): { blocks: Block[]; sections: Section[] } {
  const blocks: Block[] = [];
  const sections: Section[] = [];
  let group: string | undefined;
  let section: Section | undefined;
  let open: { lang: string; line: number; lines: string[] } | undefined;

  markdown.split('\n').forEach((text, index) => {
    const line = index + 1;
    if (open) {
      if (text.startsWith('```')) {
        const block = { lang: open.lang, code: open.lines.join('\n'), line: open.line, group, section: section?.title };
        blocks.push(block);
        section?.blocks.push(block);
        open = undefined;
      } else {
        open.lines.push(text);
      }
      return;
    }
    if (text.startsWith('```')) open = { lang: text.slice(3).trim(), line, lines: [] };
    else if (text.startsWith('## ')) {
      group = text.slice(3).trim();
      section = undefined;
    } else if (text.startsWith('### ')) {
      section = { title: text.slice(4).trim(), group, line, blocks: [] };
      sections.push(section);
    }
  });
  if (open) throw new Error(`docs/migration.md:${open.line}: code fence never closed`);
  return { blocks, sections };
}

export const isTypeScript = (block: Block) => block.lang === 'ts' || block.lang === 'typescript';

/** Reads a TypeScript block's id line; `undefined` when the block has none. */
export function asExample(block: Block): Example | undefined {
  const [first = '', ...rest] = block.code.split('\n');
  const match = ID_LINE.exec(first.trim());
  if (!match) return undefined;
  const flags = (match[2] ?? '')
    .split(';')
    .map((flag) => flag.trim())
    .filter(Boolean);
  const env: Record<string, string> = {};
  for (const flag of flags) {
    const equals = flag.indexOf('=');
    if (equals > 0) env[flag.slice(0, equals)] = flag.slice(equals + 1);
    else if (flag !== 'standalone') throw new Error(`docs/migration.md:${block.line}: unknown example flag "${flag}"`);
  }
  return { ...block, id: match[1] as string, standalone: flags.includes('standalone'), env, body: rest.join('\n') };
}

/**
 * What keeps the guide checkable: every TypeScript block has a unique id, every `###` usage shows
 * the old Python (or shell) and at least one example, no example sits outside a usage, and the
 * setup block exists. Returns one line per problem.
 */
export function structureProblems(markdown: string): string[] {
  const { blocks, sections } = parseGuide(markdown);
  const problems: string[] = [];
  const firstLine = new Map<string, number>();
  for (const block of blocks.filter(isTypeScript)) {
    const example = asExample(block);
    if (!example) {
      problems.push(`line ${block.line}: TypeScript block without a "// example: <id>" first line`);
      continue;
    }
    const seen = firstLine.get(example.id);
    if (seen !== undefined)
      problems.push(`line ${block.line}: example id "${example.id}" is already used at line ${seen}`);
    else firstLine.set(example.id, block.line);
    if (example.section === undefined)
      problems.push(`line ${block.line}: example "${example.id}" is outside a ### usage`);
  }
  for (const section of sections) {
    if (!section.blocks.some((block) => block.lang === 'python' || block.lang === 'shell')) {
      problems.push(`line ${section.line}: usage "${section.title}" shows no Python snippet`);
    }
    if (!section.blocks.some((block) => isTypeScript(block) && asExample(block) !== undefined)) {
      problems.push(`line ${section.line}: usage "${section.title}" has no example`);
    }
  }
  if (!firstLine.has('setup')) problems.push('no "setup" example');
  return problems;
}
