import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fakeGitHubPerTest } from './fake-github/per-test.js';
import type { FakeGitHub } from './fake-github/server.js';
import { pullRequestEvent, runAction } from './fake-github/run-action.js';
import { ROOT } from './helpers.js';

// The bundled Action (npm run build first) against the fake GitHub: mermaid loads on its worker
// thread from the start, beside the first request, not after it; documents without a diagram stop
// the worker. What happened is written to one log, in order, by the Action's main thread (through
// --import: node's Worker wrapped, and node's HTTP client channel). Ordered, never timed.

let gh: FakeGitHub;
fakeGitHubPerTest((fake) => (gh = fake));

const demo = (file: string) => readFileSync(path.join(ROOT, 'examples/demo/docs', file), 'utf8');

/** Runs the Action on a pull request changing the architecture (or only the README); returns the log of worker events and requests. */
async function loggedRun(prd: string, architecture: string, change: 'architecture' | 'readme' = 'architecture'): Promise<{ log: string[]; result: string | undefined }> {
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
  const base = gh.commit({ 'docs/prd.md': prd, 'docs/architecture.md': architecture });
  const head = gh.commit(change === 'readme' ? { 'README.md': '# product\n' } : { 'docs/architecture.md': `${architecture}\nThe export job now retries twice.\n` }, base);
  gh.openPull({ number: 3, headSha: head, headRef: 'f', baseSha: base });
  const run = await runAction(gh, 'pull_request', pullRequestEvent(gh, 3), {}, process.execPath, { NODE_OPTIONS: `--import ${hook}` });
  expect(run.stderr).toBe('');
  return { log: readFileSync(log, 'utf8').trim().split('\n'), result: run.outputs.result };
}

describe("the Action's mermaid worker", () => {
  it('starts before the first request, answers for the diagrams (the demo has three), and stops once the pull request is judged', async () => {
    const { log, result } = await loggedRun(demo('prd.md'), demo('architecture.md'));
    expect(log.slice(0, 2)).toEqual(['worker started', 'POST /graphql sent']);
    // Stopped once the pull request was judged and published, not before: it was needed to the last verdict.
    expect(log.filter((l) => l.startsWith('worker'))).toEqual(['worker started', 'worker stopped']);
    expect(log.at(-1)).toBe('worker stopped');
    expect(result).toBe('fail');
  });

  it('stops before the first parse when no document has a diagram', async () => {
    const architecture = demo('architecture.md').replace(/```mermaid[\s\S]*?```\n/g, '');
    expect(architecture).not.toContain('mermaid');
    const { log } = await loggedRun(demo('prd.md'), architecture);
    expect(log.slice(0, 2)).toEqual(['worker started', 'POST /graphql sent']);
    expect(log.filter((l) => l.startsWith('worker'))).toEqual(['worker started', 'worker stopped']);
  });

  it('stops, while still loading mermaid, when the pull request changes no doc-set file: not left for the exit to wait on', async () => {
    const { log, result } = await loggedRun(demo('prd.md'), demo('architecture.md'), 'readme');
    expect(result).toBe('skipped');
    expect(log).toEqual(['worker started', 'POST /graphql sent', 'worker stopped']);
  });
});
