import * as core from './workflow-commands.js';
import type { LoadedConfig } from '../config/load-config.js';
import { resolveSettings, type OverrideNames } from '../config/settings.js';
import type { CommitSnapshot } from '../github/read-files-at.js';
import { runReview } from '../review/review-workflow.js';
import type { ActionInputs } from './inputs.js';
import type { Target } from './resolve-target.js';
import type { PullRequestVerdict } from './commit-verdicts.js';
import { GithubHost, type PullRequestRun } from './github-host.js';
import { FORK_HELP } from './publish-review.js';
import { carriedBaseNotes } from '../github/carried-base.js';
import type { PullRequestComment } from '../github/carried-verdicts.js';

// The Action's work for one pull request (loaded after the first API request is on its way, so
// that start-up stays short): its inputs and the base commit's config resolved into settings,
// then the review workflow over the GitHub host.

const ACTION_NAMES: OverrideNames = { docSet: 'input "doc-set"', paths: 'inputs "prd" and "architecture"', failOnNewOnly: 'input "fail-on-new-only"', baseline: 'a base commit' };

/**
 * The config at the base commit (a pull request cannot change the gate that judges it). Its
 * reader (yaml and ajv, half a megabyte of code) loads only when there is a config to read.
 */
async function configAt(base: CommitSnapshot, file: string): Promise<LoadedConfig> {
  const entry = base.get(file);
  if (entry?.kind !== 'file') return { raw: {}, file, waiverLines: [] };
  const { loadConfigWithLines } = await import('../config/load-config.js');
  return loadConfigWithLines(entry.text, file);
}

/**
 * @param pullRequest the pull request and its two commits, with what the first request read
 * already in them (see firstReadPaths); anything else the config names is read by the host, at
 * both, in one request. `firstCommentNodes`: the comments as the first request read them; their
 * trusted notes carry the base's judgements (src/github/carried-base.ts). None read: none carried.
 * @returns in workflow_run mode, the verdict to set on the pull request's head commit
 */
export async function reviewPullRequest(pullRequest: Omit<PullRequestRun, 'trigger' | 'checkChangedFiles' | 'baseCarry'> & { firstCommentNodes?: readonly PullRequestComment[] | null }, inputs: ActionInputs, target: Extract<Target, { kind: 'run' }>): Promise<PullRequestVerdict | null> {
  const { pr, base } = pullRequest;
  // On a fork's pull_request event the token is read-only: make no write that can fail. The
  // findings still reach the annotations, the summary, the outputs and the gate.
  const readOnly = target.trigger === 'pull_request' && pr.fork;
  if (readOnly && target.mode !== 'check') {
    core.notice(`This pull request comes from a fork, and on the pull_request event its token is read-only: archgate reports in the annotations and the job summary instead of a comment. For the comment, add the two-workflow setup (pull_request, then workflow_run): ${FORK_HELP}`);
  }
  const overrides = {
    docSet: inputs.docSet,
    prd: inputs.prd,
    architecture: inputs.architecture,
    failOn: inputs.failOn ?? undefined,
    failOnNewOnly: inputs.failOnNewOnly,
    mode: readOnly ? ('check' as const) : target.mode,
    reviewSuggestions: inputs.reviewSuggestions && !readOnly,
    paths: inputs.paths,
  };
  const settings = resolveSettings(await configAt(base, inputs.config), { ...overrides, baseline: pr.baseSha.slice(0, 7) }, ACTION_NAMES);
  // What decides the checks besides the documents and the day: the config at the base and the
  // inputs (the baseline only names the base in the report, so a base that moved keeps the key).
  const configEntry = base.get(inputs.config);
  const checks = JSON.stringify([inputs.config, configEntry?.kind === 'file' ? configEntry.text : null, overrides]);
  const { firstCommentNodes, ...run } = pullRequest;
  const baseCarry = firstCommentNodes ? { carried: carriedBaseNotes(firstCommentNodes), checks } : null;
  const host = new GithubHost({ ...run, trigger: target.trigger, checkChangedFiles: target.checkChangedFiles, baseCarry });
  await runReview(host, settings);
  return host.verdict;
}
