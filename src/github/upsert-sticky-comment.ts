import type { Octokit, Repo } from './octokit.js';
import { statusOf } from './octokit.js';
import { findStickyComments, type CommentsPage } from './find-sticky-comment.js';

export type UpsertResult = { action: 'created' | 'updated' | 'unchanged'; id: number } | { action: 'stale'; id: 0 };

export interface UpsertOptions {
  /** The token's own login: only comments it wrote are archgate's. */
  author: string;
  /** Asked just before any write: false when the report is no longer about the pull request's head. */
  stillCurrent: () => Promise<boolean>;
  /** The comments' first page, read ahead: its failure is the lookup's. */
  firstPage?: Promise<CommentsPage> | null;
}

/**
 * One comment per doc set, updated in place, written only when its body changes. Two runs that
 * race may both create one; each then keeps the oldest of its own, deletes its other ones and
 * writes into the oldest, so both end with exactly one. A comment deleted between lookup and
 * edit is created again. A comment another run created after the first page was read ahead is
 * found as a racing run's is, once archgate has created its own.
 */
export async function upsertStickyComment(octokit: Octokit, repo: Repo, issue: number, docSet: string, body: string, options: UpsertOptions): Promise<UpsertResult> {
  const firstPage = options.firstPage ? await options.firstPage : undefined;
  const [existing] = await findStickyComments(octokit, repo, issue, docSet, options.author, true, firstPage);
  if (existing?.body === body) return { action: 'unchanged', id: existing.id };
  if (!(await options.stillCurrent())) return { action: 'stale', id: 0 };
  if (existing) {
    try {
      await octokit.rest.issues.updateComment({ ...repo, comment_id: existing.id, body });
      return { action: 'updated', id: existing.id };
    } catch (error) {
      // Deleted meanwhile (by a maintainer, or to hide the report): write it again.
      if (statusOf(error) !== 404) throw error;
    }
  }
  const { data: created } = await octokit.rest.issues.createComment({ ...repo, issue_number: issue, body });
  const all = await findStickyComments(octokit, repo, issue, docSet, options.author, false);
  if (all.length <= 1) return { action: 'created', id: created.id };
  const [keep, ...extra] = all;
  for (const c of extra) {
    try {
      await octokit.rest.issues.deleteComment({ ...repo, comment_id: c.id });
    } catch (error) {
      // The other run deleted it first.
      if (statusOf(error) !== 404) throw error;
    }
  }
  if (keep.body !== body) await octokit.rest.issues.updateComment({ ...repo, comment_id: keep.id, body });
  return { action: keep.id === created.id ? 'created' : 'updated', id: keep.id };
}
