// One fresh process that starts a build's mermaid worker (DIST/mermaid-worker.js), sends it the
// given blocks at once, as the CLI does, and prints one JSON line: ms from starting the worker to
// its first verdict and to its last, the process's CPU ms (its main thread idles: nearly all of it
// is the worker's), the verdicts, and the worker's work (whole-configuration rebuilds and copies, renderers loaded). Plain JS so that no loader of the bench's own runs in the
// worker. Not a test: it reads clocks. Spawned by bench/mermaid-worker.ts.
//
//   node bench/mermaid-worker-child.mjs DIST BLOCKS.json
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';

const [dist, blocksFile] = process.argv.slice(2);
const blocks = JSON.parse(readFileSync(blocksFile, 'utf8'));
const verdicts = new Array(blocks.length);
const t0 = performance.now();
const worker = new Worker(path.resolve(dist, 'mermaid-worker.js'), { workerData: { compileCache: null } });
let firstMs;
let left = blocks.length;
let work;
worker.on('message', ({ id, verdict, work: sofar }) => {
  work = sofar;
  firstMs ??= performance.now() - t0;
  verdicts[id] = verdict;
  if (--left) return;
  const allMs = performance.now() - t0;
  const cpu = process.cpuUsage();
  console.log(JSON.stringify({ firstMs, allMs, cpuMs: (cpu.user + cpu.system) / 1000, verdicts, work }));
  void worker.terminate();
});
blocks.forEach((code, id) => worker.postMessage({ type: 'validate', id, code }));
