import { describe, expect, it } from 'vitest';
import { parseGuide, readGuide } from './markdown';
import {
  calls,
  classMethods,
  commentLines,
  fenced,
  headings,
  normalize,
  readSeed,
  savedInstances,
  seedsDir,
  seedsPresent,
} from './seeds';

if (!seedsPresent) {
  console.info(`Seed coverage skipped: the seed documents (${seedsDir}) are not in this checkout.`);
}

const guide = readGuide();
const { blocks } = parseGuide(guide);
// The Python the guide quotes, compared loosely (case, spacing, quote style).
const quoted = normalize(
  blocks
    .filter((block) => block.lang === 'python' || block.lang === 'shell')
    .map((block) => block.code)
    .join('\n'),
);
const guideHeadings = new Set(headings(guide).map(normalize));

const missingFromGuide = (needles: Iterable<string>) =>
  [...needles].filter((needle) => !quoted.includes(normalize(needle)));

// A misspelt call in the 3.x README, quoted in the guide under its intended name.
const seedTypos: Record<string, string> = { 'intercom.onversations.find_all': 'intercom.conversations.find_all' };

describe.skipIf(!seedsPresent)('the guide covers every usage shown in the seeds', () => {
  it('python-intercom 2.x README (001): every commented usage and every call', () => {
    const code = fenced(readSeed('001'), ['python']).join('\n');
    expect(missingFromGuide(commentLines(code)), 'comments').toEqual([]);
    expect(missingFromGuide(calls(code)), 'calls').toEqual([]);
    const errors = code.match(/^[A-Z]\w+Error\b/gm) ?? [];
    expect(errors.length).toBeGreaterThan(3);
    expect(missingFromGuide(errors), 'error classes').toEqual([]);
  });

  it('python-intercom 3.x README (002): every commented usage and every call', () => {
    const text = readSeed('002');
    const comments = text
      .split('\n')
      .filter((line) => line.startsWith('# '))
      .map((line) => line.slice(2));
    expect(comments.length).toBeGreaterThan(40);
    expect(missingFromGuide(comments), 'comments').toEqual([]);
    const used = calls(text).map((call) => seedTypos[call] ?? call);
    expect(missingFromGuide(used), 'calls').toEqual([]);
    const errors = [
      'ServiceConnectionError',
      'BadGatewayError',
      'MultipleMatchingUsersError',
      'HttpError',
      'UnexpectedError',
    ];
    expect(errors.every((name) => text.includes(name))).toBe(true);
    expect(missingFromGuide(errors), 'error classes').toEqual([]);
    expect(missingFromGuide(['rate_limit_details']), 'rate limit details').toEqual([]);
  });

  it('python-intercom 0.2 module docs (003): every class method and every saved model', () => {
    const text = readSeed('003');
    const methods = classMethods(text);
    expect(methods.length).toBeGreaterThan(25);
    expect(missingFromGuide(methods), 'class methods').toEqual([]);
    const used = calls(text).filter((call) => !call.startsWith('intercom.'));
    expect(missingFromGuide(used), 'calls in the doctests').toEqual([]);
    expect(missingFromGuide(savedInstances(text).map((name) => `${name}.save()`)), 'save()').toEqual([]);
  });

  it('intercom (current SDK) README (000): every section, client call and error class', () => {
    const readme = readSeed('000');
    // Headings that hold no usage: links, install steps, policies, and the parent of the advanced sections.
    const notUsages = new Set(['Documentation', 'Installation', 'Versioning', 'Requirements', 'Advanced']);
    const sections = headings(readme).filter((heading) => !notUsages.has(heading));
    expect(
      sections.filter((heading) => !guideHeadings.has(normalize(heading))),
      'sections',
    ).toEqual([]);

    const code = fenced(readme, ['python', 'py', 'shell']).join('\n');
    const clientCalls = code
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => /\bclient\.\w/.test(line) || /^except /.test(line));
    expect(missingFromGuide(clientCalls), 'client calls').toEqual([]);
    const tableErrors = [...readme.matchAll(/^\| [^|]+\| `(\w+)`/gm)].map((match) => match[1] as string);
    expect(tableErrors.length).toBeGreaterThan(6);
    expect(missingFromGuide(tableErrors), 'error table').toEqual([]);
  });
});
