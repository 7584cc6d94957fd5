import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, relative } from 'node:path';

/**
 * @typedef {import('./rows.mjs').Row} Row
 * @typedef {import('./rows.mjs').FigureResult} FigureResult
 * @typedef {import('./environment.mjs').Environment} Environment
 * @typedef {{ id: string, title: string, error: string }} Failure
 * @typedef {{ mode: 'full' | 'quick', environment: Environment, figures: FigureResult[], failures: Failure[], seconds: number }} Report
 */

/**
 * Writes the Markdown table and the JSON of every sample; the Markdown names the JSON file.
 *
 * @param {{ markdown: string, json: string }} paths
 * @param {Report} report
 */
export async function writeReport(paths, report) {
  await mkdir(dirname(paths.markdown), { recursive: true });
  await mkdir(dirname(paths.json), { recursive: true });
  const jsonLink = relative(dirname(paths.markdown), paths.json).split('\\').join('/');
  await writeFile(paths.markdown, renderMarkdown(report, jsonLink));
  await writeFile(paths.json, `${JSON.stringify(report, null, 2)}\n`);
}

/**
 * @param {Report} report
 * @param {string} [jsonLink] where the samples are, relative to the Markdown file
 * @returns {string}
 */
export function renderMarkdown(report, jsonLink) {
  const { environment: env } = report;
  const lines = [
    '# Benchmark results',
    '',
    `Node ${env.node} · ${env.platform} · ${env.cpus} × ${env.cpuModel} · ${env.totalMemoryGiB} GiB RAM · ` +
      `${env.date} · ${report.mode} mode, ${Math.round(report.seconds)} s`,
    '',
    `Load average (1/5/15 min) at start ${env.loadAverageAtStart.join(' / ')}, at end ` +
      `${env.loadAverageAtEnd.join(' / ')}. ${env.machineNote}`,
    '',
    `Contenders: ${Object.entries(env.versions)
      .map(([name, version]) => `${name} ${version}`)
      .join(', ')}.`,
    '',
    'Each figure is the median of the recorded runs after a warm-up, with min–max over those runs. Contenders are ' +
      'interleaved within each run (the order rotates from run to run), and a ratio is the median of the ' +
      'per-run ratios to the reference measured in the same run. Targets are shown, never enforced.' +
      (jsonLink === undefined ? '' : ` Every sample is in [${jsonLink}](${jsonLink}).`),
    '',
  ];
  const targets = report.figures.flatMap((figure) =>
    figure.rows.filter((row) => row.target !== undefined).map((row) => ({ figure, row })),
  );
  if (targets.length > 0) {
    lines.push(
      '## Targets',
      '',
      '| Figure | Measure | Contender | Target | Median | Met |',
      '| --- | --- | --- | --- | ---: | :-: |',
    );
    for (const { figure, row } of targets) {
      const measured =
        row.target?.on === 'ratio' ? formatRatio(row.target.measured) : formatValue(row.summary.median, row.unit);
      lines.push(
        `| ${figure.title} | ${row.measure} | ${row.contender} | ${row.target?.text} | ${measured} | ${row.target?.met ? 'yes' : '**no**'} |`,
      );
    }
    lines.push('');
  }
  for (const failure of report.failures) {
    lines.push(`## ${failure.title}: FAILED`, '', '```', failure.error, '```', '');
  }
  for (const figure of report.figures) lines.push(...renderFigure(figure));
  return `${lines.join('\n')}\n`;
}

/**
 * @param {FigureResult} figure
 * @returns {string[]}
 */
function renderFigure(figure) {
  const lines = [
    `## ${figure.title}`,
    '',
    figure.method,
    '',
    '| Measure | Contender | Median | Min–max | Runs | Ratio (min–max) | Target | Met |',
    '| --- | --- | ---: | ---: | ---: | --- | --- | :-: |',
  ];
  // Row notes become numbered footnotes; rows with the same note share its number.
  const footnotes = [...new Set(figure.rows.flatMap((row) => (row.note ? [row.note] : [])))];
  for (const row of figure.rows) {
    const { summary } = row;
    const range = `${formatNumber(summary.min)} – ${formatNumber(summary.max)}`;
    const ratio = row.ratio
      ? `${formatRatio(row.ratio.summary.median)} vs ${row.ratio.vs} (${formatRatio(row.ratio.summary.min)}–${formatRatio(row.ratio.summary.max)})`
      : '';
    const met = row.target === undefined ? '' : row.target.met ? 'yes' : '**no**';
    const contender = row.note ? `${row.contender} [${footnotes.indexOf(row.note) + 1}]` : row.contender;
    lines.push(
      `| ${row.measure} | ${contender} | ${formatValue(summary.median, row.unit)} | ${range} | ${summary.n} | ${ratio} | ${row.target?.text ?? ''} | ${met} |`,
    );
  }
  lines.push('');
  const notes = [...footnotes.map((note, index) => `[${index + 1}] ${note}`), ...figure.notes];
  for (const note of notes) lines.push(`- ${note}`);
  if (notes.length > 0) lines.push('');
  return lines;
}

/**
 * @param {number} value
 * @param {string} unit
 * @returns {string}
 */
export function formatValue(value, unit) {
  if (unit === 'B') return `${value.toLocaleString('en-US')} B (${(value / 1024).toFixed(1)} KiB)`;
  return `${formatNumber(value)} ${unit}`;
}

/** @param {number} value */
export function formatNumber(value) {
  const magnitude = Math.abs(value);
  if (magnitude >= 100 || Number.isInteger(value)) return Math.round(value).toLocaleString('en-US');
  if (magnitude >= 10) return value.toFixed(1);
  return value.toPrecision(3);
}

/** @param {number} ratio */
export function formatRatio(ratio) {
  return `${ratio.toFixed(2)}×`;
}
