import { describe, expect, it } from 'vitest';
import { asExample, parseGuide, structureProblems } from './markdown';

const fence = (lang: string, code: string) => `\`\`\`${lang}\n${code}\n\`\`\``;
const usage = (title: string, ...blocks: string[]) => [`### ${title}`, ...blocks].join('\n\n');
const setup = usage('Setup', fence('python', 'Intercom.app_id = "x"'), fence('ts', '// example: setup\nconst a = 1;'));

describe('structureProblems', () => {
  it('accepts a guide whose usages each quote Python and run an example', () => {
    const guide = [
      '## Group',
      setup,
      usage('Find', fence('python', 'User.find(id=1)'), fence('ts', '// example: find\nreturn 1;')),
    ];
    expect(structureProblems(guide.join('\n\n'))).toEqual([]);
  });

  it('reports a block without an id, an id used twice, a usage without a block and a stray example', () => {
    const guide = [
      '## Group',
      setup,
      usage('No id', fence('python', 'x()'), fence('ts', 'return 1;')),
      usage('Twice', fence('python', 'y()'), fence('ts', '// example: setup\nreturn 2;')),
      usage('Python only', fence('python', 'z()')),
      usage('Example only', fence('ts', '// example: lonely\nreturn 3;')),
    ].join('\n\n');
    const problems = structureProblems(guide);
    expect(problems).toHaveLength(5);
    expect(problems.join('\n')).toMatch(/TypeScript block without a "\/\/ example: <id>" first line/);
    expect(problems.join('\n')).toMatch(/example id "setup" is already used/);
    expect(problems.join('\n')).toMatch(/usage "No id" has no example/);
    expect(problems.join('\n')).toMatch(/usage "Python only" has no example/);
    expect(problems.join('\n')).toMatch(/usage "Example only" shows no Python snippet/);
    expect(structureProblems(`## G\n\n${fence('ts', '// example: setup\n1;')}`)).toEqual([
      'line 3: example "setup" is outside a ### usage',
    ]);
    expect(structureProblems(usage('Only', fence('python', 'a()'), fence('ts', '// example: a\n1;')))).toEqual([
      'no "setup" example',
    ]);
  });
});

describe('asExample', () => {
  it('reads the id, standalone and environment flags, and refuses unknown flags', () => {
    const [block] = parseGuide(
      fence('ts', '// example: logging.env (standalone; INTERCOM_LOG=debug)\nreturn 1;'),
    ).blocks;
    expect(block && asExample(block)).toMatchObject({
      id: 'logging.env',
      standalone: true,
      env: { INTERCOM_LOG: 'debug' },
      body: 'return 1;',
    });
    const [odd] = parseGuide(fence('ts', '// example: x (sometimes)\n1;')).blocks;
    expect(() => odd && asExample(odd)).toThrow(/unknown example flag "sometimes"/);
  });
});
