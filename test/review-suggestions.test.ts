import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fakeGitHubPerTest } from './fake-github/per-test.js';
import { FakeGitHub } from './fake-github/server.js';
import { pullRequestEvent, runAction } from './fake-github/run-action.js';
import { unifiedDiff } from './fake-github/unified-diff.js';
import { addedLines } from '../src/github/list-changed-lines.js';
import { ROOT, check } from './helpers.js';
import { planCiteComments } from '../src/action/review-suggestions.js';

// One-click citations (input review-suggestions), end to end: the bundled dist/index.js (run
// `npm run build` first) against the fake GitHub, which checks every request against GitHub's
// OpenAPI description and takes a review comment only on a line of the pull request's diff.

const demo = (file: string) => readFileSync(path.join(ROOT, 'examples/demo', file), 'utf8');
const PRD = demo('docs/prd.md');
const ARCH = demo('docs/architecture.md');
const ARCH_FILE = 'docs/architecture.md';

// The pull request rewords the review-screen sentence (line 72, where NFR-002 is met but not
// cited) and adds a least-privilege bullet (line 96, the best place for NFR-005).
const LEAST_PRIVILEGE = '- Each role and each service account gets only the permissions its work needs: least privilege, reviewed every quarter.';
const HEAD_ARCH = ARCH.replace('entries are paged and the list', 'entries are paged, and the list').replace(
  '- Users sign in with OpenID Connect; roles (bookkeeper, accountant) are enforced in the API.\n',
  `- Users sign in with OpenID Connect; roles (bookkeeper, accountant) are enforced in the API.\n${LEAST_PRIVILEGE}\n`,
);

const NFR_002_BODY = [
  '<!-- archgate:cite doc-set="default" nfr="NFR-002" -->',
  '**archgate:** NFR-002 (The review screen loads in under 800 ms at p95) is not cited in the architecture, and this line seems to address it (likely match). Commit this suggestion to cite it here, or cite NFR-002 where the architecture meets it.',
  '',
  '```suggestion',
  'The review screen loads in under 800 ms at p95: entries are paged, and the list is served from an index (NFR-002).',
  '```',
  '',
].join('\n');
const NFR_005_BODY = [
  '<!-- archgate:cite doc-set="default" nfr="NFR-005" -->',
  '**archgate:** NFR-005 (Access follows the principle of least privilege) is not cited in the architecture, and this line seems to address it (possible match). Commit this suggestion to cite it here, or cite NFR-005 where the architecture meets it.',
  '',
  '```suggestion',
  '- Each role and each service account gets only the permissions its work needs: least privilege, reviewed every quarter (NFR-005).',
  '```',
  '',
].join('\n');

let gh: FakeGitHub;
fakeGitHubPerTest((fake) => (gh = fake));

function pull(headArch = HEAD_ARCH) {
  const base = gh.commit({ '.github/archgate.yml': 'preset: recommended\n', 'docs/prd.md': PRD, [ARCH_FILE]: ARCH });
  const head = gh.commit({ [ARCH_FILE]: headArch }, base, 'change docs');
  return gh.openPull({ number: 7, headSha: head, headRef: 'feature-7', baseSha: base });
}

/** A new head on the pull request's branch, as a push makes it. */
function push(files: Record<string, string>) {
  const p = gh.pulls.get(7)!;
  p.headSha = gh.commit(files, p.headSha, 'push');
  gh.refs.set(`heads/${p.headRef}`, p.headSha);
}

const reviewWrites = () => gh.writes().filter((r) => r.path.includes('/pulls/7/') || r.path === '/graphql');
const shown = () => gh.reviewComments.map((c) => ({ path: c.path, line: c.line, body: c.body, user: c.user, minimized: c.minimized }));

describe('review-suggestions', () => {
  it('posts one suggestion per uncited NFR whose best place is a changed line, with the line cited in the document style', async () => {
    const pr = pull();
    const run = await runAction(gh, 'pull_request', pullRequestEvent(gh, 7), { 'review-suggestions': 'true' });
    expect(run.code).toBe(1); // NFR-005 and NFR-006 are uncovered: the gate fails as before.
    expect(shown()).toEqual([
      { path: ARCH_FILE, line: 72, body: NFR_002_BODY, user: 'github-actions[bot]', minimized: null },
      { path: ARCH_FILE, line: 96, body: NFR_005_BODY, user: 'github-actions[bot]', minimized: null },
    ]);
    expect(gh.reviewComments.map((c) => c.commitId)).toEqual([pr.headSha, pr.headSha]);
    // Both in one review that neither approves nor blocks: one request, one notification.
    expect(gh.reviews).toEqual([{ id: gh.reviews[0].id, pull: 7, event: 'COMMENT', user: 'github-actions[bot]', commitId: pr.headSha, body: 'archgate suggests where to cite 2 NFRs the architecture does not cite, on lines this pull request changes: commit a suggestion to add its citation.' }]);
    expect(reviewWrites()).toEqual([{ method: 'POST', path: '/repos/acme/product/pulls/7/reviews', status: 200 }]);
    // NFR-006 has no suggested place: nothing to suggest.
    expect(run.stdout).toContain('archgate suggested citing NFR-002 at docs/architecture.md:72');
    expect(run.stdout).toContain('archgate suggested citing NFR-005 at docs/architecture.md:96');
  });

  it('a rerun on the same head posts nothing new', async () => {
    pull();
    await runAction(gh, 'pull_request', pullRequestEvent(gh, 7), { 'review-suggestions': 'true' });
    const before = gh.requests.length;
    await runAction(gh, 'pull_request', pullRequestEvent(gh, 7), { 'review-suggestions': 'true' });
    expect(gh.reviewComments).toHaveLength(2);
    expect(reviewWrites()).toEqual([{ method: 'POST', path: '/repos/acme/product/pulls/7/reviews', status: 200 }]);
    // The rerun listed the review comments and wrote none.
    expect(gh.requests.slice(before).filter((r) => r.path.startsWith('/repos/acme/product/pulls/7/comments'))).toEqual([{ method: 'GET', path: '/repos/acme/product/pulls/7/comments?per_page=100', status: 200 }]);
  });

  it('minimises its suggestion as outdated once the NFR is cited, and leaves the others and other users\u2019 comments alone', async () => {
    pull();
    await runAction(gh, 'pull_request', pullRequestEvent(gh, 7), { 'review-suggestions': 'true' });
    // Another user quotes archgate's marker in a review comment of their own.
    gh.reviewComments.push({ id: 5, nodeId: 'PRRC_octocat', pull: 7, path: ARCH_FILE, line: 96, commitId: gh.pulls.get(7)!.headSha, body: '<!-- archgate:cite doc-set="default" nfr="NFR-005" -->\nI would cite it here too.', user: 'octocat', minimized: null });
    // The author accepts the NFR-005 suggestion.
    push({ [ARCH_FILE]: HEAD_ARCH.replace(LEAST_PRIVILEGE, LEAST_PRIVILEGE.replace(/\.$/, ' (NFR-005).')) });
    await runAction(gh, 'pull_request', pullRequestEvent(gh, 7), { 'review-suggestions': 'true' });
    expect(gh.reviewComments.map((c) => [c.user, c.body.split('\n')[0], c.minimized])).toEqual([
      ['github-actions[bot]', '<!-- archgate:cite doc-set="default" nfr="NFR-002" -->', null],
      ['github-actions[bot]', '<!-- archgate:cite doc-set="default" nfr="NFR-005" -->', { reason: 'outdated', by: 'github-actions[bot]' }],
      ['octocat', '<!-- archgate:cite doc-set="default" nfr="NFR-005" -->', null],
    ]);
    // A third run minimises nothing again: one mutation in all.
    await runAction(gh, 'pull_request', pullRequestEvent(gh, 7), { 'review-suggestions': 'true' });
    expect(reviewWrites()).toEqual([
      { method: 'POST', path: '/repos/acme/product/pulls/7/reviews', status: 200 },
      { method: 'POST', path: '/graphql', status: 200 },
    ]);
  });

  it('is off by default: no review comment is read or written', async () => {
    pull();
    await runAction(gh, 'pull_request', pullRequestEvent(gh, 7));
    expect(gh.reviewComments).toEqual([]);
    expect(gh.requests.filter((r) => /\/pulls\/7\/(comments|reviews|files)/.test(r.path))).toEqual([]);
    expect(gh.writes().filter((r) => r.path === '/graphql')).toEqual([]);
  });

  it('a token that may not write review comments (403) gets a notice, and the step keeps its verdict', async () => {
    pull();
    gh.faults.push({ method: 'POST', path: /\/pulls\/7\/reviews$/, status: 403, body: { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest' }, times: 5 });
    const run = await runAction(gh, 'pull_request', pullRequestEvent(gh, 7), { 'review-suggestions': 'true' });
    expect(gh.reviewComments).toEqual([]);
    expect(run.stdout).toContain('::notice::archgate could not post its citation suggestions: the token may not write review comments here (a pull request from a fork, or a token without `pull-requests: write`). The uncited NFRs and their suggested places are in the comment, the job summary and the report.');
    expect(run.stdout).toContain('::error::archgate: ');
    expect(run.code).toBe(1);
  });
});

describe('the diff the fake gives and archgate reads', () => {
  it('numbers added and modified lines on the head side, across hunks', () => {
    const before = Array.from({ length: 20 }, (_, i) => `line ${i + 1}`).join('\n') + '\n';
    const after = before.replace('line 3\n', 'line three\n').replace('line 15\n', 'line 15\nnew 16\n');
    expect(unifiedDiff(before, after)).toBe(
      ['@@ -1,6 +1,6 @@', ' line 1', ' line 2', '-line 3', '+line three', ' line 4', ' line 5', ' line 6', '@@ -13,6 +13,7 @@', ' line 13', ' line 14', ' line 15', '+new 16', ' line 16', ' line 17', ' line 18'].join('\n'),
    );
    expect([...addedLines(unifiedDiff(before, after)!)]).toEqual([3, 16]);
    // Too large a changed middle to match: no patch, as GitHub leaves it out of a diff too large to show.
    const big = (tag: string) => Array.from({ length: 3000 }, (_, i) => `${tag} ${i}`).join('\n');
    expect(unifiedDiff(big('a'), big('b'))).toBeUndefined();
    expect([...addedLines('@@ -0,0 +1,2 @@\n+a\n+b\n\\ No newline at end of file')]).toEqual([1, 2]);
  });
});

describe('planCiteComments (what to post and withdraw)', () => {
  const PRD_TEXT = ['# PRD', '', '## Non-Functional Requirements', '', '- **NFR-001:** Search answers within 500 ms at p95.', '- **NFR-002:** Passwords are hashed with <b>bcrypt</b> @octocat <!-- archgate:cite doc-set="default" nfr="NFR-001" -->.', ''].join('\n');
  const ARCH_TEXT = ['# Architecture', '', '## Search', '', 'Search answers within 500 ms at p95 from an in-memory index.', '', '## Accounts', '', 'Passwords are hashed with bcrypt (cost 12), e.g. ```bcrypt.hash(pw, 12)```.', ''].join('\n');
  const set = () => ({ name: 'default', result: check(PRD_TEXT, ARCH_TEXT) });
  const textAt = (file: string) => (file === 'docs/architecture.md' ? ARCH_TEXT : null);
  const changed = (...lines: number[]) => new Map([['docs/architecture.md', new Set(lines)]]);
  const own = (nfr: string, docSet = 'default') => ({ id: 1, nodeId: `N_${nfr}`, docSet, nfr });

  it('fences a line that holds backticks with a longer fence, and breaks an @mention in the title the PRD gives', () => {
    const plan = planCiteComments([set()], changed(9), [], textAt);
    expect(plan.post).toEqual([
      {
        docSet: 'default',
        nfr: 'NFR-002',
        path: 'docs/architecture.md',
        line: 9,
        body: [
          '<!-- archgate:cite doc-set="default" nfr="NFR-002" -->',
          '**archgate:** NFR-002 (Passwords are hashed with bcrypt @\u200boctocat) is not cited in the architecture, and this line seems to address it (likely match). Commit this suggestion to cite it here, or cite NFR-002 where the architecture meets it.',
          '',
          '````suggestion',
          'Passwords are hashed with bcrypt (cost 12), e.g. ```bcrypt.hash(pw, 12)``` (NFR-002).',
          '````',
          '',
        ].join('\n'),
      },
    ]);
  });

  it('posts nothing where the place is not a changed line, or where archgate already suggested it; withdraws only its judged doc sets\u2019 cited NFRs', () => {
    expect(planCiteComments([set()], changed(5), [], textAt).post.map((p) => p.nfr)).toEqual(['NFR-001']);
    expect(planCiteComments([set()], changed(3, 7), [], textAt).post).toEqual([]);
    const plan = planCiteComments([set()], changed(5, 9), [own('NFR-001'), own('NFR-007'), own('NFR-007', 'other')], textAt);
    expect(plan.post).toEqual([expect.objectContaining({ nfr: 'NFR-002', line: 9 })]);
    expect(plan.withdraw).toEqual([own('NFR-007')]);
  });
});
