import { describe, expect, it } from 'vitest';
import { check } from './helpers.js';
import { parseDoc } from '../src/engine/document.js';
import { passagesOf } from '../src/engine/passages.js';

// Places to cite inside a box diagram drawn in a plain code block: an IEEE-style high-level
// design (fintrax's HLD.md) draws its layers as boxes, the design decision beside each part
// ("Recovery Middleware ◄─ Panic recovery").

const otherSections = Array.from({ length: 40 }, (_, i) => `## Module ${i}\n\nThe module ${i} renders a page of orders.\n`).join('\n');

const diagram = [
  '```',
  'HTTP Request',
  '    │',
  '    ▼',
  '┌─────────────────────────────────┐',
  '│  Router (Gin)                   │ ◄─ Route matching',
  '└────────────┬────────────────────┘',
  '             ▼',
  '┌─────────────────────────────────┐',
  '│  Middleware Layer               │',
  '│  ├─ CORS Middleware             │ ◄─ Cross-origin handling',
  '│  ├─ Rate Limiter                │ ◄─ Request throttling',
  '│  └─ Recovery Middleware         │ ◄─ Panic recovery',
  '└────────────┬────────────────────┘',
  '             ▼',
  '┌─────────────────────────────────┐',
  '│  Data Access Layer (GORM)       │',
  '│  ├─ Query Building              │ ◄─ SQL generation',
  '│  └─ Transaction Management      │ ◄─ ACID guarantees',
  '└─────────────────────────────────┘',
  '```',
].join('\n');

const arch = ['# High-Level Design', '## Backend Architecture', '### Layered Architecture', diagram, otherSections].join('\n\n');

describe('a box diagram in a code block', () => {
  it('each box is a place at its lines, without the drawing, read with the titles of the boxes around it', () => {
    const doc = parseDoc('architecture', [{ path: 'docs/design/HLD.md', text: arch }]);
    const parts = passagesOf(doc)
      .filter((p) => p.kind === 'code')
      .map((p) => [p.line, p.endLine, p.text, p.context]);
    expect(parts).toEqual([
      [8, 8, 'HTTP Request', 'Backend Architecture › Layered Architecture'],
      [12, 12, 'Router (Gin)  Route matching', 'Backend Architecture › Layered Architecture'],
      [16, 19, 'Middleware Layer\nCORS Middleware  Cross-origin handling\nRate Limiter  Request throttling\nRecovery Middleware  Panic recovery', 'Backend Architecture › Layered Architecture'],
      [23, 25, 'Data Access Layer (GORM)\nQuery Building  SQL generation\nTransaction Management  ACID guarantees', 'Backend Architecture › Layered Architecture'],
    ]);
  });

  it('the box that names the NFR\'s mechanism is offered at its lines, possible only: a drawing never implies an NFR', () => {
    const prd = '## Non-Functional Requirements\n\n- **NFR-RL-004:** Panic recovery: a recovery middleware handles panics.';
    const row = check(prd, arch).coverage.rows[0];
    expect([row.status, row.suggestions.map((s) => [s.location.line, s.endLine, s.kind, s.heading, s.confidence, s.evidence])]).toEqual([
      'uncovered',
      [[16, 19, 'code', 'Backend Architecture › Layered Architecture', 'possible', 'Middleware Layer CORS Middleware Cross-origin handling Rate Limiter Request throttling Recovery Middleware Panic recovery']],
    ]);
    // The same words in a list are the design's prose: likely there, and the NFR implied.
    const list = arch.replace(diagram, '- Middleware Layer: CORS, rate limiter, recovery middleware (panic recovery)');
    expect(check(prd, list).coverage.rows[0].status).toBe('implied');
  });

  it('a box ranked above the place that restates the NFR does not hide it: the NFR is implied there, not at the drawing', () => {
    const drawing = ['```', '┌─────────────────────────────────┐', '│  Panic Recovery Middleware      │', '│  ├─ Recovery Middleware         │ ◄─ Panic recovery: handles panics, logs stack traces', '└─────────────────────────────────┘', '```'].join('\n');
    const design = ['# HLD', '## Backend', drawing, '## Error Handling', '- Panic recovery: a recovery middleware handles panics.', otherSections].join('\n\n');
    const prd = '## Non-Functional Requirements\n\n- **NFR-RL-004:** Panic recovery: a recovery middleware handles panics and logs stack traces.';
    const row = check(prd, design).coverage.rows[0];
    expect([row.status, row.implied, row.suggestions.map((s) => [s.location.line, s.kind, s.score, s.confidence])]).toEqual([
      'implied',
      { location: { file: 'docs/architecture.md', line: 14, column: 1 }, reason: 'restates its wording: "Error Handling: Panic recovery: a recovery middleware handles panics."' },
      [
        [7, 'code', 0.67, 'possible'],
        [14, 'item', 0.52, 'likely'],
      ],
    ]);
  });

  it('a box counts its whole match, as a table row does: the drawing names the design\'s parts, it is no code sample', () => {
    // fintrax's HLD: "Transaction Management ◄─ ACID guarantees" in the data access layer's box is
    // where the reader cites "ACID transactions"; at a code sample's 0.8 of its match (0.34) it
    // ranked behind a nightly job's line that shares fewer of the NFR's words (0.36).
    const prd = '## Non-Functional Requirements\n\n- **NFR-RL-002:** Data integrity: balance changes run in ACID transactions with query building kept in one layer.';
    const design = [arch, '## Jobs', '- A nightly job checks the data integrity of balance changes in one layer.', '## Reports', '- Query building for reports happens in the reporting service.'].join('\n\n');
    const row = check(prd, design).coverage.rows[0];
    expect([row.status, row.suggestions.map((s) => [s.location.line, s.endLine, s.kind, s.heading, s.score, s.confidence])]).toEqual([
      'uncovered',
      [
        [23, 25, 'code', 'Backend Architecture › Layered Architecture', 0.43, 'possible'],
        [192, 192, 'item', 'Jobs', 0.36, 'possible'],
        [196, 196, 'item', 'Reports', 0.18, 'possible'],
      ],
    ]);
  });

  it('a box inside a box is read with the outer box\'s title; a divider starts a part of its own', () => {
    const nested = [
      '```',
      '┌──────────────────────────────────────┐',
      '│            DATABASE & STORAGE        │',
      '│  ┌────────────────────────────────┐  │',
      '│  │  PostgreSQL 14+                │  │',
      '│  │    ├─ ACID Transactions        │  │',
      '│  └────────────────────────────────┘  │',
      '├──────────────────────────────────────┤',
      '│  Object storage (MinIO)              │',
      '└──────────────────────────────────────┘',
      '```',
    ].join('\n');
    const doc = parseDoc('architecture', [{ path: 'docs/design/HLD.md', text: `# HLD\n\n## Storage\n\n${nested}\n` }]);
    expect(passagesOf(doc).filter((p) => p.kind === 'code').map((p) => [p.line, p.endLine, p.text, p.context])).toEqual([
      [7, 7, 'DATABASE & STORAGE', 'Storage'],
      [9, 10, 'PostgreSQL 14+\nACID Transactions', 'Storage DATABASE & STORAGE'],
      [13, 13, 'Object storage (MinIO)', 'Storage'],
    ]);
  });

  it('a tree of names without boxes stays a code sample, a few lines at a time', () => {
    const tree = ['```', 'src/', '├── domain/', '│   └── ports.py   # Protocol interfaces', '└── adapters/', '```'].join('\n');
    const doc = parseDoc('architecture', [{ path: 'docs/architecture.md', text: `# A\n\n## Structure\n\n${tree}\n` }]);
    expect(passagesOf(doc).filter((p) => p.kind === 'code').map((p) => [p.line, p.endLine, p.diagram])).toEqual([[6, 9, undefined]]);
  });
});

// A pull request's author writes the documents: a block of boxes opened and never closed, each
// line inside all of them, once took 6 s at 2,000 lines and minutes at 8,000 (every line looked
// through every open box, and each place was read with every title). Counted, not timed: the
// text the places are read with grows like the block, not like its square.
describe('a box diagram of boxes never closed', () => {
  const block = (n: number) => '# A\n\n## B\n\n```\n┌──┐\n' + Array.from({ length: n }, (_, i) => `┌──┐ │ part ${i} │`).join('\n') + '\n```\n';
  const contextChars = (n: number) => passagesOf(parseDoc('architecture', [{ path: 'docs/architecture.md', text: block(n) }])).reduce((sum, p) => sum + p.context.length, 0);
  it('reads each place with at most 16 boxes around it: four times the lines, about four times the text', () => {
    const small = contextChars(400);
    const large = contextChars(1600);
    expect(large / small).toBeLessThan(4.5);
    const last = passagesOf(parseDoc('architecture', [{ path: 'docs/architecture.md', text: block(400) }])).at(-1)!;
    // In the 16 boxes still open: its own (whose title it is) and the 15 before it.
    expect([last.line, last.text, last.context]).toEqual([406, 'part 399', `B ${Array.from({ length: 15 }, (_, i) => `part ${384 + i}`).join(' ')}`]);
  });
});
