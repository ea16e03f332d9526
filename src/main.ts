import { getInputs } from './action/inputs.js';
import { readEventContext } from './action/event-context.js';
import { resolveTarget, type EventContext, type Target } from './action/resolve-target.js';
import type { ActionInputs } from './action/inputs.js';
import type { PullRequestInfo } from './github/get-pull-request.js';
import type { PullRequestVerdict } from './action/commit-verdicts.js';
import { createOctokit, statusOf, type Octokit } from './github/octokit.js';
import { CommitSnapshot, readPathsAt } from './github/read-files-at.js';
import { firstReadPaths } from './action/first-read.js';
import { pullRequestGone } from './github/pull-request-gone.js';
import { answerArrived, requestSent } from './github/request-sent.js';
import { cannotReadRepository } from './github/api-errors.js';
import { errorMessage } from './errors.js';
import { useWorkflowCommands, type WorkflowCommands } from './action/workflow-commands.js';
import { compileRegExpsOnFirstUse } from './io/regexp-tier.js';
import { carriedVerdicts, verdictNote } from './github/carried-verdicts.js';
import { commentsPageOf } from './github/find-sticky-comment.js';

// The Action's entry point. Only what the first API request needs is imported up front (not
// even the workflow commands); the engine, the parsers and the templates load while that
// request is under way.

const actionsCore = () => import('./action/workflow-commands.js');

/** Whether the engine ran once already in this process (warm-up or check): a workflow run may judge several pull requests. */
let engineWarm = false;

/** A pull request event that opened the pull request: archgate has not commented on it yet. */
const justOpened = (event: EventContext) => event.eventName.startsWith('pull_request') && event.payload.action === 'opened';

/**
 * Read, judge and report one pull request; a 404 skips it only when it is gone from a readable repository.
 * Returns the verdict to set on its head commit (workflow_run mode), else null.
 */
async function judgePullRequest(octokit: Octokit, event: EventContext, inputs: ActionInputs, target: Extract<Target, { kind: 'run' }>, pr: PullRequestInfo): Promise<PullRequestVerdict | null> {
  // Mermaid loads on its own thread from the start (its loading takes longer than GitHub's first
  // answer and the checks' parse together), while this thread sends the first request and loads
  // the engine (its module is awaited first: a worker started from a callback could come after the
  // request). If the documents have no diagram, the worker stops before the first parse; once the
  // pull request is judged, or needs no check, it stops too.
  const { nodeMermaidValidator: mermaid } = await import('./io/mermaid-validator.js');
  const { MERMAID_VERSION } = await import('./io/verdict-cache.js');
  // archgate's comment on the pull request carries mermaid's verdicts from the last run
  // (src/github/carried-verdicts.ts): most pushes leave the diagrams alone, and then mermaid need
  // not load at all. Only a pull request just opened has no such comment: there it loads at once.
  if (justOpened(event)) mermaid.warmUp();
  mermaid.verdicts.takeLookups();
  try {
    // One request reads the config and the likely documents at both commits; the rest loads
    // meanwhile, once it is on the wire (loading blocks the thread for tens of milliseconds).
    const head = new CommitSnapshot(pr.headSha);
    const base = new CommitSnapshot(pr.baseSha);
    const paths = firstReadPaths(inputs);
    const sent = requestSent();
    // The same request asks who the token is: archgate's comments are the ones this login wrote.
    const firstRead = readPathsAt(
      octokit,
      event.repo,
      [
        [base, paths],
        [head, paths],
      ],
      { viewer: true, comments: pr.number },
    );
    // As soon as GitHub answers: the carried verdicts, then mermaid for the blocks they leave unknown
    // (none: no worker). Not where nothing read changed: most likely a pull request to skip, else
    // its documents are elsewhere and their check starts mermaid if it needs to.
    void firstRead.then(
      ({ comments }) => {
        mermaid.verdicts.carry(carriedVerdicts(comments?.nodes ?? [], MERMAID_VERSION));
        if (paths.some((p) => head.oid(p) !== base.oid(p))) mermaid.prepare([...head.texts(), ...base.texts()]);
      },
      () => undefined,
    );
    let answered = false;
    void answerArrived().then(() => void (answered = true));
    const settled = firstRead.then(
      () => undefined,
      () => undefined,
    );
    await Promise.race([sent, settled]);
    const { reviewPullRequest } = await import('./action/review-pull-request.js');
    // While GitHub answers, the engine's first, slow run goes on archgate's own documents (src/action/warm-up-engine.ts).
    if (!answered && !engineWarm) {
      engineWarm = true;
      await (await import('./action/warm-up-engine.js')).warmUpEngine(() => answered);
    }
    const { viewer, comments } = await firstRead;
    engineWarm = true;
    const verdictNoteOfRun = () => verdictNote(mermaid.verdicts.takeLookups(), MERMAID_VERSION);
    return await reviewPullRequest({ octokit, repo: event.repo, pr, head, base, author: viewer!, verdictNote: verdictNoteOfRun, firstComments: comments && commentsPageOf(comments, viewer!), firstCommentNodes: comments?.nodes ?? null }, inputs, target);
  } catch (error) {
    if (statusOf(error) === 404) {
      if (await pullRequestGone(octokit, event.repo, pr.number)) {
        const core = await actionsCore();
        core.notice(`archgate: pull request #${pr.number} no longer exists (${errorMessage(error)}); nothing to do.`);
        core.setOutput('result', 'skipped');
        return null;
      }
      throw cannotReadRepository(event.repo, errorMessage(error).replace(/\.$/, ''));
    }
    throw error;
  } finally {
    // Still loading mermaid for a pull request that needed no check: its load would only hold up the exit.
    mermaid.stop();
  }
}

/**
 * The Action's entry point. src/index.ts passes archgate's own runner commands; called bare (as
 * @github/local-action calls it), it speaks through @actions/core, which local-action replaces.
 */
export async function run(commands?: WorkflowCommands): Promise<void> {
  compileRegExpsOnFirstUse();
  useWorkflowCommands(commands ?? (await import('@actions/core')));
  try {
    const inputs = getInputs(process.env);
    const event = readEventContext(process.env);
    const octokit = await createOctokit(inputs.token, {
      warning: (m) => void actionsCore().then((core) => core.warning(m)),
      debug: (m) => void actionsCore().then((core) => core.debug(m)),
    });
    const target = await resolveTarget(octokit, event, inputs.mode);
    if (target.kind === 'skip') {
      const core = await actionsCore();
      core.notice(`archgate: nothing to do: ${target.reason}.`);
      core.setOutput('result', 'skipped');
      return;
    }
    if (target.prs.length > 1) {
      const core = await actionsCore();
      core.notice(`archgate: this workflow run's head ${target.prs[0].headSha.slice(0, 7)} heads ${target.prs.length} open pull requests (${target.prs.map((p) => `#${p.number}`).join(', ')}); archgate judges each of them, with its own base.`);
    }
    const verdicts: PullRequestVerdict[] = [];
    for (const pr of target.prs) {
      try {
        const verdict = await judgePullRequest(octokit, event, inputs, target, pr);
        if (verdict) verdicts.push(verdict);
      } catch (error) {
        // Where the verdict goes on the pull request's head (workflow_run), a run that could not
        // judge fails that commit, saying why: a required check would otherwise wait forever, and
        // another pull request's pass would stand for the commit alone.
        if (target.trigger !== 'workflow_run') throw error;
        const { setCommitVerdicts, unjudgedVerdict } = await import('./action/commit-verdicts.js');
        await setCommitVerdicts(octokit, event.repo, [...verdicts, unjudgedVerdict(pr, errorMessage(error))]).catch(() => undefined);
        throw error;
      }
    }
    // Once every pull request is judged: pull requests sharing a head commit share its one verdict.
    if (verdicts.length) {
      const { setCommitVerdicts } = await import('./action/commit-verdicts.js');
      await setCommitVerdicts(octokit, event.repo, verdicts);
    }
  } catch (error) {
    const core = await actionsCore();
    core.setFailed(`archgate: ${errorMessage(error)}`);
  }
}
