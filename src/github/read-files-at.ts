import type { Octokit, Repo } from './octokit.js';
import type { FileSource } from '../io/file-source.js';
import { cannotReadRepository, malformedAnswer } from './api-errors.js';

// Documents, config and templates are read at exact commits, so the Action needs no checkout and
// a pull request cannot swap what is read. One GraphQL query reads every path at every commit
// asked for (files, and folders with their markdown files); each answer carries the git object
// id, so "did the pull request change this?" is a comparison, not a list of changed files.

export type Entry = { kind: 'file'; text: string; oid: string } | { kind: 'dir'; names: string[]; oid: string } | null;

const BLOB_FIELDS = 'oid isBinary isTruncated text';
/**
 * Folder levels one query reads below a folder it is asked for. Deeper folders are read by one
 * more query per this many levels: a doc set without subfolders costs no extra request, and a
 * nesting of a few levels (one file per requirement in folders per area) costs none either.
 */
export const LEVELS_PER_QUERY = 4;
/** Nesting deeper than this is no document's layout (the reader stops there too). */
const MAX_FOLDER_DEPTH = 32;
const treeFields = (levels: number): string =>
  `oid entries { name type object { __typename ... on Blob { ${BLOB_FIELDS} }${levels > 1 ? ` ... on Tree { ${treeFields(levels - 1)} }` : ' ... on Tree { oid }'} } }`;
const OBJECT_FIELDS = `__typename ... on Blob { ${BLOB_FIELDS} } ... on Tree { ${treeFields(LEVELS_PER_QUERY)} }`;

interface BlobAnswer {
  __typename: 'Blob';
  oid: string;
  isBinary: boolean | null;
  isTruncated: boolean;
  text: string | null;
}
interface TreeAnswer {
  __typename: 'Tree';
  oid: string;
  /** Absent on a folder at the last level a query reads: its content is for the next query. */
  entries?: { name: string; type: string; object: BlobAnswer | TreeAnswer | { __typename: string } | null }[] | null;
}
type ObjectAnswer = BlobAnswer | TreeAnswer | { __typename: string } | null;

const clean = (p: string) => p.replace(/^\.?\/+/, '').replace(/\/+$/, '');

/** The paths of one commit, as far as they were read: each path is asked for once and kept. */
export class CommitSnapshot {
  readonly entries = new Map<string, Entry>();

  constructor(readonly sha: string) {}

  has(path: string): boolean {
    return this.entries.has(clean(path));
  }

  get(path: string): Entry {
    return this.entries.get(clean(path)) ?? null;
  }

  /** The git object id at a path: equal ids mean equal content (for a folder, everything in it). */
  oid(path: string): string | null {
    return this.get(path)?.oid ?? null;
  }

  /** This snapshot with some files' text replaced: what a commit of just those changes on top of it holds. */
  withFiles(sha: string, files: readonly { path: string; text: string }[]): CommitSnapshot {
    const next = new CommitSnapshot(sha);
    for (const [p, e] of this.entries) next.entries.set(p, e);
    for (const f of files) next.entries.set(clean(f.path), { kind: 'file', text: f.text, oid: `${sha}:${clean(f.path)}` });
    return next;
  }

  /** A synchronous view for the reader; only what was read exists. */
  source(): FileSource {
    return {
      kind: (rel) => this.get(rel)?.kind ?? null,
      list: (rel) => {
        const e = this.get(rel);
        return e?.kind === 'dir' ? e.names : [];
      },
      read: (rel) => {
        const e = this.get(rel);
        if (e?.kind !== 'file') throw new Error(`${rel} was not read at ${this.sha}`);
        return e.text;
      },
    };
  }
}

/** Text of a blob GraphQL would not give whole (too big, or not UTF-8 to GitHub): REST has it. */
async function blobText(octokit: Octokit, repo: Repo, answer: BlobAnswer): Promise<string> {
  if (answer.text !== null && !answer.isTruncated) return answer.text;
  const { data } = await octokit.rest.git.getBlob({ ...repo, file_sha: answer.oid });
  return Buffer.from(data.content, (data.encoding as BufferEncoding) || 'base64').toString('utf8');
}

type Wanted = { snapshot: CommitSnapshot; path: string; depth: number };

/** Names the reader skips in a folder (src/io/read-doc-set.ts): not worth a request. */
const skippedFolder = (name: string) => name.startsWith('.') || name === 'node_modules';

/**
 * Keep one answer in its snapshot: a file, or a folder with its markdown files and its subfolders
 * as deep as the query read them. Folders below that are returned to be asked for next.
 */
async function keep(octokit: Octokit, repo: Repo, item: Wanted, answer: ObjectAnswer, deeper: Wanted[]): Promise<void> {
  const { snapshot, path, depth } = item;
  if (answer?.__typename === 'Blob') {
    const b = answer as BlobAnswer;
    snapshot.entries.set(path, { kind: 'file', text: await blobText(octokit, repo, b), oid: b.oid });
  } else if (answer?.__typename === 'Tree') {
    const t = answer as TreeAnswer;
    if (!('entries' in t)) {
      if (depth <= MAX_FOLDER_DEPTH && !skippedFolder(path.slice(path.lastIndexOf('/') + 1))) deeper.push(item);
      return;
    }
    const entries = t.entries ?? [];
    snapshot.entries.set(path, { kind: 'dir', names: entries.map((e) => e.name), oid: t.oid });
    for (const e of entries) {
      const child = { snapshot, path: `${path}/${e.name}`, depth: depth + 1 };
      if (e.object?.__typename === 'Tree') await keep(octokit, repo, child, e.object, deeper);
      else if (e.object?.__typename === 'Blob' && /\.md$/i.test(e.name)) await keep(octokit, repo, child, e.object, deeper);
    }
  } else snapshot.entries.set(path, null);
}

/** One GraphQL request: the objects at (snapshot, path) pairs, and with `viewer`, who the token is. */
async function queryObjects(octokit: Octokit, repo: Repo, todo: readonly Wanted[], viewer: boolean): Promise<{ answers: Record<string, ObjectAnswer>; viewer: string | null }> {
  const vars = todo.map((_, i) => `, $e${i}: String!`).join('');
  const fields = todo.map((_, i) => `e${i}: object(expression: $e${i}) { ${OBJECT_FIELDS} }`).join('\n    ');
  const viewerField = viewer ? '\n  viewer { login }' : '';
  const query = `query archgateRead($owner: String!, $name: String!${vars}) {\n  repository(owner: $owner, name: $name) {\n    nameWithOwner\n    ${fields}\n  }${viewerField}\n}`;
  const variables: Record<string, string> = { owner: repo.owner, name: repo.repo };
  todo.forEach((t, i) => (variables[`e${i}`] = `${t.snapshot.sha}:${t.path}`));
  let data: { repository: Record<string, ObjectAnswer> | null; viewer?: { login?: unknown } | null };
  try {
    data = await octokit.graphql<typeof data>(query, variables);
  } catch (error) {
    // GraphQL answers 200 with errors (a partial answer too: data beside one NOT_FOUND). Every one fails the read.
    const errors = (error as { errors?: { type?: string; message?: string }[] }).errors;
    if (!Array.isArray(errors)) throw error;
    if (errors.some((e) => e?.type === 'NOT_FOUND' || e?.type === 'FORBIDDEN')) throw cannotReadRepository(repo, 'GitHub answered NOT_FOUND to the GraphQL query that reads the documents');
    throw malformedAnswer('POST /graphql', `it reports errors (${errors.map((e) => String(e?.type ?? 'ERROR')).join(', ')})`);
  }
  if (!data || typeof data !== 'object') throw malformedAnswer('POST /graphql', 'it has no data');
  if (!data.repository) throw cannotReadRepository(repo, 'GitHub answered the GraphQL query with no repository');
  if (viewer && typeof data.viewer?.login !== 'string') throw malformedAnswer('POST /graphql', 'it does not say who the token is (viewer.login)');
  return { answers: data.repository, viewer: viewer ? (data.viewer!.login as string) : null };
}

/**
 * Read paths at commits: every (snapshot, path) pair not read yet, in one GraphQL request.
 * A folder is read whole: its markdown files and its subfolders, LEVELS_PER_QUERY levels deep in
 * that request, and one more request per further LEVELS_PER_QUERY levels (all folders at once).
 * With `viewer`, the first request asks who the token is (the login archgate's comments carry).
 * Any error in GitHub's answer fails the read: a gate that cannot read must not pass.
 */
export async function readPathsAt(octokit: Octokit, repo: Repo, wanted: [CommitSnapshot, readonly string[]][], options: { viewer?: boolean } = {}): Promise<{ viewer: string | null }> {
  let todo: Wanted[] = [];
  for (const [snapshot, paths] of wanted) {
    for (const raw of new Set(paths.map(clean))) if (raw && !snapshot.has(raw) && !todo.some((t) => t.snapshot === snapshot && t.path === raw)) todo.push({ snapshot, path: raw, depth: 0 });
  }
  if (!todo.length && !options.viewer) return { viewer: null };
  const { answers, viewer } = await queryObjects(octokit, repo, todo, !!options.viewer);
  let next: Record<string, ObjectAnswer> = answers;
  while (todo.length) {
    const deeper: Wanted[] = [];
    for (const [i, item] of todo.entries()) await keep(octokit, repo, item, next[`e${i}`] ?? null, deeper);
    // A folder another path already brought in (a doc set naming a subfolder too) is not asked again.
    todo = deeper.filter((t, i) => !t.snapshot.has(t.path) && deeper.findIndex((u) => u.snapshot === t.snapshot && u.path === t.path) === i);
    if (todo.length) next = (await queryObjects(octokit, repo, todo, false)).answers;
  }
  return { viewer };
}
