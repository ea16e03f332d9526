import { readFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import * as core from './workflow-commands.js';
import { statusOf, type Octokit, type Repo } from '../github/octokit.js';
import type { CommitSnapshot } from '../github/read-files-at.js';
import { upsertStickyComment } from '../github/upsert-sticky-comment.js';
import { stickyMarker, withOwnMarker, type CommentsPage } from '../github/find-sticky-comment.js';
import { pullRequestGone } from '../github/pull-request-gone.js';
import { cannotReadRepository } from '../github/api-errors.js';
import { currentHeadSha, type PullRequestInfo } from '../github/get-pull-request.js';
import type { Suppression } from '../engine/suppressions.js';
import type { Report } from '../report/report.js';
import { uncoveredNfrIds } from '../report/verdict.js';
import { COMMENT_LIMIT, compileTemplate, escapeText, renderDocSet, summaryShare, utf8Bytes } from '../report/render-markdown.js';
import { withVerdictNote } from '../github/carried-verdicts.js';
import { withBaseNote } from '../github/carried-base.js';
import { chooseAnnotations, omittedNote } from '../formatters/github.js';
import { traceabilityFromBlocks } from '../report/traceability-diagram.js';
import { writeSarif } from '../formatters/sarif.js';
import { writeReportJson } from '../formatters/json.js';
import { writeFileInChunks } from '../io/chunked-file.js';
import { RULES } from '../rules/index.js';
import { templatesDir } from '../cli/templates-dir.js';
import type { Review } from '../review/host.js';
import { UserError, errorMessage } from '../errors.js';
import { VERSION } from '../version.js';

// Where the Action publishes a review: annotations, the JSON and SARIF files, the job summary,
// one sticky comment per doc set, and the step's outputs. Everything here shows the report; none
// of it decides anything.

export const FORK_HELP = 'https://github.com/archgate/archgate#fork-pull-requests';

/** The pull request a review is published on, and who may write what there. */
export interface PublishTarget {
  octokit: Octokit;
  repo: Repo;
  pr: PullRequestInfo;
  /** The login archgate's comments carry. */
  author: string;
  base: CommitSnapshot;
  /** The hidden note that carries mermaid's verdicts of this review to the next run (src/github/carried-verdicts.ts); none without. */
  verdictNote?: () => string;
}

/** What the host learnt on the way, for the reader. */
export interface PublishNotes {
  /** Markdown, escaped: shown in every doc set's comment and summary. */
  notes: string[];
  /** Per doc set: how its folders were read (for the job summary). */
  folderNotes: Map<string, string[]>;
  /** Per doc set: the patch that regenerates its blocks, when archgate could not commit it. */
  patches: Map<string, string>;
  /** The commit archgate pushed, when it did: the report speaks for it. */
  commitSha: string;
  /** Per doc set: the hidden note that carries the base's judgement to the next run (src/github/carried-base.ts). */
  baseNotes?: Map<string, string>;
}

export async function loadTemplate(base: CommitSnapshot, custom: string | undefined, bundled: string): Promise<(data: object) => string> {
  if (custom) {
    const entry = base.get(custom);
    if (entry?.kind !== 'file') throw new UserError(`template not found at the base commit: ${custom}`);
    return compileTemplate(entry.text);
  }
  return compileTemplate(readFileSync(path.join(templatesDir(), bundled), 'utf8'));
}

export function annotate(report: Report): void {
  const choice = chooseAnnotations(report);
  for (const f of [...choice.errors, ...choice.warnings]) {
    const props = { file: f.file, startLine: f.line, startColumn: f.column, title: f.rule };
    const text = `${f.message}\nFix: ${f.fix}`;
    if (f.severity === 'error') core.error(text, props);
    else core.warning(text, props);
  }
  for (const severity of ['error', 'warning'] as const) {
    const note = omittedNote(severity, choice.omitted[severity], 'the job summary');
    if (note) core.notice(note);
  }
}

export function setOutputs(report: Report, files: { report: string; sarif: string }, commitSha: string): void {
  core.setOutput('result', report.result);
  core.setOutput('errors', String(report.summary.errors));
  core.setOutput('warnings', String(report.summary.warnings));
  core.setOutput('nfr-total', String(report.summary.nfrTotal));
  core.setOutput('nfr-covered', String(report.summary.nfrCovered));
  core.setOutput('uncovered', uncoveredNfrIds(report).join(','));
  core.setOutput('report-path', files.report);
  core.setOutput('sarif-path', files.sarif);
  core.setOutput('commit-sha', commitSha);
}

function outputDir(): string {
  const dir = path.join(process.env.RUNNER_TEMP || process.env.GITHUB_WORKSPACE || process.cwd(), 'archgate');
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** The JSON report (with the pull request it judged) and the SARIF file, for later steps. */
export function writeReportFiles(report: Report, pr: PullRequestInfo): { report: string; sarif: string } {
  const dir = outputDir();
  const files = { report: path.join(dir, 'archgate-report.json'), sarif: path.join(dir, 'archgate.sarif') };
  writeFileInChunks(files.report, (write) => writeReportJson({ ...report, pullRequest: { number: pr.number, headSha: pr.headSha } } as Report, write));
  writeFileInChunks(files.sarif, (write) => writeSarif(report, RULES, VERSION, write));
  return files;
}

/** The suppressions a pull request adds, listed for review: they hold only once merged. */
export function refusedSuppressionsNote(refused: Suppression[]): string {
  // A code span shows the directive as written (no HTML, no mentions inside); only backticks could end it.
  const shown = refused.slice(0, 10).map((s) => `\`${s.text.replace(/`/g, '')}\` (${escapeText(s.file)}:${s.line})`);
  const more = refused.length > shown.length ? `, and ${refused.length - shown.length} more` : '';
  return `This pull request adds inline suppressions: ${shown.join(', ')}${more}. archgate judged it without them: a pull request cannot weaken the gate that judges it. They take effect after merge, once reviewed.`;
}

/** A write that a read-only token cannot make (fork PRs): a notice, never a red check. */
export async function tryWrite<T>(what: string, write: () => Promise<T>, options: { goneEndsRun?: boolean; fork: boolean; permission: string }): Promise<T | null> {
  try {
    return await write();
  } catch (error) {
    if (statusOf(error) === 403) {
      // A fork's token is read-only by GitHub's design; a same-repository branch's token only lacks a permission.
      const advice = options.fork
        ? `the token is read-only here (a pull request from a fork). To get the comment on fork pull requests, use the two-workflow setup: ${FORK_HELP}`
        : `the token lacks \`${options.permission}\`. Add it to the job's \`permissions:\` (e.g. \`permissions: { contents: read, pull-requests: write }\`), or pass a github-token that has it.`;
      core.notice(`archgate could not ${what}: ${advice} Findings are in the annotations, the job summary and the outputs.`);
      return null;
    }
    // A pull request that is gone ends the run as skipped (src/main.ts says so); a branch that is gone does not.
    if (statusOf(error) === 404 && !options.goneEndsRun) {
      core.notice(`archgate could not ${what}: the pull request or branch no longer exists.`);
      return null;
    }
    throw error;
  }
}

/**
 * Adds each doc set to the job summary and returns its comment (none in check mode). Rendered
 * from the report; the traceability picture as the doc set generates it, never the text the pull
 * request wrote between markers.
 */
export async function renderDocSets(target: PublishTarget, review: Review, extra: PublishNotes): Promise<{ name: string; body: string }[]> {
  const { repo, pr, base } = target;
  const { report, settings } = review;
  const server = process.env.GITHUB_SERVER_URL || 'https://github.com';
  const blobUrl = (file: string, line: number) => `${server}/${repo.owner}/${repo.repo}/blob/${pr.headSha}/${file.split('/').map(encodeURIComponent).join('/')}#L${line}`;
  const summaryTemplate = await loadTemplate(base, settings.templates.summary, 'summary.md.hbs');
  const commentTemplate = settings.mode === 'check' ? null : await loadTemplate(base, settings.templates.comment, 'comment.md.hbs');
  const comments: { name: string; body: string }[] = [];
  // Made once, after every check: the same verdicts go in every doc set's comment.
  const note = commentTemplate && target.verdictNote ? target.verdictNote() : '';
  for (const [i, set] of report.docSets.entries()) {
    const { result } = review.docSets[i];
    const traceability = traceabilityFromBlocks(result.generated.filter((g) => g.kind === 'traceability').map((g) => g.expected));
    const ctx = { marker: '', version: VERSION, blobUrl, notes: extra.notes, patch: extra.patches.get(set.name), traceability, commit: { sha: pr.headSha, url: `${server}/${repo.owner}/${repo.repo}/commit/${pr.headSha}` } };
    core.summary.addRaw(renderDocSet(summaryTemplate, report, set, { ...ctx, notes: [...(extra.folderNotes.get(set.name) ?? []), ...extra.notes] }, summaryShare(report.docSets.length), utf8Bytes), true);
    if (commentTemplate) {
      const marker = stickyMarker(set.name);
      const budget = COMMENT_LIMIT - 1_000 - note.length;
      const body = withOwnMarker(renderDocSet(commentTemplate, report, set, { ...ctx, marker }, budget), marker);
      // The base's judgement only where it fits beside the whole report: the report is never cut for it.
      const found = extra.baseNotes?.get(set.name) ?? '';
      const baseNote = body.length + found.length <= budget ? found : '';
      comments.push({ name: set.name, body: withVerdictNote(withBaseNote(body, baseNote), note) });
    }
  }
  return comments;
}

/**
 * One sticky comment per doc set. The comment is a copy of the verdict, never its source: whether
 * it could be written changes nothing else. Returns false when the pull request is gone.
 * @param firstPage the comments' first page, read while archgate judged
 */
export async function postComments(target: PublishTarget, comments: { name: string; body: string }[], judged: string, firstPage: Promise<CommentsPage> | null = null): Promise<boolean> {
  const { octokit, repo, pr, author } = target;
  let ahead = firstPage;
  for (const c of comments) {
    const page = ahead;
    // The first lookup meets the read's failure, as it would have met its own; the next one reads again.
    ahead = page && (await page.then(() => true, () => false)) ? page : null;
    const stillCurrent = async () => {
      const now = await currentHeadSha(octokit, repo, pr.number);
      if (now === judged) return true;
      core.notice(`archgate did not update its comment: the pull request's head moved to ${now.slice(0, 7)} after this run judged ${judged.slice(0, 7)}, and the run on the new head reports there. This step's verdict is about ${judged.slice(0, 7)}.`);
      return false;
    };
    try {
      const done = await tryWrite('comment on the pull request', () => upsertStickyComment(octokit, repo, pr.number, c.name, c.body, { author, stillCurrent, firstPage: page }), { goneEndsRun: true, fork: pr.fork, permission: 'pull-requests: write' });
      if (done && done.action !== 'stale') core.info(`archgate comment ${done.action} (${done.id}) for doc set ${c.name}`);
    } catch (error) {
      if (statusOf(error) === 404) {
        if (await pullRequestGone(octokit, repo, pr.number)) {
          core.notice(`archgate: pull request #${pr.number} no longer exists; nothing to do.`);
          core.setOutput('result', 'skipped');
          return false;
        }
        throw cannotReadRepository(repo, `GitHub answered 404 to the comments of pull request #${pr.number}`);
      }
      core.warning(`archgate could not write its comment for doc set ${c.name}: ${errorMessage(error)} The verdict of this step stands; the annotations, the job summary and the outputs have the report.`);
    }
  }
  return true;
}
