import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fakeGitHubPerTest } from './fake-github/per-test.js';
import { FakeGitHub } from './fake-github/server.js';
import { pullRequestEvent, runAction } from './fake-github/run-action.js';
import { ROOT } from './helpers.js';
import { runCheck } from '../src/cli/run-check.js';

// The published package is dist/, templates/ and schema/: the bundle carries every library it
// uses, so the package declares no runtime dependency and both entry points run from a copy
// with no node_modules anywhere above it. (Run `npm run build` first.)

const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

function copyOfPackage(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'archgate-alone-'));
  for (const entry of pkg.files as string[]) cpSync(path.join(ROOT, entry), path.join(dir, entry), { recursive: true });
  cpSync(path.join(ROOT, 'package.json'), path.join(dir, 'package.json'));
  return dir;
}

let gh: FakeGitHub;
fakeGitHubPerTest((fake) => (gh = fake));

describe('the bundle alone', () => {
  it('declares no runtime dependency: `npx github:OWNER/archgate` installs nothing else', () => {
    expect(pkg.dependencies ?? {}).toEqual({});
    expect(pkg.files).toEqual(['dist', 'templates', 'schema']);
  });

  it('dist/cli.js checks the demo from a copy without node_modules', async () => {
    const dir = copyOfPackage();
    expect(existsSync(path.join(dir, 'node_modules'))).toBe(false);
    const run = spawnSync(process.execPath, [path.join(dir, 'dist/cli.js'), 'check', path.join(ROOT, 'examples/demo'), '--format', 'json'], { cwd: dir, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    // The same report as the sources give in this process.
    const fromSources = await runCheck({ dir: path.join(ROOT, 'examples/demo') });
    expect(JSON.parse(run.stdout).summary).toEqual(fromSources.summary);
    expect(fromSources.summary).toMatchObject({ errors: 3, nfrTotal: 6, nfrUncovered: 1 });
  });

  it('dist/index.js judges a pull request from a copy without node_modules', async () => {
    const dir = copyOfPackage();
    const demo = (p: string) => readFileSync(path.join(ROOT, 'examples/demo', p), 'utf8');
    const base = gh.commit({ '.github/archgate.yml': demo('.github/archgate.yml'), 'docs/prd.md': demo('docs/prd.md'), 'docs/architecture.md': demo('docs/architecture.md') });
    const head = gh.commit({ 'docs/architecture.md': demo('docs/architecture.md') + '\nNFR-005 is met by one IAM role per service.\n' }, base);
    gh.openPull({ number: 4, headSha: head, headRef: 'f4', baseSha: base });
    const run = await runAction(gh, 'pull_request', pullRequestEvent(gh, 4), { mode: 'check' }, process.execPath, {}, path.join(dir, 'dist/index.js'));
    expect(run.stderr).toBe('');
    expect(run.outputs).toMatchObject({ result: 'fail', errors: '2', 'nfr-total': '6', uncovered: '' });
  });
});
