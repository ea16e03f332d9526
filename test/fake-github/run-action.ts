import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT } from '../helpers.js';
import type { FakeGitHub } from './server.js';

export interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

/** GITHUB_OUTPUT holds "name<<DELIMITER\nvalue\nDELIMITER" entries. */
export function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (const m of text.matchAll(re)) out[m[1]] = m[3];
  return out;
}

/** Run the bundled dist/index.js as a runner would: inputs, event payload file, outputs and summary files. */
export async function runAction(gh: FakeGitHub, eventName: string, payload: object, inputs: Record<string, string> = {}, nodeBin = process.execPath, extraEnv: Record<string, string> = {}, script = path.join(ROOT, 'dist/index.js')): Promise<ActionRun> {
  const dir = mkdtempSync(path.join(tmpdir(), 'archgate-runner-'));
  const eventPath = path.join(dir, 'event.json');
  const outputPath = path.join(dir, 'output');
  const summaryPath = path.join(dir, 'summary');
  writeFileSync(eventPath, JSON.stringify(payload));
  writeFileSync(outputPath, '');
  writeFileSync(summaryPath, '');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? dir,
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_EVENT_NAME: eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: gh.fullName,
    GITHUB_API_URL: gh.url,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_WORKSPACE: dir,
    RUNNER_TEMP: dir,
    GITHUB_SHA: '0000000000000000000000000000000000000000',
    GITHUB_REF: 'refs/pull/1/merge',
    GITHUB_JOB: 'archgate',
    'INPUT_GITHUB-TOKEN': 'ghs_fake_token_0123456789',
    INPUT_CONFIG: '.github/archgate.yml',
    INPUT_MODE: 'comment',
    'INPUT_FAIL-ON-NEW-ONLY': 'false',
  };
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  Object.assign(env, extraEnv);
  const child = spawn(nodeBin, [script], { env, cwd: dir });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  return { code, stdout, stderr, outputs: parseOutputs(readFileSync(outputPath, 'utf8')), summary: existsSync(summaryPath) ? readFileSync(summaryPath, 'utf8') : '' };
}

/** A real-shaped pull_request payload for a pull request of the fake. */
export function pullRequestEvent(gh: FakeGitHub, number: number, action = 'synchronize'): object {
  const pr = gh.pulls.get(number)!;
  return {
    action,
    number,
    pull_request: {
      number,
      state: pr.state,
      head: { sha: pr.headSha, ref: pr.headRef, repo: { full_name: pr.headRepo } },
      base: { sha: pr.baseSha, ref: pr.baseRef, repo: { full_name: gh.fullName } },
    },
    repository: { full_name: gh.fullName, name: gh.repo, owner: { login: gh.owner } },
    sender: { login: 'octocat' },
  };
}
