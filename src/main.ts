import * as core from '@actions/core';
import * as github from '@actions/github';
import { getInputs } from './action/inputs.js';
import { resolveTarget, type EventContext } from './action/resolve-target.js';
import { createOctokit, statusOf } from './github/octokit.js';
import { CommitSnapshot, readPathsAt } from './github/read-files-at.js';
import { firstReadPaths } from './action/first-read.js';
import { errorMessage } from './errors.js';

// The Action's entry point. Only what the first API request needs is imported up front; the
// engine, the parsers and the templates load while that request is under way.

/** The Action's entry point: src/index.ts only calls this. */
export async function run(): Promise<void> {
  try {
    const inputs = getInputs();
    const octokit = createOctokit(inputs.token, core);
    const event: EventContext = { eventName: github.context.eventName, payload: github.context.payload, repo: github.context.repo };
    const target = await resolveTarget(octokit, event, inputs.mode);
    if (target.kind === 'skip') {
      core.notice(`archgate: nothing to do: ${target.reason}.`);
      core.setOutput('result', 'skipped');
      return;
    }
    try {
      // One request reads the config and the likely documents at both commits; the engine loads meanwhile.
      const head = new CommitSnapshot(target.pr.headSha);
      const base = new CommitSnapshot(target.pr.baseSha);
      const paths = firstReadPaths(inputs);
      const firstRead = readPathsAt(octokit, event.repo, [
        [base, paths],
        [head, paths],
      ]);
      const { judge } = await import('./action/judge.js');
      await firstRead;
      await judge(octokit, event.repo, target.pr, inputs, target.mode, target.checkChangedFiles, target.trigger, head, base);
    } catch (error) {
      if (statusOf(error) === 404) {
        core.notice(`archgate: the pull request or one of its commits no longer exists (${errorMessage(error)}); nothing to do.`);
        core.setOutput('result', 'skipped');
        return;
      }
      throw error;
    }
  } catch (error) {
    core.setFailed(`archgate: ${errorMessage(error)}`);
  }
}
