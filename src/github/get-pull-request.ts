import type { Octokit, Repo } from './octokit.js';

export interface PullRequestInfo {
  number: number;
  headSha: string;
  headRef: string;
  headRepo: string;
  baseSha: string;
  baseRef: string;
  baseRepo: string;
  /** The head branch lives in another repository: archgate never pushes there. */
  fork: boolean;
  state: string;
  merged: boolean;
}

interface PullLike {
  number: number;
  state?: string;
  merged?: boolean | null;
  merged_at?: string | null;
  head: { sha: string; ref: string; repo: { full_name: string } | null };
  base: { sha: string; ref: string; repo: { full_name: string } };
}

export function pullRequestInfo(pr: PullLike): PullRequestInfo {
  const headRepo = pr.head.repo?.full_name ?? '';
  return {
    number: pr.number,
    headSha: pr.head.sha,
    headRef: pr.head.ref,
    headRepo,
    baseSha: pr.base.sha,
    baseRef: pr.base.ref,
    baseRepo: pr.base.repo.full_name,
    fork: headRepo !== pr.base.repo.full_name,
    state: pr.state ?? 'open',
    merged: !!pr.merged || !!pr.merged_at,
  };
}

export async function getPullRequest(octokit: Octokit, repo: Repo, number: number): Promise<PullRequestInfo> {
  const { data } = await octokit.rest.pulls.get({ ...repo, pull_number: number });
  return pullRequestInfo(data as unknown as PullLike);
}

/** The pull request's head now (asked just before a write, so a late run never reports on an older head). */
export async function currentHeadSha(octokit: Octokit, repo: Repo, number: number): Promise<string> {
  const { data } = await octokit.rest.pulls.get({ ...repo, pull_number: number });
  return data.head.sha;
}
