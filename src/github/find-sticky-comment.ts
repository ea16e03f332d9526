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

/**
 * Every comment archgate wrote for the doc set, oldest first: written by `author` (the token's own
 * login) and opening with the marker. Anyone can copy the marker; only archgate is its author.
 * With `firstOnly`, pagination stops at the first.
 */
export async function findStickyComments(octokit: Octokit, repo: Repo, issue: number, docSet: string, author: string, firstOnly: boolean): Promise<StickyComment[]> {
  const marker = stickyMarker(docSet);
  const found: StickyComment[] = [];
  for await (const page of octokit.paginate.iterator(octokit.rest.issues.listComments, { ...repo, issue_number: issue, per_page: 100 })) {
    for (const c of page.data) {
      if (c.user?.login === author && typeof c.body === 'string' && c.body.startsWith(marker)) {
        found.push({ id: c.id, body: c.body });
        if (firstOnly) return found;
      }
    }
  }
  return found.sort((a, b) => a.id - b.id);
}
