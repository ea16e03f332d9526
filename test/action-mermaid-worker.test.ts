import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fakeGitHubPerTest } from './fake-github/per-test.js';
import { readVerdictNote, verdictNote } from '../src/github/carried-verdicts.js';
import { MERMAID_VERSION } from '../src/io/verdict-cache.js';
import type { FakeGitHub } from './fake-github/server.js';
import { pullRequestEvent, runAction } from './fake-github/run-action.js';
import { ROOT } from './helpers.js';

// The bundled Action (npm run build first) against the fake GitHub: on a pull request just opened,
// mermaid loads on its worker thread from the start, beside the first request; on a later push,
// only once GitHub's first answer shows a block whose verdict archgate's comment does not carry,
// so a push that leaves the diagrams alone starts no worker. A comment someone else edited carries
// nothing. What happened is written to one log, in order, by the Action's main thread (through
// --import: node's Worker wrapped, and node's HTTP client channel). Ordered, never timed.

let gh: FakeGitHub;
fakeGitHubPerTest((fake) => (gh = fake));

const demo = (file: string) => readFileSync(path.join(ROOT, 'examples/demo/docs', file), 'utf8');

/** A pull request changing the architecture (or only the README). */
function pullRequest(prd: string, architecture: string, change: 'architecture' | 'readme' = 'architecture'): void {
  const base = gh.commit({ 'docs/prd.md': prd, 'docs/architecture.md': architecture });
  const head = gh.commit(change === 'readme' ? { 'README.md': '# product\n' } : { 'docs/architecture.md': `${architecture}\nThe export job now retries twice.\n` }, base);
  gh.openPull({ number: 3, headSha: head, headRef: 'f', baseSha: base });
}

/** Runs the Action on the pull request; returns the log of worker events and requests, the result and the annotations. */
async function loggedRun(action = 'synchronize'): Promise<{ log: string[]; result: string | undefined; errors: string[] }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'archgate-worker-log-'));
  const log = path.join(dir, 'log');
  const hook = path.join(dir, 'log-workers.mjs');
  writeFileSync(log, '');
  // Node's worker constructor, wrapped before the bundle imports it, and node's own HTTP client channel: one thread writes both.
  writeFileSync(
    hook,
    [
      "import { appendFileSync } from 'node:fs';",
      "import { syncBuiltinESMExports } from 'node:module';",
      "import { subscribe } from 'node:diagnostics_channel';",
      "import threads from 'node:worker_threads';",
      `const log = (line) => appendFileSync(${JSON.stringify(log)}, line + '\\n');`,
      'if (threads.isMainThread) {',
      '  const Original = threads.Worker;',
      "  threads.Worker = class extends Original { constructor(...args) { super(...args); log('worker started'); this.on('exit', () => log('worker stopped')); } };",
      '  syncBuiltinESMExports();',
      "  subscribe('http.client.request.start', ({ request }) => log(`${request.method} ${request.path.replace(/\\?.*/, '')} sent`));",
      '}',
    ].join('\n'),
  );
  const run = await runAction(gh, 'pull_request', pullRequestEvent(gh, 3, action), {}, process.execPath, { NODE_OPTIONS: `--import ${hook}` });
  expect(run.stderr).toBe('');
  const errors = run.stdout.split('\n').filter((l) => l.startsWith('::error '));
  return { log: readFileSync(log, 'utf8').trim().split('\n'), result: run.outputs.result, errors };
}

const workerEvents = (log: string[]) => log.filter((l) => l.startsWith('worker'));
const archgateComment = () => gh.comments.find((c) => c.user === 'github-actions[bot]' && c.body.startsWith('<!-- archgate:sticky'))!;
/** The demo's architecture with a flowchart mermaid refuses (an unclosed bracket) under its own heading. */
const withBrokenDiagram = () => `${demo('architecture.md')}\n## Retry flow\n\n\`\`\`mermaid\nflowchart LR\n  a[Export --> b\n\`\`\`\n`;

describe("the Action's mermaid worker", () => {
  it('on a pull request just opened, starts before the first request, answers for the diagrams (the demo has three), and stops once the pull request is judged', async () => {
    pullRequest(demo('prd.md'), demo('architecture.md'));
    const { log, result } = await loggedRun('opened');
    expect(log.slice(0, 2)).toEqual(['worker started', 'POST /graphql sent']);
    // Stopped once the pull request was judged and published, not before: it was needed to the last verdict.
    expect(workerEvents(log)).toEqual(['worker started', 'worker stopped']);
    expect(log.at(-1)).toBe('worker stopped');
    expect(result).toBe('fail');
  });

  it('on a pull request just opened, stops before the first parse when no document has a diagram', async () => {
    const architecture = demo('architecture.md').replace(/```mermaid[\s\S]*?```\n/g, '');
    expect(architecture).not.toContain('mermaid');
    pullRequest(demo('prd.md'), architecture);
    const { log } = await loggedRun('opened');
    expect(log.slice(0, 2)).toEqual(['worker started', 'POST /graphql sent']);
    expect(workerEvents(log)).toEqual(['worker started', 'worker stopped']);
  });

  it('on a pull request just opened, stops while still loading mermaid when the pull request changes no doc-set file: not left for the exit to wait on', async () => {
    pullRequest(demo('prd.md'), demo('architecture.md'), 'readme');
    const { log, result } = await loggedRun('opened');
    expect(result).toBe('skipped');
    expect(log).toEqual(['worker started', 'POST /graphql sent', 'worker stopped']);
  });

  it('on a later push that changes no doc-set file, never starts', async () => {
    pullRequest(demo('prd.md'), demo('architecture.md'), 'readme');
    const { log, result } = await loggedRun();
    expect(result).toBe('skipped');
    expect(log).toEqual(['POST /graphql sent']);
  });

  it('on a push with no archgate comment yet, starts once the first answer shows diagrams without a verdict; the next run on the same diagrams starts none and says the same', async () => {
    pullRequest(demo('prd.md'), withBrokenDiagram());
    const first = await loggedRun();
    expect(first.log.slice(0, 2)).toEqual(['POST /graphql sent', 'worker started']);
    expect(workerEvents(first.log)).toEqual(['worker started', 'worker stopped']);
    const broken = first.errors.filter((l) => l.includes('title=diagram/mermaid-syntax'));
    expect(broken).toEqual([expect.stringMatching(/^::error title=diagram\/mermaid-syntax,file=docs\/architecture\.md,line=\d+,col=1::/)]);
    // The comment carries mermaid's four verdicts: three diagrams parse, one does not.
    const carried = readVerdictNote(archgateComment().body, MERMAID_VERSION);
    expect([...carried.values()].map((v) => (v ? 'fails' : 'parses')).sort()).toEqual(['fails', 'parses', 'parses', 'parses']);

    const writes = gh.writes().length;
    const second = await loggedRun();
    expect(workerEvents(second.log)).toEqual([]);
    expect(second.errors).toEqual(first.errors);
    expect(second.result).toBe('fail');
    // The same report and the same verdicts: the comment is left as it is.
    expect(gh.writes().length).toBe(writes);
  });

  it('trusts no verdict in a comment someone else edited: a verdict forged there does not pass the broken diagram', async () => {
    pullRequest(demo('prd.md'), withBrokenDiagram());
    const first = await loggedRun();
    const comment = archgateComment();
    const honest = comment.body;
    // A maintainer's edit says every block parses.
    const forged = new Map([...readVerdictNote(honest, MERMAID_VERSION).keys()].map((hash) => [hash, null]));
    comment.body = honest.slice(0, honest.lastIndexOf('\n<!-- archgate:mermaid-verdicts')) + verdictNote(forged, MERMAID_VERSION);
    gh.edits.push({ id: comment.id, by: 'octo-maintainer' });

    const second = await loggedRun();
    expect(workerEvents(second.log)).toEqual(['worker started', 'worker stopped']);
    expect(second.errors).toEqual(first.errors);
    // archgate writes its own comment back, verdicts and all.
    expect(archgateComment().body).toBe(honest);
    expect(gh.edits.at(-1)).toEqual({ id: comment.id, by: 'github-actions[bot]' });
  });

  it("trusts no verdict in another user's comment that copies archgate's marker", async () => {
    pullRequest(demo('prd.md'), withBrokenDiagram());
    const first = await loggedRun();
    const honest = archgateComment().body;
    const forged = new Map([...readVerdictNote(honest, MERMAID_VERSION).keys()].map((hash) => [hash, null]));
    gh.comments.splice(0, gh.comments.length, { id: 1, issue: 3, user: 'octocat', body: honest.slice(0, honest.lastIndexOf('\n<!-- archgate:mermaid-verdicts')) + verdictNote(forged, MERMAID_VERSION) });

    const second = await loggedRun();
    expect(workerEvents(second.log)).toEqual(['worker started', 'worker stopped']);
    expect(second.errors).toEqual(first.errors);
  });
});
