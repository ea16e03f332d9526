import { describe, expect, it } from 'vitest';
import { check } from './helpers.js';
import type { CoverageRow } from '../src/engine/coverage.js';
import { computeCoverage } from '../src/engine/coverage.js';
import { buildView } from '../src/engine/engine.js';
import { resolveConfig } from '../src/config/resolve-config.js';
import { defers } from '../src/engine/deferred.js';
import { countWork } from './text-work.js';

// A place that puts a feature off ("Future: …", "(später)", "## 未来扩展") names what an NFR asks
// and says the design does not do it yet: it never implies the NFR, by any of the ways a place
// does (its target restated, its wording restated, its own words in the section on its quality).
// Each way with the coverage row a user reads in the JSON report, and the same place deferred.

const jsonRow = (row: CoverageRow) => ({ id: row.requirement.id, status: row.status, ...(row.implied ? { implied: { file: row.implied.location.file, line: row.implied.location.line, reason: row.implied.reason } } : {}) });
const rowOf = (prd: string, arch: string, id: string) => jsonRow(check(prd, arch).coverage.rows.find((r) => r.requirement.id === id)!);

describe('a restated target in a place that puts it off', () => {
  const prd = ['# PRD', '## Non-Functional Requirements', '### Performance', '- **NFR1:** Catalogue search returns results in under 2 seconds.', '- **NFR2:** Nightly exports finish within one hour.'].join('\n\n');
  const arch = (line: string, heading = '## Search') => ['# Shop Design', '## Components', '- The gateway routes calls.\n- The exporter writes files.', heading, line].join('\n\n');

  it('is implied where the design meets it', () => {
    expect(rowOf(prd, arch('- Catalogue search: an OpenSearch index returns results under 2 s.'), 'NFR1')).toEqual({ id: 'NFR1', status: 'implied', implied: { file: 'docs/architecture.md', line: 10, reason: 'restates its target < 2 s' } });
  });

  it('not when the line puts it off, in any language', () => {
    for (const line of ['- Future: catalogue search returns results under 2 s from an OpenSearch index.', '- Catalogue search (später): an OpenSearch index returns results under 2 s.', '- 未来：catalogue search returns results under 2 s from an OpenSearch index.']) {
      expect(rowOf(prd, arch(line), 'NFR1')).toEqual({ id: 'NFR1', status: 'uncovered' });
    }
  });

  it('under a file title that names the product with such a word ("# Future Bank Design")', () => {
    expect(rowOf(prd, arch('- Catalogue search: an OpenSearch index returns results under 2 s.').replace('# Shop Design', '# Future Bank Design'), 'NFR1')).toEqual({ id: 'NFR1', status: 'implied', implied: { file: 'docs/architecture.md', line: 10, reason: 'restates its target < 2 s' } });
  });

  it('not under a heading that puts it off', () => {
    for (const heading of ['## Future Work', '## Ausblick', '## Hors périmètre']) {
      expect(rowOf(prd, arch('- Catalogue search: an OpenSearch index returns results under 2 s.', heading), 'NFR1')).toEqual({ id: 'NFR1', status: 'uncovered' });
    }
  });
});

describe('its wording restated in a place that puts it off', () => {
  const prd = ['# PRD', '## Non-Functional Requirements', '### Security', '- **NFR1:** Provider credentials must be injected through environment variables and never hard-coded in bundles.', '- **NFR2:** The websocket server binds to localhost by default.'].join('\n\n');
  const arch = (line: string) => ['# Orchestrator Design', '## Components', '- The scheduler runs each step of a job in order.\n- The exporter writes bundles for the engine.', '## Security', line].join('\n\n');

  it('is implied where the design meets it', () => {
    expect(rowOf(prd, arch('- Provider credentials: environment variables injected at start-up.'), 'NFR1')).toEqual({
      id: 'NFR1',
      status: 'implied',
      implied: { file: 'docs/architecture.md', line: 10, reason: 'restates its wording: "Security: Provider credentials: environment variables injected at start-up."' },
    });
  });

  it('not when the line says it is not done yet', () => {
    expect(rowOf(prd, arch('- Provider credentials: environment variables injected at start-up (not yet).'), 'NFR1')).toEqual({ id: 'NFR1', status: 'uncovered' });
    expect(rowOf(prd, arch('- Provider credentials: environment variables injected at start-up — 今後対応.'), 'NFR1')).toEqual({ id: 'NFR1', status: 'uncovered' });
  });

  it('a word of the future that names another thing does not put it off ("future plugins")', () => {
    expect(rowOf(prd, arch('- Provider credentials: environment variables injected at start-up, for future plugins too.'), 'NFR1').status).toBe('implied');
  });
});

describe('its own words in the design\'s section on its quality, put off', () => {
  const prd = [
    '# PRD',
    '## Non-Functional Requirements',
    '### Security',
    '- **NFR1:** Provider credentials must be injected through environment variables and never hard-coded in bundles.',
    '- **NFR2:** The websocket server binds to localhost by default.',
    '### Reliability',
    '- **NFR3:** Checkpoint resume is idempotent; a checksum mismatch fails the run.',
  ].join('\n\n');
  const arch = (line: string) =>
    [
      '# Orchestrator Design',
      '## Components',
      '- The scheduler runs each step of a job in order.\n- The renderer turns results into reports.\n- The exporter writes bundles for the engine.',
      '## Crosscutting Concepts',
      '### Reliability',
      `${line}\n- Workers restart after a crash.`,
      '### Security',
      '- Provider credentials: environment variables injected at start-up.\n- Sessions expire after a day.',
    ].join('\n\n');

  it('is implied where the design meets it', () => {
    expect(rowOf(prd, arch('- Checkpoint resume: a checksum mismatch stops the job.'), 'NFR3')).toEqual({
      id: 'NFR3',
      status: 'implied',
      implied: { file: 'docs/architecture.md', line: 13, reason: 'writes its own words in the design\'s section on its quality (Reliability): "Reliability: Checkpoint resume: a checksum mismatch stops the job."' },
    });
  });

  it('not when the line puts it off', () => {
    for (const line of ['- Checkpoint resume (à terme) : a checksum mismatch stops the job.', '- Checkpoint resume: a checksum mismatch stops the job (out of scope for the MVP).']) {
      expect(rowOf(prd, arch(line), 'NFR3')).toEqual({ id: 'NFR3', status: 'uncovered' });
    }
  });
});

describe('the words that put a thing off', () => {
  it('are read as words, and as written', () => {
    expect(['SSO (future)', 'Future: SSO', 'Later: SSO', '## Future Work', 'zukünftig', 'Roadmap', 'TBD', 'в будущем', '未来扩展', '今後'].map(defers)).toEqual(Array(10).fill(true));
    // Another thing to come, a word that only contains one, consistency that is eventual, a phase of a plan.
    expect(['for future plugins', 'translater', 'latest', 'eventually consistent', 'Phase 2 Technology Additions', 'Futurama'].map(defers)).toEqual(Array(6).fill(false));
  });

  it('in time linear in the text, on hostile input', () => {
    const work = (n: number) => countWork(() => [' '.repeat(n), 'later'.repeat(n / 5), 'future '.repeat(n / 7), 'a-'.repeat(n / 2), '未'.repeat(n)].map(defers), 100_000_000).steps;
    expect(work(40_000) / work(10_000)).toBeLessThan(4.5);
  });

  it('each place is read once, however many NFRs look at it', () => {
    // n NFRs each restating the target of a long line that puts every one off: the line is read once.
    const prd = (n: number) => ['## Non-Functional Requirements', '### Performance', ...Array.from({ length: n }, (_, i) => `- NFR${i + 1}: Ledger export ${i + 1} answers within ${100 + i} ms.`)].join('\n');
    const arch = (n: number) => ['# Architecture', '## Performance', `Later: ${Array.from({ length: n }, (_, i) => `ledger export ${i + 1} ${100 + i} ms`).join(', ')}.`].join('\n\n');
    const work = (n: number) => {
      const view = buildView({ name: 'default', prd: [{ path: 'docs/prd.md', text: prd(n) }], architecture: [{ path: 'docs/architecture.md', text: arch(n) }], missing: [] }, resolveConfig({}).engine);
      return countWork(() => computeCoverage(view.requirements, view.architecture, view.architectureIds, [], view.prdIds.settings), 400_000_000);
    };
    const small = work(50);
    const big = work(200);
    expect(big.result!.rows.filter((r) => r.status === 'implied')).toHaveLength(0);
    expect(big.steps / small.steps).toBeLessThan(4.5);
  });
});
