import { describe, expect, it } from 'vitest';
import { carriedVerdicts, NOTE_LIMIT, readVerdictNote, verdictNote, withVerdictNote, type PullRequestComment } from '../src/github/carried-verdicts.js';
import { blockHash, VerdictCache } from '../src/io/verdict-cache.js';
import type { MermaidVerdict } from '../src/io/mermaid-parse.js';

// Mermaid's verdicts carried in archgate's sticky comment: what the note holds, and which comments
// are trusted to carry it (archgate's own, edited by nobody else).

const FLOWCHART = 'flowchart LR\n  upload_service["Upload Service"]';
const BROKEN = 'flowchart LR\n  a[Export --> b';
const PARSE_ERROR: MermaidVerdict = { message: "Parse error on line 2:\n...LR  a[Export --> b\n----------------------^\nExpecting 'SQE', got 'EOF'", line: 2 };
const verdicts = new Map<string, MermaidVerdict>([
  [blockHash(FLOWCHART), null],
  [blockHash(BROKEN), PARSE_ERROR],
]);
const MARKER = '<!-- archgate:sticky doc-set="default" -->';
const REPORT = `${MARKER}\n## ❌ archgate — default: fail\n`;

const comment = (over: Partial<PullRequestComment> = {}): PullRequestComment => ({
  databaseId: 1000,
  viewerDidAuthor: true,
  body: withVerdictNote(REPORT, verdictNote(verdicts, '12.3.0')),
  author: { login: 'github-actions' },
  editor: null,
  lastEditedAt: null,
  ...over,
});

describe('the verdict note', () => {
  it("reads back mermaid's own verdicts, error message and line included, for the same mermaid only", () => {
    const body = withVerdictNote(REPORT, verdictNote(verdicts, '12.3.0'));
    expect(body.startsWith(REPORT)).toBe(true);
    expect(body.slice(REPORT.length)).toMatch(/^\n<!-- archgate:mermaid-verdicts mermaid="12\.3\.0" data="[A-Za-z0-9_-]+" -->$/);
    expect(readVerdictNote(body, '12.3.0')).toEqual(verdicts);
    expect(readVerdictNote(body, '12.4.0')).toEqual(new Map());
  });

  it('is empty when there is nothing to carry, and the same verdicts always give the same note', () => {
    expect(verdictNote(new Map(), '12.3.0')).toBe('');
    expect(verdictNote(new Map([...verdicts].reverse()), '12.3.0')).toBe(verdictNote(verdicts, '12.3.0'));
  });

  it('is read only at the very end of the body: note text a document brought into the report is broken and never read', () => {
    const quoted = `${REPORT}\n\`\`\`diff\n+<!-- archgate:mermaid-verdicts mermaid="12.3.0" data="${verdictNote(verdicts, '12.3.0').split('data="')[1]}\n\`\`\`\n`;
    const body = withVerdictNote(quoted, '');
    expect(body).toContain('<!--\u200b archgate:mermaid-verdicts');
    expect(readVerdictNote(body, '12.3.0')).toEqual(new Map());
  });

  it('stays within NOTE_LIMIT characters, leaving out the verdicts that do not fit', () => {
    const many = new Map<string, MermaidVerdict>(Array.from({ length: 400 }, (_, i) => [blockHash(`flowchart LR\n  n${i}`), null]));
    const note = verdictNote(many, '12.3.0');
    expect(note.length).toBeLessThanOrEqual(NOTE_LIMIT);
    const kept = readVerdictNote(withVerdictNote(REPORT, note), '12.3.0');
    // 46 characters of JSON a verdict, base64 on top: 259 of the 400 fit, the first by hash.
    expect(kept.size).toBe(259);
    expect([...kept.keys()]).toEqual([...many.keys()].sort().slice(0, 259));
    for (const [hash, verdict] of kept) expect(many.get(hash)).toBe(verdict);
  });

  it('leaves out an error whose message is over 2,000 characters (its block is validated again), never a cut message', () => {
    const long = new Map<string, MermaidVerdict>([[blockHash(BROKEN), { message: `Parse error on line 2:\n${'x'.repeat(2_100)}`, line: 2 }]]);
    expect(verdictNote(long, '12.3.0')).toBe('');
  });

  it('counts for nothing when malformed: a bad hash, a verdict of the wrong shape, data that is not JSON', () => {
    const note = (payload: unknown) => `\n<!-- archgate:mermaid-verdicts mermaid="12.3.0" data="${Buffer.from(JSON.stringify(payload)).toString('base64url')}" -->`;
    const key = Buffer.from(blockHash(FLOWCHART), 'hex').toString('base64url');
    expect(readVerdictNote(REPORT + note({ ok: [key], failed: [] }), '12.3.0')).toEqual(new Map([[blockHash(FLOWCHART), null]]));
    expect(readVerdictNote(REPORT + note({ ok: [key, 'short'], failed: [] }), '12.3.0')).toEqual(new Map());
    expect(readVerdictNote(REPORT + note({ ok: [], failed: [[key, 7]] }), '12.3.0')).toEqual(new Map());
    expect(readVerdictNote(REPORT + note({ ok: [], failed: [[key, 'Parse error', 1.5]] }), '12.3.0')).toEqual(new Map());
    expect(readVerdictNote(`${REPORT}\n<!-- archgate:mermaid-verdicts mermaid="12.3.0" data="bm90IGpzb24" -->`, '12.3.0')).toEqual(new Map());
  });
});

describe('which comments carry verdicts', () => {
  it("archgate's own comment, never edited or edited only by archgate", () => {
    expect(carriedVerdicts([comment()], '12.3.0')).toEqual(verdicts);
    expect(carriedVerdicts([comment({ editor: { login: 'github-actions' }, lastEditedAt: '2030-01-01T00:00:00Z' })], '12.3.0')).toEqual(verdicts);
  });

  it('not one someone else edited last, nor one whose editor GitHub no longer names', () => {
    expect(carriedVerdicts([comment({ editor: { login: 'octo-maintainer' }, lastEditedAt: '2030-01-01T00:00:00Z' })], '12.3.0')).toEqual(new Map());
    expect(carriedVerdicts([comment({ editor: null, lastEditedAt: '2030-01-01T00:00:00Z' })], '12.3.0')).toEqual(new Map());
  });

  it("not another user's comment that copies the marker and the note, nor archgate's comments that are not its report", () => {
    expect(carriedVerdicts([comment({ viewerDidAuthor: false, author: { login: 'octocat' } })], '12.3.0')).toEqual(new Map());
    expect(carriedVerdicts([comment({ body: comment().body.replace(MARKER, '<!-- archgate:reply -->') })], '12.3.0')).toEqual(new Map());
  });
});

describe('the verdict cache with carried verdicts', () => {
  it('asks mermaid for none of the carried blocks, and lists what the review looked up', async () => {
    const asked: string[] = [];
    const cache = new VerdictCache(async (code) => (asked.push(code), null), null);
    cache.carry(verdicts);
    expect(await cache.verdict(BROKEN)).toEqual(PARSE_ERROR);
    expect(await cache.verdict('sequenceDiagram\n  a->>b: hi')).toBeNull();
    expect(asked).toEqual(['sequenceDiagram\n  a->>b: hi']);
    expect(cache.asked).toBe(1);
    expect(cache.takeLookups()).toEqual(new Map([[blockHash(BROKEN), PARSE_ERROR], [blockHash('sequenceDiagram\n  a->>b: hi'), null]]));
    expect(cache.takeLookups()).toEqual(new Map());
  });
});
