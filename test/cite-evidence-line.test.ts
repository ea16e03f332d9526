import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runCite } from '../src/cli/run-cite.js';
import { parseDoc } from '../src/engine/document.js';
import { passagesOf } from '../src/engine/passages.js';
import { EVIDENCE_LINE_CHARS, EVIDENCE_LINES, evidenceLineOf, passageLines } from '../src/engine/evidence-line.js';
import { termCounts } from '../src/engine/terms.js';
import { check } from './helpers.js';
import { countWork } from './text-work.js';

// A reader cites the line of a place that carries the evidence: the sub-item of a list item that
// restates the target, the third line of a paragraph that names the mechanism. A suggestion (and
// the implied place, its first) names that line, and `archgate cite` writes the citation at the
// end of its statement. Modelled on the class, not on one document: a decision written as an item
// over sub-items (BMAD), a section's paragraph whose lines each say one thing (arc42, spec-kit).

const filler = Array.from({ length: 12 }, (_, i) => `## Module ${i}\n\nThe module ${i} renders one panel of the dashboard.`).join('\n\n');

const places = (prd: string, architecture: string) => {
  const row = check(prd, architecture).coverage.rows[0];
  return { status: row.status, implied: row.implied?.location.line, suggestions: row.suggestions.map((s) => [`${s.location.file}:${s.location.line}`, s.heading]) };
};

const SEARCH_PRD = '## Non-Functional Requirements\n\n- **NFR-1**: Search results MUST be returned within 300 ms at p95.';
const SEARCH = [
  '# Architecture',
  '## Search',
  ['- **Search service**:', '  - An Elasticsearch cluster of three nodes', '  - Search results are returned within 300 ms at p95 through a query cache', '  - The index is rebuilt nightly'].join('\n'),
  filler,
].join('\n\n');

const SESSIONS_PRD = '## Non-Functional Requirements\n\n- **NFR-1**: Stored passwords MUST be hashed with Argon2id.';
const SESSIONS = [
  '# Architecture',
  '## Sign-in',
  ['Users sign in with their email address.', 'The login form is rate limited per address.', 'Stored passwords are hashed with Argon2id and a salt per user.', 'Sessions live in Redis for a day.'].join('\n'),
  filler,
].join('\n\n');

describe('a suggestion names the line of its place that carries the evidence', () => {
  it("a list item whose sub-item restates the target: the sub-item's line, also the implied place", () => {
    expect(places(SEARCH_PRD, SEARCH)).toEqual({ status: 'implied', implied: 7, suggestions: [['docs/architecture.md:7', 'Search']] });
  });

  it('a paragraph whose third line names the mechanism: that line', () => {
    expect(places(SESSIONS_PRD, SESSIONS)).toEqual({ status: 'implied', implied: 7, suggestions: [['docs/architecture.md:7', 'Sign-in']] });
  });

  it("a table row: the row's own line", () => {
    const table = ['# Architecture', '## Security', ['| Concern | Decision |', '|---|---|', '| Transport | TLS 1.3 everywhere |', '| Passwords | Stored passwords are hashed with Argon2id |'].join('\n'), filler].join('\n\n');
    expect(places(SESSIONS_PRD, table).suggestions[0]).toEqual(['docs/architecture.md:8', 'Security']);
  });

  it('a heading with nothing under it: its heading', () => {
    const heading = ['# Architecture', '## Sign-in', '### Stored passwords hashed with Argon2id', '## Storage', 'Files are kept in S3.', filler].join('\n\n');
    expect(places(SESSIONS_PRD, heading).suggestions[0]).toEqual(['docs/architecture.md:5', 'Sign-in › Stored passwords hashed with Argon2id']);
  });

  it('never a line of a code block or a table inside an item: the item\'s own line', () => {
    const within = (lines: string[]) => places(SESSIONS_PRD, ['# Architecture', '## Sign-in', ['- Stored passwords of the users:', ...lines].join('\n'), filler].join('\n\n')).suggestions[0];
    expect(within(['  ```python', '  # stored passwords are hashed with argon2id', '  stored = argon2id(password)', '  ```'])).toEqual(['docs/architecture.md:5', 'Sign-in']);
    expect(within(['', '  | Stored passwords | Hashed with |', '  |---|---|', '  | Stored passwords | hashed with Argon2id |'])).toEqual(['docs/architecture.md:5', 'Sign-in']);
  });

  it('of two lines that carry as much, the first', () => {
    const twice = ['# Architecture', '## Sign-in', ['Users sign in with their email address.', 'Stored passwords are hashed with Argon2id.', 'Reset tokens: stored passwords are hashed with Argon2id.'].join('\n'), filler].join('\n\n');
    expect(places(SESSIONS_PRD, twice).suggestions[0]).toEqual(['docs/architecture.md:6', 'Sign-in']);
  });
});

function project(architecture: string, prd: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'archgate-evidence-line-'));
  mkdirSync(path.join(dir, 'docs'), { recursive: true });
  writeFileSync(path.join(dir, 'docs/prd.md'), prd);
  writeFileSync(path.join(dir, 'docs/architecture.md'), architecture);
  return dir;
}

describe('archgate cite --accept implied writes at the end of the line that carries the evidence', () => {
  const diff = async (architecture: string, prd: string) => {
    const dir = project(architecture, prd);
    let output = '';
    await runCite({ dir, prd: ['docs/prd.md'], architecture: ['docs/architecture.md'], input: new PassThrough(), output: { write: (s: string) => (output += s) }, interactive: false, accept: 'implied', dryRun: true });
    // A dry run writes nothing.
    expect(readFileSync(path.join(dir, 'docs/architecture.md'), 'utf8')).toBe(architecture);
    return output;
  };

  it('the sub-item of a list item', async () => {
    expect(await diff(SEARCH, SEARCH_PRD)).toBe(
      [
        'NFR-1: cited at docs/architecture.md:7',
        '',
        '--- a/docs/architecture.md',
        '+++ b/docs/architecture.md',
        '@@ -7 +7 @@',
        '-  - Search results are returned within 300 ms at p95 through a query cache',
        '+  - Search results are returned within 300 ms at p95 through a query cache (NFR-1)',
        '',
        'would cite 1, waived 0, skipped 0 (dry run: nothing written)',
        '',
      ].join('\n'),
    );
  });

  it('the third line of a paragraph, before its full stop', async () => {
    expect(await diff(SESSIONS, SESSIONS_PRD)).toBe(
      [
        'NFR-1: cited at docs/architecture.md:7',
        '',
        '--- a/docs/architecture.md',
        '+++ b/docs/architecture.md',
        '@@ -7 +7 @@',
        '-Stored passwords are hashed with Argon2id and a salt per user.',
        '+Stored passwords are hashed with Argon2id and a salt per user (NFR-1).',
        '',
        'would cite 1, waived 0, skipped 0 (dry run: nothing written)',
        '',
      ].join('\n'),
    );
  });
});

describe('the lines of a place are read within bounds, however long it is', () => {
  // The terms the line shares with an NFR that names Argon2id, as the index stems them.
  const evidence = { shared: [...termCounts('Argon2id').keys()].map((t) => ({ t, w: 1 })), words: new Map<string, number>() };
  const first = (text: string) => {
    const doc = parseDoc('architecture', [{ path: 'docs/architecture.md', text }]);
    const p = passagesOf(doc).find((x) => x.kind === 'paragraph')!;
    return { file: doc.files[0], p };
  };

  it('a paragraph of 10,000 lines: its first EVIDENCE_LINES lines, and no more for 100 times as many', () => {
    const read = (n: number) => {
      const { file, p } = first(`# A\n\n${Array.from({ length: n }, (_, i) => `line ${i} of the paragraph`).join('\n')}`);
      return passageLines(file, p).length;
    };
    expect(read(100)).toBe(EVIDENCE_LINES);
    expect(read(10_000)).toBe(EVIDENCE_LINES);
  });

  it('lines of spaces ending in a word: each read once, not once per space (trailing spaces were trimmed by a regex)', () => {
    // Spaces before "x" on every line of a paragraph: /\s+$/ tried each space as a start and ran
    // to the "x" from each (the square of the line, up to EVIDENCE_LINE_CHARS).
    const place = (n: number) => first(`# A\n\n${Array.from({ length: EVIDENCE_LINES }, () => `a${' '.repeat(n)}x`).join('\n')}`);
    // The lines alone are counted: the place is parsed before.
    const readLines = (n: number) => {
      const { file, p } = place(n);
      return countWork(() => passageLines(file, p), 400_000_000).steps;
    };
    expect(readLines(1_600) / readLines(400)).toBeLessThan(4.5);
    const { file, p } = place(3);
    expect(passageLines(file, p).map((l) => l.text)).toEqual(Array(EVIDENCE_LINES).fill('a   x'));
  });

  it('a line of a megabyte: read as far as EVIDENCE_LINE_CHARS, and a line past it is still named', () => {
    const { file, p } = first(`# A\n\nStart of the paragraph\n${'abcd'.repeat(250_000)}\nStored passwords are hashed with Argon2id.`);
    expect(Math.max(...passageLines(file, p).map((l) => l.text.length))).toBe(EVIDENCE_LINE_CHARS);
    expect(evidenceLineOf(file, p, evidence)).toEqual({ line: 5, endLine: 5 });
  });
});
