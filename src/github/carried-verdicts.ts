import type { MermaidVerdict } from '../io/mermaid-parse.js';

// Mermaid's verdicts, carried from one Action run to the next in a hidden note at the end of
// archgate's sticky comment: a push that leaves the diagrams alone then validates none of them,
// and mermaid's worker never starts. Each verdict is keyed by the sha256 of the block's code and
// by mermaid's version, and says what mermaid said (null: it parses), never archgate's wording.
//
// A pull request's author must not be able to forge a verdict (a broken diagram would pass), so a
// note counts only in a comment the token itself wrote (viewerDidAuthor) that nobody else has
// edited since: its last editor is its author, or it was never edited. Anything else is read as
// no note at all, and the blocks are validated again. Whoever else holds the same token (another
// workflow of the repository running as github-actions[bot]) is archgate as far as GitHub can
// tell: such a workflow can already set any check on a commit.

const NOTE_NAME = 'archgate:mermaid-verdicts';
/** The note, always last in the body: `<!-- archgate:mermaid-verdicts mermaid="12.3.0" data="…" -->`. */
const NOTE_AT_END = /\n<!-- archgate:mermaid-verdicts mermaid="([\w.+-]+)" data="([A-Za-z0-9_-]*)" -->$/;
// Note text anywhere else (a patch quoting a document that quotes a note), any spacing or case.
const NOTE_TEXT = /<!--(\s*archgate:mermaid-verdicts)/gi;
/** The most characters a note takes: the report keeps the rest of GitHub's 65,536. */
export const NOTE_LIMIT = 16_000;
/** An error whose message is longer is not carried (its block is validated again): no truncated message ever reaches a finding. */
const MESSAGE_LIMIT = 2_000;

/** What the first read asks of each pull request comment (GraphQL's IssueComment). */
export interface PullRequestComment {
  /** The comment's id in REST (what archgate edits it by). */
  databaseId: number;
  viewerDidAuthor: boolean;
  body: string;
  author: { login: string } | null;
  editor: { login: string } | null;
  lastEditedAt: string | null;
}

export const COMMENT_FIELDS = 'databaseId viewerDidAuthor body author { login } editor { login } lastEditedAt';

type Payload = { ok: string[]; failed: [string, string, number?][] };

const toKey = (hexHash: string) => Buffer.from(hexHash, 'hex').toString('base64url');
const fromKey = (key: string) => Buffer.from(key, 'base64url').toString('hex');
const isKey = (v: unknown): v is string => typeof v === 'string' && /^[A-Za-z0-9_-]{43}$/.test(v);

/**
 * The note carrying these verdicts (by block hash, hex), at most NOTE_LIMIT characters: the
 * verdicts that do not fit are left out (sorted by hash, so the same verdicts give the same note).
 * Empty when there is nothing to carry.
 */
export function verdictNote(verdicts: ReadonlyMap<string, MermaidVerdict>, mermaidVersion: string): string {
  const payload: Payload = { ok: [], failed: [] };
  const head = `\n<!-- ${NOTE_NAME} mermaid="${mermaidVersion.replace(/[^\w.+-]/g, '_')}" data="`;
  const tail = '" -->';
  // base64 makes 4 characters of 3 bytes: the JSON may take three quarters of what is left.
  const budget = Math.floor(((NOTE_LIMIT - head.length - tail.length) * 3) / 4);
  let size = '{"ok":[],"failed":[]}'.length;
  for (const [hash, verdict] of [...verdicts].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (!/^[0-9a-f]{64}$/.test(hash)) continue;
    if (verdict && verdict.message.length > MESSAGE_LIMIT) continue;
    const entry: string | [string, string, number?] = !verdict ? toKey(hash) : verdict.line === undefined ? [toKey(hash), verdict.message] : [toKey(hash), verdict.message, verdict.line];
    const cost = Buffer.byteLength(JSON.stringify(entry)) + 1;
    if (size + cost > budget) break;
    size += cost;
    if (typeof entry === 'string') payload.ok.push(entry);
    else payload.failed.push(entry);
  }
  if (!payload.ok.length && !payload.failed.length) return '';
  return `${head}${Buffer.from(JSON.stringify(payload)).toString('base64url')}${tail}`;
}

/** The body with the note last, and note text anywhere before it broken with a zero-width space (it is never read there). */
export function withVerdictNote(body: string, note: string): string {
  return body.replace(NOTE_TEXT, '<!--\u200b$1') + note;
}

/** The verdicts of a note at the end of a body, for this mermaid; none when there is no note, it is another mermaid's, or it is malformed. */
export function readVerdictNote(body: string, mermaidVersion: string): Map<string, MermaidVerdict> {
  const verdicts = new Map<string, MermaidVerdict>();
  const note = NOTE_AT_END.exec(body);
  if (!note || note[1] !== mermaidVersion) return verdicts;
  let payload: Payload;
  try {
    payload = JSON.parse(Buffer.from(note[2], 'base64url').toString('utf8')) as Payload;
  } catch {
    return verdicts;
  }
  if (!payload || !Array.isArray(payload.ok) || !Array.isArray(payload.failed)) return verdicts;
  const read = new Map<string, MermaidVerdict>();
  for (const key of payload.ok) {
    if (!isKey(key)) return verdicts;
    read.set(fromKey(key), null);
  }
  for (const entry of payload.failed) {
    if (!Array.isArray(entry) || entry.length < 2 || entry.length > 3) return verdicts;
    const [key, message, line] = entry;
    if (!isKey(key) || typeof message !== 'string' || (line !== undefined && !Number.isInteger(line))) return verdicts;
    read.set(fromKey(key), { message, ...(line === undefined ? {} : { line }) });
  }
  return read;
}

/** Whether archgate wrote this comment and nobody else edited it since (see the top of this file). */
export function untouchedSince(comment: PullRequestComment): boolean {
  if (comment.viewerDidAuthor !== true || typeof comment.body !== 'string') return false;
  if (!comment.editor) return comment.lastEditedAt === null;
  return !!comment.author && comment.editor.login === comment.author.login;
}

/** Every verdict the trusted archgate comments carry (any doc set's: a verdict is about a block, wherever it is). */
export function carriedVerdicts(comments: readonly PullRequestComment[], mermaidVersion: string): Map<string, MermaidVerdict> {
  const verdicts = new Map<string, MermaidVerdict>();
  for (const c of comments) {
    if (!untouchedSince(c) || !c.body.startsWith('<!-- archgate:sticky ')) continue;
    for (const [hash, verdict] of readVerdictNote(c.body, mermaidVersion)) verdicts.set(hash, verdict);
  }
  return verdicts;
}
