import type { Octokit, Repo } from './octokit.js';
import { statusOf } from './octokit.js';

/** The name branch protection requires for the verdict archgate sets on a commit. */
export const VERDICT_CHECK = 'archgate verdict';

export interface Verdict {
  passed: boolean;
  /** One line: what blocks the merge, or that nothing does. */
  title: string;
  /** Markdown for the check run's page. */
  summary: string;
}

/**
 * Set the verdict on a commit, where branch protection looks for it: a check run named `name` (a
 * job's id names its check, so a verdict named after the job satisfies the same required check), or a commit
 * status when the token lacks `checks: write`. Returns how it was set, or null when the token
 * may write neither (the caller then fails the job, so the verdict is never lost).
 */
export async function postVerdict(octokit: Octokit, repo: Repo, sha: string, verdict: Verdict, name = VERDICT_CHECK): Promise<'check-run' | 'status' | null> {
  try {
    await octokit.rest.checks.create({ ...repo, name, head_sha: sha, status: 'completed', conclusion: verdict.passed ? 'success' : 'failure', output: { title: verdict.title.slice(0, 255), summary: verdict.summary.slice(0, 65_000) } });
    return 'check-run';
  } catch (error) {
    if (statusOf(error) !== 403) throw error;
  }
  try {
    // A status's description holds 140 characters.
    await octokit.rest.repos.createCommitStatus({ ...repo, sha, state: verdict.passed ? 'success' : 'failure', context: name, description: verdict.title.slice(0, 140) });
    return 'status';
  } catch (error) {
    if (statusOf(error) !== 403) throw error;
    return null;
  }
}
