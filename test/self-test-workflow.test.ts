import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fakeGitHubPerTest } from './fake-github/per-test.js';
import { parse } from 'yaml';
import { FakeGitHub } from './fake-github/server.js';
import { pullRequestEvent, runAction } from './fake-github/run-action.js';
import { ROOT } from './helpers.js';

// The ci workflow's job that runs the Action from its own checkout (`uses: ./`) asserts outputs
// in shell. Here the bundled Action runs with that job's inputs against the fake GitHub, on a
// pull request that does not touch the demo, and every value the job expects must come out.

const file = (p: string) => readFileSync(path.join(ROOT, p), 'utf8');
const job = parse(file('.github/workflows/ci.yml')).jobs.action;
const step = job.steps.find((s: { uses?: string }) => s.uses === './');
const check = job.steps.at(-1) as { env: Record<string, string>; run: string };

/** Output name -> the value the shell step requires, from `[ "$VAR" = value ]` and VAR: ${{ steps.archgate.outputs.NAME }}. */
function expectedOutputs(): Record<string, string> {
  const expected: Record<string, string> = {};
  for (const m of check.run.matchAll(/\[ "\$(\w+)" = ([^\s\]]+) \]/g)) {
    const output = /outputs\.([\w-]+)/.exec(check.env[m[1]])![1];
    expected[output] = m[2];
  }
  return expected;
}

let gh: FakeGitHub;
fakeGitHubPerTest((fake) => (gh = fake));

describe('the ci workflow\'s run of the Action on examples/demo', () => {
  it('gives the outputs the workflow checks, on a pull request that changes only the README', async () => {
    const demo = ['examples/demo/.github/archgate.yml', 'examples/demo/docs/prd.md', 'examples/demo/docs/architecture.md'];
    const base = gh.commit({ ...Object.fromEntries(demo.map((p) => [p, file(p)])), 'README.md': '# archgate\n' });
    const head = gh.commit({ 'README.md': '# archgate\n\nA sentence more.\n' }, base);
    gh.openPull({ number: 3, headSha: head, headRef: 'readme', baseSha: base });
    const inputs = Object.fromEntries(Object.entries(step.with as Record<string, string>).map(([k, v]) => [k, String(v)]));
    const run = await runAction(gh, 'pull_request', pullRequestEvent(gh, 3), inputs);
    expect(run.code).toBe(0);
    expect(expectedOutputs()).toEqual({ result: 'pass', errors: '3', 'nfr-total': '6', uncovered: 'NFR-005' });
    expect(run.outputs).toMatchObject(expectedOutputs());
  });
});
