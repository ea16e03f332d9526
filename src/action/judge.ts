import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import * as core from '@actions/core';
import type { ActionInputs } from './inputs.js';
import { statusOf, type Octokit, type Repo } from '../github/octokit.js';
import { readPathsAt, type CommitSnapshot } from '../github/read-files-at.js';
import { listChangedFiles } from '../github/list-changed-files.js';
import { candidatePaths } from './first-read.js';
import { upsertStickyComment } from '../github/upsert-sticky-comment.js';
import { stickyMarker, withOwnMarker } from '../github/find-sticky-comment.js';
import { pullRequestGone } from '../github/pull-request-gone.js';
import { postVerdict, VERDICT_CHECK, type Verdict } from '../github/post-verdict.js';
import { cannotReadRepository } from '../github/api-errors.js';
import { publishCiteSuggestions } from './review-suggestions.js';
import { commitFiles } from '../github/commit-files.js';
import { currentHeadSha, type PullRequestInfo } from '../github/get-pull-request.js';
import { loadConfigWithLines } from '../config/load-config.js';
import { resolveConfig, type ResolvedConfig } from '../config/resolve-config.js';
import { describeFolderRead, readDocSetFrom, selectDocSets, withDefaults, type DocSetSpec } from '../io/read-doc-set.js';
import type { DocSetResult } from '../engine/engine.js';
import type { Suppression } from '../engine/suppressions.js';
import { checkWithinLimit } from '../io/bounded-check.js';
import type { DocSetInput } from '../engine/types.js';
import { compareWithBaseline } from '../engine/baseline.js';
import { nodeMermaidValidator } from '../io/mermaid-validator.js';
import { buildReport, type Report, type ReportInput } from '../report/report.js';
import { compileTemplate, escapeText, renderDocSet, summaryShare, utf8Bytes } from '../report/render-markdown.js';
import { chooseAnnotations, omittedNote } from '../formatters/github.js';
import { traceabilityFromBlocks } from '../report/traceability-diagram.js';
import { describeConflict, planFixes } from '../diagrams/plan-fixes.js';
import { formatSarif } from '../formatters/sarif.js';
import { formatJson } from '../formatters/json.js';
import { RULES } from '../rules/index.js';
import { templatesDir } from '../cli/templates-dir.js';
import { UserError, errorMessage } from '../errors.js';
import { VERSION } from '../version.js';

// The Action's work for one pull request (loaded after the first API request is on its way,
// so that start-up stays short): a thin shell around the engine. It reads the event, the config and templates at
// the base commit, the documents at both commits (through the API: no checkout needed), runs
// the engine, and reports: annotations, job summary, outputs, one sticky comment per doc set,
// and in commit mode a commit of the regenerated blocks.

const FORK_HELP = 'https://github.com/archgate/archgate#fork-pull-requests';

interface DocSetRun {
  spec: DocSetSpec;
  result: DocSetResult;
  /** The same doc set at the base commit (its baseline, and its suppressions are the ones allowed). */
  before: DocSetResult;
  /** How many files each folder gave at the head, in the CLI's words: for the job summary. */
  folderNotes: string[];
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

/** The config at the base commit (a pull request cannot change the gate that judges it). */
function readConfig(base: CommitSnapshot, inputs: ActionInputs): ResolvedConfig {
  const entry = base.get(inputs.config);
  if (entry?.kind !== 'file') return resolveConfig({});
  const loaded = loadConfigWithLines(entry.text, inputs.config);
  return resolveConfig(loaded.raw, loaded);
}

function inputAt(snapshot: CommitSnapshot, spec: DocSetSpec): ReturnType<typeof readDocSetFrom> {
  const source = snapshot.source();
  return readDocSetFrom(source, withDefaults(source, spec));
}

/** The same documents under the same config judge the same: a doc set the pull request leaves alone is judged once. */
const sameDocuments = (a: DocSetInput, b: DocSetInput) => JSON.stringify(a) === JSON.stringify(b);

function loadTemplate(base: CommitSnapshot, custom: string | undefined, bundled: string): (data: object) => string {
  if (custom) {
    const entry = base.get(custom);
    if (entry?.kind !== 'file') throw new UserError(`template not found at the base commit: ${custom}`);
    return compileTemplate(entry.text);
  }
  return compileTemplate(readFileSync(path.join(templatesDir(), bundled), 'utf8'));
}

function annotate(report: Report): void {
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

function setOutputs(report: Report, reportPath: string, sarifPath: string, commitSha: string): void {
  core.setOutput('result', report.result);
  core.setOutput('errors', String(report.summary.errors));
  core.setOutput('warnings', String(report.summary.warnings));
  core.setOutput('nfr-total', String(report.summary.nfrTotal));
  core.setOutput('nfr-covered', String(report.summary.nfrCovered));
  core.setOutput('uncovered', report.docSets.flatMap((s) => s.coverage.filter((c) => c.kind === 'nfr' && c.status === 'uncovered').map((c) => c.id)).join(','));
  core.setOutput('report-path', reportPath);
  core.setOutput('sarif-path', sarifPath);
  core.setOutput('commit-sha', commitSha);
}

function outputDir(): string {
  const dir = path.join(process.env.RUNNER_TEMP || process.env.GITHUB_WORKSPACE || process.cwd(), 'archgate');
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** The gate's outcome in the words of a check run: what it judged, pass or fail, and the counts. */
function verdictOf(report: Report, sha: string, number: number): Verdict {
  const counts = `${report.summary.errors} errors, ${report.summary.warnings} warnings (fail-on: ${report.failOn}${report.failOnNewOnly ? ', new findings only' : ''})`;
  return { passed: report.result === 'pass', title: `${report.result}: ${counts}`, summary: `archgate judged ${sha.slice(0, 7)} of pull request #${number}: ${counts}. The comment on the pull request has the findings.` };
}

/** The suppressions a pull request adds, listed for review: they hold only once merged. */
function refusedSuppressionsNote(refused: Suppression[]): string {
  // A code span shows the directive as written (no HTML, no mentions inside); only backticks could end it.
  const shown = refused.slice(0, 10).map((s) => `\`${s.text.replace(/`/g, '')}\` (${escapeText(s.file)}:${s.line})`);
  const more = refused.length > shown.length ? `, and ${refused.length - shown.length} more` : '';
  return `This pull request adds inline suppressions: ${shown.join(', ')}${more}. archgate judged it without them: a pull request cannot weaken the gate that judges it. They take effect after merge, once reviewed.`;
}

/** A write that a read-only token cannot make (fork PRs): a notice, never a red check. */
async function tryWrite<T>(what: string, write: () => Promise<T>, options: { goneEndsRun?: boolean; fork: boolean; permission: string }): Promise<T | null> {
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
 * @param head, base the two commits, with what the first request read already in them
 * (see firstReadPaths); anything else the config names is read here, at both, in one request.
 */
export async function judge(octokit: Octokit, repo: Repo, pr: PullRequestInfo, inputs: ActionInputs, requested: ActionInputs['mode'], checkChangedFiles: boolean, trigger: string, head: CommitSnapshot, base: CommitSnapshot, author: string): Promise<void> {
  // On a fork's pull_request event the token is read-only: make no write that can fail. The
  // findings still reach the annotations, the summary, the outputs and the gate.
  const readOnly = trigger === 'pull_request' && pr.fork;
  const mode = readOnly ? 'check' : requested;
  if (readOnly && requested !== 'check') {
    core.notice(`This pull request comes from a fork, and on the pull_request event its token is read-only: archgate reports in the annotations and the job summary instead of a comment. For the comment, add the two-workflow setup (pull_request, then workflow_run): ${FORK_HELP}`);
  }
  const config = readConfig(base, inputs);
  const specs = selectDocSets(config.docSets, inputs, { docSet: 'input "doc-set"', paths: 'inputs "prd" and "architecture"' });
  const notes: string[] = [];

  // Doc sets and templates the config names beyond what the first request guessed: one more request at most.
  const templates = [config.templates.comment, config.templates.summary].filter((p): p is string => !!p);
  const watched = [...new Set([...specs.flatMap(candidatePaths), inputs.config, ...templates])];
  await readPathsAt(octokit, repo, [
    [head, watched],
    [base, watched],
  ]);
  // Equal git object ids mean equal content: no list of changed files is needed for the documents.
  const changedAt = (p: string) => head.oid(p) !== base.oid(p);
  if (changedAt(inputs.config)) {
    notes.push(`This pull request changes \`${escapeText(inputs.config)}\`. archgate judged it with the config of the base commit: a pull request cannot change the gate that judges it. The change applies after merge.`);
  }
  if (checkChangedFiles && !watched.some(changedAt)) {
    // Only extra "paths" globs need the pull request's file list; the listing stops at the first match.
    const globs = inputs.paths.map(globToRegex);
    let relevant = false;
    if (globs.length) {
      try {
        relevant = (await listChangedFiles(octokit, repo, pr.number, (f) => globs.some((g) => g.test(f)))).some((f) => globs.some((g) => g.test(f)));
      } catch (error) {
        // A pull request that was deleted answers 404 or 422 here: nothing left to judge.
        if (statusOf(error) === 404 || statusOf(error) === 422) {
          core.notice(`archgate: pull request #${pr.number} is gone; nothing to do.`);
          core.setOutput('result', 'skipped');
          return;
        }
        throw error;
      }
    }
    if (!relevant) {
      core.notice('No doc-set file changed in this pull request: nothing to check.');
      // A required verdict check must not wait forever on pull requests that leave the docs alone.
      if (trigger === 'workflow_run') await postVerdict(octokit, repo, pr.headSha, { passed: true, title: 'pass: no doc-set file changed', summary: 'No doc-set file changed in this pull request: nothing to check.' });
      core.setOutput('result', 'skipped');
      return;
    }
  }

  const runs: DocSetRun[] = [];
  const inputsForReport: ReportInput[] = [];
  for (const spec of specs) {
    const atHead = inputAt(head, spec);
    const atBase = inputAt(base, spec);
    const unchanged = sameDocuments(atHead, atBase);
    if (unchanged) core.debug(`archgate: doc set ${spec.name} is the same at the base commit: judged once.`);
    const before = await checkWithinLimit(atBase, config, nodeMermaidValidator);
    // Inline suppressions are configuration: only those of the base commit hold (see README, "A pull request cannot weaken its own gate").
    const result = unchanged ? before : await checkWithinLimit(atHead, config, nodeMermaidValidator, { allowedSuppressions: before.suppressions.map((s) => s.key) });
    if (result.refusedSuppressions.length) notes.push(refusedSuppressionsNote(result.refusedSuppressions));
    runs.push({ spec, result, before, folderNotes: atHead.folders.map((f) => escapeText(`archgate: ${describeFolderRead(f)}`)) });
    inputsForReport.push({ result, baseline: compareWithBaseline(result, before) });
  }
  const failOn = inputs.failOn ?? config.failOn;
  let report = buildReport(inputsForReport, failOn, { failOnNewOnly: inputs.failOnNewOnly, baseline: pr.baseSha.slice(0, 7) });

  let commitSha = '';
  const patches = new Map<string, string>();
  if (mode === 'commit') {
    // Planned over every doc set at once: doc sets sharing a file never undo each other's commit.
    const plan = planFixes(runs.map((r) => r.result));
    const fixes = plan.fixes;
    for (const conflict of plan.conflicts) notes.push(escapeText(describeConflict(conflict)));
    const patchesOf = () => {
      for (const r of runs) {
        const mine = fixes.filter((f) => r.result.architectureFiles.includes(f.path));
        if (mine.length) patches.set(r.spec.name, mine.map((f) => f.patch).join(''));
      }
    };
    if (fixes.length && pr.fork) {
      patchesOf();
      notes.push('This pull request comes from a fork, so archgate does not push to it: the patch below regenerates the diagram blocks.');
    } else if (fixes.length) {
      const outcome = await tryWrite(
        'commit the regenerated diagrams',
        () =>
        commitFiles(octokit, repo, pr.headRef, pr.headSha, fixes.map((f) => ({ path: f.path, text: f.text })), 'archgate: regenerate diagram blocks\n\nOnly the text between <!-- archgate:begin --> and <!-- archgate:end --> markers changed.'),
        { fork: pr.fork, permission: 'contents: write' },
      );
      if (outcome?.status === 'committed') {
        commitSha = outcome.sha;
        // The report and the verdict are about exactly what archgate committed: judged again on it.
        const committed = head.withFiles(outcome.sha, fixes);
        const judged: ReportInput[] = [];
        for (const r of runs) {
          const result = await checkWithinLimit(inputAt(committed, r.spec), config, nodeMermaidValidator, { allowedSuppressions: r.before.suppressions.map((s) => s.key) });
          judged.push({ result, baseline: compareWithBaseline(result, r.before) });
        }
        report = buildReport(judged, failOn, { failOnNewOnly: inputs.failOnNewOnly, baseline: pr.baseSha.slice(0, 7) });
        // GitHub starts no workflow for a push made with the workflow's token: archgate sets the verdict on its commit itself.
        // Named after this job (whose id names its own check), the verdict satisfies the check branch protection already requires.
        const check = trigger === 'workflow_run' ? VERDICT_CHECK : process.env.GITHUB_JOB || VERDICT_CHECK;
        const where = trigger === 'workflow_run' ? 'set at the end' : await postVerdict(octokit, repo, outcome.sha, verdictOf(report, outcome.sha, pr.number), check);
        notes.push(
          where === null
            ? `archgate committed the regenerated diagram blocks as ${outcome.sha.slice(0, 7)}. GitHub starts no workflow for a push made with the workflow's token, and this token may not set a check either (add \`checks: write\`): until the next push, that commit has no archgate check.`
            : `archgate committed the regenerated diagram blocks as ${outcome.sha.slice(0, 7)} and judged that commit (this report). GitHub starts no workflow for a push made with the workflow's token, so archgate set its verdict on it itself, as the check \`${escapeText(check)}\`. For every workflow to run on such commits, pass an App or personal access token as \`github-token\`.`,
        );
      } else if (outcome?.status === 'protected') {
        notes.push(`GitHub refused archgate's push to \`${escapeText(pr.headRef)}\`: the branch is protected (branch protection or a ruleset), so nothing was pushed. Apply the patch below, or let the token push there.`);
        for (const r of runs) if (r.result.fixes.length) patches.set(r.spec.name, r.result.fixes.map((f) => f.patch).join(''));
      } else if (outcome?.status === 'branch-moved') {
        notes.push(`The branch moved to ${outcome.current.slice(0, 7)} while archgate was checking ${pr.headSha.slice(0, 7)}; nothing was pushed, so nothing of yours was overwritten. The run on the new commit regenerates the blocks.`);
        patchesOf();
      }
    }
  }

  // Reports every mode writes.
  annotate(report);
  const dir = outputDir();
  const reportPath = path.join(dir, 'archgate-report.json');
  const sarifPath = path.join(dir, 'archgate.sarif');
  writeFileSync(reportPath, formatJson({ ...report, pullRequest: { number: pr.number, headSha: pr.headSha } } as Report));
  writeFileSync(sarifPath, formatSarif(report, RULES, VERSION));
  const server = process.env.GITHUB_SERVER_URL || 'https://github.com';
  const blobUrl = (file: string, line: number) => `${server}/${repo.owner}/${repo.repo}/blob/${pr.headSha}/${file.split('/').map(encodeURIComponent).join('/')}#L${line}`;
  const summaryTemplate = loadTemplate(base, config.templates.summary, 'summary.md.hbs');
  const commentTemplate = mode === 'check' ? null : loadTemplate(base, config.templates.comment, 'comment.md.hbs');
  const comments: { name: string; body: string }[] = [];
  for (const [i, set] of report.docSets.entries()) {
    const { result } = runs[i];
    // As this doc set generates its blocks: never the text the pull request wrote between markers.
    const traceability = traceabilityFromBlocks(result.generated.filter((g) => g.kind === 'traceability').map((g) => g.expected));
    const ctx = { marker: '', version: VERSION, blobUrl, notes, patch: patches.get(set.name), traceability, commit: { sha: pr.headSha, url: `${server}/${repo.owner}/${repo.repo}/commit/${pr.headSha}` } };
    core.summary.addRaw(renderDocSet(summaryTemplate, report, set, { ...ctx, notes: [...runs[i].folderNotes, ...notes] }, summaryShare(report.docSets.length), utf8Bytes), true);
    if (commentTemplate) {
      const marker = stickyMarker(set.name);
      comments.push({ name: set.name, body: withOwnMarker(renderDocSet(commentTemplate, report, set, { ...ctx, marker }), marker) });
    }
  }
  // The comment is a copy of the verdict, never its source: whether it could be written changes nothing below.
  for (const c of comments) {
    // After archgate's own commit, that commit is the head the report speaks for.
    const judged = commitSha || pr.headSha;
    const stillCurrent = async () => {
      const now = await currentHeadSha(octokit, repo, pr.number);
      if (now === judged) return true;
      core.notice(`archgate did not update its comment: the pull request's head moved to ${now.slice(0, 7)} after this run judged ${judged.slice(0, 7)}, and the run on the new head reports there. This step's verdict is about ${judged.slice(0, 7)}.`);
      return false;
    };
    try {
      const done = await tryWrite('comment on the pull request', () => upsertStickyComment(octokit, repo, pr.number, c.name, c.body, { author, stillCurrent }), { goneEndsRun: true, fork: pr.fork, permission: 'pull-requests: write' });
      if (done && done.action !== 'stale') core.info(`archgate comment ${done.action} (${done.id}) for doc set ${c.name}`);
    } catch (error) {
      if (statusOf(error) === 404) {
        if (await pullRequestGone(octokit, repo, pr.number)) {
          core.notice(`archgate: pull request #${pr.number} no longer exists; nothing to do.`);
          core.setOutput('result', 'skipped');
          return;
        }
        throw cannotReadRepository(repo, `GitHub answered 404 to the comments of pull request #${pr.number}`);
      }
      core.warning(`archgate could not write its comment for doc set ${c.name}: ${errorMessage(error)} The verdict of this step stands; the annotations, the job summary and the outputs have the report.`);
    }
  }
  // After archgate's own commit the lines moved: the suggestions wait for the next run.
  if (inputs.reviewSuggestions && !readOnly && !commitSha) {
    const textAt = (file: string) => {
      const entry = head.get(file);
      return entry?.kind === 'file' ? entry.text : null;
    };
    await publishCiteSuggestions(octokit, repo, pr, author, runs.map((r) => ({ name: r.spec.name, result: r.result })), textAt);
  }
  await core.summary.write();
  setOutputs(report, reportPath, sarifPath, commitSha);
  const failure = `${report.summary.errors} errors, ${report.summary.warnings} warnings (fail-on: ${report.failOn}${report.failOnNewOnly ? ', new findings only' : ''})`;
  if (trigger === 'workflow_run') {
    // GitHub attaches a workflow_run job to the default branch's last commit: a red job there would
    // mark main, not the pull request. The verdict goes on the pull request's head commit instead.
    const sha = commitSha || pr.headSha;
    const where = await postVerdict(octokit, repo, sha, verdictOf(report, sha, pr.number));
    if (where) {
      core.notice(`archgate set its verdict (${report.result}) on ${sha.slice(0, 7)}, the head of pull request #${pr.number}, as the ${where === 'check-run' ? 'check run' : 'commit status'} "${VERDICT_CHECK}": require that check in branch protection. This job succeeds whatever the verdict, so that it does not mark the default branch.`);
      return;
    }
    core.warning(`archgate could not set its verdict on pull request #${pr.number}'s head commit: the token lacks \`checks: write\` and \`statuses: write\`. Add \`checks: write\` to this workflow's \`permissions:\`; until then the verdict is this job's.`);
  }
  if (report.result === 'fail') core.setFailed(`archgate: ${failure}.`);
}


