import type { Octokit, Repo } from './octokit.js';
import { pullRequestInfo, type PullRequestInfo } from './get-pull-request.js';

/**
 * The open pull request whose head is `owner:branch` at exactly `sha` (for workflow_run, whose
 * payload lists no pull requests when the head is a fork). Paginated; stops at the first match.
 */
export async function findPullRequestByHead(octokit: Octokit, repo: Repo, headOwner: string, headBranch: string, sha: string): Promise<PullRequestInfo | null> {
  const pages = octokit.paginate.iterator(octokit.rest.pulls.list, { ...repo, state: 'open', head: `${headOwner}:${headBranch}`, per_page: 100 });
  for await (const page of pages) {
    const match = page.data.find((pr) => pr.head.sha === sha);
    if (match) return pullRequestInfo(match as unknown as Parameters<typeof pullRequestInfo>[0]);
  }
  return null;
}
