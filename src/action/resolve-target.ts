import type { Octokit, Repo } from '../github/octokit.js';
import { statusOf } from '../github/octokit.js';
import { pullRequestInfo, getPullRequest, type PullRequestInfo } from '../github/get-pull-request.js';
import { findPullRequestsByHead } from '../github/find-pull-request.js';
import { acceptFixRequest, FIX_COMMAND } from './fix-command.js';
import type { Mode } from './inputs.js';

/** What the event asks archgate to judge, or why there is nothing to do. */
export type Target =
  | { kind: 'run'; prs: PullRequestInfo[]; mode: Mode; trigger: string; checkChangedFiles: boolean }
  | { kind: 'skip'; reason: string };

export interface EventContext {
  eventName: string;
  payload: Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  repo: Repo;
}


export async function resolveTarget(octokit: Octokit, event: EventContext, mode: Mode): Promise<Target> {
  const { eventName, payload, repo } = event;
  switch (eventName) {
    case 'pull_request':
    case 'pull_request_target': {
      if (!payload.pull_request) return { kind: 'skip', reason: `the ${eventName} event has no pull request` };
      if (payload.action === 'closed') return { kind: 'skip', reason: 'the pull request is closed' };
      return { kind: 'run', prs: [pullRequestInfo(payload.pull_request)], mode, trigger: eventName, checkChangedFiles: true };
    }
    case 'workflow_run': {
      // The fork-safe second half: the first workflow ran on the fork's pull request with a
      // read-only token; this one runs from the base branch, finds that PR and judges it
      // through the API (no code from the fork ever runs).
      const run = payload.workflow_run;
      if (!run || run.event !== 'pull_request') return { kind: 'skip', reason: 'the triggering workflow did not run on a pull request' };
      const headOwner = run.head_repository?.owner?.login ?? repo.owner;
      const prs = await pullRequestsOfRun(octokit, repo, run, headOwner);
      if (!prs.length) return { kind: 'skip', reason: `no open pull request has ${headOwner}:${run.head_branch} at ${String(run.head_sha).slice(0, 7)} as its head` };
      return { kind: 'run', prs, mode, trigger: eventName, checkChangedFiles: true };
    }
    case 'issue_comment': {
      const issue = payload.issue;
      const comment = payload.comment;
      if (payload.action !== 'created' || !issue?.pull_request || !FIX_COMMAND.test(comment?.body ?? '')) return { kind: 'skip', reason: 'the comment is not "/archgate fix" on a pull request' };
      const request = await acceptFixRequest(octokit, repo, issue.number, comment);
      if (request.kind === 'refused') return { kind: 'skip', reason: request.reason };
      return { kind: 'run', prs: [request.pr], mode: 'commit', trigger: eventName, checkChangedFiles: false };
    }
    default:
      return { kind: 'skip', reason: `archgate runs on pull_request, pull_request_target, workflow_run and issue_comment events, not on ${eventName}` };
  }
}

/**
 * The open pull requests a workflow run was for: those its payload lists (same-repository heads),
 * else those whose head is the run's fork branch; either way only at the run's exact head SHA.
 */
async function pullRequestsOfRun(octokit: Octokit, repo: Repo, run: { head_sha?: string; head_branch?: string; pull_requests?: { number?: number }[] }, headOwner: string): Promise<PullRequestInfo[]> {
  const listed = (run.pull_requests ?? []).map((p) => p?.number).filter((n): n is number => typeof n === 'number');
  if (!listed.length) return findPullRequestsByHead(octokit, repo, headOwner, String(run.head_branch), String(run.head_sha));
  const prs: PullRequestInfo[] = [];
  for (const number of new Set(listed)) {
    try {
      const pr = await getPullRequest(octokit, repo, number);
      if (pr.headSha === run.head_sha && pr.state === 'open') prs.push(pr);
    } catch (error) {
      if (statusOf(error) !== 404) throw error;
    }
  }
  return prs;
}
