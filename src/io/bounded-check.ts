import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { DocSetResult, EngineConfig } from '../engine/engine.js';
import type { DocSetInput } from '../engine/types.js';
import type { MermaidProblem, MermaidValidator } from '../diagrams/diagram-view.js';
import type { CheckConfig, ResolvedConfig } from '../config/resolve-config.js';

// A doc set is checked under a time limit (limits.parseSeconds). No pattern fix bounds the markdown
// parser: it is super-linear on some texts (40 KB of "*a" took 69 s, 100 KB of "<!-- " 33 s), and
// a pull request's author writes the text. The pure, synchronous engine runs on a worker thread
// (src/check-worker.ts) that says which line it is parsing; past the limit the host stops it and
// the doc set gets one error finding saying where: the run fails closed, never passes unread text.

export type CheckRequest =
  | { type: 'check'; id: number; input: DocSetInput; origin: ResolvedConfig['origin']; extra: EngineExtra }
  | { type: 'mermaid-answer'; n: number; problem: MermaidProblem | null };

export type CheckReply =
  | { type: 'started'; id: number }
  | { type: 'progress'; id: number; file: string; line: number }
  | { type: 'mermaid'; id: number; n: number; code: string }
  | { type: 'done'; id: number; result: DocSetResult }
  | { type: 'failed'; id: number; message: string };

/** Engine settings a host adds to the config's, as data (they cross to the worker thread). */
export type EngineExtra = Pick<EngineConfig, 'allowedSuppressions'>;

export const PARSE_LIMIT_RULE = 'archgate/parse-limit';

/** The built worker beside the bundle (dist/check-worker.js), seen from dist/ or dist/chunks/. */
export function builtCheckWorker(): string | null {
  for (const rel of ['./check-worker.js', '../check-worker.js']) {
    const file = fileURLToPath(new URL(rel, import.meta.url));
    if (existsSync(file)) return file;
  }
  return null;
}

export interface WorkerSpec {
  file: string;
  /** For a worker run from TypeScript sources (tests): e.g. ['--import', 'tsx']. */
  execArgv?: string[];
}

let shared: { worker: Worker; spec: WorkerSpec } | null = null;
let jobs = 0;

function workerFor(spec: WorkerSpec): Worker {
  if (shared && shared.spec.file === spec.file) return shared.worker;
  const worker = new Worker(spec.file, { execArgv: spec.execArgv });
  // An idle worker never holds up the process's exit; a running job refs it.
  worker.unref();
  worker.on('error', () => {
    if (shared?.worker === worker) shared = null;
  });
  shared = { worker, spec };
  return worker;
}

/**
 * Starts the check worker now, so that it loads the engine on its own thread while the host loads
 * its modules, the config and the documents; the first check then finds it ready. Idle, it never
 * holds up the process's exit. No-op without a built worker.
 */
export function warmUpCheckWorker(spec: WorkerSpec | null = defaultSpec()): void {
  if (spec) workerFor(spec);
}

/** The doc set's result when the limit struck: one error finding, where the parser was. */
export function stoppedResult(input: DocSetInput, seconds: number, at: { file: string; line: number }): DocSetResult {
  const file = at.file || input.prd[0]?.path || input.architecture[0]?.path || input.name;
  return {
    name: input.name,
    prdFiles: input.prd.map((f) => f.path),
    architectureFiles: input.architecture.map((f) => f.path),
    requirements: [],
    findings: [
      {
        rule: PARSE_LIMIT_RULE,
        severity: 'error',
        message: `archgate stopped reading ${file} after ${seconds} s at line ${at.line}: the markdown parser had not finished, so nothing in this doc set was judged.`,
        fix: `Shorten or split the text from line ${at.line} on (thousands of unclosed emphasis markers, link openers or comment openers in one paragraph make the parser slow), or raise limits.parseSeconds in the config.`,
        file,
        line: at.line,
        column: 1,
      },
    ],
    coverage: { rows: [], orphans: [] },
    duplicateKeys: [],
    suppressed: 0,
    waived: 0,
    fixes: [],
    generated: [],
    notices: [],
    mermaidChecked: false,
    suppressions: [],
    refusedSuppressions: [],
  };
}

/**
 * checkDocSetAsync under config.parseSeconds, on a worker thread. Without a worker (running from
 * sources, as the unit tests do) it runs in process, unbounded: the shipped CLI and Action always
 * have dist/check-worker.js.
 */
export async function checkWithinLimit(input: DocSetInput, config: CheckConfig, validator: MermaidValidator, extra: EngineExtra = {}, spec: WorkerSpec | null = defaultSpec()): Promise<DocSetResult> {
  if (!spec) {
    // Imported here, not at the top: with a worker, the engine loads on the worker's thread only.
    const { checkDocSetAsync } = await import('../engine/engine.js');
    return checkDocSetAsync(input, { ...config.engine, ...extra }, validator);
  }
  validator.prepare?.([...input.architecture, ...input.prd].map((f) => f.text));
  const worker = workerFor(spec);
  const id = ++jobs;
  const seconds = config.parseSeconds;
  let at = { file: input.prd[0]?.path ?? input.architecture[0]?.path ?? '', line: 1 };
  return new Promise<DocSetResult>((resolve, reject) => {
    const done = () => {
      clearTimeout(timer);
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.unref();
    };
    // The clock starts when the worker has the job: loading the worker is archgate's own time.
    let timer: NodeJS.Timeout | undefined;
    const stop = () => {
      done();
      if (shared?.worker === worker) shared = null;
      void worker.terminate();
      resolve(stoppedResult(input, seconds, at));
    };
    const onError = (error: Error) => {
      done();
      reject(error);
    };
    const onMessage = (reply: CheckReply) => {
      if (reply.id !== id) return;
      if (reply.type === 'started') timer = setTimeout(stop, seconds * 1000);
      else if (reply.type === 'progress') at = { file: reply.file, line: reply.line };
      else if (reply.type === 'mermaid') {
        void validator.validate(reply.code).then((problem) => worker.postMessage({ type: 'mermaid-answer', n: reply.n, problem } satisfies CheckRequest));
      } else if (reply.type === 'done') {
        done();
        resolve(reply.result);
      } else {
        done();
        reject(new Error(`the check worker failed: ${reply.message}`));
      }
    };
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.ref();
    worker.postMessage({ type: 'check', id, input, origin: config.origin, extra } satisfies CheckRequest);
  });
}

const defaultSpec = (): WorkerSpec | null => {
  const file = builtCheckWorker();
  return file ? { file } : null;
};
