import type { Octokit, Repo } from './octokit.js';

/** One of archgate's own citation suggestions, as found on the pull request. */
export interface CiteComment {
  id: number;
  /** The GraphQL id (minimizeComment takes it). */
  nodeId: string;
  docSet: string;
  nfr: string;
}

/** A doc set's or NFR's name as the marker writes it. */
export const markerName = (s: string) => s.replace(/[^\w.-]/g, '_');

/** The hidden marker that opens a citation suggestion: which doc set and NFR it is about. */
export function citeMarker(docSet: string, nfr: string): string {
  return `<!-- archgate:cite doc-set="${markerName(docSet)}" nfr="${markerName(nfr)}" -->`;
}

const MARKER = /^<!-- archgate:cite doc-set="([\w.-]+)" nfr="([\w.-]+)" -->/;

/**
 * archgate's own citation suggestions on the pull request: review comments written by `author`
 * (the token's own login) that open with the marker. Anyone can copy the marker; only archgate
 * is its author, so other users' review comments are never touched.
 */
export async function listCiteComments(octokit: Octokit, repo: Repo, number: number, author: string): Promise<CiteComment[]> {
  const found: CiteComment[] = [];
  for await (const page of octokit.paginate.iterator(octokit.rest.pulls.listReviewComments, { ...repo, pull_number: number, per_page: 100 })) {
    for (const c of page.data) {
      const m = c.user?.login === author ? MARKER.exec(c.body) : null;
      if (m) found.push({ id: c.id, nodeId: c.node_id, docSet: m[1], nfr: m[2] });
    }
  }
  return found.sort((a, b) => a.id - b.id);
}
