import type { Octokit, Repo } from './octokit.js';
import { statusOf } from './octokit.js';

/**
 * After a 404: true only when the pull request is gone from a repository the token can read.
 * A repository the token cannot see answers 404 too, and that must fail the run, not skip it.
 */
export async function pullRequestGone(octokit: Octokit, repo: Repo, number: number): Promise<boolean> {
  try {
    await octokit.rest.pulls.get({ ...repo, pull_number: number });
    return false;
  } catch (error) {
    if (statusOf(error) !== 404) throw error;
  }
  try {
    await octokit.rest.repos.get({ ...repo });
    return true;
  } catch (error) {
    if (statusOf(error) === 404) return false;
    throw error;
  }
}
