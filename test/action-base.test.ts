import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fakeGitHubPerTest } from './fake-github/per-test.js';
import { FakeGitHub } from './fake-github/server.js';
import { pullRequestEvent, runAction } from './fake-github/run-action.js';
import { ROOT } from './helpers.js';

// The Action judges the base commit only for a doc set the pull request changes: the same
// documents under the same config judge the same. The bundled dist/index.js against the fake GitHub.

const demo = (file: string) => readFileSync(path.join(ROOT, 'examples/demo', file), 'utf8');
const PRD = demo('docs/prd.md');
const ARCH = demo('docs/architecture.md');
const JUDGED_ONCE = '::debug::archgate: doc set default is the same at the base commit: judged once.';

let gh: FakeGitHub;
fakeGitHubPerTest((fake) => (gh = fake));

function pull(change: Record<string, string>) {
  const base = gh.commit({ '.github/archgate.yml': 'preset: recommended\n', 'docs/prd.md': PRD, 'docs/architecture.md': ARCH });
  const head = gh.commit(change, base, 'change');
  return gh.openPull({ number: 3, headSha: head, headRef: 'feature-3', baseSha: base });
}

const report = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as { result: string; docSets: { findings: { rule: string; line: number; baseline?: string }[] }[] };

describe('judging the base commit', () => {
  it('a doc set the pull request leaves alone is judged once, and every finding is an existing one', async () => {
    pull({ 'src/api.ts': 'export {};\n' });
    const run = await runAction(gh, 'pull_request', pullRequestEvent(gh, 3), { paths: 'src/**', mode: 'check' });
    expect(run.stdout).toContain(JUDGED_ONCE);
    expect(run.outputs.result).toBe('fail');
    const findings = report(run.outputs['report-path']).docSets[0].findings;
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.filter((f) => f.baseline !== 'existing')).toEqual([]);
  });

  it('a doc set the pull request changes is judged at both commits: its new finding is marked new', async () => {
    pull({ 'docs/architecture.md': ARCH + '\n## Open points\n\nTBD: the retention period.\n' });
    const run = await runAction(gh, 'pull_request', pullRequestEvent(gh, 3), { mode: 'check' });
    expect(run.stdout).not.toContain(JUDGED_ONCE);
    const lines = ARCH.split('\n').length;
    const fresh = report(run.outputs['report-path']).docSets[0].findings.filter((f) => f.baseline === 'new');
    expect(fresh.map((f) => `${f.rule}:${f.line}`)).toEqual([`arch/no-placeholders:${lines + 3}`]);
  });
});
