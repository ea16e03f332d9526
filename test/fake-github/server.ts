import { createHash } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { OpenApi, type Operation } from './openapi.js';
import { answerGraphql, bytesFile, fileBytes, type GitState, type MinimizableComment } from './graphql.js';
export { bytesFile, fileBytes } from './graphql.js';
import { commentableLines, unifiedDiff } from './unified-diff.js';

// A fake GitHub on 127.0.0.1 that keeps state (commits, refs, pull requests, comments) and
// answers as the REST API does: bodies start from the official examples, and every request and
// response is checked against the official OpenAPI description. Tests assert on its final state.

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export interface Commit {
  sha: string;
  files: Map<string, string>;
  parents: string[];
  tree: string;
  message: string;
}

export interface Pull {
  number: number;
  headSha: string;
  headRef: string;
  headRepo: string;
  baseSha: string;
  baseRef: string;
  state: 'open' | 'closed';
  merged?: boolean;
}

export interface Comment {
  id: number;
  issue: number;
  body: string;
  user: string;
}

/** A pull request review comment: on one line of a file at a commit. */
export interface ReviewComment extends MinimizableComment {
  id: number;
  pull: number;
  path: string;
  line: number;
  commitId: string;
  body: string;
}

export interface Fault {
  method?: string;
  path: RegExp;
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** How many requests it answers before it stops (default 1). */
  times?: number;
  /** A raw, broken answer instead of JSON; 'hang' accepts the request and never answers. */
  raw?: 'malformed-json' | 'reset' | 'hang';
}

/** Who a token is, and whether it can see the repository (a token of another account sees nothing). */
export interface TokenIdentity {
  login: string;
  sees: boolean;
}

/** A push to a branch, as GET /repos/{owner}/{repo}/activity lists it. */
export interface Push {
  ref: string;
  before: string;
  after: string;
  /** ISO time, set by the test (the fake never reads the clock). */
  timestamp: string;
  actor: string;
}

/** The token runAction passes by default: the workflow's GITHUB_TOKEN, which acts as github-actions[bot]. */
export const WORKFLOW_TOKEN = 'ghs_fake_token_0123456789';

export interface LoggedRequest {
  method: string;
  path: string;
  status: number;
  /** Set for a GraphQL query (a read, though it is a POST). */
  query?: boolean;
}

interface Answer {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** An answer GitHub gives where its description is silent (e.g. 404 for a comment that is gone): not checked against it. */
  asGitHubDoes?: boolean;
}

let openapi: OpenApi | null = null;
const spec = () => (openapi ??= new OpenApi());

const sha1 = (s: string) => createHash('sha1').update(s).digest('hex');

export class FakeGitHub {
  readonly owner = 'acme';
  readonly repo = 'product';
  readonly commits = new Map<string, Commit>();
  readonly refs = new Map<string, string>();
  readonly pulls = new Map<number, Pull>();
  readonly comments: Comment[] = [];
  readonly reviewComments: ReviewComment[] = [];
  readonly reviews: { id: number; pull: number; body: string; event: string; user: string; commitId: string }[] = [];
  readonly collaborators = new Map<string, 'admin' | 'maintain' | 'write' | 'triage' | 'read' | 'none' | { permission: 'admin' | 'write' | 'read' | 'none'; roleName: string; push: boolean }>();
  /** Tokens the fake knows; an unknown token is github-actions[bot]. */
  readonly tokens = new Map<string, TokenIdentity>([[WORKFLOW_TOKEN, { login: 'github-actions[bot]', sees: true }]]);
  /** Pushes to branches, newest last (GET .../activity lists them newest first). */
  readonly pushes: Push[] = [];
  /** Branches whose ref update GitHub refuses (branch protection). */
  readonly protectedBranches = new Set<string>();
  /** The rate-limit headers every answer carries (GitHub sends them on every REST answer). */
  rateLimit = { limit: 5000, remaining: 4999, reset: 1_900_000_000, resource: 'core' };
  readonly requests: LoggedRequest[] = [];
  /** Called as each request arrives, before its body is read: the cold-start benchmark times it (the fake reads no clock). */
  onArrival: (() => void) | null = null;
  /** Spec violations: every test expects none. */
  readonly violations: string[] = [];
  readonly faults: Fault[] = [];
  /** Check runs and commit statuses created, in order. */
  readonly verdicts: { kind: 'check-run' | 'status'; sha: string; name: string; result: string; title: string }[] = [];
  /** The markdown summary of each check run, in the order they were created. */
  readonly checkRunSummaries: string[] = [];
  /** Edits and deletions of comments, and by whom. */
  readonly edits: { id: number; by: string; deleted?: boolean }[] = [];
  /** Milliseconds to hold every list-comments answer (to make two runs race). */
  listCommentsDelay = 0;
  /** Milliseconds to hold every answer, as the network and GitHub's servers do (benchmarks only). */
  latencyMs = 0;
  /** Called as each request arrives, before it is answered: lets a test change the state meanwhile (delete a comment, push). */
  onRequest: ((method: string, path: string) => void) | null = null;
  /** Called after archgate reads a ref, before it writes: lets a test push meanwhile. */
  onGetRef: (() => void) | null = null;
  /** GraphQL's text of a blob that is not UTF-8: replacement characters unless a test models a transcoding. */
  textOfBytes: ((bytes: Buffer) => string) | null = null;
  private readonly blobs = new Map<string, string>();
  private readonly trees = new Map<string, Map<string, string>>();
  private nextComment = 1000;
  private server: http.Server | null = null;
  url = '';

  get fullName(): string {
    return `${this.owner}/${this.repo}`;
  }

  commit(files: Record<string, string>, parent?: string, message = 'commit'): string {
    const base = parent ? new Map(this.commits.get(parent)!.files) : new Map<string, string>();
    for (const [p, text] of Object.entries(files)) base.set(p, text);
    return this.storeCommit(base, parent ? [parent] : [], message);
  }

  private storeCommit(files: Map<string, string>, parents: string[], message: string): string {
    const tree = sha1('tree' + JSON.stringify([...files].sort()));
    this.trees.set(tree, files);
    const sha = sha1('commit' + tree + parents.join() + message + this.commits.size);
    this.commits.set(sha, { sha, files, parents, tree, message });
    return sha;
  }

  openPull(pull: Omit<Pull, 'state' | 'baseRef' | 'headRepo'> & Partial<Pull>): Pull {
    const p: Pull = { state: 'open', baseRef: 'main', headRepo: this.fullName, ...pull };
    this.pulls.set(p.number, p);
    if (p.headRepo === this.fullName) this.refs.set(`heads/${p.headRef}`, p.headSha);
    this.refs.set('heads/main', p.baseSha);
    return p;
  }

  /** Requests that change state: every method but GET, less GraphQL queries (which only read). */
  writes(): LoggedRequest[] {
    return this.requests.filter((r) => r.method !== 'GET' && !r.query);
  }

  async start(): Promise<string> {
    this.server = http.createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this.url;
  }

  async stop(): Promise<void> {
    // Hung requests keep their sockets open: close them, or the server never stops.
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }

  /** Who sent a request: the identity of its token. */
  private identity(req: http.IncomingMessage): TokenIdentity {
    const token = req.headers.authorization?.replace(/^(token|bearer) /i, '') ?? '';
    return this.tokens.get(token) ?? { login: 'github-actions[bot]', sees: true };
  }

  private rateLimitHeaders(): Record<string, string> {
    const r = this.rateLimit;
    return { 'x-ratelimit-limit': String(r.limit), 'x-ratelimit-remaining': String(r.remaining), 'x-ratelimit-reset': String(r.reset), 'x-ratelimit-used': String(r.limit - r.remaining), 'x-ratelimit-resource': r.resource };
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    this.onArrival?.();
    const url = new URL(req.url ?? '/', this.url);
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    let body: unknown = undefined;
    if (raw) {
      try {
        body = JSON.parse(raw);
      } catch {
        this.violations.push(`${req.method} ${url.pathname}: body is not JSON`);
      }
    }
    const method = req.method ?? 'GET';
    this.onRequest?.(method, url.pathname);
    if (this.latencyMs) await new Promise((r) => setTimeout(r, this.latencyMs));
    const isQuery = url.pathname === '/graphql' && typeof (body as { query?: unknown })?.query === 'string' && !/^\s*mutation\b/.test((body as { query: string }).query);
    const log = (status: number) => this.requests.push({ method, path: url.pathname + url.search, status, ...(isQuery ? { query: true } : {}) });

    const fault = this.faults.find((f) => (!f.method || f.method === method) && f.path.test(url.pathname) && (f.times ?? 1) > 0);
    if (fault) {
      fault.times = (fault.times ?? 1) - 1;
      log(fault.status);
      if (fault.raw === 'reset') {
        req.socket.destroy();
        return;
      }
      if (fault.raw === 'hang') return;
      res.writeHead(fault.status, { 'content-type': 'application/json', ...this.rateLimitHeaders(), ...fault.headers });
      res.end(fault.raw === 'malformed-json' ? '{"message": "Bad' : JSON.stringify(fault.body ?? { message: 'fault', documentation_url: 'https://docs.github.com/rest' }));
      return;
    }

    if (method === 'POST' && url.pathname === '/graphql') {
      if (!req.headers.authorization?.match(/^(token|bearer) /i)) this.violations.push('POST /graphql: no token sent');
      const answer = await answerGraphql({ ...this.gitState, viewer: this.identity(req).login, sees: this.identity(req).sees }, body).catch((error) => ({ status: 500, body: { message: String(error) }, violations: [`fake failed on POST /graphql: ${String(error)}`] }));
      this.violations.push(...answer.violations);
      log(answer.status);
      res.writeHead(answer.status, { 'content-type': 'application/json; charset=utf-8', ...this.rateLimitHeaders(), 'x-ratelimit-resource': 'graphql' });
      res.end(JSON.stringify(answer.body));
      return;
    }

    const op = spec().match(method, url.pathname);
    if (!op) {
      this.violations.push(`${method} ${url.pathname}: no such operation in GitHub's API`);
      log(404);
      res.writeHead(404, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ message: 'Not Found', documentation_url: 'https://docs.github.com/rest' }));
      return;
    }
    if (!req.headers.authorization?.match(/^(token|bearer) /i)) this.violations.push(`${method} ${url.pathname}: no token sent`);
    this.violations.push(...spec().checkRequest(op, body));
    let answer: Answer;
    const who = this.identity(req);
    try {
      // A token that cannot see the repository gets 404 for everything in it, as GitHub answers.
      answer = who.sees ? await this.route(op, url, body as Json, who) : this.notFound();
    } catch (error) {
      answer = { status: 500, body: { message: String(error) } };
      this.violations.push(`fake failed on ${method} ${url.pathname}: ${String(error)}`);
    }
    if (answer.status !== 500 && !answer.asGitHubDoes) this.violations.push(...spec().checkResponse(op, answer.status, answer.body));
    log(answer.status);
    res.writeHead(answer.status, { 'content-type': 'application/json; charset=utf-8', ...this.rateLimitHeaders(), ...answer.headers });
    res.end(answer.body === undefined ? '' : JSON.stringify(answer.body));
  }

  /** What the GraphQL side sees of the repository: commits by sha, blobs and trees by content. */
  private readonly gitState: GitState = {
    fullName: this.fullName,
    files: (sha) => this.commits.get(sha)?.files,
    blobSha: (stored) => {
      const bytes = fileBytes(stored);
      const sha = createHash('sha1').update(`blob ${bytes.length}\u0000`).update(bytes).digest('hex');
      this.blobs.set(sha, stored);
      return sha;
    },
    textOfBytes: (bytes) => (this.textOfBytes ?? ((b: Buffer) => b.toString('utf8')))(bytes),
    treeSha: (files) => sha1('tree' + JSON.stringify([...files].sort())),
    reviewComment: (nodeId) => this.reviewComments.find((c) => c.nodeId === nodeId),
    pullComments: (number) => {
      if (!this.pulls.has(number)) return undefined;
      const lastEditor = (id: number) => this.edits.filter((e) => e.id === id && !e.deleted).at(-1)?.by ?? null;
      return this.comments.filter((c) => c.issue === number).map((c) => ({ ...c, editor: lastEditor(c.id) }));
    },
  };

  /** 404, which GitHub answers for anything gone or hidden, also where its description is silent. */
  private notFound(): Answer {
    return { status: 404, body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' }, asGitHubDoes: true };
  }

  private page<T>(url: URL, items: T[]): { items: T[]; headers: Record<string, string> } {
    const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30), 100);
    const page = Number(url.searchParams.get('page') ?? 1);
    const slice = items.slice((page - 1) * perPage, page * perPage);
    const headers: Record<string, string> = {};
    if (page * perPage < items.length) {
      const next = new URL(url);
      next.searchParams.set('page', String(page + 1));
      next.searchParams.set('per_page', String(perPage));
      headers.link = `<${next.toString()}>; rel="next"`;
    }
    return { items: slice, headers };
  }

  private pullBody(op: Operation, p: Pull): Json {
    const pr: Json = spec().example({ ...op, template: '/repos/{owner}/{repo}/pulls/{pull_number}', method: 'get' }, 200);
    // GitHub's own example lacks a required field here (a team's "type"): no teams, then.
    pr.requested_teams = [];
    pr.number = p.number;
    pr.state = p.state;
    pr.merged = !!p.merged;
    pr.merged_at = p.merged ? '2026-01-01T12:00:00Z' : null;
    pr.head.sha = p.headSha;
    pr.head.ref = p.headRef;
    pr.head.label = `${p.headRepo.split('/')[0]}:${p.headRef}`;
    pr.head.repo.full_name = p.headRepo;
    pr.head.repo.owner.login = p.headRepo.split('/')[0];
    pr.base.sha = p.baseSha;
    pr.base.ref = p.baseRef;
    pr.base.repo.full_name = this.fullName;
    return pr;
  }

  private changedFiles(p: Pull): string[] {
    const head = this.commits.get(p.headSha)!.files;
    const base = this.commits.get(p.baseSha)!.files;
    return [...new Set([...head.keys(), ...base.keys()])].filter((f) => head.get(f) !== base.get(f)).sort();
  }

  private fileStatus(p: Pull, file: string): string {
    const base = this.commits.get(p.baseSha)!.files;
    const head = this.commits.get(p.headSha)!.files;
    return !base.has(file) ? 'added' : !head.has(file) ? 'removed' : 'modified';
  }

  /** The file's change from base to head, as GitHub's files listing gives it in `patch`. */
  private patchOf(p: Pull, file: string): string | undefined {
    return unifiedDiff(this.commits.get(p.baseSha)!.files.get(file) ?? '', this.commits.get(p.headSha)!.files.get(file) ?? '');
  }

  private reviewCommentBody(c: ReviewComment): Json {
    const out = spec().example({ template: '/repos/{owner}/{repo}/pulls/comments/{comment_id}', method: 'get', params: {} }, 200);
    Object.assign(out, { id: c.id, node_id: c.nodeId, body: c.body, path: c.path, line: c.line, original_line: c.line, side: 'RIGHT', commit_id: c.commitId, original_commit_id: c.commitId, pull_request_review_id: c.id });
    out.user.login = c.user;
    return out;
  }

  private commentBody(op: Operation, c: Comment): Json {
    const body = spec().example({ ...op, template: '/repos/{owner}/{repo}/issues/comments/{comment_id}', method: 'patch' }, 200);
    body.id = c.id;
    body.body = c.body;
    body.user.login = c.user;
    return body;
  }

  private async route(op: Operation, url: URL, body: Json, who: TokenIdentity): Promise<Answer> {
    const p = op.params;
    if (`${p.owner}/${p.repo}` !== this.fullName) return this.notFound();
    const key = `${op.method} ${op.template}`;
    switch (key) {
      case 'get /repos/{owner}/{repo}/pulls/{pull_number}': {
        const pull = this.pulls.get(Number(p.pull_number));
        return pull ? { status: 200, body: this.pullBody(op, pull) } : this.notFound();
      }
      case 'get /repos/{owner}/{repo}/pulls': {
        const head = url.searchParams.get('head');
        const state = url.searchParams.get('state') ?? 'open';
        const all = [...this.pulls.values()].filter((x) => (state === 'all' || x.state === state) && (!head || `${x.headRepo.split('/')[0]}:${x.headRef}` === head));
        const { items, headers } = this.page(url, all);
        const list = spec().example(op, 200) as unknown as Json[];
        return { status: 200, headers, body: items.map((x) => ({ ...list[0], requested_teams: [], ...this.pickListFields(this.pullBody(op, x)) })) };
      }
      case 'get /repos/{owner}/{repo}/pulls/{pull_number}/files': {
        const pull = this.pulls.get(Number(p.pull_number));
        if (!pull) return { status: 422, body: { message: 'Validation Failed', documentation_url: 'https://docs.github.com/rest' } };
        const { items, headers } = this.page(url, this.changedFiles(pull));
        const template = (spec().example(op, 200) as unknown as Json[])[0];
        return {
          status: 200,
          headers,
          body: items.map((filename) => {
            const { patch: _example, ...rest } = template;
            const patch = this.patchOf(pull, filename);
            return { ...rest, filename, status: this.fileStatus(pull, filename), sha: sha1(filename), ...(patch === undefined ? {} : { patch }) };
          }),
        };
      }
      case 'get /repos/{owner}/{repo}/pulls/{pull_number}/comments': {
        if (!this.pulls.has(Number(p.pull_number))) return this.notFound();
        const { items, headers } = this.page(url, this.reviewComments.filter((c) => c.pull === Number(p.pull_number)));
        return { status: 200, headers, body: items.map((c) => this.reviewCommentBody(c)) };
      }
      case 'post /repos/{owner}/{repo}/pulls/{pull_number}/reviews': {
        const pull = this.pulls.get(Number(p.pull_number));
        if (!pull) return this.notFound();
        const invalid = (message: string): Answer => ({ status: 422, body: { message: 'Unprocessable Entity', errors: [message], documentation_url: 'https://docs.github.com/rest' } });
        if (body.commit_id !== pull.headSha) return invalid('commit_id is not the head of the pull request');
        const comments = (body.comments ?? []) as { path: string; line: number; side?: string; body: string }[];
        // GitHub takes a review comment only on a line of the diff's hunks, on the side it names; one bad comment fails the review.
        for (const c of comments) {
          if (!this.changedFiles(pull).includes(c.path)) return invalid(`Path ${c.path} is not part of the diff`);
          if (c.side !== 'RIGHT' || !commentableLines(this.patchOf(pull, c.path) ?? '').has(c.line)) return invalid('Line could not be resolved');
        }
        const reviewId = this.nextComment++;
        this.reviews.push({ id: reviewId, pull: pull.number, body: body.body ?? '', event: body.event, user: who.login, commitId: body.commit_id });
        for (const c of comments) this.reviewComments.push({ id: this.nextComment++, nodeId: `PRRC_fake${this.nextComment}`, pull: pull.number, path: c.path, line: c.line, commitId: body.commit_id, body: c.body, user: who.login, minimized: null });
        const out = spec().example(op, 200);
        Object.assign(out, { id: reviewId, node_id: `PRR_fake${reviewId}`, body: body.body ?? '', state: 'COMMENTED', commit_id: body.commit_id });
        out.user.login = who.login;
        return { status: 200, body: out };
      }
      case 'get /repos/{owner}/{repo}/contents/{path}': {
        const ref = url.searchParams.get('ref') ?? this.refs.get('heads/main')!;
        const commit = this.commits.get(ref) ?? this.commits.get(this.refs.get(`heads/${ref}`) ?? '');
        if (!commit) return this.notFound();
        const path = p.path.replace(/\/+$/, '');
        const text = commit.files.get(path);
        if (text !== undefined) {
          const file = spec().example(op, 200, 'response-if-content-is-a-file');
          Object.assign(file, { type: 'file', name: path.split('/').pop(), path, sha: sha1(text), size: fileBytes(text).length, encoding: 'base64', content: fileBytes(text).toString('base64') });
          return { status: 200, body: file };
        }
        const prefix = path + '/';
        const names = [...new Set([...commit.files.keys()].filter((f) => f.startsWith(prefix)).map((f) => f.slice(prefix.length).split('/')[0]))].sort();
        if (!names.length) return this.notFound();
        const entry = (spec().example(op, 200, 'response-if-content-is-a-directory') as unknown as Json[])[0];
        return {
          status: 200,
          body: names.map((name) => {
            const isFile = commit.files.has(prefix + name);
            return { ...entry, name, path: prefix + name, type: isFile ? 'file' : 'dir', sha: sha1(prefix + name), size: isFile ? Buffer.byteLength(commit.files.get(prefix + name)!) : 0 };
          }),
        };
      }
      case 'get /repos/{owner}/{repo}/issues/{issue_number}/comments': {
        if (!this.pulls.has(Number(p.issue_number))) return this.notFound();
        if (this.listCommentsDelay) await new Promise((r) => setTimeout(r, this.listCommentsDelay));
        const { items, headers } = this.page(url, this.comments.filter((c) => c.issue === Number(p.issue_number)));
        return { status: 200, headers, body: items.map((c) => this.commentBody(op, c)) };
      }
      case 'post /repos/{owner}/{repo}/issues/{issue_number}/comments': {
        if (!this.pulls.has(Number(p.issue_number))) return this.notFound();
        const c: Comment = { id: this.nextComment++, issue: Number(p.issue_number), body: body.body, user: who.login };
        this.comments.push(c);
        const created = spec().example(op, 201);
        Object.assign(created, { id: c.id, body: c.body });
        created.user.login = c.user;
        return { status: 201, body: created, headers: { location: `${this.url}/repos/${this.fullName}/issues/comments/${c.id}` } };
      }
      case 'patch /repos/{owner}/{repo}/issues/comments/{comment_id}': {
        const c = this.comments.find((x) => x.id === Number(p.comment_id));
        // GitHub answers 404 for a comment that is gone; the description documents only 422.
        if (!c) return this.notFound();
        c.body = body.body;
        this.edits.push({ id: c.id, by: who.login });
        return { status: 200, body: this.commentBody(op, c) };
      }
      case 'delete /repos/{owner}/{repo}/issues/comments/{comment_id}': {
        const i = this.comments.findIndex((x) => x.id === Number(p.comment_id));
        // GitHub answers 404 for a comment that is gone; the description documents only 204.
        if (i === -1) return this.notFound();
        this.edits.push({ id: this.comments[i].id, by: who.login, deleted: true });
        this.comments.splice(i, 1);
        return { status: 204 };
      }
      case 'get /repos/{owner}/{repo}/git/ref/{ref}': {
        const sha = this.refs.get(p.ref);
        if (!sha) return this.notFound();
        const ref = spec().example(op, 200);
        ref.ref = `refs/${p.ref}`;
        ref.object.sha = sha;
        ref.object.type = 'commit';
        const answer = { status: 200, body: ref };
        const hook = this.onGetRef;
        this.onGetRef = null;
        hook?.();
        return answer;
      }
      case 'get /repos/{owner}/{repo}/git/commits/{commit_sha}': {
        const c = this.commits.get(p.commit_sha);
        if (!c) return this.notFound();
        const out = spec().example(op, 200);
        out.sha = c.sha;
        out.tree.sha = c.tree;
        out.message = c.message;
        out.parents = c.parents.map((sha) => ({ sha, url: `${this.url}/repos/${this.fullName}/git/commits/${sha}`, html_url: `https://github.com/${this.fullName}/commit/${sha}` }));
        return { status: 200, body: out };
      }
      case 'post /repos/{owner}/{repo}/git/blobs': {
        const stored = body.encoding === 'base64' ? bytesFile(Buffer.from(body.content, 'base64')) : body.content;
        const sha = this.gitState.blobSha(stored);
        return { status: 201, body: { url: `${this.url}/repos/${this.fullName}/git/blobs/${sha}`, sha } };
      }
      case 'get /repos/{owner}/{repo}/git/blobs/{file_sha}': {
        const text = this.blobs.get(p.file_sha);
        if (text === undefined) return this.notFound();
        const out = spec().example(op, 200);
        Object.assign(out, { sha: p.file_sha, size: fileBytes(text).length, encoding: 'base64', content: fileBytes(text).toString('base64'), url: `${this.url}/repos/${this.fullName}/git/blobs/${p.file_sha}` });
        return { status: 200, body: out };
      }
      case 'post /repos/{owner}/{repo}/git/trees': {
        const base = body.base_tree ? this.trees.get(body.base_tree) : new Map<string, string>();
        if (!base) return { status: 422, body: { message: 'base_tree not found', documentation_url: 'https://docs.github.com/rest' } };
        const files = new Map(base);
        for (const e of body.tree as { path: string; sha: string }[]) files.set(e.path, this.blobs.get(e.sha)!);
        const sha = sha1('tree' + JSON.stringify([...files].sort()));
        this.trees.set(sha, files);
        const out = spec().example(op, 201);
        out.sha = sha;
        return { status: 201, body: out };
      }
      case 'post /repos/{owner}/{repo}/git/commits': {
        const files = this.trees.get(body.tree);
        if (!files) return { status: 422, body: { message: 'tree not found', documentation_url: 'https://docs.github.com/rest' } };
        const sha = this.storeCommit(new Map(files), body.parents, body.message);
        const out = spec().example(op, 201);
        out.sha = sha;
        out.tree.sha = body.tree;
        out.message = body.message;
        out.parents = (body.parents as string[]).map((s) => ({ sha: s, url: `${this.url}/repos/${this.fullName}/git/commits/${s}`, html_url: `https://github.com/${this.fullName}/commit/${s}` }));
        return { status: 201, body: out };
      }
      case 'patch /repos/{owner}/{repo}/git/refs/{ref}': {
        const current = this.refs.get(p.ref);
        if (!current) return { status: 422, body: { message: 'Reference does not exist', documentation_url: 'https://docs.github.com/rest' } };
        const next = this.commits.get(body.sha);
        if (!next) return { status: 422, body: { message: 'Object does not exist', documentation_url: 'https://docs.github.com/rest' } };
        if (!body.force && !this.isAncestor(current, body.sha)) return { status: 422, body: { message: 'Update is not a fast forward', documentation_url: 'https://docs.github.com/rest' } };
        if (this.protectedBranches.has(p.ref.replace(/^heads\//, ''))) return { status: 422, body: { message: 'Protected branch update failed for refs/heads/' + p.ref.replace(/^heads\//, '') + '.', documentation_url: 'https://docs.github.com/rest' } };
        this.refs.set(p.ref, body.sha);
        for (const pull of this.pulls.values()) if (`heads/${pull.headRef}` === p.ref && pull.headRepo === this.fullName) pull.headSha = body.sha;
        const out = spec().example(op, 200);
        out.ref = `refs/${p.ref}`;
        out.object.sha = body.sha;
        return { status: 200, body: out };
      }
      case 'get /repos/{owner}/{repo}/collaborators/{username}/permission': {
        const level = this.collaborators.get(p.username);
        if (!level) return this.notFound();
        // GitHub's legacy "permission" folds maintain into write and triage into read; role_name names the role, custom ones included.
        const role = typeof level === 'string' ? { permission: level === 'maintain' ? 'write' : level === 'triage' ? 'read' : level, roleName: level, push: ['admin', 'maintain', 'write'].includes(level) } : level;
        const out = spec().example(op, 200);
        out.permission = role.permission;
        out.role_name = role.roleName;
        out.user.login = p.username;
        out.user.role_name = role.roleName;
        out.user.permissions = { admin: role.permission === 'admin', maintain: role.roleName === 'maintain', push: role.push, triage: true, pull: true };
        return { status: 200, body: out };
      }
      case 'post /repos/{owner}/{repo}/check-runs': {
        this.verdicts.push({ kind: 'check-run', sha: body.head_sha, name: body.name, result: body.conclusion, title: body.output?.title ?? '' });
        this.checkRunSummaries.push(body.output?.summary ?? '');
        const out = spec().example(op, 201);
        Object.assign(out, { name: body.name, head_sha: body.head_sha, status: body.status, conclusion: body.conclusion });
        return { status: 201, body: out };
      }
      case 'post /repos/{owner}/{repo}/statuses/{sha}': {
        this.verdicts.push({ kind: 'status', sha: p.sha, name: body.context, result: body.state, title: body.description ?? '' });
        const out = spec().example(op, 201);
        Object.assign(out, { state: body.state, context: body.context, description: body.description });
        return { status: 201, body: out };
      }
      case 'get /repos/{owner}/{repo}': {
        const out = spec().example(op, 200);
        out.full_name = this.fullName;
        out.name = this.repo;
        out.owner.login = this.owner;
        // GitHub's own example is a fork whose parent and source lack a required field: not a fork, then.
        out.language ??= null;
        out.fork = false;
        delete out.parent;
        delete out.source;
        return { status: 200, body: out };
      }
      case 'get /repos/{owner}/{repo}/activity': {
        const ref = url.searchParams.get('ref');
        const all = this.pushes.filter((x) => !ref || x.ref === ref || x.ref === `refs/heads/${ref}`).reverse();
        const { items, headers } = this.page(url, all);
        const template = (spec().example(op, 200) as unknown as Json[])[0];
        // The example's actor is null: a full user, as a comment's author is.
        const user = spec().example({ ...op, template: '/repos/{owner}/{repo}/issues/comments/{comment_id}', method: 'patch' }, 200).user;
        return { status: 200, headers, body: items.map((x, i) => ({ ...template, id: i + 1, node_id: `A_${i + 1}`, before: x.before, after: x.after, ref: x.ref, timestamp: x.timestamp, activity_type: 'push', actor: { ...user, login: x.actor } })) };
      }
      default:
        this.violations.push(`the fake does not implement ${key}`);
        return this.notFound();
    }
  }

  private pickListFields(pr: Json): Json {
    const { number, state, head, base, merged_at } = pr;
    return { number, state, head, base, merged_at };
  }

  private isAncestor(ancestor: string, sha: string): boolean {
    const seen = new Set<string>();
    const stack = [sha];
    while (stack.length) {
      const s = stack.pop()!;
      if (s === ancestor) return true;
      if (seen.has(s)) continue;
      seen.add(s);
      stack.push(...(this.commits.get(s)?.parents ?? []));
    }
    return false;
  }
}
