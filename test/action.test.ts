import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fakeGitHubPerTest } from './fake-github/per-test.js';
import { FakeGitHub, WORKFLOW_TOKEN, bytesFile, fileBytes } from './fake-github/server.js';
import { pullRequestEvent, runAction } from './fake-github/run-action.js';
import { ROOT } from './helpers.js';

// End to end: the bundled dist/index.js, run as a runner runs it, against a fake GitHub that
// keeps state and checks every request and response against GitHub's OpenAPI description.

const demo = (file: string) => readFileSync(path.join(ROOT, 'examples/demo', file), 'utf8');
const CONFIG = 'preset: recommended\n';
const PRD = demo('docs/prd.md');
const ARCH = demo('docs/architecture.md');

let gh: FakeGitHub;
fakeGitHubPerTest((fake) => (gh = fake));

/** Base: config and documents on main. Head: the PR's change to the architecture document. */
function pull(number = 7, change: Record<string, string> = { 'docs/architecture.md': ARCH.replace('A modular monolith', 'A modular monolith (revised)') }, extra: Partial<Parameters<FakeGitHub['openPull']>[0]> = {}) {
  const base = gh.commit({ '.github/archgate.yml': CONFIG, 'docs/prd.md': PRD, 'docs/architecture.md': ARCH, 'README.md': '# product' });
  const head = gh.commit(change, base, 'change docs');
  return gh.openPull({ number, headSha: head, headRef: `feature-${number}`, baseSha: base, ...extra });
}

const archgateComments = () => gh.comments.filter((c) => c.body.includes('<!-- archgate:sticky') && c.user === 'github-actions[bot]');
const MARKER = '<!-- archgate:sticky doc-set="default" -->';
/** The step's error line, as the runner shows it. */
const errorLine = (stdout: string) => stdout.split('\n').find((l) => l.startsWith('::error::'));

describe('comment mode', () => {
  it('first run creates exactly one comment; the second run writes nothing; outputs, summary and annotations are set', async () => {
    pull();
    const first = await runAction(gh, 'pull_request', pullRequestEvent(gh, 7));
    expect(first.stderr).toBe('');
    expect(first.code).toBe(1); // the demo has errors: the gate fails the step
    expect(archgateComments()).toHaveLength(1);
    const comment = archgateComments()[0].body;
    expect(comment).toContain('## ❌ archgate — default: fail');
    expect(comment).toContain('| NFR-005 | Access follows the principle of least privilege | security | 🔴 uncovered');
    expect(comment).toMatch(/\[`docs\/architecture\.md:\d+`\]\(https:\/\/github\.com\/acme\/product\/blob\/[0-9a-f]{40}\/docs\/architecture\.md#L\d+\)/);
    expect(first.outputs).toMatchObject({ result: 'fail', 'nfr-total': '6', uncovered: 'NFR-005,NFR-006' });
    expect(Number(first.outputs.errors)).toBeGreaterThan(0);
    expect(first.outputs['report-path']).toMatch(/archgate-report\.json$/);
    expect(JSON.parse(readFileSync(first.outputs['report-path'], 'utf8'))).toMatchObject({ version: 1, result: 'fail' });
    expect(first.summary).toContain('archgate — default: fail');
    expect(first.stdout).toMatch(/^::error title=trace\/nfr-addressed,file=docs\/prd\.md,line=36,col=1::NFR-005/m);
    expect(first.stdout).not.toContain('ghs_fake_token');

    const writesBefore = gh.writes().length;
    const second = await runAction(gh, 'pull_request', pullRequestEvent(gh, 7));
    expect(second.code).toBe(1);
    expect(archgateComments()).toHaveLength(1);
    expect(gh.writes().length).toBe(writesBefore);
  });

  it('updates the comment in place when the findings change', async () => {
    const pr = pull();
    await runAction(gh, 'pull_request', pullRequestEvent(gh, 7));
    const id = archgateComments()[0].id;
    const fixed = gh.commit({ 'docs/architecture.md': ARCH.replace('TBD: which region.', 'Region: eu-west-1.') }, pr.headSha, 'fix region');
    pr.headSha = fixed;
    await runAction(gh, 'pull_request', pullRequestEvent(gh, 7));
    expect(archgateComments().map((c) => c.id)).toEqual([id]);
    // The fixed error left the errors, and is listed as fixed since the base commit.
    const body = archgateComments()[0].body;
    expect(body).toContain('<details><summary>✅ 1 finding fixed since the base commit</summary>\n\n- Unfilled unfinished marker "TBD". `docs/architecture.md:91` <sub>`arch/no-placeholders`</sub>\n');
    expect(body.split('<details>')[0]).not.toContain('Unfilled unfinished marker');
  });

  it('with 4 errors and 400 covered NFRs, the comment leads with the verdict and shows every error', async () => {
    const extra = Array.from({ length: 400 }, (_, i) => `NFR-${100 + i}`);
    const prd = PRD.replace('### Usability', `### Reporting\n\n${extra.map((id, i) => `- **${id}:** Monthly report ${i} renders within 2 seconds at p95.`).join('\n')}\n\n### Usability`);
    const arch = ARCH + `\n## Reporting\n\n${extra.map((id) => `${id} is met by the report cache, warmed nightly.`).join('\n\n')}\n`;
    pull(7, { 'docs/prd.md': prd, 'docs/architecture.md': arch });
    const run = await runAction(gh, 'pull_request', pullRequestEvent(gh, 7));
    expect(run.outputs['nfr-total']).toBe('406');
    const body = archgateComments()[0].body;
    expect(body.length).toBeLessThan(65_536);
    expect(body.split('\n').slice(1, 4)).toEqual(['## ❌ archgate — default: fail', '', expect.stringMatching(/^\*\*Blocking the merge: 4 existing errors\*\* \(fail-on: error\)\. Commit judged: \[`[0-9a-f]{7}`\]\(https:\/\/github\.com\/acme\/product\/commit\/[0-9a-f]{40}\)\.$/)]);
    expect(body.match(/^ {2}\*\*Fix:\*\* .* <sub>`(trace\/nfr-addressed|arch\/no-placeholders|trace\/target-mismatch)`<\/sub>$/gm)).toHaveLength(4);
    expect(body).not.toContain('No findings');
  });

  it('annotations: with fail-on-new-only and twelve old errors, the new error and the step\'s failure message are among the ten GitHub shows', async () => {
    const old = Array.from({ length: 12 }, (_, i) => `NFR-${200 + i}`);
    const prd = PRD.replace('### Usability', `### Reporting\n\n${old.map((id, i) => `- **${id}:** Monthly report ${i} renders within 2 seconds at p95.`).join('\n')}\n\n### Usability`);
    const base = gh.commit({ '.github/archgate.yml': CONFIG, 'docs/prd.md': prd, 'docs/architecture.md': ARCH });
    const head = gh.commit({ 'docs/architecture.md': ARCH + '\n## Billing\n\nTBD: the invoicing provider.\n' }, base);
    gh.openPull({ number: 11, headSha: head, headRef: 'f11', baseSha: base });
    const run = await runAction(gh, 'pull_request', pullRequestEvent(gh, 11), { 'fail-on-new-only': 'true', mode: 'check' });
    expect(run.code).toBe(1);
    const errors = run.stdout.split('\n').filter((l) => l.startsWith('::error'));
    expect(errors).toHaveLength(10);
    expect(errors[0]).toMatch(/^::error title=arch\/no-placeholders,file=docs\/architecture\.md,line=\d+,.*::Unfilled unfinished marker "TBD"\./);
    expect(errors[9]).toMatch(/^::error::archgate: \d+ errors, \d+ warnings \(fail-on: error, new findings only\)\.$/);
    expect(run.stdout).toMatch(/^::notice::\d+ more errors are not annotated \(GitHub shows 10 per step\): the job summary lists them all\.$/m);
  });

  it('with two doc sets, the clean one\'s comment says pass while the run fails', async () => {
    const clean = PRD.replace('- **NFR-005:** Access follows the principle of least privilege.\n', '').replace('- **NFR-006:** The interface is easy to use for non-technical staff.\n', '').replace(/- \*\*NFR-002:\*\*.*\n/, '');
    const cleanArch = ARCH.replace('TBD: which region.', 'Region: eu-west-1.').replace('99% uptime', '99.5% uptime');
    const config = 'docSets:\n  - name: billing\n    prd: [billing/prd.md]\n    architecture: [billing/architecture.md]\n  - name: shop\n    prd: [shop/prd.md]\n    architecture: [shop/architecture.md]\nrules:\n  prd/nfr-measurable: off\n';
    const base = gh.commit({ '.github/archgate.yml': config, 'billing/prd.md': clean, 'billing/architecture.md': cleanArch, 'shop/prd.md': PRD, 'shop/architecture.md': ARCH });
    const head = gh.commit({ 'billing/architecture.md': cleanArch + '\nRevised.\n', 'shop/architecture.md': ARCH + '\nRevised.\n' }, base);
    gh.openPull({ number: 9, headSha: head, headRef: 'f9', baseSha: base });
    const run = await runAction(gh, 'pull_request', pullRequestEvent(gh, 9));
    expect(run.outputs.result).toBe('fail');
    const heading = (set: string) => archgateComments().find((c) => c.body.includes(`doc-set="${set}"`))!.body.split('\n')[1];
    expect(heading('billing')).toBe('## ✅ archgate — billing: pass');
    expect(heading('shop')).toBe('## ❌ archgate — shop: fail');
  });

  it('does nothing, successfully, when no doc-set file changed', async () => {
    pull(7, { 'README.md': '# product, renamed' });
    const run = await runAction(gh, 'pull_request', pullRequestEvent(gh, 7));
    expect(run.code).toBe(0);
    expect(run.outputs.result).toBe('skipped');
    expect(run.stdout).toContain('No doc-set file changed');
    expect(gh.writes()).toEqual([]);
  });

  it('judges by the base commit\'s config when the PR edits it, and says so', async () => {
    pull(7, { '.github/archgate.yml': 'preset: minimal\nfailOn: never\n', 'docs/architecture.md': ARCH + '\n' });
    const run = await runAction(gh, 'pull_request', pullRequestEvent(gh, 7));
    expect(run.code).toBe(1); // the base config (recommended, fail on error) still gates
    expect(archgateComments()[0].body).toContain('This pull request changes `.github/archgate.yml`. archgate judged it with the config of the base commit');
  });

  it('escapes document text: no @mention pings, no raw HTML', async () => {
    const prd = PRD.replace('Access follows the principle of least privilege.', 'Access for <admins only, reviewed by @octocat <img src=x onerror=alert(1)> monthly.');
    pull(7, { 'docs/prd.md': prd });
    await runAction(gh, 'pull_request', pullRequestEvent(gh, 7));
    const body = archgateComments()[0].body;
    expect(body).toContain('@\u200boctocat');
    expect(body).not.toMatch(/@octocat/);
    expect(body).not.toContain('<img');
    expect(body).not.toContain('<admins');
    expect(body).toContain('&lt;admins only');
  });

  it('two runs racing on the same PR end with exactly one comment', async () => {
    pull();
    gh.listCommentsDelay = 150;
    const event = pullRequestEvent(gh, 7);
    await Promise.all([runAction(gh, 'pull_request', event), runAction(gh, 'pull_request', event)]);
    expect(archgateComments()).toHaveLength(1);
  });

  it('retries 5xx answers and waits out a secondary rate limit', async () => {
    pull();
    gh.faults.push({ method: 'GET', path: /\/issues\/7\/comments$/, status: 502, times: 1 });
    gh.faults.push({ method: 'POST', path: /\/issues\/7\/comments$/, status: 403, headers: { 'retry-after': '1' }, body: { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.', documentation_url: 'https://docs.github.com/rest' }, times: 1 });
    const run = await runAction(gh, 'pull_request', pullRequestEvent(gh, 7));
    expect(run.code).toBe(1);
    expect(archgateComments()).toHaveLength(1);
    expect(gh.requests.filter((r) => r.status === 502 || r.status === 403)).toHaveLength(2);
  });

  it('a fork PR on pull_request makes no write, and still gates', async () => {
    pull(7, undefined, { headRepo: 'someone/product' });
    const run = await runAction(gh, 'pull_request', pullRequestEvent(gh, 7), { mode: 'commit' });
    expect(run.code).toBe(1);
    expect(gh.writes()).toEqual([]);
    expect(run.stdout).toContain('comes from a fork');
    expect(run.summary).toContain('archgate — default: fail');
  });

  it('a 403 on writing the comment degrades to annotations, summary and outputs, and never turns a pass red', async () => {
    const base = gh.commit({ '.github/archgate.yml': 'failOn: never\n', 'docs/prd.md': PRD, 'docs/architecture.md': ARCH });
    const head = gh.commit({ 'docs/architecture.md': ARCH + '\n' }, base);
    gh.openPull({ number: 8, headSha: head, headRef: 'f8', baseSha: base });
    gh.faults.push({ method: 'POST', path: /\/issues\/8\/comments$/, status: 403, body: { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest' }, times: 5 });
    const run = await runAction(gh, 'pull_request', pullRequestEvent(gh, 8));
    expect(run.code).toBe(0);
    expect(run.outputs.result).toBe('pass');
    // A branch of the same repository: the advice is the missing permission, not the fork setup.
    expect(run.stdout).toContain('::notice::archgate could not comment on the pull request: the token lacks `pull-requests: write`. Add it to the job\'s `permissions:` (e.g. `permissions: { contents: read, pull-requests: write }`), or pass a github-token that has it. Findings are in the annotations, the job summary and the outputs.\n');
  });

  it('ends cleanly when the pull request is gone', async () => {
    pull();
    const event = pullRequestEvent(gh, 7);
    gh.pulls.delete(7);
    const run = await runAction(gh, 'pull_request', event);
    expect(run.code).toBe(0);
    expect(run.outputs.result).toBe('skipped');
  });
});

describe('fails closed: never passes what it did not judge', () => {
  const CANNOT_READ = '::error::archgate: cannot read acme/product with this token';
  const FIX = 'give the job `permissions: { contents: read, pull-requests: write }`, or pass a `github-token` that can read this repository.';

  it('a token that cannot see the repository fails the step and says what to fix', async () => {
    pull();
    gh.tokens.set(WORKFLOW_TOKEN, { login: 'github-actions[bot]', sees: false });
    const run = await runAction(gh, 'pull_request', pullRequestEvent(gh, 7));
    expect(run.code).toBe(1);
    expect(run.outputs.result).toBeUndefined();
    expect(errorLine(run.stdout)).toBe(`${CANNOT_READ} (GitHub answered NOT_FOUND to the GraphQL query that reads the documents): ${FIX}`);
    expect(gh.writes()).toEqual([]);
  });

  it('a partial GraphQL answer (data beside one NOT_FOUND) fails the step', async () => {
    pull();
    const partial = { data: { repository: { nameWithOwner: 'acme/product', e0: null } }, errors: [{ type: 'NOT_FOUND', path: ['repository', 'e1'], message: "Could not resolve to a Repository with the name 'acme/product'." }] };
    gh.faults.push({ method: 'POST', path: /^\/graphql$/, status: 200, body: partial });
    const run = await runAction(gh, 'pull_request', pullRequestEvent(gh, 7));
    expect(run.code).toBe(1);
    expect(errorLine(run.stdout)).toBe(`${CANNOT_READ} (GitHub answered NOT_FOUND to the GraphQL query that reads the documents): ${FIX}`);
  });

  it('a GraphQL answer with `repository: null` and no error fails the step', async () => {
    pull();
    gh.faults.push({ method: 'POST', path: /^\/graphql$/, status: 200, body: { data: { repository: null, viewer: { login: 'github-actions[bot]' } } } });
    const run = await runAction(gh, 'pull_request', pullRequestEvent(gh, 7));
    expect(run.code).toBe(1);
    expect(errorLine(run.stdout)).toBe(`${CANNOT_READ} (GitHub answered the GraphQL query with no repository): ${FIX}`);
  });

  it('a comment deleted between lookup and edit is written again, and the step still fails on errors', async () => {
    pull();
    gh.comments.push({ id: 1, issue: 7, body: `${MARKER}\nan older report`, user: 'github-actions[bot]' });
    gh.onRequest = (method, path) => {
      if (method === 'PATCH' && path.includes('/issues/comments/')) gh.comments.splice(0);
    };
    const run = await runAction(gh, 'pull_request', pullRequestEvent(gh, 7));
    expect(run.code).toBe(1);
    expect(run.outputs.result).toBe('fail');
    expect(archgateComments()).toHaveLength(1);
    expect(archgateComments()[0].body).toContain('## ❌ archgate — default: fail');
    expect(gh.requests.filter((r) => r.method === 'PATCH').map((r) => r.status)).toEqual([404]);
  });

  it('a late run for an older head leaves the comment alone, and its verdict stands', async () => {
    const pr = pull();
    const event = pullRequestEvent(gh, 7);
    pr.headSha = gh.commit({ 'notes.md': 'pushed later' }, pr.headSha, 'newer push');
    const run = await runAction(gh, 'pull_request', event);
    expect(run.code).toBe(1);
    expect(run.outputs.result).toBe('fail');
    expect(gh.comments).toEqual([]);
    expect(run.stdout).toContain(`::notice::archgate did not update its comment: the pull request's head moved to ${pr.headSha.slice(0, 7)} after this run judged`);
  });

  it('a malformed answer gives one clear message and never echoes the body', async () => {
    pull();
    // Past the first 100 comments (which the first read brings), archgate's lookup lists the next page itself.
    for (let i = 0; i < 120; i++) gh.comments.push({ id: 100 + i, issue: 7, body: `Looks good ${i}`, user: 'octocat' });
    gh.faults.push({ method: 'GET', path: /\/issues\/7\/comments$/, status: 200, raw: 'malformed-json' });
    const run = await runAction(gh, 'pull_request', pullRequestEvent(gh, 7));
    expect(run.code).toBe(1); // the demo's errors: the verdict does not depend on the comment
    expect(run.stdout).toContain("::warning::archgate could not write its comment for doc set default: GitHub's answer to GET /repos/acme/product/issues/7/comments is not what its API describes (it is not valid JSON). Re-run the job; if it happens again, GitHub or a proxy between the runner and GitHub is at fault. The verdict of this step stands; the annotations, the job summary and the outputs have the report.\n");
    expect(run.stdout + run.stderr).not.toContain('"message": "Bad');
    expect(archgateComments()).toEqual([]);
  });
});

describe('the sticky comment is archgate\'s own', () => {
  it('a spoofed marker comment by another user is left untouched; archgate posts its own', async () => {
    pull();
    const spoof = { id: 1, issue: 7, body: `${MARKER}\n## ✅ archgate — default: pass\n\nNo findings.`, user: 'mallory' };
    gh.comments.push({ ...spoof });
    const run = await runAction(gh, 'pull_request', pullRequestEvent(gh, 7));
    expect(run.code).toBe(1);
    expect(gh.comments.find((c) => c.id === 1)).toEqual(spoof);
    expect(gh.edits).toEqual([]);
    expect(archgateComments()).toHaveLength(1);
    expect(archgateComments()[0].body).toContain('## ❌ archgate — default: fail');
  });

  it('a personal access token\'s comments are found by that user\'s login (GraphQL viewer), in the same first request', async () => {
    pull();
    gh.tokens.set('ghp_maintainer', { login: 'octo-maintainer', sees: true });
    await runAction(gh, 'pull_request', pullRequestEvent(gh, 7), { 'github-token': 'ghp_maintainer' });
    const writes = gh.writes().length;
    await runAction(gh, 'pull_request', pullRequestEvent(gh, 7), { 'github-token': 'ghp_maintainer' });
    expect(gh.writes().length).toBe(writes);
    expect(gh.comments.map((c) => c.user)).toEqual(['octo-maintainer']);
    expect(gh.requests.filter((r) => r.path === '/graphql')).toHaveLength(2);
  });

  it('marker text inside a document never becomes a second marker in the comment', async () => {
    const arch = ARCH.replace('<!-- archgate:begin components -->', '<!-- archgate:sticky doc-set="other" -->\n<!-- archgate:begin components -->');
    const base = gh.commit({ '.github/archgate.yml': CONFIG, 'docs/prd.md': PRD, 'docs/architecture.md': arch });
    const head = gh.commit({ 'docs/architecture.md': arch + '\n' }, base);
    gh.openPull({ number: 7, headSha: head, headRef: 'f7', baseSha: base, headRepo: 'someone/product' });
    await runAction(gh, 'pull_request_target', pullRequestEvent(gh, 7), { mode: 'commit' });
    const body = archgateComments()[0].body;
    expect(body).toContain('### Patch');
    expect(body.match(/<!--\s*archgate:sticky/g)).toEqual([MARKER.slice(0, 20)]);
    expect(body.startsWith(MARKER)).toBe(true);
  });
});

describe('a pull request cannot weaken its own gate', () => {
  it('disable-file comments the PR adds are not honoured, and are listed for review', async () => {
    pull(7, { 'docs/prd.md': `<!-- archgate-disable-file -->\n${PRD}`, 'docs/architecture.md': `<!-- archgate-disable-file -->\n${ARCH}` });
    const run = await runAction(gh, 'pull_request', pullRequestEvent(gh, 7));
    expect(run.code).toBe(1);
    expect(run.outputs.result).toBe('fail');
    expect(run.stdout).toMatch(/^::error title=trace\/nfr-addressed,file=docs\/prd\.md,line=37,col=1::NFR-005/m);
    expect(archgateComments()[0].body).toContain('> This pull request adds inline suppressions: `<!-- archgate-disable-file -->` (docs/prd.md:1), `<!-- archgate-disable-file -->` (docs/architecture.md:1). archgate judged it without them: a pull request cannot weaken the gate that judges it. They take effect after merge, once reviewed.');
  });

  it('suppressions already at the base commit hold', async () => {
    const arch = ARCH.replace('TBD: which region.', '<!-- archgate-disable-next-line arch/no-placeholders -->\nTBD: which region.');
    const base = gh.commit({ '.github/archgate.yml': CONFIG, 'docs/prd.md': PRD, 'docs/architecture.md': arch });
    const head = gh.commit({ 'docs/architecture.md': arch + '\n' }, base);
    gh.openPull({ number: 7, headSha: head, headRef: 'f7', baseSha: base });
    const run = await runAction(gh, 'pull_request', pullRequestEvent(gh, 7));
    expect(run.stdout).not.toContain('title=arch/no-placeholders');
    expect(archgateComments()[0].body).not.toContain('adds inline suppressions');
  });
});

describe('bounded waits', () => {
  const limits = (request: number, total = 600, rateLimitWait = 180) => ({ ARCHGATE_API_REQUEST_TIMEOUT: String(request), ARCHGATE_API_TOTAL_TIMEOUT: String(total), ARCHGATE_API_RATE_LIMIT_WAIT: String(rateLimitWait) });

  it('a request GitHub never answers fails after the per-request timeout, without a second attempt', async () => {
    pull();
    gh.faults.push({ method: 'POST', path: /^\/graphql$/, status: 0, raw: 'hang', times: 5 });
    const run = await runAction(gh, 'pull_request', pullRequestEvent(gh, 7), {}, process.execPath, limits(0.3));
    expect(run.code).toBe(1);
    expect(errorLine(run.stdout)).toBe('::error::archgate: GitHub did not answer POST /graphql within 0.3 s. Re-run the job; if GitHub is slow for long, raise ARCHGATE_API_REQUEST_TIMEOUT.');
    expect(gh.requests.filter((r) => r.path === '/graphql')).toHaveLength(1);
  });

  it('all API work together stops at the total budget', async () => {
    pull();
    gh.faults.push({ method: 'POST', path: /^\/graphql$/, status: 0, raw: 'hang', times: 5 });
    const run = await runAction(gh, 'pull_request', pullRequestEvent(gh, 7), {}, process.execPath, limits(30, 0.3));
    expect(errorLine(run.stdout)).toBe("::error::archgate: GitHub did not finish answering within archgate's budget of 0.3 s for all its API work (at POST /graphql). Re-run the job; if GitHub is slow for long, raise ARCHGATE_API_TOTAL_TIMEOUT.");
  });

  it('a secondary rate limit asking for an hour (429, Retry-After: 3600) fails at once, naming the limit', async () => {
    pull();
    gh.faults.push({ method: 'POST', path: /^\/graphql$/, status: 429, headers: { 'retry-after': '3600' }, body: { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.', documentation_url: 'https://docs.github.com/rest' }, times: 5 });
    const run = await runAction(gh, 'pull_request', pullRequestEvent(gh, 7), {}, process.execPath, limits(30, 600, 5));
    expect(run.code).toBe(1);
    expect(errorLine(run.stdout)).toBe("::error::archgate: GitHub's secondary rate limit stopped POST /graphql and asks for a wait of 3600 s (Retry-After). archgate waits at most 5 s for rate limits (ARCHGATE_API_RATE_LIMIT_WAIT): re-run the job after the reset, or use a token with its own limit.");
    expect(gh.requests.filter((r) => r.path === '/graphql')).toHaveLength(1);
  });

  it('a used-up primary rate limit (403, x-ratelimit-remaining: 0) fails at once, saying when it resets', async () => {
    pull();
    gh.faults.push({ method: 'POST', path: /^\/graphql$/, status: 403, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-resource': 'graphql' }, body: { message: 'API rate limit exceeded for installation ID 1.', documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api' }, times: 5 });
    const run = await runAction(gh, 'pull_request', pullRequestEvent(gh, 7));
    expect(errorLine(run.stdout)).toBe("::error::archgate: GitHub's rate limit for this token is used up at POST /graphql (graphql: 0 of 5000 requests left; it resets at 2030-03-17T17:46:40Z). archgate waits at most 180 s for rate limits (ARCHGATE_API_RATE_LIMIT_WAIT): re-run the job after the reset, or use a token with its own limit.");
    expect(gh.requests.filter((r) => r.path === '/graphql')).toHaveLength(1);
  });
});

describe('GraphQL rate limit', () => {
  it('a RATE_LIMITED answer (200, as GraphQL gives it) fails the step, saying when the limit resets', async () => {
    pull();
    gh.faults.push({ method: 'POST', path: /^\/graphql$/, status: 200, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-resource': 'graphql' }, body: { errors: [{ type: 'RATE_LIMITED', message: 'API rate limit exceeded for installation ID 1.' }] } });
    const run = await runAction(gh, 'pull_request', pullRequestEvent(gh, 7));
    expect(run.code).toBe(1);
    expect(errorLine(run.stdout)).toBe("::error::archgate: GitHub's GraphQL rate limit for this token is used up at POST /graphql (RATE_LIMITED; it resets at 2030-03-17T17:46:40Z). archgate waits at most 180 s for rate limits (ARCHGATE_API_RATE_LIMIT_WAIT): re-run the job after the reset, or use a token with its own limit.");
    expect(gh.requests.filter((r) => r.path === '/graphql')).toHaveLength(1);
  });
});

describe('commit mode', () => {
  it('makes exactly one commit that changes only the marked blocks; a second run on it makes none', async () => {
    const pr = pull();
    const before = gh.commits.get(pr.headSha)!.files.get('docs/architecture.md')!;
    const run = await runAction(gh, 'pull_request', pullRequestEvent(gh, 7), { mode: 'commit' });
    expect(run.outputs['commit-sha']).toMatch(/^[0-9a-f]{40}$/);
    expect(gh.refs.get('heads/feature-7')).toBe(run.outputs['commit-sha']);
    const committed = gh.commits.get(run.outputs['commit-sha'])!;
    expect(committed.parents).toEqual([gh.commits.get(committed.parents[0])!.sha]);
    const after = committed.files.get('docs/architecture.md')!;
    const outside = (t: string) => t.replace(/(<!-- archgate:begin [\w-]+ -->\n)[\s\S]*?(<!-- archgate:end -->)/g, '$1$2');
    expect(outside(after)).toBe(outside(before));
    expect(after).not.toBe(before);
    expect(archgateComments()[0].body).toContain(`archgate committed the regenerated diagram blocks as ${run.outputs['commit-sha'].slice(0, 7)} and judged that commit (this report). GitHub starts no workflow for a push made with the workflow's token, so archgate set its verdict on it itself, as the check \`archgate\`.`);
    // The pushed commit carries the verdict, judged on exactly its content: the stale block is gone, the other errors stay.
    expect(gh.verdicts).toEqual([{ kind: 'check-run', sha: run.outputs['commit-sha'], name: 'archgate', result: 'failure', title: `fail: ${run.outputs.errors} errors, ${run.outputs.warnings} warnings (fail-on: error)` }]);
    expect(run.stdout).not.toContain('title=diagram/stale');

    const commitsBefore = gh.commits.size;
    const second = await runAction(gh, 'pull_request', pullRequestEvent(gh, 7), { mode: 'commit' });
    expect(second.outputs['commit-sha']).toBe('');
    expect(gh.commits.size).toBe(commitsBefore);
  });

  // The demo architecture as an old Windows editor saved it: a UTF-8 BOM, CRLF line ends, and a
  // Latin-1 line ("Café", 0xE9 alone is not UTF-8) before and after the marked block.
  const BEGIN = '<!-- archgate:begin components -->\r\n';
  const END = '<!-- archgate:end -->\r\n';
  const latin1 = Buffer.from('Owner: \xc9quipe Caf\xe9.\r\n', 'latin1');
  const windowsArch = () => {
    const crlf = ARCH.replace('A modular monolith', 'A modular monolith (revised)').replace(/\n/g, '\r\n');
    const [head, rest] = [crlf.slice(0, crlf.indexOf(BEGIN) + BEGIN.length), crlf.slice(crlf.indexOf(BEGIN) + BEGIN.length)];
    const [, tail] = [rest.slice(0, rest.indexOf(END)), rest.slice(rest.indexOf(END))];
    const before = Buffer.concat([Buffer.from('\ufeff' + head.slice(0, -BEGIN.length), 'utf8'), latin1, Buffer.from(BEGIN)]);
    const after = Buffer.concat([Buffer.from(tail, 'utf8'), latin1]);
    return { before, after, bytes: Buffer.concat([before, Buffer.from('stale\r\n'), after]) };
  };

  it('commits a file with a BOM, CRLF line ends and Latin-1 bytes byte for byte outside the marked block', async () => {
    const { before, after, bytes } = windowsArch();
    pull(7, { 'docs/architecture.md': bytesFile(bytes) });
    const run = await runAction(gh, 'pull_request', pullRequestEvent(gh, 7), { mode: 'commit' });
    expect(run.outputs['commit-sha']).toMatch(/^[0-9a-f]{40}$/);
    const committed = fileBytes(gh.commits.get(run.outputs['commit-sha'])!.files.get('docs/architecture.md')!);
    const block = committed.subarray(before.length, committed.length - after.length);
    expect(Buffer.concat([before, block, after]).equals(committed)).toBe(true);
    expect(block.toString('utf8')).toMatch(/^```mermaid\r\nflowchart LR\r\n[^\n]*\r\n/);
    expect(block.toString('utf8').endsWith('```\r\n')).toBe(true);
    expect(block.toString('utf8')).not.toContain('stale');
  });

  it('refuses to commit a file whose bytes GitHub transcoded, and gives the patch instead, saying why', async () => {
    // GitHub may read a Latin-1 file as Latin-1 and give "Café" as text: those bytes no longer map back.
    gh.textOfBytes = (b) => b.toString('latin1').replace(/^\xef\xbb\xbf/, '');
    const { bytes } = windowsArch();
    const pr = pull(7, { 'docs/architecture.md': bytesFile(bytes) });
    const run = await runAction(gh, 'pull_request', pullRequestEvent(gh, 7), { mode: 'commit' });
    expect(run.outputs['commit-sha']).toBe('');
    expect(gh.refs.get('heads/feature-7')).toBe(pr.headSha);
    expect(gh.writes().every((w) => w.path.includes('/comments') || w.path.includes('/check-runs'))).toBe(true);
    const body = archgateComments()[0].body;
    expect(body).toContain('archgate did not commit `docs/architecture.md`: the file is not UTF-8 as GitHub reads it, so archgate cannot tell which of its bytes the text it judged stands for, and a commit would change bytes outside the marked blocks. Apply the patch below with an editor that keeps the file\'s encoding, or save the file as UTF-8.');
    expect(body).toMatch(/### Patch[\s\S]*```diff\n--- a\/docs\/architecture\.md\n\+\+\+ b\/docs\/architecture\.md\n@@ /);
  });

  it('never overwrites a branch that moved meanwhile', async () => {
    const pr = pull();
    const theirs = gh.commit({ 'notes.md': 'pushed by a human' }, pr.headSha, 'human push');
    gh.onGetRef = () => gh.refs.set('heads/feature-7', theirs);
    const run = await runAction(gh, 'pull_request', pullRequestEvent(gh, 7), { mode: 'commit' });
    expect(gh.refs.get('heads/feature-7')).toBe(theirs);
    expect(run.outputs['commit-sha']).toBe('');
    expect(archgateComments()[0].body).toContain('nothing was pushed, so nothing of yours was overwritten');
  });

  it('gives a fork the patch in the comment instead of pushing (pull_request_target)', async () => {
    pull(7, undefined, { headRepo: 'someone/product' });
    const run = await runAction(gh, 'pull_request_target', pullRequestEvent(gh, 7), { mode: 'commit' });
    expect(run.outputs['commit-sha']).toBe('');
    expect(gh.writes().every((w) => w.path.includes('/comments'))).toBe(true);
    const body = archgateComments()[0].body;
    expect(body).toContain('### Patch');
    expect(body).toMatch(/```diff\n--- a\/docs\/architecture\.md\n\+\+\+ b\/docs\/architecture\.md\n@@ /);
  });
});

describe('reading the documents', () => {
  it("reads config, documents at both commits and the pull request's first comments in one GraphQL query: 4 requests on a first run, 1 on the next", async () => {
    pull();
    await runAction(gh, 'pull_request', pullRequestEvent(gh, 7));
    // The head is asked for just before the write: a late run never reports on an older head.
    expect(gh.requests.map((r) => `${r.method} ${r.path.replace(/\?.*/, '')}`)).toEqual(['POST /graphql', 'GET /repos/acme/product/pulls/7', 'POST /repos/acme/product/issues/7/comments', 'GET /repos/acme/product/issues/7/comments']);
    const before = gh.requests.length;
    await runAction(gh, 'pull_request', pullRequestEvent(gh, 7));
    expect(gh.requests.slice(before).map((r) => `${r.method} ${r.path.replace(/\?.*/, '')}`)).toEqual(['POST /graphql']);
  });

  it('archgate\'s comment past the first 100: the first page comes with the first read, then the second is read, and nothing is written', async () => {
    pull();
    for (let i = 0; i < 120; i++) gh.comments.push({ id: 100 + i, issue: 7, body: `Looks good ${i}`, user: 'octocat' });
    await runAction(gh, 'pull_request', pullRequestEvent(gh, 7));
    expect(archgateComments().map((c) => c.id)).toEqual([1000]);
    const before = gh.requests.length;
    await runAction(gh, 'pull_request', pullRequestEvent(gh, 7));
    expect(gh.requests.slice(before).map((r) => `${r.method} ${r.path}`)).toEqual(['POST /graphql', 'GET /repos/acme/product/issues/7/comments?per_page=100&page=2']);
  });

  it('a document too big for GraphQL\'s text is read whole through the git blobs API', async () => {
    const big = ARCH + '\n## Appendix\n\n' + 'Filler text for a long appendix.\n'.repeat(20_000) + '\nNFR-005 is met by least-privilege IAM roles per service.\n';
    pull(7, { 'docs/architecture.md': big });
    const run = await runAction(gh, 'pull_request', pullRequestEvent(gh, 7));
    expect(gh.requests.filter((r) => r.path.includes('/git/blobs/')).length).toBeGreaterThanOrEqual(1);
    // The citation at the very end was read: NFR-005 is no longer uncovered.
    expect(run.outputs.uncovered).toBe('NFR-006');
  });

  it('reads shard folders the config names, in one more query, and judges them', async () => {
    const base = gh.commit({
      '.github/archgate.yml': 'docSets:\n  - name: shop\n    prd: [specs/prd.md]\n    architecture: [specs/architecture]\n',
      'specs/prd.md': PRD,
      'specs/architecture/index.md': '# Architecture\n\n- [Overview](overview.md)\n',
      'specs/architecture/overview.md': ARCH,
    });
    const head = gh.commit({ 'specs/architecture/overview.md': ARCH + '\nNFR-006 is met by hourly backups.\n' }, base);
    gh.openPull({ number: 5, headSha: head, headRef: 'f5', baseSha: base });
    const run = await runAction(gh, 'pull_request', pullRequestEvent(gh, 5));
    expect(gh.requests.filter((r) => r.path === '/graphql')).toHaveLength(2);
    expect(run.outputs.uncovered).toBe('NFR-005');
    expect(archgateComments()[0].body).toContain('archgate — shop');
  });

  it('behind a proxy (HTTPS_PROXY set) it takes @actions/github\'s octokit, which reaches GitHub all the same', async () => {
    pull();
    // @actions/http-client never proxies loopback addresses: the fake stays reachable, and the run shows the proxy path loads and works.
    const run = await runAction(gh, 'pull_request', pullRequestEvent(gh, 7), {}, process.execPath, { HTTPS_PROXY: 'http://127.0.0.1:9', HTTP_PROXY: 'http://127.0.0.1:9' });
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('::debug::archgate: GitHub requests go through the proxy in HTTPS_PROXY');
    expect(run.outputs.result).toBe('fail');
    expect(archgateComments()).toHaveLength(1);
  });

  it('with extra "paths", lists changed files only as far as the first match', async () => {
    const files: Record<string, string> = { 'src/api.ts': 'x' };
    for (let i = 0; i < 450; i++) files[`assets/f-${String(i).padStart(3, '0')}.txt`] = String(i);
    pull(7, files);
    const run = await runAction(gh, 'pull_request', pullRequestEvent(gh, 7), { paths: 'src/**' });
    expect(run.outputs.result).toBe('fail'); // judged, not skipped
    // 451 files, sorted: "src/api.ts" is on the last of five pages; a match on page 1 would stop there.
    expect(gh.requests.filter((r) => r.path.includes('/pulls/7/files'))).toHaveLength(5);
    const quiet = await runAction(gh, 'pull_request', pullRequestEvent(gh, 7), { paths: 'lib/**' });
    expect(quiet.outputs.result).toBe('skipped');
  });

  it('stops listing at the first page with a match', async () => {
    const files: Record<string, string> = { 'a/first.ts': 'x' };
    for (let i = 0; i < 450; i++) files[`z/f-${String(i).padStart(3, '0')}.txt`] = String(i);
    pull(7, files);
    await runAction(gh, 'pull_request', pullRequestEvent(gh, 7), { paths: 'a/*.ts' });
    expect(gh.requests.filter((r) => r.path.includes('/pulls/7/files'))).toHaveLength(1);
  });
});

describe('other events', () => {
  it('workflow_run (the fork-safe second workflow) finds the fork PR and comments', async () => {
    const pr = pull(9, undefined, { headRepo: 'someone/product' });
    const payload = { action: 'completed', workflow_run: { event: 'pull_request', head_sha: pr.headSha, head_branch: pr.headRef, head_repository: { full_name: 'someone/product', owner: { login: 'someone' } }, pull_requests: [] } };
    const run = await runAction(gh, 'workflow_run', payload);
    expect(run.code).toBe(0); // the verdict is on the PR's head commit (see below), not on this job
    expect(archgateComments().map((c) => c.issue)).toEqual([9]);
  });

  it('workflow_run sets the verdict on the PR\'s head commit as a check run, and the job (attached to main) succeeds', async () => {
    const pr = pull(9, undefined, { headRepo: 'someone/product' });
    const payload = { action: 'completed', workflow_run: { event: 'pull_request', head_sha: pr.headSha, head_branch: pr.headRef, head_repository: { full_name: 'someone/product', owner: { login: 'someone' } }, pull_requests: [] } };
    const run = await runAction(gh, 'workflow_run', payload);
    expect(run.code).toBe(0);
    expect(run.outputs.result).toBe('fail');
    expect(gh.verdicts).toEqual([{ kind: 'check-run', sha: pr.headSha, name: 'archgate verdict', result: 'failure', title: `fail: ${run.outputs.errors} errors, ${run.outputs.warnings} warnings (fail-on: error)` }]);
    expect(run.stdout).toContain(`::notice::archgate set its verdict (fail) on ${pr.headSha.slice(0, 7)}, the head of pull request #9, as the check run "archgate verdict": require that check in branch protection.`);
  });

  it('workflow_run without checks: write falls back to a commit status; with neither, the job carries the verdict', async () => {
    const pr = pull(9, undefined, { headRepo: 'someone/product' });
    const payload = { action: 'completed', workflow_run: { event: 'pull_request', head_sha: pr.headSha, head_branch: pr.headRef, head_repository: { full_name: 'someone/product', owner: { login: 'someone' } }, pull_requests: [] } };
    const forbidden = { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest' };
    gh.faults.push({ method: 'POST', path: /\/check-runs$/, status: 403, body: forbidden, times: 1 });
    const withStatus = await runAction(gh, 'workflow_run', payload);
    expect(withStatus.code).toBe(0);
    const counts = `${withStatus.outputs.errors} errors, ${withStatus.outputs.warnings} warnings (fail-on: error)`;
    expect(gh.verdicts).toEqual([{ kind: 'status', sha: pr.headSha, name: 'archgate verdict', result: 'failure', title: `fail: ${counts}` }]);
    gh.faults.push({ method: 'POST', path: /\/check-runs$/, status: 403, body: forbidden, times: 1 }, { method: 'POST', path: /\/statuses\//, status: 403, body: forbidden, times: 1 });
    const neither = await runAction(gh, 'workflow_run', payload);
    expect(neither.code).toBe(1);
    expect(neither.stdout).toContain("::warning::archgate could not set its verdict on pull request #9's head commit: the token lacks `checks: write` and `statuses: write`. Add `checks: write` to this workflow's `permissions:`; until then the verdict is this job's.\n");
    expect(errorLine(neither.stdout)).toBe(`::error::archgate: ${counts}.`);
  });

  it('workflow_run with two open PRs from one fork branch judges both, each with its own base, and the commit fails if either fails', async () => {
    const pr = pull(9, undefined, { headRepo: 'someone/product', headRef: 'patch-1' });
    const release = gh.commit({ '.github/archgate.yml': 'failOn: never\n' }, pr.baseSha, 'release branch');
    gh.openPull({ number: 10, headSha: pr.headSha, headRef: 'patch-1', headRepo: 'someone/product', baseSha: release, baseRef: 'release' });
    gh.refs.set('heads/main', pr.baseSha);
    const payload = { action: 'completed', workflow_run: { event: 'pull_request', head_sha: pr.headSha, head_branch: 'patch-1', head_repository: { full_name: 'someone/product', owner: { login: 'someone' } }, pull_requests: [] } };
    const run = await runAction(gh, 'workflow_run', payload);
    // #9 fails on the base config of main; #10 passes under failOn: never. Branch protection reads one
    // verdict per commit: it fails closed, and names both.
    const counts = `${run.outputs.errors} errors, ${run.outputs.warnings} warnings`;
    expect(gh.verdicts).toEqual([{ kind: 'check-run', sha: pr.headSha, name: 'archgate verdict', result: 'failure', title: `fail: #9 fail: ${counts} (fail-on: error); #10 pass: ${counts} (fail-on: never)` }]);
    expect(gh.checkRunSummaries).toEqual([
      [
        `${pr.headSha.slice(0, 7)} heads 2 pull requests (#9 and #10); it fails because #9 fails: a commit carries one verdict, so it passes only if every pull request it heads passes.`,
        '',
        `- #9: fail: ${counts} (fail-on: error). archgate judged ${pr.headSha.slice(0, 7)} of pull request #9: ${counts} (fail-on: error). The comment on the pull request has the findings.`,
        `- #10: pass: ${counts} (fail-on: never). archgate judged ${pr.headSha.slice(0, 7)} of pull request #10: ${counts} (fail-on: never). The comment on the pull request has the findings.`,
      ].join('\n'),
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`::notice::archgate set its verdict (fail) on ${pr.headSha.slice(0, 7)}, the head of pull requests #9 and #10 (it fails if any of them fails), as the check run "archgate verdict": require that check in branch protection.`);
    expect(run.stdout).toContain(`::notice::archgate: this workflow run's head ${pr.headSha.slice(0, 7)} heads 2 open pull requests (#9, #10); archgate judges each of them, with its own base.`);
    expect(archgateComments().map((c) => [c.issue, c.body.split('\n')[1]])).toEqual([
      [9, '## ❌ archgate — default: fail'],
      [10, '## ✅ archgate — default: pass'],
    ]);
  });

  it('workflow_run that cannot judge (a broken config at the base) fails the PR\'s head commit, saying why, and the job', async () => {
    const pr = pull(9, undefined, { headRepo: 'someone/product' });
    const broken = gh.commit({ '.github/archgate.yml': 'preset: lenient\n' }, pr.baseSha, 'a config typo');
    gh.openPull({ ...pr, baseSha: broken });
    const payload = { action: 'completed', workflow_run: { event: 'pull_request', head_sha: pr.headSha, head_branch: pr.headRef, head_repository: { full_name: 'someone/product', owner: { login: 'someone' } }, pull_requests: [] } };
    const run = await runAction(gh, 'workflow_run', payload);
    expect(run.code).toBe(1);
    const why = errorLine(run.stdout)!.replace('::error::archgate: ', '');
    expect(why).toMatch(/^\.github\/archgate\.yml:1:9: preset/);
    expect(gh.verdicts).toEqual([{ kind: 'check-run', sha: pr.headSha, name: 'archgate verdict', result: 'failure', title: 'fail: archgate could not judge pull request #9' }]);
    expect(gh.checkRunSummaries).toEqual([`archgate could not judge ${pr.headSha.slice(0, 7)} of pull request #9: ${why.replace(/\.?$/, '.')} The workflow run's log has the details; re-run it once the cause is fixed.`]);
    expect(run.stdout).toContain(`::notice::archgate set its verdict (fail) on ${pr.headSha.slice(0, 7)}, the head of pull request #9, as the check run "archgate verdict": require that check in branch protection. This job fails: archgate could not judge #9.`);
  });

  it('workflow_run judges the pull requests its payload lists, only at the run\'s head SHA', async () => {
    const pr = pull(11);
    const other = pull(12);
    const payload = { action: 'completed', workflow_run: { event: 'pull_request', head_sha: pr.headSha, head_branch: pr.headRef, head_repository: { full_name: gh.fullName, owner: { login: gh.owner } }, pull_requests: [{ number: 11, head: { sha: pr.headSha } }, { number: 12, head: { sha: other.headSha } }] } };
    await runAction(gh, 'workflow_run', payload);
    expect(gh.verdicts.map((v) => v.sha)).toEqual([pr.headSha]);
    expect(archgateComments().map((c) => c.issue)).toEqual([11]);
  });

  const fixComment = (user: string, createdAt = '2026-01-01T10:00:00Z') => ({ action: 'created', issue: { number: 7, pull_request: { url: 'x' } }, comment: { body: '/archgate fix', user: { login: user }, created_at: createdAt } });
  const replies = () => gh.comments.filter((c) => c.body.startsWith('<!-- archgate:reply'));

  it('/archgate fix from a user with write access commits; from anyone else, a polite refusal', async () => {
    pull();
    gh.collaborators.set('maintainer', 'write');
    gh.collaborators.set('visitor', 'read');
    const refused = await runAction(gh, 'issue_comment', fixComment('visitor'));
    expect(refused.code).toBe(0);
    expect(gh.comments.map((c) => c.body)).toEqual([expect.stringContaining('needs write access')]);
    expect(gh.commits.size).toBe(2);
    const done = await runAction(gh, 'issue_comment', fixComment('maintainer'));
    expect(done.outputs['commit-sha']).toMatch(/^[0-9a-f]{40}$/);
  });

  it('/archgate fix: a refused request is answered once per pull request, not every time', async () => {
    pull();
    gh.collaborators.set('visitor', 'read');
    await runAction(gh, 'issue_comment', fixComment('visitor'));
    const again = await runAction(gh, 'issue_comment', fixComment('visitor'));
    expect(again.stdout).toContain('::notice::archgate: nothing to do: visitor may not write to the repository; archgate had replied already and did nothing.');
    expect(replies().map((c) => c.body)).toEqual([
      '<!-- archgate:reply reason="no-write-access" -->\n@visitor thanks for asking! `/archgate fix` commits to this branch, so it needs write access to the repository. A maintainer can run it, or you can run `npx github:archgate/archgate check --fix` locally (archgate is not on the npm registry) and push the result.',
    ]);
  });

  it('/archgate fix: a custom role with write access may run it (the permission decides, not the role name)', async () => {
    pull();
    gh.collaborators.set('releaser', { permission: 'write', roleName: 'release-manager', push: true });
    const run = await runAction(gh, 'issue_comment', fixComment('releaser'));
    expect(run.outputs['commit-sha']).toMatch(/^[0-9a-f]{40}$/);
    expect(replies()).toEqual([]);
  });

  it('/archgate fix: refuses a head pushed after the comment, with a reply, and commits nothing', async () => {
    const pr = pull();
    gh.collaborators.set('maintainer', 'write');
    const before = pr.headSha;
    pr.headSha = gh.commit({ 'docs/architecture.md': ARCH + '\n<!-- archgate-disable-file -->\n' }, before, 'pushed after the comment');
    gh.refs.set('heads/feature-7', pr.headSha);
    gh.pushes.push({ ref: 'refs/heads/feature-7', before, after: pr.headSha, timestamp: '2026-01-01T10:00:05Z', actor: 'mallory' });
    const run = await runAction(gh, 'issue_comment', fixComment('maintainer', '2026-01-01T10:00:00Z'));
    expect(run.code).toBe(0);
    expect(gh.refs.get('heads/feature-7')).toBe(pr.headSha);
    expect(gh.writes().map((w) => w.method + ' ' + w.path)).toEqual(['POST /repos/acme/product/issues/7/comments']);
    expect(replies()[0].body).toContain(`The branch moved to ${pr.headSha.slice(0, 7)} after this \`/archgate fix\` was written, so archgate commits nothing`);
  });

  it('/archgate fix: refuses a merged pull request, with a reply', async () => {
    const pr = pull();
    pr.state = 'closed';
    pr.merged = true;
    gh.collaborators.set('maintainer', 'admin');
    const run = await runAction(gh, 'issue_comment', fixComment('maintainer'));
    expect(run.stdout).toContain('::notice::archgate: nothing to do: pull request #7 is merged; archgate replied and did nothing.');
    expect(gh.writes()).toHaveLength(1);
    expect(replies()[0].body).toContain('`/archgate fix` works on open pull requests only: this one is merged, so archgate commits nothing to it. Run `npx github:archgate/archgate check --fix` on the branch you want to fix (archgate is not on the npm registry).');
  });

  it('/archgate fix on a protected branch says it is protected, not that it moved', async () => {
    const pr = pull();
    gh.collaborators.set('maintainer', 'write');
    gh.protectedBranches.add('feature-7');
    const run = await runAction(gh, 'issue_comment', fixComment('maintainer'));
    expect(run.outputs['commit-sha']).toBe('');
    expect(gh.refs.get('heads/feature-7')).toBe(pr.headSha);
    const body = archgateComments()[0].body;
    expect(body).toContain("GitHub refused archgate's push to `feature-7`: the branch is protected (branch protection or a ruleset), so nothing was pushed.");
    expect(body).not.toContain('moved to');
    expect(body).toContain('### Patch');
  });
});

describe('API faults', () => {
  const noStack = (run: { stdout: string; stderr: string }) => expect(run.stdout + run.stderr).not.toMatch(/^\s+at .+\(.*:\d+:\d+\)$/m);

  it('a 500 that persists is retried, then fails with a clear message and writes nothing', async () => {
    pull();
    gh.faults.push({ method: 'POST', path: /^\/graphql$/, status: 500, times: 10 });
    const run = await runAction(gh, 'pull_request', pullRequestEvent(gh, 7));
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^::error::archgate: GitHub answered 500 to POST \/graphql: fault \(after retries\)/m);
    expect(gh.requests.filter((r) => r.path === '/graphql').length).toBe(3);
    expect(gh.writes()).toEqual([]);
    noStack(run);
  });

  it('a connection reset is retried and the run completes with one comment', async () => {
    pull();
    const reset = { method: 'POST', path: /^\/graphql$/, status: 0, raw: 'reset' as const, times: 1 };
    gh.faults.push(reset);
    const run = await runAction(gh, 'pull_request', pullRequestEvent(gh, 7));
    expect(reset.times).toBe(0); // the reset happened
    expect(run.code).toBe(1); // the demo's findings, not the fault
    expect(archgateComments()).toHaveLength(1);
  });

  it('a malformed JSON answer fails the run with a clear message, and no comment is duplicated', async () => {
    pull();
    await runAction(gh, 'pull_request', pullRequestEvent(gh, 7));
    const malformed = { method: 'POST', path: /^\/graphql$/, status: 200, raw: 'malformed-json' as const, times: 1 };
    gh.faults.push(malformed);
    const run = await runAction(gh, 'pull_request', pullRequestEvent(gh, 7));
    expect(malformed.times).toBe(0);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^::error::archgate: /m);
    expect(archgateComments()).toHaveLength(1);
    noStack(run);
  });

  it('an error answer that is not JSON is named, never echoed', async () => {
    pull();
    gh.faults.push({ method: 'POST', path: /^\/graphql$/, status: 502, raw: 'malformed-json', times: 5 });
    const run = await runAction(gh, 'pull_request', pullRequestEvent(gh, 7));
    expect(run.code).toBe(1);
    expect(errorLine(run.stdout)).toBe('::error::archgate: GitHub answered 502 to POST /graphql: an answer that is not JSON (after retries). GitHub may be having trouble: re-run the job later.');
    expect(run.stdout + run.stderr).not.toContain('"message": "Bad');
  });

  it('a 409 on moving the ref overwrites nothing and says why', async () => {
    const pr = pull();
    gh.faults.push({ method: 'PATCH', path: /\/git\/refs\/heads(\/|%2F)feature-7$/, status: 409, body: { message: 'Conflict', documentation_url: 'https://docs.github.com/rest' }, times: 1 });
    const run = await runAction(gh, 'pull_request', pullRequestEvent(gh, 7), { mode: 'commit' });
    expect(gh.refs.get('heads/feature-7')).toBe(pr.headSha);
    expect(run.outputs['commit-sha']).toBe('');
    expect(archgateComments()[0].body).toContain('nothing was pushed');
  });
});
