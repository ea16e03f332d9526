import { describe, expect, it } from 'vitest';
import { check, rulesOf } from './helpers.js';
import { parseTargets } from '../src/engine/targets.js';
import { targetText } from '../src/engine/target-compare.js';
import { workGrowth } from './text-work.js';
import type { CoverageRow } from '../src/engine/coverage.js';

// A minimum version is a target like a latency: the supported platform version. Modelled on BMAD
// PRDs of a VS Code extension and of mobile apps ("Le système doit supporter Node 16+", "iOS 14+
// and Android 8.0 or later") whose architectures restate the floor among their technical choices.

/** The coverage row's fields a user reads in the JSON report. */
const jsonRow = (row: CoverageRow) => ({ id: row.requirement.id, status: row.status, ...(row.implied ? { implied: { file: row.implied.location.file, line: row.implied.location.line, reason: row.implied.reason } } : {}) });

const filler = Array.from({ length: 30 }, (_, i) => `## Module ${i}\n\nThe module ${i} renders a page of orders.\n`).join('\n');

describe('minimum versions read as targets', () => {
  it.each([
    ['The extension supports Node 16+ (VS Code minimum requirement)', ['Node.js ≥ 16']],
    ['Compatible with VSCode versions 1.75+', ['VS Code ≥ 1.75']],
    ['Runs on iOS 14+ and Android 8.0 or later', ['iOS ≥ 14', 'Android ≥ 8']],
    ['Node ≥ 20', ['Node.js ≥ 20']],
    ['minimum iOS 14', ['iOS ≥ 14']],
    ['PostgreSQL 15 or higher', ['PostgreSQL ≥ 15']],
    ['Le système doit supporter Android 10 ou supérieur', ['Android ≥ 10']],
    ['iOS 15.0以上', ['iOS ≥ 15']],
  ])('%s', (text, expected) => {
    expect(parseTargets(text).map(targetText)).toEqual(expected);
  });

  it.each([
    // The runtime chosen, not the oldest supported.
    'The API runs on Node 20 LTS',
    // English words that are no product unless capitalised.
    'Retries go 5+ times before giving up',
    'Covers edge 3+ cases',
  ])('no minimum version in: %s', (text) => {
    expect(parseTargets(text).filter((t) => t.metric.startsWith('version:'))).toEqual([]);
  });

  it('1.75 is newer than 1.8, and Node 16 is not Android 16', () => {
    const [a] = parseTargets('VS Code 1.75+');
    const [b] = parseTargets('VS Code 1.8+');
    const [node] = parseTargets('Node 16+');
    const [android] = parseTargets('Android 16+');
    expect([a.value > b.value, node.metric === android.metric]).toEqual([true, false]);
  });
});

describe('a minimum version restated in the architecture', () => {
  const prd = [
    '## Non-Functional Requirements',
    '',
    '- **NFR-COMPAT-1:** The extension must support Node 16+ (the VS Code minimum requirement).',
    '- **NFR-PERF-1:** Suggestions appear in less than 2 seconds.',
  ].join('\n');

  it('makes the NFR implied at that line, and the row says which version', () => {
    const arch = ['# Architecture', '## Language & Runtime', '- TypeScript with an ES2020 target (modern features, compatible with Node 16+)', '## Suggestions', 'Suggestions stream from the language model as they come.', filler].join('\n\n');
    const result = check(prd, arch);
    const row = result.coverage.rows.find((r) => r.requirement.id === 'NFR-COMPAT-1')!;
    expect(jsonRow(row)).toEqual({ id: 'NFR-COMPAT-1', status: 'implied', implied: { file: 'docs/architecture.md', line: 5, reason: 'restates its target Node.js ≥ 16' } });
    expect(rulesOf(result, 'trace/nfr-cited').map((f) => [f.file, f.line, f.message])).toEqual([
      ['docs/architecture.md', 5, 'NFR-COMPAT-1 is not cited, but this place seems to address it (restates its target Node.js ≥ 16).'],
    ]);
  });

  it('another version of Node is neither the target restated nor a mismatch', () => {
    const arch = ['# Architecture', '## Language & Runtime', '- TypeScript with an ES2020 target (modern features, compatible with Node 18+)', '## Suggestions', 'Suggestions stream from the language model as they come.', filler].join('\n\n');
    const row = check(prd, arch).coverage.rows.find((r) => r.requirement.id === 'NFR-COMPAT-1')!;
    expect([row.status, row.mismatches]).toEqual(['uncovered', []]);
  });

  it('the same number for another product restates nothing: Android 16+ is not Node 16+', () => {
    const arch = ['# Architecture', '## Mobile companion', '- The companion app targets Android 16+ devices, compatible with the extension', filler].join('\n\n');
    expect(check(prd, arch).coverage.rows.map((r) => r.status)).toEqual(['uncovered', 'uncovered']);
  });
});

describe('no text makes reading minimum versions grow faster than the text', () => {
  const LINEAR = 5;
  it.each([
    ['a product, spaces', (n: number) => `Node${' '.repeat(n)}16+, then Node 16+`],
    ['a product, fillers', (n: number) => `${'VSCode API version '.repeat(n / 19)}x, then Node 16+`],
    ['a version of many parts', (n: number) => `Node ${'1.'.repeat(n / 2)}x, then Node 16+`],
    ['products without versions', (n: number) => `${'iOS Android '.repeat(n / 12)}x, then Node 16+`],
    ['a thousand versions', (n: number) => `${'Node 16+, '.repeat(n / 10)}x`],
  ])('%s', (_name, make) => {
    expect(workGrowth((n) => parseTargets(make(n)), 400).ratio).toBeLessThan(LINEAR);
    expect(parseTargets(make(40)).map(targetText)).toContain('Node.js ≥ 16');
  });
});

describe('an Android API level is no Android release', () => {
  // API 24 is Android 7.0 and Android 14 is API 34: "Android API 14+" names Android 4.0.
  it.each([
    ['Mobile platforms: Android API 24+ (Nougat), iOS 14+', ['Android API level ≥ 24', 'iOS ≥ 14']],
    ['minSdk: Android API level 26+', ['Android API level ≥ 26']],
    ['Android 8.0 or later', ['Android ≥ 8']],
  ])('%s', (text, expected) => {
    expect(parseTargets(text).map(targetText)).toEqual(expected);
  });

  it('an architecture naming API level 14 does not restate a PRD asking for Android 14', () => {
    const prd = ['## Non-Functional Requirements', '', '- **NFR-PORT-1:** The mobile app supports Android 14+ devices.'].join('\n');
    const row = (line: string) => jsonRow(check(prd, ['# Architecture', '## Mobile app', line, filler].join('\n\n')).coverage.rows[0]);
    expect(row('- The Kotlin client runs on Android API 14+')).toEqual({ id: 'NFR-PORT-1', status: 'uncovered' });
    expect(row('- The Kotlin client runs on Android 14+')).toEqual({ id: 'NFR-PORT-1', status: 'implied', implied: { file: 'docs/architecture.md', line: 5, reason: 'restates its target Android ≥ 14' } });
  });
});
