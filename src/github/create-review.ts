import type { Octokit, Repo } from './octokit.js';

export interface ReviewComment {
  path: string;
  /** 1-based line at the head commit, on an added line of the diff. */
  line: number;
  body: string;
}

/**
 * One review (event COMMENT: it neither approves nor blocks) holding single-line comments on
 * the head commit's side of the diff: one request and one notification, however many comments.
 */
export async function createReview(octokit: Octokit, repo: Repo, number: number, headSha: string, body: string, comments: ReviewComment[]): Promise<number> {
  const { data } = await octokit.rest.pulls.createReview({ ...repo, pull_number: number, commit_id: headSha, event: 'COMMENT', body, comments: comments.map((c) => ({ path: c.path, line: c.line, side: 'RIGHT', body: c.body })) });
  return data.id;
}
