// The check worker: runs one doc set's check off the main thread, so that the host can stop a
// parse that runs past limits.parseSeconds (the markdown parser is super-linear on some texts)
// and say where it was (src/io/bounded-check.ts). Mermaid blocks are validated by the host's
// validator, which has been loading mermaid meanwhile: one mermaid per run.
import { parentPort } from 'node:worker_threads';
import { checkDocSetAsync } from './engine/engine.js';
import { parseProgress } from './engine/markdown.js';
import { resolveConfig } from './config/resolve-config.js';
import type { MermaidProblem, MermaidValidator } from './diagrams/diagram-view.js';
import type { CheckReply, CheckRequest } from './io/bounded-check.js';

const port = parentPort!;
const answers = new Map<number, (problem: MermaidProblem | null) => void>();
let asked = 0;

const hostValidator = (job: number): MermaidValidator => ({
  validate: (code) =>
    new Promise((resolve) => {
      const n = ++asked;
      answers.set(n, resolve);
      port.postMessage({ type: 'mermaid', id: job, n, code } satisfies CheckReply);
    }),
});

port.on('message', (message: CheckRequest) => {
  if (message.type === 'mermaid-answer') {
    answers.get(message.n)?.(message.problem);
    answers.delete(message.n);
    return;
  }
  const { id, input, origin, extra } = message;
  port.postMessage({ type: 'started', id } satisfies CheckReply);
  const paths = new Map([...input.prd, ...input.architecture].map((f) => [f.text, f.path]));
  parseProgress.onChunk = (text, line) => port.postMessage({ type: 'progress', id, file: paths.get(text) ?? '', line } satisfies CheckReply);
  const config = resolveConfig(origin.raw, origin.source, origin.today);
  checkDocSetAsync(input, { ...config.engine, ...extra }, hostValidator(id)).then(
    (result) => port.postMessage({ type: 'done', id, result } satisfies CheckReply),
    (error: unknown) => port.postMessage({ type: 'failed', id, message: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies CheckReply),
  );
});
