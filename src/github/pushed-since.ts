import type { Octokit, Repo } from './octokit.js';

/**
 * Whether anyone pushed to the branch after `since` (an ISO time GitHub gave), by the repository's
 * activity log: times GitHub recorded, not commit dates, which the pusher writes. Newest first,
 * so the first page answers.
 */
export async function pushedSince(octokit: Octokit, repo: Repo, branch: string, since: string): Promise<boolean> {
  const after = Date.parse(since);
  const { data } = await octokit.rest.repos.listActivities({ ...repo, ref: `refs/heads/${branch}`, activity_type: 'push', direction: 'desc', per_page: 100 });
  return data.some((a) => Date.parse(a.timestamp) > after);
}
