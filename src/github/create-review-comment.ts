import type { Octokit, Repo } from './octokit.js';

export interface ReviewComment {
  path: string;
  /** 1-based line at the head commit, on an added line of the diff. */
  line: number;
  body: string;
}

/** A single-line review comment on the head commit's side of the diff. */
export async function createReviewComment(octokit: Octokit, repo: Repo, number: number, headSha: string, comment: ReviewComment): Promise<number> {
  const { data } = await octokit.rest.pulls.createReviewComment({ ...repo, pull_number: number, commit_id: headSha, path: comment.path, line: comment.line, side: 'RIGHT', body: comment.body });
  return data.id;
}
