import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { check, configError, corpusPairs } from './helpers.js';
import { loadConfig, backtrackingRisk } from '../src/config/load-config.js';
import { readDocSet } from '../src/io/read-doc-set.js';
import type { DocSetResult } from '../src/engine/engine.js';

/** Every finding points inside its file: a real line, a column on it. */
function findingsInside(result: DocSetResult, texts: Record<string, string>): void {
  for (const f of result.findings) {
    const text = texts[f.file];
    if (text === undefined) continue; // a missing document: the finding names the configured path
    const lines = text.split('\n');
    expect(f.line, `${f.rule} ${f.message}`).toBeGreaterThanOrEqual(1);
    expect(f.line, `${f.rule} ${f.message}`).toBeLessThanOrEqual(lines.length);
    expect(f.column).toBeGreaterThanOrEqual(1);
    expect(f.column, `${f.rule} col ${f.column} of line ${f.line}`).toBeLessThanOrEqual(lines[f.line - 1].length + 1);
  }
}

function timed(prd: string, arch: string, limitMs = 5000): DocSetResult {
  const t = performance.now();
  const r = check(prd, arch);
  expect(performance.now() - t, `a check over ${limitMs / 1000} s is a hang`).toBeLessThan(limitMs);
  findingsInside(r, { 'docs/prd.md': prd, 'docs/architecture.md': arch });
  return r;
}

const piece = fc.oneof(
  fc.constantFrom('# Title', '## Non-Functional Requirements', '### Performance', '#### 4.1 NFR-2 Latency', '---\ntitle: x\nnfr: NFR1\n---', '<!-- archgate-disable-next-line -->', '<!-- archgate-waive NFR1 until 2020-01-01: x -->', '<!-- archgate:begin components -->', '<!-- archgate:end -->', '<div>html NFR3</div>', '```mermaid\nflowchart LR\n A --> B\n```', '```\ncode NFR1\n```', '> quote NFR2', '- [x] NFR1 done', '| a | b |\n|---|---|\n| NFR1 | 200 ms |\n| ragged', '| NFR-9 |', '1. <a id="x"></a>**NFR4: Sec** TLS', 'NFR1-4 and NFR2–NFR9 and NFR-008 to NFR-012', 'P1–P5 performance', '😀 emoji heading', '**NFR7**: p95 < 200 ms  \n**NFR8**: 99.9% uptime', '### Component: API\n**Technology:** Go\n**Dependencies:** DB', '\u0000', '\r\n', '\t- nested\n\t\t- deeper NFR5'),
  fc.string({ maxLength: 40 }),
  fc.array(fc.constantFrom('NFR', 'FR', '-', '1', '.', ' ', '|', '*', '_', '`', '[', ']', '(', ')', '#', '<', '>', '\n', 'ms', '%', 'p95'), { maxLength: 30 }).map((a) => a.join('')),
);
const markdown = fc.array(piece, { maxLength: 30 }).map((parts) => parts.join('\n'));

describe('fuzzing', () => {
  it('random markdown never crashes, never hangs, and every finding points inside its file', () => {
    fc.assert(
      fc.property(markdown, markdown, (prd, arch) => {
        timed(prd, arch);
      }),
      { numRuns: 300, seed: 7 },
    );
  });

  it('mutations of the corpus documents never crash', () => {
    const docs = corpusPairs()
      .slice(0, 8)
      .map((p) => readDocSet(p.dir, { name: p.name, prd: p.prd, architecture: p.architecture }))
      .map((d) => ({ prd: d.prd.map((f) => f.text).join('\n'), arch: d.architecture.map((f) => f.text).join('\n') }));
    const mutate = (text: string, cut: number, len: number, insert: string) => {
      const at = Math.floor(cut * text.length);
      return text.slice(0, at) + insert + text.slice(at + len);
    };
    fc.assert(
      fc.property(fc.integer({ min: 0, max: docs.length - 1 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 2000 }), piece, (i, cut, len, insert) => {
        timed(mutate(docs[i].prd, cut, len, insert), mutate(docs[i].arch, 1 - cut, len, insert));
      }),
      { numRuns: 40, seed: 11 },
    );
  });

  it.each([
    ['a NUL byte', 'NFR1\u0000: p95 < 1 s\n- **NFR2:** \u0000 200 ms', 5000],
    ['CRLF line ends', '## NFRs\r\n\r\n- **NFR1:** p95 < 200 ms\r\n- **NFR2:** 99.9% uptime\r\n', 5000],
    // Parsing alone (remark, about 1 MB/s on this machine) takes most of the time here.
    ['a 5 MB single line', `- **NFR1:** ${'p95 < 200 ms NFR2 '.repeat(280_000)}`, 15000],
    ['10,000 headings', Array.from({ length: 10_000 }, (_, i) => `## NFR${i + 1} heading ${i}`).join('\n'), 5000],
    ['200 levels of nested lists', Array.from({ length: 200 }, (_, i) => `${'  '.repeat(i)}- NFR${i + 1}: item`).join('\n'), 5000],
    ['a table with ragged rows', '| ID | A | B |\n|---|---|---|\n| NFR1 |\n| NFR2 | x | y | z | w |\n| | | |', 5000],
  ] as const)('%s', (_name, text, limit) => {
    const r = timed(text, '# Architecture', limit);
    expect(r.requirements.length).toBeGreaterThan(0);
  });
});

describe('config abuse', () => {
  const error = configError;

  it('refuses an ID pattern that could backtrack catastrophically, naming file, line and key', () => {
    expect(error('ids:\n  pattern: "(a+)+$"\n')).toBe('.github/archgate.yml:2:12: ids.pattern: could take exponential time on some text (a repeated group that repeats inside); write it without a repeated group that repeats inside');
    expect(error('ids:\n  pattern: "(NFR)\\\\1"\n')).toMatch(/ids\.pattern: could take exponential time on some text \(a back-reference\)/);
  });

  it('accepts the ID patterns people write, and the default', () => {
    for (const p of ['REQ-\\d+', 'REQ-[0-9]+(\\.[0-9]+)*', '(?:NFR|QR)(?:-[A-Z]+)*-?\\d+']) expect(backtrackingRisk(p), p).toBeNull();
    expect(() => loadConfig('ids:\n  pattern: "REQ-[0-9]+(\\\\.[0-9]+)*"\n', 'c.yml')).not.toThrow();
  });

  it('a safe custom pattern finds the requirements', () => {
    const r = check('- **REQ-7:** p95 < 1 s', '', { ids: { pattern: 'REQ-\\d+', prefixes: { nfr: ['REQ'] } } });
    expect(r.requirements.map((x) => [x.id, x.kind])).toEqual([['REQ-7', 'nfr']]);
  });

  it('deeply nested, huge or aliased YAML gives a clear error, never a stack trace', () => {
    expect(error(`rules: ${'['.repeat(5000)}${']'.repeat(5000)}\n`)).toMatch(/^\.github\/archgate\.yml:\d+:\d+: /);
    expect(error(`a: ${'x'.repeat(1_100_000)}\n`)).toMatch(/^\.github\/archgate\.yml: the config is larger than 1000000 bytes$/);
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]', ...Array.from({ length: 8 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}]`)].join('\n');
    expect(error(bomb)).toMatch(/^\.github\/archgate\.yml/);
  });

  it.each([
    ['preset: 3', 'preset: must be one of'],
    ['failOn: [error]', 'failOn: must be one of'],
    ['docSets: docs', 'docSets: must be array'],
    ['docSets:\n  - prd: a.md', 'docSets.0: must have required property \'name\''],
    ['ids:\n  prefixes:\n    nfr: NFR', 'ids.prefixes.nfr: must be array'],
    ['sections:\n  goals: Ziele', 'sections.goals: must be array'],
    ['waivers:\n  - id: NFR1\n    reason: okay\n    expires: tomorrow', 'waivers.0.expires: must match pattern'],
    ['rules:\n  prd/nfr-measurable: 5', 'rules.prd/nfr-measurable: has the wrong type or value'],
  ])('%s', (yaml, message) => {
    const e = error(yaml);
    expect(e).toMatch(/^\.github\/archgate\.yml:\d+:\d+: /);
    expect(e).toContain(message);
  });
});

describe('the CLI on abusive input', () => {
  it('reads a 1 MB doc set and a mermaid-heavy document without trouble', () => {
    const arch = readFileSync(path.join(corpusPairs()[0].dir, 'docs/architecture.md'), 'utf8').repeat(8);
    timed('- **NFR1:** p95 < 200 ms', arch);
  });
});
