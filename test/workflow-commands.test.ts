import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as actionsCore from '@actions/core';
import * as commands from '../src/action/workflow-commands.js';
import { ROOT } from './helpers.js';

// The Action talks to the runner without @actions/core (it loads undici at import): what it
// writes must be what @actions/core writes, byte for byte, for every call archgate makes.

type Api = typeof commands;

/** Everything one API writes to stdout and to the output and summary files, delimiters made stable. */
async function transcript(api: Api, calls: (api: Api) => void | Promise<void>): Promise<{ stdout: string; output: string; summary: string; exitCode: typeof process.exitCode }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'archgate-commands-'));
  const output = path.join(dir, 'output');
  const summary = path.join(dir, 'summary');
  writeFileSync(output, '');
  writeFileSync(summary, '');
  vi.stubEnv('GITHUB_OUTPUT', output);
  vi.stubEnv('GITHUB_STEP_SUMMARY', summary);
  let stdout = '';
  const write = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += String(chunk);
    return true;
  });
  const exitCode = process.exitCode;
  try {
    await calls(api);
    return { stdout, output: readFileSync(output, 'utf8').replace(/ghadelimiter_[0-9a-f-]{36}/g, 'DELIMITER'), summary: readFileSync(summary, 'utf8'), exitCode: process.exitCode };
  } finally {
    write.mockRestore();
    process.exitCode = exitCode;
    vi.unstubAllEnvs();
  }
}

const same = async (calls: (api: Api) => void | Promise<void>) => expect(await transcript(commands, calls)).toEqual(await transcript(actionsCore as unknown as Api, calls));

afterEach(() => vi.unstubAllEnvs());

describe('workflow commands', () => {
  it('write annotations as @actions/core does: escaped message and properties, empty properties left out', async () => {
    await same((api) => {
      api.error('NFR-003 (p95 < 200 ms, 99.9% uptime) is not addressed.\nFix: cite it.\r', { file: 'docs/a,b:c.md', startLine: 12, startColumn: 1, title: 'trace/nfr-addressed' });
      api.warning('The architecture document gives no cost estimate.', { file: 'docs/architecture.md', startLine: 1, startColumn: 1, title: 'arch/deployment-options' });
      api.notice('archgate: nothing to do: the event is not about a pull request.');
      api.notice('no place', { title: undefined, file: undefined });
      api.warning(new Error('GitHub answered 502'));
      api.debug('archgate: doc set default is the same at the base commit: judged once.');
      api.info('archgate comment updated (1000) for doc set default');
    });
  });

  it('fail the step as @actions/core does: exit code 1 and an error annotation', async () => {
    const run = await transcript(commands, (api) => api.setFailed('archgate: 4 errors, 9 warnings (fail-on: error).'));
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toBe('::error::archgate: 4 errors, 9 warnings (fail-on: error).\n');
    await same((api) => api.setFailed('archgate: 1 error\nsecond line'));
  });

  it('set outputs as @actions/core does, in $GITHUB_OUTPUT and without it', async () => {
    await same((api) => {
      api.setOutput('result', 'fail');
      api.setOutput('errors', String(4));
      api.setOutput('uncovered', '');
      api.setOutput('report-path', '/tmp/archgate/archgate-report.json');
      api.setOutput('multi', 'a\nb');
    });
    await same((api) => {
      vi.stubEnv('GITHUB_OUTPUT', '');
      api.setOutput('result', 'pass');
    });
  });

  it('append the job summary as @actions/core does, and refuse as it does without one', async () => {
    await same(async (api) => {
      api.summary.addRaw('## archgate — default: fail', true).addRaw('no line end');
      await api.summary.write();
      api.summary.addRaw('second doc set', true);
      await api.summary.write();
    });
    vi.stubEnv('GITHUB_STEP_SUMMARY', '');
    await expect(commands.summary.write()).rejects.toThrow('Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.');
  });

  it('are the only way the Action reaches the runner: no source file imports @actions/core', () => {
    const sources = readdirSync(path.join(ROOT, 'src'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
    const importers = sources.filter((f) => /from '@actions\/core'|import\('@actions\/core'\)/.test(readFileSync(path.join(ROOT, 'src', f), 'utf8')));
    expect(importers).toEqual([]);
  });
});
