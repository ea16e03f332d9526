// The mermaid worker: loads mermaid while the main thread parses documents, then answers
// "does this block parse?" by mermaid's own parser. Guessed blocks are checked ahead of time.
import { parentPort, workerData } from 'node:worker_threads';
import { askMermaid, loadMermaidEarly, type MermaidVerdict } from './io/mermaid-parse.js';
import { enableCompileCacheIn } from './io/compile-cache.js';
import { configCopies } from './io/mermaid-config-copies.js';
import { renderersAttached } from './io/renderer-stand-ins.js';
import type { MermaidWorkerData, WorkerReply, WorkerRequest } from './io/mermaid-validator.js';

// Before mermaid loads (it is imported dynamically, on the first verdict).
enableCompileCacheIn((workerData as MermaidWorkerData | undefined)?.compileCache ?? null);

const verdicts = new Map<string, Promise<MermaidVerdict>>();
const verdict = (code: string) => {
  let v = verdicts.get(code);
  if (!v) verdicts.set(code, (v = askMermaid(code)));
  return v;
};

// Start loading mermaid's core at once, before the first block arrives; a kind of diagram's
// parser loads with its first block (parsing a sample flowchart here loaded the flowchart's for
// documents that have none).
loadMermaidEarly();

parentPort?.on('message', (request: WorkerRequest) => {
  const pending = verdict(request.code);
  if (request.type !== 'validate') return;
  void pending.then((v) => {
    const work = { rebuilt: configCopies.rebuilt, copied: configCopies.copied, renderersLoaded: renderersAttached() };
    parentPort?.postMessage({ id: request.id, verdict: v, work } satisfies WorkerReply);
  });
});
