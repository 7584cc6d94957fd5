import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatNumber, formatValue, renderMarkdown, writeReport } from './report.mjs';
import { atMost, row } from './rows.mjs';

/** @returns {import('./report.mjs').Report} */
function sampleReport() {
  const reference = { vs: 'plain fetch', samples: [100, 110, 90] };
  return {
    mode: 'full',
    seconds: 12,
    environment: {
      node: 'v20.0.0',
      platform: 'linux x64',
      cpus: 2,
      cpuModel: 'Test CPU',
      totalMemoryGiB: 8,
      date: '2025-06-01T00:00:00.000Z',
      loadAverageAtStart: [1, 2, 3],
      loadAverageAtEnd: [4, 5, 6],
      machineNote: 'Shared machine.',
      versions: { 'intercom-client': '7.0.3' },
    },
    figures: [
      {
        id: 'overhead',
        title: 'Request overhead',
        method: 'How it is measured.',
        rows: [
          row({ measure: 'sequential', contender: 'plain fetch', unit: 'µs', samples: reference.samples }),
          row({
            measure: 'sequential',
            contender: 'intercom-kit',
            unit: 'µs',
            samples: [102, 112, 92],
            reference,
            target: atMost(1.05, '≤ 1.05× plain fetch', { on: 'ratio' }),
            note: 'shared note',
          }),
          row({
            measure: 'sequential',
            contender: 'intercom-client',
            unit: 'µs',
            samples: [150, 160, 140],
            reference,
            target: atMost(1.05, '≤ 1.05× plain fetch', { on: 'ratio' }),
            note: 'shared note',
          }),
        ],
        notes: ['A figure note.'],
      },
    ],
    failures: [{ id: 'proxy', title: 'Proxy', error: 'Error: boom' }],
  };
}

describe('renderMarkdown', () => {
  const markdown = renderMarkdown(sampleReport());

  it('starts with the environment, including the load average and the note on the machine', () => {
    expect(markdown).toContain(
      'Node v20.0.0 · linux x64 · 2 × Test CPU · 8 GiB RAM · 2025-06-01T00:00:00.000Z · full mode, 12 s',
    );
    expect(markdown).toContain('at start 1 / 2 / 3, at end 4 / 5 / 6. Shared machine.');
  });

  it('lists every target with the measured ratio and whether it is met', () => {
    expect(markdown).toContain('| Request overhead | sequential | intercom-kit | ≤ 1.05× plain fetch | 1.02× | yes |');
    expect(markdown).toContain(
      '| Request overhead | sequential | intercom-client | ≤ 1.05× plain fetch | 1.50× | **no** |',
    );
  });

  it('shows median, min–max, runs and ratio for each row, with shared notes numbered once', () => {
    expect(markdown).toContain('| sequential | plain fetch | 100 µs | 90 – 110 | 3 |  |  |  |');
    expect(markdown).toContain(
      '| sequential | intercom-kit [1] | 102 µs | 92 – 112 | 3 | 1.02× vs plain fetch (1.02×–1.02×) | ≤ 1.05× plain fetch | yes |',
    );
    expect(markdown).toContain('| sequential | intercom-client [1] |');
    expect(markdown).toContain('- [1] shared note\n- A figure note.');
    expect(markdown).not.toContain('[2]');
  });

  it('reports a failed figure with its error', () => {
    expect(markdown).toContain('## Proxy: FAILED\n\n```\nError: boom\n```');
  });
});

describe('formatting', () => {
  it('shows bytes exactly and in KiB', () => {
    expect(formatValue(12310, 'B')).toBe('12,310 B (12.0 KiB)');
  });

  it('keeps three significant digits below 100 and whole numbers above', () => {
    expect(formatNumber(1234.5)).toBe('1,235');
    expect(formatNumber(12.345)).toBe('12.3');
    expect(formatNumber(0.15321)).toBe('0.153');
    expect(formatNumber(1)).toBe('1');
  });
});

describe('writeReport', () => {
  it('writes the Markdown, linking to the JSON, and the JSON with every sample', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'bench-report-test-'));
    const report = sampleReport();
    const paths = { markdown: join(directory, 'RESULTS.md'), json: join(directory, 'results', 'results.json') };
    await writeReport(paths, report);
    const markdown = await readFile(paths.markdown, 'utf8');
    expect(markdown).toBe(renderMarkdown(report, 'results/results.json'));
    expect(markdown).toContain('Every sample is in [results/results.json](results/results.json).');
    const json = JSON.parse(await readFile(paths.json, 'utf8'));
    expect(json.figures[0].rows[1].samples).toEqual([102, 112, 92]);
    expect(json.failures).toEqual(report.failures);
  });
});
