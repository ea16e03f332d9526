import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createOctokit } from '../src/github/octokit.js';
import { FakeGitHub, WORKFLOW_TOKEN } from './fake-github/server.js';

// octokit's throttling plugin spaced writes a second apart, and counted the run's first read
// (GraphQL) as a write: a run's comment update waited on a timer for the rest of that second. And
// its limiters took a dozen turns of the event loop on timers for each request. What the requests
// ask the event loop to wait for is counted here (the delays passed to setTimeout), never timed.

let gh: FakeGitHub;
beforeEach(async () => {
  gh = new FakeGitHub();
  await gh.start();
});
afterEach(async () => {
  vi.restoreAllMocks();
  await gh.stop();
});

describe('the Action sends its requests without octokit spacing them or taking turns on timers', () => {
  it('a GraphQL read, then two writes: none of them waits on a timer but the retry plugin\'s own', async () => {
    const sha = gh.commit({ 'README.md': '# product\n' });
    const octokit = await createOctokit(WORKFLOW_TOKEN, { warning: () => undefined }, { GITHUB_API_URL: gh.url });
    const delays: number[] = [];
    const realSetTimeout = globalThis.setTimeout;
    vi.spyOn(globalThis, 'setTimeout').mockImplementation(((fn: () => void, ms?: number, ...args: unknown[]) => {
      delays.push(ms ?? 0);
      return realSetTimeout(fn, ms, ...args);
    }) as typeof setTimeout);
    // The throttling plugin counts a GraphQL request as a write (its gate for writes).
    await octokit.graphql('query { viewer { login } }');
    for (const context of ['archgate', 'archgate (docs)']) await octokit.request('POST /repos/{owner}/{repo}/statuses/{sha}', { owner: gh.owner, repo: gh.repo, sha, state: 'success', context });
    expect(gh.requests.map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual(['POST /graphql 200', `POST /repos/acme/product/statuses/${sha} 201`, `POST /repos/acme/product/statuses/${sha} 201`]);
    // Four turns a request (0 ms), all of @octokit/plugin-retry's limiter, which every request
    // makes anew; the throttling plugin's limiters took eight more, and the writes waited 594 and 445 ms.
    expect(delays).toEqual(Array(12).fill(0));
  });
});
