import { describe, expect, it } from 'vitest';
import { check, rulesOf } from './helpers.js';
import { levelOf, parseDoc } from '../src/engine/document.js';

// "## 5.1" after "## 5." sits inside 5 (closeSections, headings.ts) in every section stack; the
// diagram-drift rule's "part of the document" and the checklist's "top levels" still read the
// markdown level alone, so a document converted from a word processor (every numbered heading
// "##") had a part per subsection. Levels as parents decide: levelOf.
const doc = (h: '##' | '###') =>
  [
    '# Architecture',
    '## 4. Building blocks',
    `${h} 4.1 Services`,
    '#### Component: API\n**Responsibility:** requests',
    '#### Component: Worker\n**Responsibility:** jobs',
    '#### Component: Store\n**Responsibility:** data',
    `${h} 4.2 Picture`,
    '```mermaid\nflowchart LR\n  A[API] --> W[Worker]\n```',
    '## 5. Operations',
    '#### Component: Scheduler\n**Responsibility:** timers',
    '#### Component: Mailer\n**Responsibility:** mail',
    '#### Component: Metrics\n**Responsibility:** counters',
  ].join('\n\n');

describe('heading levels as numbering nests them', () => {
  it('diagram/drift: a diagram under "## 4.2" pictures the components of "## 4.", as under "### 4.2"', () => {
    const findings = (h: '##' | '###') => rulesOf(check('', doc(h)), 'diagram/drift').map((f) => [f.line, f.message]);
    expect(findings('##')).toEqual([[18, 'This diagram omits the component "Store" (docs/architecture.md:13).']]);
    expect(findings('###')).toEqual(findings('##'));
  });

  it('levelOf: one below the parent when numbering nests a heading of the same level', () => {
    const parsed = parseDoc('architecture', [{ path: 'a.md', text: doc('##') }]);
    expect(parsed.sections.map((s) => [s.title, s.depth, levelOf(s)])).toEqual([
      ['Architecture', 1, 1],
      ['4. Building blocks', 2, 2],
      ['4.1 Services', 2, 3],
      ['Component: API', 4, 4],
      ['Component: Worker', 4, 4],
      ['Component: Store', 4, 4],
      ['4.2 Picture', 2, 3],
      ['5. Operations', 2, 2],
      ['Component: Scheduler', 4, 4],
      ['Component: Mailer', 4, 4],
      ['Component: Metrics', 4, 4],
    ]);
  });
});
