import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { check, configError, corpusPairs, ROOT, itWithShared } from './helpers.js';
import { checkWithinLimit, stallAt } from '../src/io/bounded-check.js';
import { resolveConfig } from '../src/config/resolve-config.js';
import { nodeMermaidValidator } from '../src/io/mermaid-validator.js';
import type { Rule } from '../src/core/rule.js';
import { buildReport } from '../src/report/report.js';
import { charactersRead, workGrowth } from './text-work.js';
import { loadConfig } from '../src/config/load-config.js';
import { idRegex as idRegexOf } from '../src/engine/ids.js';
import { LinearRegExp } from '../src/engine/linear-regexp.js';
import { readDocSet } from '../src/io/read-doc-set.js';
import { checkDocSetAsync, type DocSetResult } from '../src/engine/engine.js';
import { parseStandards, parseTargets } from '../src/engine/targets.js';
import { DEFAULT_ID_SETTINGS, idRegex } from '../src/engine/ids.js';
import { expandRanges, expandShortLists } from '../src/engine/ranges.js';
import { parseDoc } from '../src/engine/document.js';
import { inlineWaivers } from '../src/engine/waivers.js';
import { disabledSpans } from '../src/engine/inline-disables.js';
import { disableKey } from '../src/engine/suppressions.js';
import { escapeText } from '../src/report/render-markdown.js';

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

// No test here reads the clock: a slow or loaded runner must not turn a test red. A hang is
// caught by counting work (test/text-work.ts) and comparing two input sizes, with vitest's
// timeout as the last resort.
function checked(prd: string, arch: string): DocSetResult {
  const r = check(prd, arch);
  findingsInside(r, { 'docs/prd.md': prd, 'docs/architecture.md': arch });
  return r;
}

/**
 * Linear: four times the input costs at most about four times the work (a square would be 16, a
 * cube 64). Only the engine is counted: expect()'s own work per finding is not the engine's.
 */
const LINEAR = 4.5;

const piece = fc.oneof(
  fc.constantFrom('# Title', '## Non-Functional Requirements', '### Performance', '#### 4.1 NFR-2 Latency', '---\ntitle: x\nnfr: NFR1\n---', '<!-- archgate-disable-next-line -->', '<!-- archgate-waive NFR1 until 2020-01-01: x -->', '<!-- archgate:begin components -->', '<!-- archgate:end -->', '<div>html NFR3</div>', '```mermaid\nflowchart LR\n A --> B\n```', '```\ncode NFR1\n```', '> quote NFR2', '- [x] NFR1 done', '| a | b |\n|---|---|\n| NFR1 | 200 ms |\n| ragged', '| NFR-9 |', '1. <a id="x"></a>**NFR4: Sec** TLS', 'NFR1-4 and NFR2–NFR9 and NFR-008 to NFR-012', 'P1–P5 performance', '😀 emoji heading', '**NFR7**: p95 < 200 ms  \n**NFR8**: 99.9% uptime', '### Component: API\n**Technology:** Go\n**Dependencies:** DB', '\u0000', '\r\n', '\t- nested\n\t\t- deeper NFR5'),
  fc.string({ maxLength: 40 }),
  fc.array(fc.constantFrom('NFR', 'FR', '-', '1', '.', ' ', '|', '*', '_', '`', '[', ']', '(', ')', '#', '<', '>', '\n', 'ms', '%', 'p95'), { maxLength: 30 }).map((a) => a.join('')),
);
const markdown = fc.array(piece, { maxLength: 30 }).map((parts) => parts.join('\n'));

describe('fuzzing', () => {
  it('random markdown never crashes, and every finding points inside its file', () => {
    fc.assert(
      fc.property(markdown, markdown, (prd, arch) => {
        checked(prd, arch);
      }),
      { numRuns: 300, seed: 7 },
    );
  });

  itWithShared('mutations of the corpus documents never crash', () => {
    // The eight smallest real pairs: the same kinds of construct as the big ones, at a fifth of the cost.
    const docs = corpusPairs()
      .map((p) => readDocSet(p.dir, { name: p.name, prd: p.prd, architecture: p.architecture }))
      .map((d) => ({ prd: d.prd.map((f) => f.text).join('\n'), arch: d.architecture.map((f) => f.text).join('\n') }))
      .sort((a, b) => a.prd.length + a.arch.length - (b.prd.length + b.arch.length))
      .slice(0, 8);
    const mutate = (text: string, cut: number, len: number, insert: string) => {
      const at = Math.floor(cut * text.length);
      return text.slice(0, at) + insert + text.slice(at + len);
    };
    fc.assert(
      fc.property(fc.integer({ min: 0, max: docs.length - 1 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 2000 }), piece, (i, cut, len, insert) => {
        checked(mutate(docs[i].prd, cut, len, insert), mutate(docs[i].arch, 1 - cut, len, insert));
      }),
      { numRuns: 40, seed: 11 },
    );
  });

  it.each([
    // The parser reads NUL as U+FFFD: "NFR1\uFFFD:" has no separator after the ID.
    ['a NUL byte', 'NFR1\u0000: p95 < 1 s\n- **NFR2:** \u0000 200 ms', ['NFR2']],
    ['CRLF line ends', '## NFRs\r\n\r\n- **NFR1:** p95 < 200 ms\r\n- **NFR2:** 99.9% uptime\r\n', ['NFR1', 'NFR2']],
    ['200 levels of nested lists', Array.from({ length: 200 }, (_, i) => `${'  '.repeat(i)}- NFR${i + 1}: item`).join('\n'), Array.from({ length: 200 }, (_, i) => `NFR${i + 1}`)],
    ['a table with ragged rows', '| ID | A | B |\n|---|---|---|\n| NFR1 |\n| NFR2 | x | y | z | w |\n| | | |', ['NFR1', 'NFR2']],
  ] as const)('%s: every requirement read', (_name, text, ids) => {
    const r = checked(text, '# Architecture');
    expect(r.requirements.map((x) => x.id)).toEqual(ids);
  });

  // What used to be a 5 MB line and 10,000 headings under a clock: the same shapes, at two sizes.
  it.each([
    ['one long line of targets', (n: number) => `- **NFR1:** ${'p95 < 200 ms NFR2 '.repeat(n)}`, 100],
    ['thousands of headings', (n: number) => Array.from({ length: n }, (_, i) => `## NFR${i + 1} heading ${i}`).join('\n'), 100],
  ] as const)('%s: four times the text, at most about four times the work', (_name, make, n) => {
    // Each NFR costs a fixed ~45,000 steps (its text read for every category and language): 400
    // of them pass the default 20 M stop, so the stop here is higher; the ratio is what is judged.
    const growth = workGrowth((size) => check(make(size), '# Architecture'), n, 4, 100_000_000);
    expect(growth.ratio, JSON.stringify(growth)).toBeLessThan(LINEAR);
  });
});

describe('no text makes the work grow faster than the text', () => {
  // Each of these took seconds to hours on a few KB to a few tens of KB, growing as the square or
  // the cube: one line in a pull request could hold a CI job until GitHub's 6-hour limit.
  const spaces = (n: number) => ' '.repeat(n);
  const growth = (fn: (n: number) => unknown, n = 400) => workGrowth(fn, n).ratio;

  it.each([
    ['a digit, spaces, a letter', (n: number) => `1${spaces(n)}a, then 1 ms`],
    ['p95, spaces', (n: number) => `p95${spaces(n)}y, then 1 ms`],
    ['a comparator, spaces', (n: number) => `under${spaces(n)}y, then 1 ms`],
    ['a run of digits', (n: number) => `${'7'.repeat(n)}y, then 1 ms`],
    ['thousands groups', (n: number) => `${'1 000 '.repeat(n / 6)}y, then 1 ms`],
    ['zero, spaces', (n: number) => `0${spaces(n)}1, then 1 ms`],
    // A number glued to a letter is a name ("K8s"): a lookbehind at each digit, never a run.
    ['names with digits glued to letters', (n: number) => `${'K8s '.repeat(n / 4)}y, then 1 ms`],
    ['letters and digits alternating', (n: number) => `${'a1'.repeat(n / 2)}s, then 1 ms`],
  ])('targets: %s', (_name, make) => {
    expect(growth((n) => parseTargets(make(n)))).toBeLessThan(LINEAR);
    // And the one real target is still read.
    expect(parseTargets(make(40)).map((t) => t.text)).toEqual(['1 ms']);
  });

  it('standards: WCAG, spaces', () => {
    expect(growth((n) => parseStandards(`WCAG${spaces(n)}x`))).toBeLessThan(LINEAR);
    expect(parseStandards(`WCAG${spaces(40)}x`)).toEqual(['WCAG']);
  });

  it('IDs: NFR-NFR-NFR-…, and a range that never ends', () => {
    const ids = (text: string) => [...text.matchAll(idRegex(DEFAULT_ID_SETTINGS))].map((m) => m[0]);
    expect(growth((n) => ids(`${'NFR-'.repeat(n / 4)}x`))).toBeLessThan(LINEAR);
    expect(ids(`${'NFR-'.repeat(10)}x NFR-PERF-01`)).toEqual(['NFR-PERF-01']);
    expect(growth((n) => expandRanges(`NFR1${spaces(n)}x`, DEFAULT_ID_SETTINGS))).toBeLessThan(LINEAR);
    expect(expandRanges('NFR1 to NFR3', DEFAULT_ID_SETTINGS).map((x) => x.id)).toEqual(['NFR2']);
    // The ellipsis, zero-padded list items and a bare end's unit or count noun (ranges.ts).
    expect(growth((n) => expandRanges(`NFR-1${'.'.repeat(n)}NFR-3`, DEFAULT_ID_SETTINGS))).toBeLessThan(LINEAR);
    expect(growth((n) => expandRanges(`NFR-1${spaces(n)}…${spaces(n)}x`, DEFAULT_ID_SETTINGS))).toBeLessThan(LINEAR);
    expect(growth((n) => expandRanges('NFR-1 to 3 regions, '.repeat(n / 20), DEFAULT_ID_SETTINGS))).toBeLessThan(LINEAR);
    expect(growth((n) => expandShortLists(`NFR-01${', 02'.repeat(n / 4)}x`, DEFAULT_ID_SETTINGS))).toBeLessThan(LINEAR);
    expect(growth((n) => expandShortLists(`${'NFR-01,'.repeat(n / 7)}${spaces(n)}x`, DEFAULT_ID_SETTINGS))).toBeLessThan(LINEAR);
    expect(expandRanges('NFR-1…NFR-4', DEFAULT_ID_SETTINGS).map((x) => x.id)).toEqual(['NFR-2', 'NFR-3']);
    expect(expandShortLists('NFR-01, 02, 03', DEFAULT_ID_SETTINGS).map((x) => x.id)).toEqual(['NFR-02', 'NFR-03']);
  });

  it('inline waivers and disables: comment openers without an end, and spaces before one', () => {
    const doc = (text: string) => parseDoc('architecture', [{ path: 'docs/architecture.md', text }]);
    expect(growth((n) => inlineWaivers(doc(`# A\n\n${'<!-- archgate-waive NFR1: '.repeat(n / 26)}`)))).toBeLessThan(LINEAR);
    expect(growth((n) => inlineWaivers(doc(`# A\n\n<!-- archgate-waive NFR1:${spaces(n)}x${spaces(n)}-->`)))).toBeLessThan(LINEAR);
    expect(growth((n) => disabledSpans(doc(`# A\n\n${'<!-- archgate-disable '.repeat(n / 22)}`).files[0]))).toBeLessThan(LINEAR);
    // Still read as before, on the line they are written.
    const waivers = inlineWaivers(doc('# A\n\n<!-- x -->\n<!-- archgate-waive NFR-7 until 2027-03-31: pending   -->'));
    expect(waivers).toEqual([{ id: 'NFR-7', expires: '2027-03-31', reason: 'pending', source: { file: 'docs/architecture.md', line: 4, column: 1 } }]);
    const spans = disabledSpans(doc('# A\n\n<!-- archgate-disable-next-line arch/x, arch/y -->\n\ntext').files[0]);
    expect(spans).toEqual([{ rules: ['arch/x', 'arch/y'], from: 5, to: 5, suppression: { key: disableKey('docs/architecture.md', 'disable-next-line', ['arch/x', 'arch/y']), file: 'docs/architecture.md', line: 3, text: '<!-- archgate-disable-next-line arch/x arch/y -->' } }]);
  });

  it('the report: spaces without a line break', () => {
    expect(growth((n) => escapeText(`a${spaces(n)}b`))).toBeLessThan(LINEAR);
    expect(escapeText('a  \n  b')).toBe('a b');
  });

  // Every pattern the engine and its rules run, on each shape, in the PRD, the architecture and a table.
  it.each([
    ['a digit, spaces, a letter', (n: number) => `1${spaces(n)}a`],
    ['p95, spaces', (n: number) => `p95${spaces(n)}x 1 ms`],
    ['a run of digits', (n: number) => `${'1'.repeat(n)}x 1 ms`],
    ['NFR-NFR-…', (n: number) => `${'NFR-'.repeat(n / 4)}x`],
    ['an ID, spaces', (n: number) => `NFR1${spaces(n)}x`],
    ['a comment opener without an end', (n: number) => `<!-- archgate-waive x: ${'a'.repeat(n)}`],
    ['WCAG, spaces', (n: number) => `WCAG${spaces(n)}x`],
    ['a placeholder without an end', (n: number) => `{{ ${'a'.repeat(n)}`],
    ['open brackets', (n: number) => '[a'.repeat(n / 2)],
    ['a mermaid node without an end', (n: number) => `\`\`\`mermaid\nflowchart LR\n${'A['.repeat(n / 2)}\n\`\`\``],
    ['a component with a long field', (n: number) => `### Component: ${'a '.repeat(n / 2)}\n**Technology:**${spaces(n)}x`],
    ['a numbered heading', (n: number) => `## 1${'.1'.repeat(n / 2)}x`],
  ])('the whole check: %s', (_name, make) => {
    const prd = (n: number) => `## Non-Functional Requirements\n\n- **NFR1:** ${make(n)}\n\n${make(n)}\n`;
    const arch = (n: number) => `# Architecture\n\n## Components\n\n${make(n)}\n\n| a | b |\n|---|---|\n| ${make(n)} | x |\n`;
    expect(growth((n) => check(prd(n), arch(n)), 200)).toBeLessThan(LINEAR);
  });
});

describe('what stands between the IDs of one place (trace/citation-drift reads them as a group or not)', () => {
  // 4,000 spaces between two IDs took 28 s (the cube of the run); 40,000 after an ID, seconds (its square).
  const prd = '## Non-Functional Requirements\n\n- **NFR1:** Search answers within 500 ms at p95.\n- **NFR2:** Passwords are hashed with bcrypt.\n';
  const spaces = (n: number) => ' '.repeat(n);
  it.each([
    ['spaces', (n: number) => `The cache (NFR1${spaces(n)}x NFR2) is met.`],
    ['commas', (n: number) => `The cache (NFR1${','.repeat(n)}x NFR2) is met.`],
    ['brackets side by side, spaces', (n: number) => `HTTPS only (NFR1)${spaces(n)}x (NFR2) is met.`],
    ['spaces before a label', (n: number) => `NFR1${spaces(n)}x: met, and NFR2.`],
  ])('%s', (_name, make) => {
    const arch = (n: number) => `# Architecture\n\n## Components\n\n${make(n)}\n\n| a | b |\n|---|---|\n| ${make(n)} | x |\n`;
    expect(workGrowth((n) => check(prd, arch(n)), 300).ratio).toBeLessThan(LINEAR);
  });

  it('a drifted place of many spaces: what the finding says it describes', () => {
    // The PRD's NFR writes them too, so the place reads closer to it than to the NFR it cites.
    const make = (n: number) => `The cache${spaces(n)}x (NFR1) is met.`;
    const withNfr = (n: number) => `${prd}- **NFR3:** ${make(n)}\n`;
    const arch = (n: number) => `# Architecture\n\n## Components\n\n${make(n)}\n\n| a | b |\n|---|---|\n| ${make(n)} | x |\n`;
    // A whole check of three NFRs replays every concept pattern at each place: about 20M steps at
    // 1,200 spaces (5.9M at 300), over countWork's default cap; the cap here only stops a runaway.
    expect(workGrowth((n) => check(withNfr(n), arch(n)), 300, 4, 100_000_000).ratio).toBeLessThan(LINEAR);
  });
});

describe('config abuse', () => {
  const error = configError;

  it('refuses an ID pattern only RE2 cannot run (look-arounds, back-references), naming file, line and key', () => {
    const fix = 'write it without look-arounds ((?=, (?!, (?<=, (?<!) and back-references (\\1, \\k<name>)';
    expect(error('ids:\n  pattern: "(NFR)\\\\1"\n')).toBe(`.github/archgate.yml:2:12: ids.pattern: cannot run in linear time (error parsing regexp: invalid escape sequence: \`\\1\`); ${fix}`);
    expect(error('ids:\n  pattern: "(?<!x)REQ-\\\\d+"\n')).toBe(`.github/archgate.yml:2:12: ids.pattern: cannot run in linear time (error parsing regexp: invalid named capture: \`(?<!x)REQ-\\d+\`); ${fix}`);
  });

  it('accepts the ID patterns people write, the default, and patterns a backtracking engine would stall on', () => {
    for (const p of ['REQ-\\\\d+', 'REQ-[0-9]+(\\\\.[0-9]+)*', '(?:NFR|QR)(?:-[A-Z]+)*-?\\\\d+', '(a+)+$', '(?:\\\\d|\\\\w)+']) {
      expect(() => loadConfig(`ids:\n  pattern: "${p}"\n`, 'c.yml'), p).not.toThrow();
    }
  });

  it('runs a configured ID pattern on RE2: (?:\\d|\\w)+ on a long word ends, and finds what JavaScript would', () => {
    // On JavaScript's engine this pattern backtracks exponentially on "aaaa…!" against an anchor;
    // RE2 is linear by construction, and the engine never hands the pattern to JavaScript.
    const settings = { prefixes: { nfr: ['REQ'], fr: [], other: [] }, pattern: 'REQ-(?:\\d|\\w)+' };
    expect(idRegexOf(settings)).toBeInstanceOf(LinearRegExp);
    const r = check(`- **REQ-7a:** p95 < 1 s\n- REQ-${'a'.repeat(50_000)}!`, '', { ids: { pattern: settings.pattern, prefixes: { nfr: ['REQ'] } } });
    expect(r.requirements.map((x) => x.id)).toEqual(['REQ-7a', `REQ-${'a'.repeat(50_000)}`]);
    expect([...'see REQ-1 and REQ-2b, 😀 REQ-3'.matchAll(idRegexOf(settings))].map((m) => [m[0], m.index])).toEqual([['REQ-1', 4], ['REQ-2b', 14], ['REQ-3', 25]]);
  });

  it('a safe custom pattern finds the requirements, and its ranges', () => {
    const r = check('- **REQ-7:** p95 < 1 s', 'REQ-6 to REQ-8', { ids: { pattern: 'REQ-\\d+', prefixes: { nfr: ['REQ'] } } });
    expect(r.requirements.map((x) => [x.id, x.kind])).toEqual([['REQ-7', 'nfr']]);
    expect(r.coverage.rows.map((c) => [c.requirement.id, c.status, c.citations.map((l) => l.line)])).toEqual([["REQ-7", "covered", [1]]]);
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

describe('many targets in one NFR and one place', () => {
  // Every target a place states was compared with every target of the NFR, each against all the
  // others of its line: 1,000 targets in an NFR and a paragraph (5 KB each) took almost three
  // minutes. Only the first targets of each are compared now (MAX_REQUIREMENT_TARGETS, MAX_PLACE_TARGETS).
  const many = (n: number) => Array.from({ length: n }, (_, i) => `${(i % 9) + 1} s`).join(', ');
  it.each([
    ['an uncited place', ''],
    ['a place that cites another NFR', ' (NFR-2)'],
  ])('%s', (_name, cite) => {
    const prd = (n: number) => `## Non-Functional Requirements\n\n- **NFR-1:** Search answers within ${many(n)}.\n- **NFR-2:** Uploads finish within 3 s.\n`;
    const arch = (n: number) => `## Search\n\nThe index answers within ${many(n)}${cite}.\n`;
    // The limit stops a runaway; the growth is what is asserted. 240 targets cost 49.4 million steps
    // with 28 concept families, 50.3 million with 29 (about 2 searches more per passage): 60 million.
    expect(workGrowth((n) => check(prd(n), arch(n)), 60, 4, 60_000_000).ratio).toBeLessThan(LINEAR);
  });
});

describe('real documents at scale', () => {
  itWithShared('a real architecture repeated 4 times, its IDs renamed in each copy, costs at most about 4 times the work of one', () => {
    const pair = corpusPairs().find((p) => p.name.startsWith('09-'))!;
    const arch = readFileSync(path.join(pair.dir, 'docs/architecture.md'), 'utf8');
    const copies = (n: number) => Array.from({ length: n }, (_, i) => arch.replace(/\b(N?FR)-?(\d+)/g, `$1-${i + 1}$2`)).join('\n');
    const growth = workGrowth((n) => check('- **NFR1:** p95 < 200 ms', copies(n)), 1, 4, 100_000_000);
    expect(growth.ratio, JSON.stringify(growth)).toBeLessThan(LINEAR);
  });
});

describe('a document the parser cannot finish in time', () => {
  // The markdown parser is super-linear on these (each runs for minutes): the check is stopped at
  // limits.parseSeconds. The limit is far below the parse and far above everything else, so the
  // outcome does not depend on the machine.
  const docSet = (arch: string) => ({
    name: 'test',
    prd: [{ path: 'docs/prd.md', text: '## Non-Functional Requirements\n\n- **NFR1:** p95 < 200 ms\n' }],
    architecture: [{ path: 'docs/architecture.md', text: arch }],
    missing: [],
  });

  it.each([
    ['40 KB of "*a"', '*a'.repeat(20_000)],
    ['"[a](" repeated', '[a]('.repeat(20_000)],
    ['comment openers inside a paragraph', 'a <!-- '.repeat(20_000)],
  ])('%s: stopped at the limit with one error saying where, and the run fails', async (_name, text) => {
    // The slow paragraph is the third block of its section: the finding points at it, not at the heading.
    const result = await checkWithinLimit(docSet(`# Architecture\n\nNFR1 is met, see [ADR-1](adr.md) and *the cache*.\n\n<!-- reviewed -->\n\n${text}\n`), resolveConfig({ limits: { parseSeconds: 0.5 } }), nodeMermaidValidator);
    expect(result.findings).toEqual([
      {
        rule: 'archgate/parse-limit',
        severity: 'error',
        message: 'archgate stopped reading docs/architecture.md after 0.5 s at line 7: the markdown parser had not finished, so nothing in this doc set was judged.',
        fix: 'Shorten or split the text from line 7 on (thousands of unclosed emphasis markers, link openers or comment openers in one paragraph make the parser slow), or raise limits.parseSeconds in the config.',
        file: 'docs/architecture.md',
        line: 7,
        column: 1,
      },
    ]);
    expect(buildReport([{ result }], 'error').result).toBe('fail');
  });

  // The parser's time grows with the square of the nesting depth too: the finding says so, and names
  // the line the nested block starts at (before, it named the piece's first line and blamed emphasis).
  it.each([
    ['3,000 list markers on one line', `${'- '.repeat(3000)}x`, 3000],
    ['400 lines, each a list nested one level deeper', Array.from({ length: 400 }, (_, i) => `${'  '.repeat(i)}- x`).join('\n'), 400],
    ['600 lines, each quoted once more', Array.from({ length: 600 }, (_, i) => `${'> '.repeat(i + 1)}x`).join('\n'), 600],
  ])('%s: stopped at the limit, the finding names the nesting and its line', async (_name, text, depth) => {
    const result = await checkWithinLimit(docSet(`# Architecture\n\nNFR1 is met, see [ADR-1](adr.md) and *the cache*.\n\n<!-- reviewed -->\n\n${text}\n`), resolveConfig({ limits: { parseSeconds: 0.5 } }), nodeMermaidValidator);
    expect(result.findings).toEqual([
      {
        rule: 'archgate/parse-limit',
        severity: 'error',
        message: `archgate stopped reading docs/architecture.md after 0.5 s at line 7, where block quotes, lists or footnotes nest ${depth.toLocaleString('en-US')} levels deep: the markdown parser had not finished, so nothing in this doc set was judged.`,
        fix: 'Flatten the nesting from line 7 on (a few levels of quotes and lists say the same), or split it into separate blocks, or raise limits.parseSeconds in the config.',
        file: 'docs/architecture.md',
        line: 7,
        column: 1,
      },
    ]);
    expect(buildReport([{ result }], 'error').result).toBe('fail');
  });

  it('the stall\'s line: the slow markers where they outweigh the nesting, the nesting where it outweighs them, else the piece\'s first line', () => {
    const para = (markers: number) => `${'*a'.repeat(markers)}`;
    const nested = (depth: number) => `${'> '.repeat(depth)}x`;
    expect(stallAt(`# A\n\n${para(300)}\n\n${nested(60)}\n`, 10)).toEqual({ line: 12 });
    expect(stallAt(`# A\n\n${para(120)}\n\n${nested(200)}\n`, 10)).toEqual({ line: 14, nesting: 200 });
    // Ordinary nesting (a quoted list) and ordinary emphasis are no stall's cause.
    expect(stallAt('# A\n\n> - *x* and *y*\n>   - z\n', 10)).toEqual({ line: 10 });
  });

  it('the stall\'s line is found in one pass: four times the piece, about four times the characters read', () => {
    const read = (n: number) => charactersRead(() => stallAt(Array.from({ length: n }, (_, i) => `${'  '.repeat(i % 400)}- > [^a${i}]: *x* ${'> '.repeat(i % 50)}`).join('\n'), 1));
    expect(read(4_000) / read(1_000)).toBeLessThan(4.5);
  });

  it('in a long document parsed piece by piece, the line is the slow paragraph\'s, not its piece\'s first', async () => {
    // 40 sections of ordinary prose (about 40 KB: several pieces), then the slow paragraph.
    const sections = Array.from({ length: 40 }, (_, i) => `## Component ${i + 1}\n\nThe component keeps its state in *PostgreSQL* and answers [the API](api.md) calls. ${'It is stateless between requests. '.repeat(25)}\n`);
    const arch = `# Architecture\n\n${sections.join('\n')}\n## Notes\n\nSee above.\n\n${'*a'.repeat(20_000)}\n`;
    const slowLine = arch.split('\n').indexOf('*a'.repeat(20_000)) + 1;
    // 2 s, not 0.5 s: the 40 KB of prose before it must finish well inside the limit on a loaded runner.
    const result = await checkWithinLimit(docSet(arch), resolveConfig({ limits: { parseSeconds: 2 } }), nodeMermaidValidator);
    expect(result.findings.map((f) => [f.line, f.message])).toEqual([[slowLine, `archgate stopped reading docs/architecture.md after 2 s at line ${slowLine}: the markdown parser had not finished, so nothing in this doc set was judged.`]]);
    expect(slowLine).toBe(167);
  });

  itWithShared('a real doc set under the default limit is judged in full, exactly as without a limit', async () => {
    const pair = corpusPairs().find((p) => p.name.startsWith('07-'))!;
    const input = readDocSet(pair.dir, { name: pair.name, prd: pair.prd, architecture: pair.architecture });
    const bounded = await checkWithinLimit(input, resolveConfig({}), nodeMermaidValidator);
    const unbounded = await checkDocSetAsync(input, resolveConfig({}).engine, nodeMermaidValidator);
    expect(bounded.findings.map((f) => f.rule)).not.toContain('archgate/parse-limit');
    expect(bounded).toEqual(unbounded);
  });

  it('the built CLI stops at the limit too, prints the finding and fails (npm test builds first)', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'archgate-limit-'));
    mkdirSync(path.join(dir, 'docs'));
    mkdirSync(path.join(dir, '.github'));
    writeFileSync(path.join(dir, 'docs/prd.md'), '# PRD\n\n## Non-Functional Requirements\n\n- **NFR1:** p95 < 200 ms\n');
    writeFileSync(path.join(dir, 'docs/architecture.md'), `# Architecture\n\nNFR1 is met.\n\n${'*a'.repeat(20_000)}\n`);
    writeFileSync(path.join(dir, '.github/archgate.yml'), 'limits:\n  parseSeconds: 0.5\n');
    const run = spawnSync(process.execPath, [path.join(ROOT, 'dist/cli.js'), 'check', dir], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ARCHGATE_CACHE: 'off' } });
    expect(run.status).toBe(1);
    expect(run.stdout.split('\n')[0]).toBe(
      'docs/architecture.md:5:1  error    archgate stopped reading docs/architecture.md after 0.5 s at line 5: the markdown parser had not finished, so nothing in this doc set was judged.  archgate/parse-limit',
    );
  });

  it('after a stopped check, the next doc set on the same thread is judged in full', async () => {
    const stopped = await checkWithinLimit(docSet(`# Architecture\n\n${'*a'.repeat(20_000)}\n`), resolveConfig({ limits: { parseSeconds: 0.5 } }), nodeMermaidValidator);
    expect(stopped.findings.map((f) => f.rule)).toEqual(['archgate/parse-limit']);
    const input = docSet('# Architecture\n\nNFR1 is met by the cache.\n');
    expect(await checkWithinLimit(input, resolveConfig({ limits: { parseSeconds: 0.5 } }), nodeMermaidValidator)).toEqual(await checkDocSetAsync(input, resolveConfig({}).engine, nodeMermaidValidator));
  });

  it('a mermaid block whose verdict never comes counts against the same limit', async () => {
    const silent = { validate: () => new Promise<null>(() => undefined) };
    const result = await checkWithinLimit(docSet('# Architecture\n\nNFR1 is met.\n\n```mermaid\nflowchart TD\n  a --> b\n```\n'), resolveConfig({ limits: { parseSeconds: 0.5 } }), silent);
    expect(result.findings).toEqual([
      {
        rule: 'archgate/parse-limit',
        severity: 'error',
        message: 'archgate stopped waiting for mermaid after 0.5 s: it had not judged the diagram at docs/architecture.md:6, so nothing in this doc set was judged.',
        fix: 'Simplify or split the diagram at line 6, or raise limits.parseSeconds in the config.',
        file: 'docs/architecture.md',
        line: 6,
        column: 1,
      },
    ]);
  });

  it('a step the limit stops while mermaid is awaited beside it is reported as the rules, not as mermaid or the parser', async () => {
    // The rules that need no verdict run while mermaid works: here one never ends, and mermaid never answers.
    const silent = { validate: () => new Promise<null>(() => undefined) };
    const config = resolveConfig({ limits: { parseSeconds: 0.5 } });
    const endless: Rule = { meta: { ...config.engine.rules[0].meta, id: 'test/endless' }, check: () => { for (;;); } };
    const result = await checkWithinLimit(docSet('# Architecture\n\nNFR1 is met.\n\n```mermaid\nflowchart TD\n  a --> b\n```\n'), { ...config, engine: { ...config.engine, rules: [endless] } }, silent);
    expect(result.findings.map((f) => `${f.file}:${f.line} ${f.rule} ${f.message}`)).toEqual([
      'docs/architecture.md:1 archgate/parse-limit archgate stopped checking this doc set after 0.5 s: every document was read, but the rules had not finished, so nothing in this doc set was judged.',
    ]);
    expect(result.findings[0].fix).toBe('Split the doc set into smaller ones (docSets in the config), or raise limits.parseSeconds in the config.');
  });

  it('the limit is a config key: limits.parseSeconds, a positive number', () => {
    expect(resolveConfig({}).parseSeconds).toBe(30);
    expect(configError('limits:\n  parseSeconds: 0\n')).toMatch(/^\.github\/archgate\.yml:2:17: limits\.parseSeconds: must be > 0/);
  });
});
