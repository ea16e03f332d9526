import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, check, spawnedToExit } from './helpers.js';
import { charactersRead, workGrowth } from './text-work.js';
import type { Rule } from '../src/core/rule.js';
import { checkWithinLimit } from '../src/io/bounded-check.js';
import { resolveConfig } from '../src/config/resolve-config.js';
import { nodeMermaidValidator } from '../src/io/mermaid-validator.js';
import { buildReport } from '../src/report/report.js';
import { deepestNesting } from '../src/engine/nesting-depth.js';

// Nesting a pull request's author writes thousands deep (20 KB of "> ") ran the stack out: the
// run ended "internal error: Maximum call stack size exceeded", naming no file or line. Now such a
// document is checked; where the stack still runs out, the doc set gets one error at the line the
// nesting starts, and fails.

const PRD = '# PRD\n\n## Non-Functional Requirements\n\n- **NFR1:** Search answers within 200 ms at p95.\n';
const ARCH = '# Architecture\n\n## Search\n\nThe search answers within 200 ms at p95.\n\n';
const quotes = (n: number) => `${'> '.repeat(n)}NFR1 deep`;

const docSet = (arch: string) => ({
  name: 'test',
  prd: [{ path: 'docs/prd.md', text: PRD }],
  architecture: [{ path: 'docs/architecture.md', text: arch }],
  missing: [],
});

function repo(prd: string, arch: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'archgate-nesting-'));
  mkdirSync(path.join(dir, 'docs'));
  writeFileSync(path.join(dir, 'docs/prd.md'), prd);
  writeFileSync(path.join(dir, 'docs/architecture.md'), arch);
  return dir;
}

const MESSAGE = (file: string, line: number, depth: string) =>
  `archgate could not read ${file}: the text from line ${line} nests block quotes, lists or footnotes ${depth} levels deep, more than archgate can follow, so nothing in this doc set was judged.`;

describe('deep documents are simply checked', () => {
  // Every walk over the tree keeps its own stack (markdown.ts walk and plainText, the IDs, passages,
  // sentences, sections and checklist evidence): 10,000 levels cost no call per level.
  it.each([
    ['block quotes', quotes(10_000)],
    ['a table in block quotes', `${'> '.repeat(10_000)}| NFR1 | x |\n${'> '.repeat(10_000)}|---|---|\n${'> '.repeat(10_000)}| 200 ms | y |`],
    ['a heading in block quotes', `${'> '.repeat(10_000)}## NFR1 deep`],
    ['footnote definitions', `${'[^a]: '.repeat(5_000)}NFR1 deep`],
  ])('%s, 10,000 deep: the citation at the deepest line counts', (_name, deep) => {
    const result = check(PRD, `${ARCH}${deep}\n`);
    expect(result.findings.filter((f) => f.rule.startsWith('archgate/'))).toEqual([]);
    expect(result.coverage.rows.map((r) => [r.requirement.id, r.status, r.citations.map((c) => c.line)])).toEqual([['NFR1', 'covered', [7]]]);
  });

  it('the walks\' work grows with the depth, not its square', () => {
    const growth = workGrowth((n) => check(PRD, `${ARCH}${quotes(n)}\n`), 1_000, 4, 100_000_000);
    expect(growth.ratio, JSON.stringify(growth)).toBeLessThan(4.5);
  });
});

describe('nesting deeper than the stack', () => {
  // What still recurses (the markdown parser, on a small stack; any rule): one error at the line
  // the nesting starts, and the doc set fails.
  it('check: one error at the line the nesting starts, with a fix, and the gate fails', async () => {
    const config = resolveConfig({});
    const recursing: Rule = { meta: { ...config.engine.rules[0].meta, id: 'test/recursing' }, check: () => { const deeper = (n: number): number => deeper(n + 1) + 1; deeper(0); } };
    const result = await checkWithinLimit(docSet(`${ARCH}${quotes(10_000)}\n`), { ...config, engine: { ...config.engine, rules: [recursing] } }, nodeMermaidValidator);
    expect(result.findings).toEqual([
      {
        rule: 'archgate/nesting-limit',
        severity: 'error',
        message: MESSAGE('docs/architecture.md', 7, '10,000'),
        fix: 'Flatten the nesting from line 7 on (a few levels of quotes and lists say the same), or split it into separate blocks.',
        file: 'docs/architecture.md',
        line: 7,
        column: 1,
      },
    ]);
    expect(buildReport([{ result }], 'error').result).toBe('fail');
  });

  // Node 24's parser follows 30,000 quotes even on a 100 KB stack (checked): there the doc set is
  // simply judged, and only node 20 (which CI also runs) reaches the parser's overflow from the CLI.
  it.skipIf(Number(process.versions.node.split('.')[0]) >= 24)('the CLI on a small stack: check exits 1 with the finding, cite exits 2 with an input error naming file and line, ids reads the PRD', () => {
    const dir = repo(`${PRD}\n${'> '.repeat(10_000)}x\n`, `${ARCH}${quotes(10_000)}\n`);
    const cli = (args: string[]) => {
      // Node told its stack is 100 KB now and then dies of SIGSEGV with nothing written (about 2
      // runs in 44 here, in any of the three commands): native code, not archgate.
      const r = spawnedToExit(() => spawnSync(process.execPath, ['--stack-size=100', '--import', 'tsx', path.join(ROOT, 'src/cli.ts'), ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ARCHGATE_CACHE: 'off' }, timeout: 120_000 }));
      return { code: r.status, stdout: r.stdout, stderr: r.stderr };
    };
    const checked = cli(['check', dir]);
    expect(checked.code).toBe(1);
    expect(checked.stdout.split('\n')[0]).toBe(`docs/prd.md:7:1  error    ${MESSAGE('docs/prd.md', 7, '10,000')}  archgate/nesting-limit`);
    const said = 'archgate: docs/prd.md:7: nests block quotes, lists or footnotes 10,000 levels deep from this line, more than archgate can follow, so nothing was read; flatten the nesting (a few levels of quotes and lists say the same), or split it into separate blocks\n';
    // ids reads the PRD alone, on walks of its own stack: the PRD is simply read.
    expect(cli(['ids', dir])).toEqual({ code: 0, stdout: 'Every non-functional requirement has an ID: nothing to add.\n', stderr: '' });
    expect(cli(['cite', dir, '--dry-run', '--accept', 'implied'])).toEqual({ code: 2, stdout: '', stderr: said });
  });
});

describe('where the nesting starts', () => {
  it.each([
    ['block quotes', '> > > x', 3],
    ['a list in a quote in a list', '- > - > 1. x', 5],
    ['footnote definitions', '[^a]: [^b]: [^c]: x', 3],
    ['lists by indentation', '      - x', 4],
    ['a dash that is not a list item', '> -x', 1],
  ])('%s', (_name, deep, depth) => {
    const text = `# A\n\n> one\n\npara\n${deep}\nmore\n\nafter`;
    const line = depth > 1 ? 5 : 3;
    expect(deepestNesting([{ path: 'a.md', text: 'x' }, { path: 'b.md', text }])).toEqual({ file: 'b.md', line, depth });
  });

  it.each([
    ['quotes', (n: number) => `${'> '.repeat(n)}x`],
    ['footnote openers without an end, one per line', (n: number) => '[^a\n'.repeat(n)],
    ['a footnote opener, then a long line', (n: number) => `[^${'a'.repeat(n)}`],
    ['spaces, then a word', (n: number) => `${' '.repeat(n)}x`],
  ])('linear: %s, four times the text is about four times the characters read', (_name, make) => {
    const read = (n: number) => charactersRead(() => deepestNesting([{ path: 'a.md', text: make(n) }]));
    expect(read(40_000) / read(10_000)).toBeLessThan(4.5);
  });
});
