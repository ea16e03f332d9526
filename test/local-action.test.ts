import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fakeGitHubPerTest } from './fake-github/per-test.js';
import { parse } from 'yaml';
import { FakeGitHub } from './fake-github/server.js';
import { pullRequestEvent } from './fake-github/run-action.js';
import { ROOT } from './helpers.js';

// `npm run local-action` runs src/main.ts under @github/local-action with the settings of .env,
// which a developer copies from .env.example. The example names every input of action.yml and
// every variable the runner sets that archgate reads; run as it stands (token, event file and
// repository filled in), it judges a pull request of the fake GitHub.

const example = readFileSync(path.join(ROOT, '.env.example'), 'utf8');
const settings = new Map([...example.matchAll(/^([A-Z][\w-]*)=(.*)$/gm)].map((m) => [m[1], m[2]]));

let gh: FakeGitHub;
fakeGitHubPerTest((fake) => (gh = fake));

describe('npm run local-action', () => {
  it('.env.example sets every input of action.yml and what the runner sets that archgate reads', () => {
    const inputs = Object.keys(parse(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')).inputs);
    for (const input of inputs) expect(settings.has(`INPUT_${input.toUpperCase()}`), input).toBe(true);
    for (const name of ['GITHUB_EVENT_NAME', 'GITHUB_EVENT_PATH', 'GITHUB_REPOSITORY', 'GITHUB_SERVER_URL', 'GITHUB_STEP_SUMMARY', 'RUNNER_TEMP', 'CI', 'GITHUB_ACTIONS']) expect(settings.has(name), name).toBe(true);
    // local-action ignores GITHUB_API_URL in the file: the example says to export it instead.
    expect(settings.has('GITHUB_API_URL')).toBe(false);
    expect(example).toContain('GITHUB_API_URL=http://127.0.0.1:3000 npm run local-action');
    expect(JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).scripts['local-action']).toBe('mkdir -p scratch/local-action && : > scratch/local-action/summary.md && local-action run . src/main.ts .env');
  });

  it('runs src/main.ts with .env.example filled in, against the fake GitHub', async () => {
    const d = (p: string) => readFileSync(path.join(ROOT, 'examples/demo', p), 'utf8');
    const base = gh.commit({ '.github/archgate.yml': d('.github/archgate.yml'), 'docs/prd.md': d('docs/prd.md'), 'docs/architecture.md': d('docs/architecture.md') });
    const head = gh.commit({ 'docs/architecture.md': d('docs/architecture.md') + '\nNFR-005 is met by one IAM role per service.\n' }, base);
    gh.openPull({ number: 7, headSha: head, headRef: 'f7', baseSha: base });
    const dir = mkdtempSync(path.join(tmpdir(), 'archgate-local-action-'));
    writeFileSync(path.join(dir, 'event.json'), JSON.stringify(pullRequestEvent(gh, 7)));
    const env = example
      .replace(/^INPUT_GITHUB-TOKEN=.*$/m, 'INPUT_GITHUB-TOKEN=ghs_fake_token_0123456789')
      .replace(/^GITHUB_EVENT_PATH=.*$/m, `GITHUB_EVENT_PATH=${path.join(dir, 'event.json')}`)
      .replace(/^GITHUB_REPOSITORY=.*$/m, `GITHUB_REPOSITORY=${gh.fullName}`);
    writeFileSync(path.join(dir, '.env'), env);
    const script = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).scripts['local-action'].replace(/\.env$/, path.join(dir, '.env'));
    // As `npm run` does: the package's bin folder first on PATH. (npx would ask the registry for "sh" on some npm versions.)
    const child = spawn('sh', ['-c', script], { cwd: ROOT, env: { PATH: `${path.join(ROOT, 'node_modules/.bin')}${path.delimiter}${process.env.PATH}`, HOME: process.env.HOME, GITHUB_API_URL: gh.url } });
    let out = '';
    child.stdout.on('data', (c) => (out += c));
    child.stderr.on('data', (c) => (out += c));
    await new Promise((resolve) => child.on('close', resolve));
    expect(out).toMatch(/^::error::archgate: 2 errors, \d+ warnings \(fail-on: error\)\.$/m);
    expect(out).toMatch(/│ \d+\s+│ 'result'\s+│ 'fail'\s+│/);
    expect(out).toMatch(/│ \d+\s+│ 'uncovered'\s+│ ''\s+│/);
    expect(readFileSync(path.join(ROOT, 'scratch/local-action/summary.md'), 'utf8')).toContain('## ❌ archgate — invoice-hub: fail');
  });
});
