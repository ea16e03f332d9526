import type { Octokit, Repo } from './octokit.js';

export interface StickyComment {
  id: number;
  body: string;
}

/** The hidden marker that makes a comment archgate's, one per doc set. */
export function stickyMarker(docSet: string): string {
  return `<!-- archgate:sticky doc-set="${docSet.replace(/[^\w.-]/g, '_')}" -->`;
}

/** Every archgate comment for the doc set, oldest first; with `firstOnly`, pagination stops at the first. */
export async function findStickyComments(octokit: Octokit, repo: Repo, issue: number, docSet: string, firstOnly: boolean): Promise<StickyComment[]> {
  const marker = stickyMarker(docSet);
  const found: StickyComment[] = [];
  for await (const page of octokit.paginate.iterator(octokit.rest.issues.listComments, { ...repo, issue_number: issue, per_page: 100 })) {
    for (const c of page.data) {
      if (c.body?.includes(marker)) {
        found.push({ id: c.id, body: c.body });
        if (firstOnly) return found;
      }
    }
  }
  return found.sort((a, b) => a.id - b.id);
}
