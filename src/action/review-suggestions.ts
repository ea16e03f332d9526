import * as core from './workflow-commands.js';
import type { DocSetResult } from '../engine/engine.js';
import { citationStyle, insertCitation } from '../engine/cite-edit.js';
import { escapeText } from '../report/render-markdown.js';
import { statusOf, type Octokit, type Repo } from '../github/octokit.js';
import { listChangedLines, type ChangedLines } from '../github/list-changed-lines.js';
import { citeMarker, listCiteComments, markerName, type CiteComment } from '../github/list-review-comments.js';
import { createReview, type ReviewComment } from '../github/create-review.js';
import { minimizeOutdated, notMinimized } from '../github/minimize-comment.js';
import { errorMessage } from '../errors.js';

// One-click citations (input review-suggestions): where the best place to cite an uncited NFR is
// a line the pull request adds or changes, a review comment there carries a GitHub `suggestion`
// block that adds the citation. One per NFR, never repeated; minimised once the NFR is cited.

/** Suggestions posted per run: a document with hundreds of uncited NFRs gets them over a few pushes, not as a flood. */
export const MAX_SUGGESTIONS_PER_RUN = 25;

export interface JudgedDocSet {
  name: string;
  result: DocSetResult;
}

export interface CitePlan {
  post: (ReviewComment & { docSet: string; nfr: string })[];
  withdraw: CiteComment[];
}

/** A fence longer than any backtick run in the line, so the line cannot close it. */
const fenceFor = (line: string) => '`'.repeat(Math.max(3, ...[...line.matchAll(/`+/g)].map((m) => m[0].length + 1)));

function suggestionBody(marker: string, id: string, title: string, confidence: string, after: string): string {
  const fence = fenceFor(after);
  return [
    marker,
    `**archgate:** ${escapeText(id)} (${escapeText(title)}) is not cited in the architecture, and this line seems to address it (${confidence} match). Commit this suggestion to cite it here, or cite ${escapeText(id)} where the architecture meets it.`,
    '',
    `${fence}suggestion`,
    after,
    fence,
    '',
  ].join('\n');
}

/**
 * What to post and what to withdraw (pure): for each NFR not cited (uncovered or implied) whose
 * top suggested place is on a changed line, a comment, unless archgate already wrote one for it;
 * each of archgate's earlier comments whose NFR is no longer uncited, withdrawn.
 * `textAt` gives a file's text at the head commit.
 */
export function planCiteComments(sets: JudgedDocSet[], changed: ChangedLines, existing: CiteComment[], textAt: (file: string) => string | null): CitePlan {
  const plan: CitePlan = { post: [], withdraw: [] };
  const posted = new Set(existing.map((c) => citeMarker(c.docSet, c.nfr)));
  const uncited = new Set<string>();
  for (const { name, result } of sets) {
    const rows = result.coverage.rows.filter((r) => r.requirement.kind === 'nfr' && (r.status === 'uncovered' || r.status === 'implied'));
    const texts = result.architectureFiles.map(textAt).filter((t): t is string => t !== null);
    const style = citationStyle(texts, result.requirements.map((r) => r.id));
    for (const row of rows) {
      const marker = citeMarker(name, row.requirement.id);
      uncited.add(marker);
      const best = row.suggestions[0];
      const text = best && textAt(best.location.file);
      if (!best || text === null || posted.has(marker)) continue;
      const edit = insertCitation(text, { kind: best.kind, line: best.location.line, endLine: best.endLine }, row.requirement.id, style);
      if (!edit || !changed.get(best.location.file)?.has(edit.line)) continue;
      posted.add(marker);
      plan.post.push({ docSet: name, nfr: row.requirement.id, path: best.location.file, line: edit.line, body: suggestionBody(marker, row.requirement.id, row.requirement.title, best.confidence, edit.after) });
    }
  }
  // Only doc sets judged in this run: another doc set's suggestions are its own run's to withdraw.
  const judged = new Set(sets.map((s) => markerName(s.name)));
  plan.withdraw = existing.filter((c) => judged.has(c.docSet) && !uncited.has(citeMarker(c.docSet, c.nfr)));
  return plan;
}

/** Post and withdraw citation suggestions on the pull request; a token that may not (403) gets a notice, never a red check. */
export async function publishCiteSuggestions(octokit: Octokit, repo: Repo, pr: { number: number; headSha: string }, author: string, sets: JudgedDocSet[], textAt: (file: string) => string | null): Promise<void> {
  try {
    const files = new Set(sets.flatMap((s) => s.result.architectureFiles));
    const changed = await listChangedLines(octokit, repo, pr.number, files);
    const existing = await listCiteComments(octokit, repo, pr.number, author);
    const plan = planCiteComments(sets, changed, existing, textAt);
    const post = plan.post.slice(0, MAX_SUGGESTIONS_PER_RUN);
    if (post.length) {
      const more = plan.post.length - post.length;
      const body = `archgate suggests where to cite ${post.length === 1 ? 'an NFR' : `${post.length} NFRs`} the architecture does not cite, on lines this pull request changes: commit a suggestion to add its citation.${more ? ` ${more} more follow on the next run.` : ''}`;
      await createReview(octokit, repo, pr.number, pr.headSha, body, post);
      for (const c of post) core.info(`archgate suggested citing ${c.nfr} at ${c.path}:${c.line}`);
      if (more) core.notice(`archgate posted ${post.length} citation suggestions (at most ${MAX_SUGGESTIONS_PER_RUN} a run); ${more} more follow on the next run.`);
    }
    for (const nodeId of await notMinimized(octokit, plan.withdraw.map((c) => c.nodeId))) await minimizeOutdated(octokit, nodeId);
  } catch (error) {
    if (statusOf(error) === 403 || /FORBIDDEN|not accessible by integration/i.test(errorMessage(error))) {
      core.notice('archgate could not post its citation suggestions: the token may not write review comments here (a pull request from a fork, or a token without `pull-requests: write`). The uncited NFRs and their suggested places are in the comment, the job summary and the report.');
      return;
    }
    core.warning(`archgate could not post its citation suggestions: ${errorMessage(error)} The verdict of this step stands.`);
  }
}
