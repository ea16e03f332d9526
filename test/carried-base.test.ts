import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { BASE_NOTE_LIMIT, baseKey, baseNote, carriedBaseNotes, carriedJudgement, withBaseNote } from '../src/github/carried-base.js';
import { verdictNote, withVerdictNote, type PullRequestComment } from '../src/github/carried-verdicts.js';
import { blockHash } from '../src/io/verdict-cache.js';
import type { BaseJudgement } from '../src/review/host.js';
import type { DocSetInput } from '../src/engine/types.js';

// The base commit's judgement carried in archgate's sticky comment: what its note holds, what its
// key depends on, and which comments are trusted to carry it.

const AT_BASE: DocSetInput = {
  name: 'default',
  prd: [{ path: 'docs/prd.md', text: '# PRD\n\n## Non-functional requirements\n\n- **NFR-001**: p95 latency under 300 ms.\n' }],
  architecture: [{ path: 'docs/architecture.md', text: '# Architecture\n\nTBD\n' }],
  missing: [],
};
const JUDGEMENT: BaseJudgement = {
  findings: [
    { rule: 'arch/no-placeholders', severity: 'error', message: 'Unfilled unfinished marker "TBD".', fix: 'Replace "TBD" with the real content, or delete it.', file: 'docs/architecture.md', line: 3, column: 1 },
    {
      rule: 'trace/nfr-addressed',
      severity: 'error',
      message: 'NFR-001 (p95 latency under 300 ms) is not cited in the architecture document.',
      fix: 'Cite "NFR-001" where the architecture meets it.',
      file: 'docs/prd.md',
      line: 5,
      column: 1,
      identity: 'NFR-001 is not cited',
      related: { file: 'docs/architecture.md', line: 1, column: 1, message: 'the architecture' },
      suggestions: [{ file: 'docs/architecture.md', line: 1, heading: 'Architecture', score: 0.4, confidence: 'possible', evidence: 'latency' }],
    },
  ],
  coverage: { rows: [{ requirement: { key: 'NFR-001', id: 'NFR-001' }, status: 'uncovered' }] },
  suppressions: [{ key: 'docs/architecture.md|disable|arch/no-placeholders' }],
};
const MARKER = '<!-- archgate:sticky doc-set="default" -->';
const REPORT = `${MARKER}\n## ❌ archgate — default: fail\n`;
const KEY = baseKey('build-1', '["config"]', '2030-01-02', AT_BASE);
const MERMAID = verdictNote(new Map([[blockHash('flowchart LR\n  a --> b'), null]]), '12.3.0');

const comment = (over: Partial<PullRequestComment> = {}): PullRequestComment => ({
  databaseId: 1000,
  viewerDidAuthor: true,
  body: withVerdictNote(withBaseNote(REPORT, baseNote(KEY, JUDGEMENT)), MERMAID),
  author: { login: 'github-actions' },
  editor: null,
  lastEditedAt: null,
  ...over,
});

describe('the base judgement note', () => {
  it('reads back the findings, coverage and suppression keys exactly, under its key only, with mermaid\'s note after it', () => {
    const body = comment().body;
    expect(body.startsWith(REPORT)).toBe(true);
    expect(body.slice(REPORT.length)).toMatch(/^\n<!-- archgate:base-judgement key="[0-9a-f]{64}" data="[A-Za-z0-9_-]+" -->\n<!-- archgate:mermaid-verdicts /);
    const notes = carriedBaseNotes([comment()]);
    expect([...notes.keys()]).toEqual([KEY]);
    expect(carriedJudgement(notes, KEY)).toEqual(JUDGEMENT);
    expect(carriedJudgement(notes, baseKey('build-1', '["config"]', '2030-01-03', AT_BASE))).toBeNull();
  });

  it('has a key that changes with the build, the checks, the day and every part of the documents, and with nothing else', () => {
    const keys = [
      baseKey('build-2', '["config"]', '2030-01-02', AT_BASE),
      baseKey('build-1', '["config","preset: strict"]', '2030-01-02', AT_BASE),
      baseKey('build-1', '["config"]', '2030-01-03', AT_BASE),
      baseKey('build-1', '["config"]', '2030-01-02', { ...AT_BASE, architecture: [{ path: 'docs/architecture.md', text: '# Architecture\n\nTBD.\n' }] }),
      baseKey('build-1', '["config"]', '2030-01-02', { ...AT_BASE, architecture: [{ path: 'docs/arch.md', text: AT_BASE.architecture[0].text }] }),
      baseKey('build-1', '["config"]', '2030-01-02', { ...AT_BASE, name: 'api' }),
      baseKey('build-1', '["config"]', '2030-01-02', { ...AT_BASE, missing: [{ kind: 'prd', path: 'docs/prd' }] }),
    ];
    expect(new Set([KEY, ...keys]).size).toBe(8);
    expect(baseKey('build-1', '["config"]', '2030-01-02', structuredClone(AT_BASE))).toBe(KEY);
  });

  it('is read only at the end of the body: note text a document brought into the report is broken and never read', () => {
    const quoted = `${REPORT}\n\`\`\`diff\n+${baseNote(KEY, JUDGEMENT).trim()}\n\`\`\`\n`;
    const body = withVerdictNote(withBaseNote(quoted, ''), MERMAID);
    expect(body).toContain('<!--\u200b archgate:base-judgement');
    expect(carriedBaseNotes([comment({ body })])).toEqual(new Map());
  });

  it('is left out past BASE_NOTE_LIMIT characters (the next run judges the base again), never cut', () => {
    const many: BaseJudgement = { ...JUDGEMENT, findings: Array.from({ length: 3000 }, (_, i) => ({ ...JUDGEMENT.findings[0], line: i + 1, message: `Unfilled marker ${i.toString(36)}${'x'.repeat(i % 50)}` })) };
    expect(baseNote(KEY, many)).toBe('');
    expect(baseNote(KEY, JUDGEMENT).length).toBeLessThanOrEqual(BASE_NOTE_LIMIT);
  });

  it('counts for nothing when malformed: not gzip, a finding of the wrong shape, an unknown coverage status', () => {
    const note = (data: string) => comment({ body: withVerdictNote(`${REPORT}\n<!-- archgate:base-judgement key="${KEY}" data="${data}" -->`, MERMAID) });
    const gz = (payload: unknown) => gzipSync(JSON.stringify(payload)).toString('base64url');
    const good = { findings: JUDGEMENT.findings, coverage: [['NFR-001', 'NFR-001', 'uncovered']], suppressions: [] };
    expect(carriedJudgement(carriedBaseNotes([note(gz(good))]), KEY)?.findings).toEqual(JUDGEMENT.findings);
    expect(carriedJudgement(carriedBaseNotes([note('bm90IGd6aXA')]), KEY)).toBeNull();
    expect(carriedJudgement(carriedBaseNotes([note(gz({ ...good, findings: [{ ...JUDGEMENT.findings[0], line: '3' }] }))]), KEY)).toBeNull();
    expect(carriedJudgement(carriedBaseNotes([note(gz({ ...good, coverage: [['NFR-001', 'NFR-001', 'fine']] }))]), KEY)).toBeNull();
  });
});

describe('which comments carry a base judgement', () => {
  it("archgate's own comment, never edited or edited only by archgate", () => {
    expect(carriedBaseNotes([comment()]).size).toBe(1);
    expect(carriedBaseNotes([comment({ editor: { login: 'github-actions' }, lastEditedAt: '2030-01-01T00:00:00Z' })]).size).toBe(1);
  });

  it('not one someone else edited, nor another user\'s copy of it, nor a comment without archgate\'s marker', () => {
    expect(carriedBaseNotes([comment({ editor: { login: 'octo-maintainer' }, lastEditedAt: '2030-01-01T00:00:00Z' })])).toEqual(new Map());
    expect(carriedBaseNotes([comment({ viewerDidAuthor: false, author: { login: 'octo-author' } })])).toEqual(new Map());
    expect(carriedBaseNotes([comment({ body: comment().body.slice(MARKER.length) })])).toEqual(new Map());
  });
});
