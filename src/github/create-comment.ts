import type { Octokit, Repo } from './octokit.js';

/** A plain reply (for /archgate fix requests); not the sticky report. */
export async function createComment(octokit: Octokit, repo: Repo, issue: number, body: string): Promise<void> {
  await octokit.rest.issues.createComment({ ...repo, issue_number: issue, body });
}
