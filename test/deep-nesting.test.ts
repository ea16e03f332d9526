import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../src/cli/cli-main.js';
import { checkWithinLimit } from '../src/io/bounded-check.js';
import { resolveConfig } from '../src/config/resolve-config.js';
import { nodeMermaidValidator } from '../src/io/mermaid-validator.js';
import { buildReport } from '../src/report/report.js';
import { deepestNesting } from '../src/engine/nesting-depth.js';

// Nesting a pull request's author writes thousands deep (20 KB of "> ") ran the stack out: the
// run ended "internal error: Maximum call stack size exceeded", naming no file or line. Where the
// stack still runs out, the doc set gets one error at the line the nesting starts, and fails.

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

async function cli(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await run(args, { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) }, env: { NO_COLOR: '1', ARCHGATE_CACHE: 'off' } } as never);
  return { code, stdout, stderr };
}

const MESSAGE = (file: string, line: number, depth: string) =>
  `archgate could not read ${file}: the text from line ${line} nests block quotes, lists or footnotes ${depth} levels deep, more than archgate can follow, so nothing in this doc set was judged.`;

describe('nesting deeper than the stack', () => {
  it('check: one error at the line the nesting starts, with a fix, and the gate fails', async () => {
    const result = await checkWithinLimit(docSet(`${ARCH}${quotes(10_000)}\n`), resolveConfig({}), nodeMermaidValidator);
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

  it('the CLI: check exits 1 with the finding; cite and ids exit 2 with an input error naming file and line', async () => {
    const dir = repo(`${PRD}\n${'[^a]: '.repeat(10_000)}x\n`, `${ARCH}${quotes(10_000)}\n`);
    const checked = await cli(['check', dir]);
    expect(checked.code).toBe(1);
    expect(checked.stdout.split('\n')[0]).toBe(`docs/prd.md:7:1  error    ${MESSAGE('docs/prd.md', 7, '10,000')}  archgate/nesting-limit`);
    const fix = 'flatten the nesting (a few levels of quotes and lists say the same), or split it into separate blocks';
    expect(await cli(['ids', dir])).toEqual({
      code: 2,
      stdout: '',
      stderr: `archgate: docs/prd.md:7: nests block quotes, lists or footnotes 10,000 levels deep from this line, more than archgate can follow, so nothing was read; ${fix}\n`,
    });
    expect(await cli(['cite', dir, '--dry-run', '--accept', 'implied'])).toEqual({
      code: 2,
      stdout: '',
      stderr: `archgate: docs/prd.md:7: nests block quotes, lists or footnotes 10,000 levels deep from this line, more than archgate can follow, so nothing was read; ${fix}\n`,
    });
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
    const read = (n: number) => {
      const native = String.prototype.charCodeAt;
      let calls = 0;
      String.prototype.charCodeAt = function (this: string, i: number) {
        calls++;
        return native.call(this, i);
      };
      try {
        deepestNesting([{ path: 'a.md', text: make(n) }]);
      } finally {
        String.prototype.charCodeAt = native;
      }
      return calls;
    };
    expect(read(40_000) / read(10_000)).toBeLessThan(4.5);
  });
});
