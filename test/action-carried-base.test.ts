import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fakeGitHubPerTest } from './fake-github/per-test.js';
import { FakeGitHub } from './fake-github/server.js';
import { pullRequestEvent, runAction, type ActionRun } from './fake-github/run-action.js';
import { ROOT } from './helpers.js';
import { baseNote, carriedJudgement } from '../src/github/carried-base.js';

// The base commit's judgement carried from one run to the next in archgate's comment
// (src/github/carried-base.ts): a later run on a pull request whose base documents did not change
// judges the head only, and says, annotates, comments and decides exactly what a run that judged
// the base again does. The bundled dist/index.js against the fake GitHub.

const demo = (file: string) => readFileSync(path.join(ROOT, 'examples/demo', file), 'utf8');
const PRD = demo('docs/prd.md');
const ARCH = demo('docs/architecture.md');
const CONFIG = 'preset: recommended\n';
const CARRIED = "::debug::archgate: doc set default at the base commit is as the last run judged it (archgate's comment carries that judgement): not judged again.";
const JUDGED_ONCE = '::debug::archgate: doc set default is the same at the base commit: judged once.';

let gh: FakeGitHub;
fakeGitHubPerTest((fake) => (gh = fake));

function pull(change: Record<string, string>, number = 3) {
  const base = gh.commit({ '.github/archgate.yml': CONFIG, 'docs/prd.md': PRD, 'docs/architecture.md': ARCH });
  const head = gh.commit(change, base, 'change');
  return gh.openPull({ number, headSha: head, headRef: `feature-${number}`, baseSha: base });
}

/** What a user sees of a run: its annotations and notices, its verdict and outputs (the report files' paths aside). */
const seen = (run: ActionRun) => ({
  lines: run.stdout.split('\n').filter((l) => /^::(error|warning|notice)/.test(l)),
  outputs: Object.fromEntries(Object.entries(run.outputs).filter(([k]) => !k.endsWith('-path'))),
  stderr: run.stderr,
});
const archgateComments = () => gh.comments.filter((c) => c.user === 'github-actions[bot]' && c.body.startsWith('<!-- archgate:sticky')).map((c) => c.body);

/** Runs twice on the pull request as it is: the first run finds no comment (the base is judged), the second finds the first's. */
async function twice(inputs: Record<string, string> = {}) {
  const first = await runAction(gh, 'pull_request', pullRequestEvent(gh, 3), inputs);
  const comments = archgateComments();
  const writes = gh.writes().length;
  const second = await runAction(gh, 'pull_request', pullRequestEvent(gh, 3), inputs);
  return { first, second, comments, writesBetween: gh.writes().length - writes };
}

const PLACEHOLDER = '\n## Open points\n\nTBD: the retention period.\n';

describe("the base's judgement, carried to the next run", () => {
  it.each([
    ['the architecture', { 'docs/architecture.md': ARCH + PLACEHOLDER }],
    ['the PRD', { 'docs/prd.md': PRD.replace('NFR-005', 'NFR-105') }],
    ['a diagram', { 'docs/architecture.md': ARCH.replace('upload_service["Upload Service"]', 'upload_service["Upload API"]') }],
    ['both documents', { 'docs/architecture.md': ARCH + PLACEHOLDER, 'docs/prd.md': PRD + '\n- **NFR-007**: Exports finish within 10 minutes.\n' }],
  ])('a pull request changing %s: the next run judges the head only, and annotates, comments and decides the same', async (_, change) => {
    pull(change);
    const { first, second, comments, writesBetween } = await twice();
    expect(first.stdout).not.toContain(CARRIED);
    expect(second.stdout).toContain(CARRIED);
    expect(seen(second)).toEqual(seen(first));
    expect(seen(first).outputs.result).toBe('fail');
    // The same report and the same note: the comment is left as it is.
    expect(archgateComments()).toEqual(comments);
    expect(writesBetween).toBe(0);
  });

  it('with fail-on-new-only, new findings are told from existing ones the same: the verdict is the same', async () => {
    pull({ 'docs/architecture.md': ARCH + PLACEHOLDER });
    const { first, second } = await twice({ 'fail-on-new-only': 'true' });
    expect(second.stdout).toContain(CARRIED);
    expect(seen(second)).toEqual(seen(first));
    const report = JSON.parse(readFileSync(second.outputs['report-path'], 'utf8')) as { docSets: { findings: { rule: string; line: number; baseline?: string }[] }[] };
    expect(report.docSets[0].findings.filter((f) => f.baseline === 'new').map((f) => `${f.rule}:${f.line}`)).toEqual([`arch/no-placeholders:${ARCH.split('\n').length + 3}`]);
  });

  it('an inline suppression the head adds stays refused: the carried base allows only its own', async () => {
    pull({ 'docs/architecture.md': ARCH + '\n## Open points\n\n<!-- archgate-disable-next-line arch/no-placeholders -->\nTBD: the retention period.\n' });
    const { first, second } = await twice();
    expect(second.stdout).toContain(CARRIED);
    expect(seen(second)).toEqual(seen(first));
    expect(seen(second).lines.filter((l) => l.includes('title=arch/no-placeholders') && l.includes(`line=${ARCH.split('\n').length + 4}`))).toHaveLength(1);
  });

  it('a pull request changing only the config is judged once at either run (the base config holds): nothing carried is needed', async () => {
    pull({ '.github/archgate.yml': 'preset: strict\n' });
    const { first, second, writesBetween } = await twice();
    expect(first.stdout).toContain(JUDGED_ONCE);
    expect(second.stdout).toContain(JUDGED_ONCE);
    expect(second.stdout).not.toContain(CARRIED);
    expect(seen(second)).toEqual(seen(first));
    expect(writesBetween).toBe(0);
  });

  it('a pull request changing no document is skipped at either run', async () => {
    pull({ 'README.md': '# product\n' });
    const { first, second } = await twice();
    expect(seen(first).outputs.result).toBe('skipped');
    expect(seen(second)).toEqual(seen(first));
  });

  it('a base whose documents moved on is judged again: the carried judgement was of other documents', async () => {
    pull({ 'docs/architecture.md': ARCH + PLACEHOLDER });
    const first = await runAction(gh, 'pull_request', pullRequestEvent(gh, 3), { 'fail-on-new-only': 'true' });
    expect(first.outputs.result).toBe('fail');
    // The base branch gained the same placeholder (and a line of its own): the pull request's is no longer new.
    gh.pulls.get(3)!.baseSha = gh.commit({ 'docs/architecture.md': ARCH + PLACEHOLDER + '\nSee the runbook.\n' }, gh.pulls.get(3)!.baseSha, 'main moved');
    const run = await runAction(gh, 'pull_request', pullRequestEvent(gh, 3), { 'fail-on-new-only': 'true' });
    expect(run.stdout).not.toContain(CARRIED);
    expect(run.outputs.result).toBe('pass');
  });

  it('carries nothing from a comment someone else edited: a judgement forged there does not make a new finding existing', async () => {
    pull({ 'docs/architecture.md': ARCH + PLACEHOLDER });
    const first = await runAction(gh, 'pull_request', pullRequestEvent(gh, 3), { 'fail-on-new-only': 'true' });
    const comment = gh.comments.find((c) => c.user === 'github-actions[bot]')!;
    const honest = comment.body;
    // A maintainer's edit says the base had the placeholder too.
    const [, key, data] = /\n<!-- archgate:base-judgement key="(\w+)" data="([\w-]+)" -->/.exec(honest)!;
    const carried = carriedJudgement(new Map([[key, data]]), key)!;
    const placeholder = JSON.parse(readFileSync(first.outputs['report-path'], 'utf8')).docSets[0].findings.find((f: { rule: string; line: number }) => f.rule === 'arch/no-placeholders' && f.line === ARCH.split('\n').length + 3);
    const forged = baseNote(key, { ...carried, findings: [...carried.findings, { rule: placeholder.rule, severity: placeholder.severity, message: placeholder.message, fix: placeholder.fix, file: placeholder.file, line: placeholder.line, column: placeholder.column }] });
    comment.body = honest.replace(/\n<!-- archgate:base-judgement [^\n]*-->/, forged);
    gh.edits.push({ id: comment.id, by: 'octo-maintainer' });
    const second = await runAction(gh, 'pull_request', pullRequestEvent(gh, 3), { 'fail-on-new-only': 'true' });
    expect(second.stdout).not.toContain(CARRIED);
    expect(seen(second)).toEqual(seen(first));
    expect(second.outputs.result).toBe('fail');
    // archgate writes its own comment back, note and all.
    expect(comment.body).toBe(honest);
    expect(gh.edits.at(-1)).toEqual({ id: comment.id, by: 'github-actions[bot]' });
  });
});
