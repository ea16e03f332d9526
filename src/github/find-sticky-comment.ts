import type { Octokit, Repo } from './octokit.js';

export interface StickyComment {
  id: number;
  body: string;
}

/** The hidden marker that makes a comment archgate's, one per doc set; it opens the comment. */
export function stickyMarker(docSet: string): string {
  return `<!-- archgate:sticky doc-set="${docSet.replace(/[^\w.-]/g, '_')}" -->`;
}

// Marker text anywhere (any spacing or case), as a document or a patch could carry it.
const MARKER_TEXT = /<!--(\s*archgate:sticky)/gi;

/**
 * The body with exactly one marker, its own, first. Marker text inside the report (a patch
 * quoting a document that quotes a marker) is broken with a zero-width space, so no comment
 * ever carries a second doc set's marker.
 */
export function withOwnMarker(body: string, marker: string): string {
  const rest = body.startsWith(marker) ? body.slice(marker.length) : `\n${body}`;
  return marker + rest.replace(MARKER_TEXT, '<!--\u200b$1');
}

/** The first page of a pull request's comments, asked for while archgate judges; `more` when GitHub has further pages. */
export interface CommentsPage {
  comments: { id: number; body?: string | null; user?: { login: string } | null }[];
  more: boolean;
}

const PER_PAGE = 100;

/**
 * The first page as the first GraphQL read has it (the same 100 comments, oldest first): a comment
 * is archgate's only where the token wrote it (viewerDidAuthor). GraphQL names an app's bot without
 * REST's "[bot]", so no other login is compared with the token's.
 */
export function commentsPageOf(first: { nodes: { databaseId: number; body: string; viewerDidAuthor: boolean }[]; more: boolean }, viewer: string): CommentsPage {
  return { comments: first.nodes.map((n) => ({ id: n.databaseId, body: n.body, user: n.viewerDidAuthor ? { login: viewer } : null })), more: first.more };
}

/** One request, sent before the report exists: the lookup of archgate's comments then costs no round trip after judging. */
export async function firstCommentsPage(octokit: Octokit, repo: Repo, issue: number): Promise<CommentsPage> {
  // Through the paginator, as every later page: the same request, named the same in errors.
  const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, { ...repo, issue_number: issue, per_page: PER_PAGE })[Symbol.asyncIterator]();
  const { value, done } = await pages.next();
  return done ? { comments: [], more: false } : { comments: value.data, more: /rel="next"/.test(value.headers.link ?? '') };
}

/**
 * Every comment archgate wrote for the doc set, oldest first: written by `author` (the token's own
 * login) and opening with the marker. Anyone can copy the marker; only archgate is its author.
 * With `firstOnly`, pagination stops at the first. With `firstPage`, that page stands for page 1.
 */
export async function findStickyComments(octokit: Octokit, repo: Repo, issue: number, docSet: string, author: string, firstOnly: boolean, firstPage?: CommentsPage): Promise<StickyComment[]> {
  const marker = stickyMarker(docSet);
  const found: StickyComment[] = [];
  /** Keeps archgate's comments among these; true once the first is enough. */
  const take = (comments: CommentsPage['comments']) => {
    for (const c of comments) {
      if (c.user?.login === author && typeof c.body === 'string' && c.body.startsWith(marker)) {
        found.push({ id: c.id, body: c.body });
        if (firstOnly) return true;
      }
    }
    return false;
  };
  if (firstPage && (take(firstPage.comments) || !firstPage.more)) return found.sort((a, b) => a.id - b.id);
  for await (const page of octokit.paginate.iterator(octokit.rest.issues.listComments, { ...repo, issue_number: issue, per_page: PER_PAGE, ...(firstPage ? { page: 2 } : {}) })) {
    if (take(page.data)) return found;
  }
  return found.sort((a, b) => a.id - b.id);
}
