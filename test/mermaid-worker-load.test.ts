import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';

// What the bundled mermaid worker evaluates, counted by a module-load hook: mermaid's renderer
// modules (scripts/build.mjs, RENDERERS) are stand-ins, and their real chunks never load for blocks
// that only need parsing. (Run `npm run build` first.)

const DIST = path.join(ROOT, 'dist');
const RENDERER_CHUNKS = ['chunk-AXFCVDMN-', 'chunk-M57EVK23-', 'chunk-STOXU5M4-', 'chunk-CFHHFPVC-', 'chunk-DQASFODM-'];

/** The chunk files (name and bytes) the worker loads while it judges these blocks, and its verdicts. */
function workerLoads(blocks: string[]): { files: Map<string, number>; verdicts: unknown[] } {
  const dir = mkdtempSync(path.join(tmpdir(), 'archgate-worker-load-'));
  const log = path.join(dir, 'loaded.log');
  writeFileSync(log, '');
  const hook = `import { appendFileSync } from 'node:fs';
export async function load(url, context, next) {
  const r = await next(url, context);
  if (url.includes('/chunks/')) appendFileSync(${JSON.stringify(log)}, url.split('/').pop() + ' ' + (r.source?.byteLength ?? r.source?.length ?? 0) + '\\n');
  return r;
}`;
  writeFileSync(path.join(dir, 'hook.mjs'), hook);
  writeFileSync(path.join(dir, 'register.mjs'), `import { register } from 'node:module';\nregister(${JSON.stringify(new URL(`file://${path.join(dir, 'hook.mjs')}`).href)});\n`);
  const child = `import { Worker } from 'node:worker_threads';
const blocks = ${JSON.stringify(blocks)};
const verdicts = [];
let left = blocks.length;
const worker = new Worker(${JSON.stringify(path.join(DIST, 'mermaid-worker.js'))}, { workerData: { compileCache: null } });
worker.on('message', ({ id, verdict }) => {
  verdicts[id] = verdict;
  if (--left) return;
  console.log(JSON.stringify(verdicts));
  void worker.terminate();
});
blocks.forEach((code, id) => worker.postMessage({ type: 'validate', id, code }));`;
  // A file, not -e: the worker inherits the process's flags, and --input-type fails in a worker.
  writeFileSync(path.join(dir, 'child.mjs'), child);
  const r = spawnSync(process.execPath, ['--import', path.join(dir, 'register.mjs'), path.join(dir, 'child.mjs')], { encoding: 'utf8' });
  expect(r.stderr).toBe('');
  const files = new Map<string, number>();
  for (const row of readFileSync(log, 'utf8').trim().split('\n')) {
    const [name, bytes] = row.split(' ');
    files.set(name, Number(bytes));
  }
  return { files, verdicts: JSON.parse(r.stdout) };
}

describe('the bundled mermaid worker', () => {
  it('judges a flowchart, a sequence diagram and a C4 context without loading mermaid\'s renderers', () => {
    const blocks = [
      'flowchart LR\n  U[User] --> API[API Gateway]\n  API --> DB[(PostgreSQL)]\n  API --> Q@{ shape: cyl, label: "Queue" }',
      'sequenceDiagram\n  participant U as User\n  U->>API: POST /invoices\n  API-->>U: 201 Created',
      'C4Context\n  Person(u, "User")\n  System(s, "Invoice parser")\n  Rel(u, s, "uploads PDFs")',
      'flowchart LR\n  A --> B(unquoted (paren))',
    ];
    const { files, verdicts } = workerLoads(blocks);
    expect(verdicts.map((v) => (v === null ? null : (v as { line: number }).line))).toEqual([null, null, null, 2]);
    const renderers = readdirSync(path.join(DIST, 'chunks')).filter((f) => RENDERER_CHUNKS.some((c) => f.startsWith(c)));
    expect(renderers.length).toBe(RENDERER_CHUNKS.length);
    expect([...files.keys()].filter((f) => renderers.includes(f))).toEqual([]);
    // What the stand-ins save: the renderers' chunks, over a quarter of what the worker loaded with
    // them (245 of 914 KB here with mermaid 12.3).
    const saved = renderers.reduce((n, f) => n + statSync(path.join(DIST, 'chunks', f)).size, 0);
    const loaded = [...files.values()].reduce((a, b) => a + b, 0);
    expect(saved / (loaded + saved)).toBeGreaterThan(0.25);
  });
});
