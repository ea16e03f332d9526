import type { Octokit, Repo } from './octokit.js';
import { pullRequestInfo, type PullRequestInfo } from './get-pull-request.js';

/**
 * Every open pull request whose head is `owner:branch` at exactly `sha` (for workflow_run, whose
 * payload lists no pull requests when the head is a fork). One fork branch may head several
 * pull requests (to different bases): all of them are returned, never just the first.
 */
export async function findPullRequestsByHead(octokit: Octokit, repo: Repo, headOwner: string, headBranch: string, sha: string): Promise<PullRequestInfo[]> {
  const found: PullRequestInfo[] = [];
  const pages = octokit.paginate.iterator(octokit.rest.pulls.list, { ...repo, state: 'open', head: `${headOwner}:${headBranch}`, per_page: 100 });
  for await (const page of pages) {
    for (const pr of page.data) if (pr.head.sha === sha) found.push(pullRequestInfo(pr as unknown as Parameters<typeof pullRequestInfo>[0]));
  }
  return found;
}
