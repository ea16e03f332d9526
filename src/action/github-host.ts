import * as core from './workflow-commands.js';
import type { Settings } from '../config/settings.js';
import { describeConflict, type FileFix } from '../diagrams/plan-fixes.js';
import { commitFiles } from '../github/commit-files.js';
import { readBlobBytes } from '../github/read-blob-bytes.js';
import { listChangedFiles } from '../github/list-changed-files.js';
import { statusOf } from '../github/octokit.js';
import { postVerdict, VERDICT_CHECK } from '../github/post-verdict.js';
import { readPathsAt, type CommitSnapshot } from '../github/read-files-at.js';
import { firstCommentsPage, type CommentsPage } from '../github/find-sticky-comment.js';
import { requestSent } from '../github/request-sent.js';
import type { FileSource } from '../io/file-source.js';
import { spliceLines } from '../io/write-fixes.js';
import { escapeText } from '../report/render-markdown.js';
import { verdictCounts } from '../report/verdict.js';
import type { BaseJudgement, DocSetReview, Host, Review, ReviewNotice, Side } from '../review/host.js';
import type { DocSetResult } from '../engine/engine.js';
import type { DocSetInput } from '../engine/types.js';
import { ARCHGATE_BUILD, baseKey, baseNote, carriedJudgement } from '../github/carried-base.js';
import { reportVerdict, type PullRequestVerdict } from './commit-verdicts.js';
import { candidatePaths } from './first-read.js';
import { annotate, postComments, refusedSuppressionsNote, renderDocSets, setOutputs, tryWrite, writeReportFiles, type PublishNotes, type PublishTarget } from './publish-review.js';
import { publishCiteSuggestions } from './review-suggestions.js';

// The GitHub Action as a host of the review workflow: one pull request, read through the API at
// its head and base commits (no checkout), fixes committed to its branch (or offered as a patch),
// the report published as annotations, the job summary, a sticky comment per doc set and the
// step's outputs, and the verdict set where branch protection looks for it.

export interface PullRequestRun extends PublishTarget {
  /** The event that started the run (pull_request, workflow_run, issue_comment…). */
  trigger: string;
  /** Whether a pull request that leaves every watched path alone is skipped. */
  checkChangedFiles: boolean;
  /** With what the first request read already in them; the rest is read in prepare. */
  head: CommitSnapshot;
  /** The pull request's first comments, as the first request read them: archgate's comment is looked up there, with no request of its own. */
  firstComments?: CommentsPage | null;
  /**
   * The base judgements archgate's trusted comments carry, by key, and what decides the checks
   * besides the documents (the base's config and the inputs, as src/action/review-pull-request.ts
   * writes them): src/github/carried-base.ts. None: nothing is carried either way.
   */
  baseCarry?: { carried: ReadonlyMap<string, string>; checks: string } | null;
}

const globToRegex = (glob: string) =>
  new RegExp(
    '^' +
      glob
        .replace(/[.+^${}()|[\]\\]/g, '\\$&')
        .replace(/\*\*\/?/g, '\u0000')
        .replace(/\*/g, '[^/]*')
        .replace(/\?/g, '[^/]')
        .replace(/\u0000/g, '.*') +
      '$',
  );

export class GithubHost implements Host {
  /** A pull request cannot weaken the gate that judges it: the base's suppressions are the allowed ones. */
  readonly baseHoldsTheGate = true;
  /** In workflow_run mode, the verdict for src/main.ts to set on the head commit (once per commit). */
  verdict: PullRequestVerdict | null = null;
  private readonly extra: PublishNotes = { notes: [], folderNotes: new Map(), patches: new Map(), commitSha: '', baseNotes: new Map() };
  /** The day the checks judge waivers' expiry by (a key of the base's judgement). */
  private today = '';
  /** Each base doc set's key, computed once (it hashes the documents). */
  private readonly keys = new WeakMap<DocSetInput, string>();
  /** The first page of the pull request's comments: from the first request, else read while the review judges (where it comments). */
  private comments: Promise<CommentsPage> | null = null;

  constructor(private readonly run: PullRequestRun) {}

  async prepare(settings: Settings): Promise<boolean> {
    this.today = settings.checks.engine.today;
    const review = await this.needsReview(settings);
    if (review && settings.mode !== 'check' && this.run.firstComments) {
      this.comments = Promise.resolve(this.run.firstComments);
    } else if (review && settings.mode !== 'check') {
      const { octokit, repo, pr } = this.run;
      const sent = requestSent();
      this.comments = firstCommentsPage(octokit, repo, pr.number);
      // Its failure is met where the comment is written (a run may also end before that).
      const settled = this.comments.then(
        () => undefined,
        () => undefined,
      );
      // On the wire before the checks hold the thread: else it would leave only once they are done.
      await Promise.race([sent, settled]);
    }
    return review;
  }

  /** Reads the doc sets, config and templates at both commits (one request at most) and skips a pull request that changes none of them. */
  private async needsReview(settings: Settings): Promise<boolean> {
    const { octokit, repo, pr, head, base } = this.run;
    const templates = [settings.templates.comment, settings.templates.summary].filter((p): p is string => !!p);
    const watched = [...new Set([...settings.docSets.flatMap(candidatePaths), settings.configFile, ...templates])];
    // Read in the same request, not watched: the doc sets listed before a matrix job's own (src/review/review-workflow.ts).
    const read = [...new Set([...watched, ...(settings.companions ?? []).flatMap(candidatePaths)])];
    await readPathsAt(octokit, repo, [
      [head, read],
      [base, read],
    ]);
    // Equal git object ids mean equal content: no list of changed files is needed for the documents.
    const changedAt = (p: string) => head.oid(p) !== base.oid(p);
    if (changedAt(settings.configFile)) {
      this.extra.notes.push(`This pull request changes \`${escapeText(settings.configFile)}\`. archgate judged it with the config of the base commit: a pull request cannot change the gate that judges it. The change applies after merge.`);
    }
    if (!this.run.checkChangedFiles || watched.some(changedAt)) return true;
    // Only extra "paths" globs need the pull request's file list; the listing stops at the first match.
    const globs = settings.watchedPaths.map(globToRegex);
    let relevant = false;
    if (globs.length) {
      try {
        relevant = (await listChangedFiles(octokit, repo, pr.number, (f) => globs.some((g) => g.test(f)))).some((f) => globs.some((g) => g.test(f)));
      } catch (error) {
        // A pull request that was deleted answers 404 or 422 here: nothing left to judge.
        if (statusOf(error) === 404 || statusOf(error) === 422) {
          core.notice(`archgate: pull request #${pr.number} is gone; nothing to do.`);
          core.setOutput('result', 'skipped');
          return false;
        }
        throw error;
      }
    }
    if (relevant) return true;
    core.notice('No doc-set file changed in this pull request: nothing to check.');
    // A required verdict check must not wait forever on pull requests that leave the docs alone.
    if (this.run.trigger === 'workflow_run') {
      this.verdict = { sha: pr.headSha, number: pr.number, verdict: { passed: true, title: 'pass: no doc-set file changed', summary: 'No doc-set file changed in this pull request: nothing to check.' }, failure: null };
    }
    core.setOutput('result', 'skipped');
    return false;
  }

  /** The key of the base's judgement of these documents; null where nothing is carried (no comment, or a build without its identity). */
  private baseKeyOf(atBase: DocSetInput): string | null {
    const carry = this.run.baseCarry;
    if (!carry || !ARCHGATE_BUILD) return null;
    let key = this.keys.get(atBase);
    // Node's version too: its regular expressions' Unicode tables come with it.
    if (key === undefined) this.keys.set(atBase, (key = baseKey(`${ARCHGATE_BUILD} ${process.version}`, carry.checks, this.today, atBase)));
    return key;
  }

  carriedBase(atBase: DocSetInput): BaseJudgement | null {
    const key = this.baseKeyOf(atBase);
    const carried = key === null ? null : carriedJudgement(this.run.baseCarry!.carried, key);
    if (carried) core.debug(`archgate: doc set ${atBase.name} at the base commit is as the last run judged it (archgate's comment carries that judgement): not judged again.`);
    return carried;
  }

  judgedBase(docSet: string, atBase: DocSetInput, before: BaseJudgement, fresh: DocSetResult | null): void {
    const key = this.baseKeyOf(atBase);
    // A check stopped by its time limit (mermaid unchecked) depends on the machine's speed: not carried.
    if (key === null || (fresh && !fresh.mermaidChecked)) return;
    const note = baseNote(key, before);
    if (note) this.extra.baseNotes!.set(docSet, note);
  }

  async snapshot(side: Side): Promise<FileSource> {
    return (side === 'head' ? this.run.head : this.run.base).source();
  }

  notice(notice: ReviewNotice): void {
    if (notice.kind === 'judged-once') core.debug(`archgate: doc set ${notice.docSet} is the same at the base commit: judged once.`);
    else if (notice.kind === 'folder-read') this.extra.folderNotes.set(notice.docSet, [...(this.extra.folderNotes.get(notice.docSet) ?? []), escapeText(`archgate: ${notice.message}`)]);
    else if (notice.kind === 'fix-conflict') this.extra.notes.push(escapeText(describeConflict(notice.conflict)));
    else if (notice.kind === 'refused-suppressions') this.extra.notes.push(refusedSuppressionsNote(notice.suppressions));
  }

  /** Commits the fixes on the pull request's branch, guarded by the head judged; a patch where archgate may not push. */
  async applyFixes(fixes: FileFix[], docSets: DocSetReview[]): Promise<FileSource | null> {
    const { octokit, repo, pr, head } = this.run;
    const { notes, patches } = this.extra;
    const patchesOf = (these: FileFix[]) => {
      for (const d of docSets) {
        const mine = these.filter((f) => d.result.architectureFiles.includes(f.path));
        if (mine.length) patches.set(d.spec.name, mine.map((f) => f.patch).join(''));
      }
    };
    if (pr.fork) {
      patchesOf(fixes);
      notes.push('This pull request comes from a fork, so archgate does not push to it: the patch below regenerates the diagram blocks.');
      return null;
    }
    const { files, refused } = await this.fixedBytes(fixes);
    if (refused.length) {
      patchesOf(refused);
      notes.push(`archgate did not commit ${refused.map((f) => `\`${escapeText(f.path)}\``).join(', ')}: the file is not UTF-8 as GitHub reads it, so archgate cannot tell which of its bytes the text it judged stands for, and a commit would change bytes outside the marked blocks. Apply the patch below with an editor that keeps the file's encoding, or save the file as UTF-8.`);
    }
    const committed = fixes.filter((f) => !refused.includes(f));
    if (!committed.length) return null;
    const outcome = await tryWrite(
      'commit the regenerated diagrams',
      () => commitFiles(octokit, repo, pr.headRef, pr.headSha, files, 'archgate: regenerate diagram blocks\n\nOnly the text between <!-- archgate:begin --> and <!-- archgate:end --> markers changed.'),
      { fork: pr.fork, permission: 'contents: write' },
    );
    if (outcome?.status === 'committed') {
      this.extra.commitSha = outcome.sha;
      // What that commit holds: the workflow judges exactly this.
      return head.withFiles(outcome.sha, files.map((f) => ({ path: f.path, text: f.bytes.toString('utf8') }))).source();
    }
    if (outcome?.status === 'protected') {
      notes.push(`GitHub refused archgate's push to \`${escapeText(pr.headRef)}\`: the branch is protected (branch protection or a ruleset), so nothing was pushed. Apply the patch below, or let the token push there.`);
      patchesOf(fixes);
    } else if (outcome?.status === 'branch-moved') {
      notes.push(`The branch moved to ${outcome.current.slice(0, 7)} while archgate was checking ${pr.headSha.slice(0, 7)}; nothing was pushed, so nothing of yours was overwritten. The run on the new commit regenerates the blocks.`);
      patchesOf(fixes);
    }
    return null;
  }

  /**
   * Each fixed file as bytes: the blob's own bytes with the marked blocks' lines replaced, so a
   * BOM, CRLF line ends and bytes that are not UTF-8 stay as they were. A file whose bytes do not
   * decode to the text archgate judged (GitHub transcoded it) is refused: which bytes to keep
   * would be a guess.
   */
  private async fixedBytes(fixes: FileFix[]): Promise<{ files: { path: string; bytes: Buffer }[]; refused: FileFix[] }> {
    const { octokit, repo, head } = this.run;
    const files: { path: string; bytes: Buffer }[] = [];
    const refused: FileFix[] = [];
    for (const fix of fixes) {
      const entry = head.get(fix.path);
      const bytes = entry?.kind === 'file' ? await readBlobBytes(octokit, repo, entry.oid) : null;
      // A document that is a symbolic link is written at its target, as the CLI's --fix writes
      // through it: committing at the link's path would replace the link with a copy.
      if (bytes && bytes.toString('utf8') === fix.original) files.push({ path: head.resolve(fix.path) ?? fix.path, bytes: spliceLines(bytes, fix.edits) });
      else refused.push(fix);
    }
    return { files, refused };
  }

  async publish(review: Review): Promise<void> {
    const { octokit, repo, pr, trigger, head, author } = this.run;
    const { report, settings } = review;
    const { commitSha } = this.extra;
    if (commitSha) {
      // GitHub starts no workflow for a push made with the workflow's token: archgate sets the verdict on its commit itself.
      // Named after this job (whose id names its own check), the verdict satisfies the check branch protection already requires.
      const check = trigger === 'workflow_run' ? VERDICT_CHECK : process.env.GITHUB_JOB || VERDICT_CHECK;
      const where = trigger === 'workflow_run' ? 'set at the end' : await postVerdict(octokit, repo, commitSha, reportVerdict(report, commitSha, pr.number), check);
      this.extra.notes.push(
        where === null
          ? `archgate committed the regenerated diagram blocks as ${commitSha.slice(0, 7)}. GitHub starts no workflow for a push made with the workflow's token, and this token may not set a check either (add \`checks: write\`): until the next push, that commit has no archgate check.`
          : `archgate committed the regenerated diagram blocks as ${commitSha.slice(0, 7)} and judged that commit (this report). GitHub starts no workflow for a push made with the workflow's token, so archgate set its verdict on it itself, as the check \`${escapeText(check)}\`. For every workflow to run on such commits, pass an App or personal access token as \`github-token\`.`,
      );
    }
    annotate(report);
    const files = writeReportFiles(report, pr);
    const comments = await renderDocSets(this.run, review, this.extra);
    // After archgate's own commit, that commit is the head the report speaks for.
    if (!(await postComments(this.run, comments, commitSha || pr.headSha, this.comments))) return;
    // After archgate's own commit the lines moved: the suggestions wait for the next run.
    if (settings.reviewSuggestions && !commitSha) {
      const textAt = (file: string) => {
        const entry = head.get(file);
        return entry?.kind === 'file' ? entry.text : null;
      };
      await publishCiteSuggestions(octokit, repo, pr, author, review.docSets.map((d) => ({ name: d.spec.name, result: d.result })), textAt);
    }
    await core.summary.write();
    setOutputs(report, files, commitSha);
    const failure = report.result === 'fail' ? `archgate: ${verdictCounts(report)}.` : null;
    if (trigger === 'workflow_run') {
      // GitHub attaches a workflow_run job to the default branch's last commit: a red job there would
      // mark main, not the pull request. The verdict goes on the pull request's head commit instead.
      const sha = commitSha || pr.headSha;
      this.verdict = { sha, number: pr.number, verdict: reportVerdict(report, sha, pr.number), failure };
      return;
    }
    if (failure) core.setFailed(failure);
  }
}
