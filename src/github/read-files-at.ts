import type { Octokit, Repo } from './octokit.js';
import path from 'node:path';
import { LinkLoopError, MAX_LINK_HOPS, OutsideRootError, type FileSource } from '../io/file-source.js';
import { cannotReadRepository, malformedAnswer } from './api-errors.js';
import { COMMENT_FIELDS, type PullRequestComment } from './carried-verdicts.js';

// Documents, config and templates are read at exact commits, so the Action needs no checkout and
// a pull request cannot swap what is read. One GraphQL query reads every path at every commit
// asked for (files, and folders with their markdown files); each answer carries the git object
// id, so "did the pull request change this?" is a comparison, not a list of changed files.
// Git stores a symbolic link as a blob holding its target (tree entry mode 0o120000): the reader
// follows it inside the repository at the same commit, as the CLI follows one in a checkout.

export type Entry = { kind: 'file'; text: string; oid: string } | { kind: 'dir'; names: string[]; oid: string } | null;
/** A symbolic link as git stores it: the target as written, relative to the link's folder. */
type Link = { kind: 'link'; target: string; oid: string };
type Stored = Entry | Link;

/** Git's file mode of a symbolic link (0o120000), as TreeEntry.mode gives it. */
const SYMLINK_MODE = 0o120000;

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
  `oid entries { name type mode object { __typename ... on Blob { ${BLOB_FIELDS} }${levels > 1 ? ` ... on Tree { ${treeFields(levels - 1)} }` : ' ... on Tree { oid }'} } }`;
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
  entries?: { name: string; type: string; mode: number; object: BlobAnswer | TreeAnswer | { __typename: string } | null }[] | null;
}
type ObjectAnswer = BlobAnswer | TreeAnswer | { __typename: string } | null;

const clean = (p: string) => p.replace(/^\.?\/+/, '').replace(/\/+$/, '');

/** The paths of one commit, as far as they were read: each path is asked for once and kept. */
export class CommitSnapshot {
  readonly entries = new Map<string, Stored>();
  /** The repository, as refusals name it ("the checked directory"): set by the first read. */
  root = 'the repository';

  constructor(readonly sha: string) {}

  has(path: string): boolean {
    return this.entries.has(clean(path));
  }

  /**
   * The repository path `rel` stands for, every symbolic link on the way followed (as the system
   * follows them in a checkout); null where a link has an empty target. Throws OutsideRootError
   * for a link out of the repository or an absolute one, LinkLoopError past MAX_LINK_HOPS links.
   */
  resolve(rel: string): string | null {
    const asked = clean(rel);
    const done: string[] = [];
    const todo = asked.split('/').filter((p) => p && p !== '.');
    let hops = 0;
    while (todo.length) {
      const name = todo.shift()!;
      if (name === '..') {
        if (!done.length) throw new OutsideRootError(asked, asked, this.root);
        done.pop();
        continue;
      }
      const here = [...done, name].join('/');
      const entry = this.entries.get(here);
      if (entry?.kind !== 'link') {
        done.push(name);
        continue;
      }
      if (++hops > MAX_LINK_HOPS) throw new LinkLoopError(asked);
      if (!entry.target) return null;
      const lexical = path.posix.normalize(path.posix.join(done.join('/') || '.', entry.target));
      if (entry.target.startsWith('/') || lexical === '..' || lexical.startsWith('../')) throw new OutsideRootError(asked, entry.target.startsWith('/') ? entry.target : lexical, this.root);
      todo.unshift(...entry.target.split('/').filter((p) => p && p !== '.'));
    }
    return done.join('/');
  }

  /** What a path holds, links followed (see resolve). */
  get(path: string): Entry {
    const real = this.resolve(path);
    const entry = real === null ? null : this.entries.get(real);
    return entry?.kind === 'link' ? null : (entry ?? null);
  }

  /**
   * An id of what a path holds: equal ids mean equal content (for a folder, everything in it).
   * The git object id, and beside it what each link in it leads to, since a link's blob stays the
   * same when its target changes. A refused link gives a fixed id: reading it fails the run anyway.
   */
  oid(path: string, seen = new Set<string>()): string | null {
    let real: string | null;
    try {
      real = this.resolve(path);
    } catch (error) {
      return `refused: ${(error as Error).message}`;
    }
    const entry = real === null ? null : this.entries.get(real);
    if (!entry || entry.kind === 'link' || real === null) return null;
    if (entry.kind === 'file' || seen.has(real)) return entry.oid;
    seen.add(real);
    const links = [...this.entries].filter(([p, e]) => e?.kind === 'link' && p.startsWith(real + '/')).map(([p]) => p).sort();
    return [entry.oid, ...links.map((p) => `${p}: ${this.oid(p, seen)}`)].join('\n');
  }

  /** The text of every file read so far. */
  texts(): string[] {
    return [...this.entries.values()].flatMap((e) => (e?.kind === 'file' ? [e.text] : []));
  }

  /** This snapshot with some files' text replaced: what a commit of just those changes on top of it holds. */
  withFiles(sha: string, files: readonly { path: string; text: string }[]): CommitSnapshot {
    const next = new CommitSnapshot(sha);
    next.root = this.root;
    for (const [p, e] of this.entries) next.entries.set(p, e);
    for (const f of files) next.entries.set(clean(f.path), { kind: 'file', text: f.text, oid: `${sha}:${clean(f.path)}` });
    return next;
  }

  /** A synchronous view for the reader; only what was read exists. Links are followed, as the CLI follows them. */
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
      // A folder reached twice through links is read once, as in a checkout.
      identity: (rel) => this.resolve(rel) ?? clean(rel),
    };
  }
}

/** Text of a blob GraphQL would not give whole (too big, or not UTF-8 to GitHub): REST has it. */
async function blobText(octokit: Octokit, repo: Repo, answer: BlobAnswer): Promise<string> {
  if (answer.text !== null && !answer.isTruncated) return answer.text;
  const { data } = await octokit.rest.git.getBlob({ ...repo, file_sha: answer.oid });
  return Buffer.from(data.content, (data.encoding as BufferEncoding) || 'base64').toString('utf8');
}

/** A path to read at a commit: `depth` folders below a path asked for, `hops` links followed to reach it. */
type Wanted = { snapshot: CommitSnapshot; path: string; depth: number; hops: number };
/** What one query answered for a path: its object, and for a path asked by name, its tree entry's mode. */
type Answer = { object: ObjectAnswer; mode: number | null };

/** Names the reader skips in a folder (src/io/read-doc-set.ts): not worth a request. */
const skippedFolder = (name: string) => name.startsWith('.') || name === 'node_modules';

/**
 * Keep one answer in its snapshot: a file, a link, or a folder with its markdown files, its links
 * and its subfolders as deep as the query read them. Folders below that are returned to be asked
 * for next, and so are the links, whose targets are read next.
 */
async function keep(octokit: Octokit, repo: Repo, item: Wanted, answer: Answer, next: { deeper: Wanted[]; links: Wanted[] }): Promise<void> {
  const { snapshot, path, depth } = item;
  const object = answer.object;
  if (object?.__typename === 'Blob' && answer.mode === SYMLINK_MODE) {
    const b = object as BlobAnswer;
    snapshot.entries.set(path, { kind: 'link', target: await blobText(octokit, repo, b), oid: b.oid });
    next.links.push(item);
  } else if (object?.__typename === 'Blob') {
    const b = object as BlobAnswer;
    snapshot.entries.set(path, { kind: 'file', text: await blobText(octokit, repo, b), oid: b.oid });
  } else if (object?.__typename === 'Tree') {
    const t = object as TreeAnswer;
    if (!('entries' in t)) {
      if (depth <= MAX_FOLDER_DEPTH && !skippedFolder(path.slice(path.lastIndexOf('/') + 1))) next.deeper.push(item);
      return;
    }
    const entries = t.entries ?? [];
    snapshot.entries.set(path, { kind: 'dir', names: entries.map((e) => e.name), oid: t.oid });
    for (const e of entries) {
      const child = { ...item, path: `${path}/${e.name}`, depth: depth + 1 };
      const entryAnswer = { object: e.object, mode: e.mode };
      if (e.object?.__typename === 'Tree') await keep(octokit, repo, child, entryAnswer, next);
      // A link may lead to a folder or a markdown file whatever its own name: the reader lists it as what it leads to. Raw mermaid files (.mmd, .mermaid) are an architecture folder's too.
      else if (e.object?.__typename === 'Blob' && (/\.(?:md|mmd|mermaid)$/i.test(e.name) || (e.mode === SYMLINK_MODE && !skippedFolder(e.name)))) await keep(octokit, repo, child, entryAnswer, next);
    }
  } else snapshot.entries.set(path, null);
}

/** The paths links lead to that are not read yet: asked for in the next query, up to MAX_LINK_HOPS links in a row. */
function linkTargets(links: readonly Wanted[]): Wanted[] {
  const out: Wanted[] = [];
  for (const link of links) {
    if (link.hops >= MAX_LINK_HOPS) continue;
    let target: string | null;
    try {
      target = link.snapshot.resolve(link.path);
    } catch {
      // Out of the repository, or a loop: the reader refuses it, nothing to read.
      continue;
    }
    if (target && !link.snapshot.has(target)) out.push({ snapshot: link.snapshot, path: target, depth: 0, hops: link.hops + 1 });
  }
  return out;
}

/** How many of a pull request's comments the first read asks for: archgate's are among its first (it comments on the first run). */
const COMMENTS_READ = 100;

/** What the first read asks besides the paths: who the token is, and a pull request's first comments. */
interface Extras {
  viewer?: boolean;
  /** The pull request whose comments to read (archgate's carry mermaid's verdicts, src/github/carried-verdicts.ts). */
  comments?: number;
}

/** A pull request's first comments, as the first read has them; `more` when it has further ones. */
export interface FirstComments {
  nodes: PullRequestComment[];
  more: boolean;
}

/**
 * One GraphQL request: the objects at (snapshot, path) pairs, with `viewer` who the token is, and
 * with `comments` the pull request's first comments (null when GitHub would not give them: they are
 * only a shortcut, and their absence costs mermaid one more look at each block).
 */
async function queryObjects(octokit: Octokit, repo: Repo, todo: readonly Wanted[], extras: Extras): Promise<{ answers: Answer[]; viewer: string | null; comments: FirstComments | null }> {
  const viewer = !!extras.viewer;
  const prNumber = extras.comments;
  // A path asked by name is also asked as its commit's tree entry: object() answers a link with
  // its blob, and only the entry's mode tells a link from a file. Folders found inside a folder
  // (depth > 0) were entries already: their mode is known.
  const named = todo.map((_, i) => i).filter((i) => todo[i].depth === 0);
  const vars = todo.map((_, i) => `, $e${i}: String!`).join('') + named.map((i) => `, $c${i}: String!, $p${i}: String!`).join('');
  const fields = [
    ...todo.map((_, i) => `e${i}: object(expression: $e${i}) { ${OBJECT_FIELDS} }`),
    ...named.map((i) => `m${i}: object(expression: $c${i}) { ... on Commit { file(path: $p${i}) { mode } } }`),
  ].join('\n    ');
  const viewerField = viewer ? '\n  viewer { login }' : '';
  const commentsField = prNumber === undefined ? '' : `\n    pr: pullRequest(number: $pr) { comments(first: ${COMMENTS_READ}) { nodes { ${COMMENT_FIELDS} } pageInfo { hasNextPage } } }`;
  const prVar = prNumber === undefined ? '' : ', $pr: Int!';
  const query = `query archgateRead($owner: String!, $name: String!${prVar}${vars}) {\n  repository(owner: $owner, name: $name) {\n    nameWithOwner\n    ${fields}${commentsField}\n  }${viewerField}\n}`;
  const variables: Record<string, string | number> = { owner: repo.owner, name: repo.repo };
  if (prNumber !== undefined) variables.pr = prNumber;
  todo.forEach((t, i) => (variables[`e${i}`] = `${t.snapshot.sha}:${t.path}`));
  for (const i of named) {
    variables[`c${i}`] = todo[i].snapshot.sha;
    variables[`p${i}`] = todo[i].path;
  }
  type ModeAnswer = { file?: { mode?: unknown } | null } | null;
  type CommentsAnswer = { comments?: { nodes?: unknown; pageInfo?: { hasNextPage?: unknown } | null } | null } | null;
  let data: { repository: Record<string, ObjectAnswer | ModeAnswer | CommentsAnswer> | null; viewer?: { login?: unknown } | null };
  try {
    data = await octokit.graphql<typeof data>(query, variables);
  } catch (error) {
    // GraphQL answers 200 with errors (a partial answer too: data beside one NOT_FOUND). Every one fails the read,
    // but for the pull request's comments: a pull request that is gone is the review's to meet (src/main.ts).
    const errors = (error as { errors?: { type?: string; message?: string; path?: unknown[] }[] }).errors;
    if (!Array.isArray(errors)) throw error;
    const partial = (error as { data?: typeof data }).data;
    const aboutComments = (e: { path?: unknown[] }) => Array.isArray(e?.path) && e.path[0] === 'repository' && e.path[1] === 'pr';
    if (prNumber !== undefined && partial?.repository && errors.every(aboutComments)) return answersOf(partial, todo, viewer, null);
    if (errors.some((e) => e?.type === 'NOT_FOUND' || e?.type === 'FORBIDDEN')) throw cannotReadRepository(repo, 'GitHub answered NOT_FOUND to the GraphQL query that reads the documents');
    throw malformedAnswer('POST /graphql', `it reports errors (${errors.map((e) => String(e?.type ?? 'ERROR')).join(', ')})`);
  }
  if (!data || typeof data !== 'object') throw malformedAnswer('POST /graphql', 'it has no data');
  if (!data.repository) throw cannotReadRepository(repo, 'GitHub answered the GraphQL query with no repository');
  const comments = prNumber === undefined ? null : (data.repository.pr as CommentsAnswer)?.comments;
  const more = comments?.pageInfo?.hasNextPage;
  const nodes = comments?.nodes;
  const whole = Array.isArray(nodes) && typeof more === 'boolean' && nodes.every((n) => typeof n?.databaseId === 'number' && typeof n?.body === 'string');
  return answersOf(data, todo, viewer, whole ? { nodes: nodes as PullRequestComment[], more } : null);
}

function answersOf(data: { repository: Record<string, unknown> | null; viewer?: { login?: unknown } | null }, todo: readonly Wanted[], viewer: boolean, comments: FirstComments | null): { answers: Answer[]; viewer: string | null; comments: FirstComments | null } {
  if (viewer && typeof data.viewer?.login !== 'string') throw malformedAnswer('POST /graphql', 'it does not say who the token is (viewer.login)');
  const answers = todo.map((_, i): Answer => {
    const mode = (data.repository![`m${i}`] as { file?: { mode?: unknown } | null } | null)?.file?.mode;
    return { object: (data.repository![`e${i}`] as ObjectAnswer) ?? null, mode: typeof mode === 'number' ? mode : null };
  });
  return { answers, viewer: viewer ? (data.viewer!.login as string) : null, comments };
}

/**
 * Read paths at commits: every (snapshot, path) pair not read yet, in one GraphQL request.
 * A folder is read whole: its markdown files and its subfolders, LEVELS_PER_QUERY levels deep in
 * that request, and one more request per further LEVELS_PER_QUERY levels (all folders at once).
 * With `viewer`, the first request asks who the token is (the login archgate's comments carry);
 * with `comments`, that pull request's first comments (see queryObjects).
 * Any error in GitHub's answer fails the read: a gate that cannot read must not pass.
 */
export async function readPathsAt(octokit: Octokit, repo: Repo, wanted: [CommitSnapshot, readonly string[]][], options: Extras = {}): Promise<{ viewer: string | null; comments: FirstComments | null }> {
  let todo: Wanted[] = [];
  for (const [snapshot, paths] of wanted) {
    snapshot.root = `${repo.owner}/${repo.repo}`;
    for (const raw of new Set(paths.map(clean))) if (raw && !snapshot.has(raw) && !todo.some((t) => t.snapshot === snapshot && t.path === raw)) todo.push({ snapshot, path: raw, depth: 0, hops: 0 });
  }
  if (!todo.length && !options.viewer && options.comments === undefined) return { viewer: null, comments: null };
  const { answers, viewer, comments } = await queryObjects(octokit, repo, todo, options);
  let next = answers;
  while (todo.length) {
    const found = { deeper: [] as Wanted[], links: [] as Wanted[] };
    for (const [i, item] of todo.entries()) await keep(octokit, repo, item, next[i], found);
    // Deeper folders and link targets go in one query. A path another path already brought in (a
    // doc set naming a subfolder too, a link to a file read already) is not asked again.
    const more = [...found.deeper, ...linkTargets(found.links)];
    todo = more.filter((t, i) => !t.snapshot.has(t.path) && more.findIndex((u) => u.snapshot === t.snapshot && u.path === t.path) === i);
    if (todo.length) next = (await queryObjects(octokit, repo, todo, {})).answers;
  }
  return { viewer, comments };
}
