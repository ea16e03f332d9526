import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildClientSchema, graphql, parse, validate, type GraphQLSchema, type IntrospectionQuery } from 'graphql';

// GitHub's official GraphQL schema (@octokit/graphql-schema): the fake answers queries by
// executing them against it with graphql-js, so a query GitHub would refuse is refused here too,
// and every answer has the schema's shape by construction.

// The package exports only its module entry, so the schema file is found by path.
const SCHEMA_PATH = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../node_modules/@octokit/graphql-schema/schema.json');

let schema: GraphQLSchema | null = null;
// The introspection result, as the package's own validate() uses it (the published SDL repeats some fields).
const githubSchema = () => (schema ??= buildClientSchema(JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')) as IntrospectionQuery));

/** GitHub answers text of blobs up to this size; bigger ones say isTruncated (REST git/blobs has them whole). */
export const BLOB_TEXT_LIMIT = 512 * 1024;

export interface GitState {
  fullName: string;
  /** The files of a commit, or undefined for an unknown sha. */
  files(sha: string): Map<string, string> | undefined;
  /** The sha of a stored file (see bytesFile), kept for REST's git/blobs. */
  blobSha(stored: string): string;
  /** The text GraphQL gives of a blob whose bytes are not UTF-8 (GitHub's choice; replacement characters unless a test says otherwise). */
  textOfBytes?(bytes: Buffer): string;
  treeSha(files: [string, string][]): string;
  /** The login of the token that asks (what `viewer` answers). */
  viewer?: string;
  /** False for a token that cannot see the repository: `repository` is null with a NOT_FOUND error, as GitHub answers. */
  sees?: boolean;
  /** A pull request's comments, oldest first, each with who last edited it (null: never edited); undefined for no such pull request. */
  pullComments?(number: number): { id: number; body: string; user: string; editor: string | null }[] | undefined;
  /** A pull request review comment by its GraphQL id (what `nodes` and `minimizeComment` reach). */
  reviewComment?(nodeId: string): MinimizableComment | undefined;
}

export interface MinimizableComment {
  nodeId: string;
  user: string;
  /** The classifier it was minimised with (lower case, as GitHub's minimizedReason), and by whom. */
  minimized: { reason: string; by: string } | null;
}

type Json = Record<string, unknown>;

// A symbolic link is a file of the fake's commits whose text is this mark and the target: git
// stores a link as a blob holding the target path, with the tree entry's mode 0o120000.
const LINK_MARK = '\u0000symlink\u0000';
/** The text of a file that is a symbolic link to `target` (relative to the link's folder, as `ln -s` writes it). */
export const symlink = (target: string): string => LINK_MARK + target;
export const linkTarget = (text: string): string | null => (text.startsWith(LINK_MARK) ? text.slice(LINK_MARK.length) : null);
const MODE = { file: 0o100644, dir: 0o040000, link: 0o120000 };

// A file whose bytes are not UTF-8 is stored as this mark and its bytes as Latin-1 (one
// character a byte); every other file is its text.
const BYTES_MARK = '\u0000bytes\u0000';
/** How the fake stores a file of these bytes. */
export const bytesFile = (bytes: Uint8Array): string => {
  const text = Buffer.from(bytes).toString('utf8');
  return Buffer.from(text, 'utf8').equals(Buffer.from(bytes)) ? text : BYTES_MARK + Buffer.from(bytes).toString('latin1');
};
/** The bytes of a stored file (what git holds). */
export const fileBytes = (stored: string): Buffer => (stored.startsWith(BYTES_MARK) ? Buffer.from(stored.slice(BYTES_MARK.length), 'latin1') : Buffer.from(stored, 'utf8'));

function blob(state: GitState, stored: string): Json {
  // A link's blob is its target path: what GitHub gives for it, as text.
  const content = linkTarget(stored) ?? stored;
  const oid = state.blobSha(content);
  const bytes = fileBytes(content);
  const binary = bytes.includes(0);
  const truncated = bytes.length > BLOB_TEXT_LIMIT;
  const text = content.startsWith(BYTES_MARK) ? (state.textOfBytes?.(bytes) ?? bytes.toString('utf8')) : content;
  return {
    __typename: 'Blob',
    oid,
    abbreviatedOid: oid.slice(0, 7),
    byteSize: bytes.length,
    isBinary: binary,
    isTruncated: truncated,
    text: binary ? null : truncated ? text.slice(0, BLOB_TEXT_LIMIT) : text,
  };
}

function tree(state: GitState, files: Map<string, string>, dir: string): Json | null {
  const prefix = dir + '/';
  const inside = [...files].filter(([p]) => p.startsWith(prefix)).map(([p, t]): [string, string] => [p.slice(prefix.length), t]);
  if (!inside.length) return null;
  const names = [...new Set(inside.map(([p]) => p.split('/')[0]))].sort();
  const entries = names.map((name) => {
    const text = files.get(prefix + name);
    const object = text !== undefined ? blob(state, text) : tree(state, files, prefix + name);
    return { name, path: prefix + name, type: text !== undefined ? 'blob' : 'tree', oid: object!.oid, mode: text === undefined ? MODE.dir : linkTarget(text) !== null ? MODE.link : MODE.file, object };
  });
  return { __typename: 'Tree', oid: state.treeSha(inside), abbreviatedOid: state.treeSha(inside).slice(0, 7), entries };
}

/**
 * The object a rev-parse expression names, as GitHub's Repository.object answers it: "<sha>:<path>"
 * is a blob or a tree (a link is its own blob: git does not follow it, nor a link inside the path),
 * "<sha>" the commit, whose file(path) is the tree entry there, with its mode.
 */
function objectAt(state: GitState, expression: string): Json | null {
  const colon = expression.indexOf(':');
  const files = state.files(colon === -1 ? expression : expression.slice(0, colon));
  if (!files) return null;
  if (colon === -1) return { __typename: 'Commit', oid: expression, file: ({ path: p }: { path: string }) => entryAt(state, files, p.replace(/^\.?\/+/, '').replace(/\/+$/, '')) };
  const p = expression.slice(colon + 1).replace(/^\.?\/+/, '').replace(/\/+$/, '');
  const text = files.get(p);
  return text !== undefined ? blob(state, text) : tree(state, files, p);
}

/** The tree entry at a path of a commit (Commit.file): null where nothing is. */
function entryAt(state: GitState, files: Map<string, string>, p: string): Json | null {
  const text = files.get(p);
  const object = text !== undefined ? blob(state, text) : tree(state, files, p);
  if (!object) return null;
  const name = p.slice(p.lastIndexOf('/') + 1);
  return { name, path: p, type: text !== undefined ? 'blob' : 'tree', oid: object.oid, mode: text === undefined ? MODE.dir : linkTarget(text) !== null ? MODE.link : MODE.file, object };
}

/** A user or an app as GraphQL names it: an app's bot is a Bot whose login has no "[bot]" (REST's user.login has it). */
const actor = (login: string): Json => (login.endsWith('[bot]') ? { __typename: 'Bot', login: login.slice(0, -'[bot]'.length) } : { __typename: 'User', login });

/** Repository.pullRequest(number), with its comments (IssueComment) as the first read asks for them. */
function pullRequestNode(state: GitState, number: number, viewer: string): Json {
  const comments = state.pullComments?.(number);
  if (!comments) throw Object.assign(new Error(`Could not resolve to a PullRequest with the number of ${number}.`), { extensions: { type: 'NOT_FOUND' } });
  return {
    number,
    comments: ({ first }: { first?: number }) => {
      const shown = comments.slice(0, first ?? 100);
      return {
        totalCount: comments.length,
        pageInfo: { hasNextPage: shown.length < comments.length, hasPreviousPage: false, startCursor: null, endCursor: null },
        nodes: shown.map((c) => ({
          databaseId: c.id,
          body: c.body,
          viewerDidAuthor: c.user === viewer,
          author: actor(c.user),
          editor: c.editor === null ? null : actor(c.editor),
          // The fake reads no clock: an edit's moment is a fixed one.
          lastEditedAt: c.editor === null ? null : '2030-01-01T00:00:00Z',
        })),
      };
    },
  };
}

function reviewCommentNode(c: MinimizableComment | undefined): Json | null {
  return c ? { __typename: 'PullRequestReviewComment', id: c.nodeId, isMinimized: !!c.minimized, minimizedReason: c.minimized?.reason ?? null } : null;
}

export interface GraphqlAnswer {
  status: number;
  body: Json;
  /** What GitHub's schema says is wrong with the query: every test expects none. */
  violations: string[];
}

export async function answerGraphql(state: GitState, body: unknown): Promise<GraphqlAnswer> {
  const { query, variables } = (body ?? {}) as { query?: unknown; variables?: Json };
  if (typeof query !== 'string') return { status: 400, body: { message: 'Problems parsing JSON', documentation_url: 'https://docs.github.com/graphql' }, violations: ['POST /graphql: no query'] };
  let document;
  try {
    document = parse(query);
  } catch (error) {
    return { status: 200, body: { errors: [{ message: String(error) }] }, violations: [`POST /graphql: ${String(error)}`] };
  }
  const invalid = validate(githubSchema(), document);
  if (invalid.length) return { status: 200, body: { errors: invalid.map((e) => ({ message: e.message })) }, violations: invalid.map((e) => `POST /graphql: ${e.message}`) };
  const rootValue = {
    repository: ({ owner, name }: { owner: string; name: string }) => {
      if (`${owner}/${name}` !== state.fullName || state.sees === false) throw Object.assign(new Error(`Could not resolve to a Repository with the name '${owner}/${name}'.`), { extensions: { type: 'NOT_FOUND' } });
      return { nameWithOwner: state.fullName, object: ({ expression }: { expression?: string }) => (expression ? objectAt(state, expression) : null), pullRequest: ({ number }: { number: number }) => pullRequestNode(state, number, state.viewer ?? 'github-actions[bot]') };
    },
    viewer: () => ({ login: state.viewer ?? 'github-actions[bot]' }),
    nodes: ({ ids }: { ids: string[] }) => ids.map((id) => reviewCommentNode(state.reviewComment?.(id))),
    minimizeComment: ({ input }: { input: { subjectId: string; classifier: string } }) => {
      const c = state.reviewComment?.(input.subjectId);
      if (!c) throw Object.assign(new Error(`Could not resolve to a node with the global id of '${input.subjectId}'`), { extensions: { type: 'NOT_FOUND' } });
      // GitHub lets a token with pull-requests: write minimise anyone's comment: who did it is recorded for tests.
      c.minimized = { reason: input.classifier.toLowerCase(), by: state.viewer ?? 'github-actions[bot]' };
      return { clientMutationId: null, minimizedComment: reviewCommentNode(c) };
    },
  };
  const result = await graphql({ schema: githubSchema(), source: query, rootValue, variableValues: variables });
  const errors = result.errors?.map((e) => ({ type: (e.extensions?.type as string | undefined) ?? 'INTERNAL', path: e.path, locations: e.locations, message: e.message }));
  const violations = (result.errors ?? []).filter((e) => e.extensions?.type !== 'NOT_FOUND').map((e) => `POST /graphql: ${e.message}`);
  return { status: 200, body: errors ? { data: result.data ?? null, errors } : { data: result.data }, violations };
}
