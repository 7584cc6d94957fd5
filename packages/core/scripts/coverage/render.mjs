// Renders the operation coverage block of README.md from the operation table and the contract cases.

/** Operations of the official SDKs (operations.json) and how many of them the 2.14 description contains. */
export const SDK_OPERATIONS = 152;
export const DESCRIBED_OPERATIONS = 147;

export const START = '<!-- coverage:start -->';
export const END = '<!-- coverage:end -->';

const code = (text) => `\`${text}\``;

export function renderCoverageBlock(table, contractCases) {
  const ids = Object.keys(table).sort();
  const tested = new Set(contractCases.map((c) => c.id));
  const groups = new Map();
  for (const id of ids) {
    const group = id.slice(0, id.lastIndexOf('.'));
    const counts = groups.get(group) ?? { operations: 0, tested: 0, paginated: 0 };
    counts.operations++;
    if (tested.has(id)) counts.tested++;
    if (table[id].pagination) counts.paginated++;
    groups.set(group, counts);
  }
  const untested = ids.filter((id) => !tested.has(id));
  const paginated = ids.filter((id) => table[id].pagination).length;
  const lines = [
    START,
    '<!-- Generated from the operation table by scripts/coverage-table.mjs (run by `pnpm codegen`); do not edit. -->',
    `**${ids.length} / ${SDK_OPERATIONS}** operations implemented · **${tested.size} / ${DESCRIBED_OPERATIONS}** contract-tested ` +
      `against the API 2.14 description (${contractCases.length} calls) · ${paginated} paginated, each walked over three pages.`,
    '',
    '| Group | Operations | Contract-tested | Paginated |',
    '| --- | ---: | ---: | ---: |',
    ...[...groups]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([group, c]) => `| ${code(group)} | ${c.operations} | ${c.tested} | ${c.paginated} |`),
    `| **Total** | **${ids.length}** | **${tested.size}** | **${paginated}** |`,
    '',
    `Not in the 2.14 description, so typed from the SDK reference and not contract-tested: ${untested.map(code).join(', ')}.`,
    END,
  ];
  return lines.join('\n');
}

/** README text with its coverage block replaced; throws when the markers are missing. */
export function replaceCoverageBlock(readme, block) {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md needs the ${START} and ${END} markers`);
  return readme.slice(0, start) + block + readme.slice(end + END.length);
}

/** The block currently in the README (markers included), or undefined. */
export function currentCoverageBlock(readme) {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  return start < 0 || end < start ? undefined : readme.slice(start, end + END.length);
}
