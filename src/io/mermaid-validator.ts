import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Worker } from 'node:worker_threads';
import type { MermaidProblem, MermaidValidator } from '../diagrams/diagram-view.js';
import type { MermaidVerdict } from './mermaid-parse.js';
import { problemFrom } from './mermaid-problem.js';
import { VerdictCache } from './verdict-cache.js';

// Loading mermaid and its DOM takes longer than parsing most documents. In the bundle, a worker
// thread loads it while the main thread parses, so the two overlap; from source (tests) there is
// no built worker and mermaid runs in process. Either way the verdict is mermaid's own, and each
// distinct block is put to mermaid once (VerdictCache).

export type WorkerRequest = { type: 'guess'; code: string } | { type: 'validate'; id: number; code: string };
export interface MermaidWorkerData {
  compileCache: string | null;
}
/**
 * The worker's work so far: how often its mermaid rebuilt or copied its whole configuration
 * (src/io/mermaid-config-copies.ts), and whether a block needed mermaid's real renderers
 * (src/io/renderer-stand-ins.ts).
 */
export interface WorkerWork {
  rebuilt: number;
  copied: number;
  renderersLoaded: boolean;
}
export interface WorkerReply {
  id: number;
  verdict: MermaidVerdict;
  work: WorkerWork;
}

// node:worker_threads once a worker starts: a check of documents without diagrams never starts one.
const builtin = createRequire(import.meta.url);
// Mermaid in process (and its renderer stand-ins and config copies) only where no worker runs it.
const askMermaid = async (code: string): Promise<MermaidVerdict> => (await import('./mermaid-parse.js')).askMermaid(code);

const FENCE_OPEN = /^( {0,3})(`{3,}|~{3,})[ \t]*mermaid(?:[ \t].*)?$/;
const ANY_FENCE_OPEN = new RegExp(FENCE_OPEN.source, 'm');

/** Whether a text opens a mermaid fence anywhere (the same test guessMermaidBlocks makes per line). */
export function hasMermaidFence(text: string): boolean {
  return text.includes('mermaid') && ANY_FENCE_OPEN.test(text);
}

/** Mermaid fences as a line scan of the raw text sees them: only a guess to validate early, never the answer. */
export function guessMermaidBlocks(text: string): string[] {
  if (!text.includes('mermaid')) return [];
  const lines = text.split(/\r?\n/);
  const blocks: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = FENCE_OPEN.exec(lines[i]);
    if (!open) continue;
    const [, indent, fence] = open;
    const close = new RegExp(`^ {0,3}${fence[0] === '`' ? '`' : '~'}{${fence.length},}[ \\t]*$`);
    const body: string[] = [];
    let j = i + 1;
    for (; j < lines.length && !close.test(lines[j]); j++) body.push(lines[j].replace(new RegExp(`^ {0,${indent.length}}`), ''));
    blocks.push(body.join('\n'));
    i = j;
  }
  return blocks;
}

/** The built worker beside the bundle (dist/mermaid-worker.js), seen from dist/ or dist/chunks/. */
function builtWorker(): string | null {
  for (const rel of ['./mermaid-worker.js', '../mermaid-worker.js']) {
    const file = fileURLToPath(new URL(rel, import.meta.url));
    if (existsSync(file)) return file;
  }
  return null;
}

class WorkerValidator implements MermaidValidator {
  private worker: Worker | null = null;
  private failed = false;
  private compileCache: string | null = null;
  private nextId = 0;
  private readonly waiting = new Map<number, { code: string; resolve: (v: MermaidVerdict) => void }>();
  verdicts: VerdictCache;
  /** The worker's work as of its latest reply (what tests count). */
  work: WorkerWork = { rebuilt: 0, copied: 0, renderersLoaded: false };

  constructor(private readonly file: string | null) {
    this.verdicts = new VerdictCache((code) => this.ask(code), null);
  }

  /** Where the worker keeps V8's compiled code of mermaid between runs (src/io/compile-cache.ts); null: nowhere. */
  compileCacheIn(dir: string | null): void {
    this.compileCache = dir;
  }

  /** Keep verdicts in a folder between runs (the CLI does); null keeps them for this run only. */
  keepVerdictsIn(dir: string | null): void {
    this.verdicts = new VerdictCache((code) => this.ask(code), dir);
  }

  /** Blocks a line scan finds in the raw texts whose verdict is not known yet. */
  unknownBlocks(texts: string[]): string[] {
    return [...new Set(texts.flatMap(guessMermaidBlocks))].filter((code) => !this.verdicts.known(code));
  }

  /** Start loading mermaid before the documents are even read (the CLI's check does): most have diagrams. */
  warmUp(): void {
    this.start();
  }

  prepare(texts: string[]): void {
    const guesses = this.unknownBlocks(texts);
    if (!guesses.length) {
      // Warmed up for nothing (no diagrams, or all known): give the core back to the parser. ask() would start anew.
      this.stop();
      return;
    }
    const worker = this.start();
    for (const code of guesses) worker?.postMessage({ type: 'guess', code } satisfies WorkerRequest);
  }

  keep(texts: string[]): void {
    this.verdicts.keep([...new Set(texts.flatMap(guessMermaidBlocks))]);
  }

  /**
   * Stops the worker unless a verdict is pending: nothing is left for it to do (a later ask()
   * starts it anew). Its loading, if still under way, would otherwise hold up the process's exit.
   */
  stop(): void {
    if (this.worker && !this.waiting.size) {
      void this.worker.terminate();
      this.worker = null;
    }
  }

  async validate(code: string): Promise<MermaidProblem | null> {
    const verdict = await this.verdicts.verdict(code);
    return verdict && problemFrom(verdict, code);
  }

  /** Mermaid itself: on the worker, or in process when there is none. */
  private ask(code: string): Promise<MermaidVerdict> {
    const worker = this.start();
    if (!worker) return askMermaid(code);
    return new Promise((resolve) => {
      const id = this.nextId++;
      this.waiting.set(id, { code, resolve });
      // Only a pending answer keeps the process alive: an idle worker never holds up the exit.
      if (this.waiting.size === 1) worker.ref();
      worker.postMessage({ type: 'validate', id, code } satisfies WorkerRequest);
    });
  }

  private start(): Worker | null {
    if (this.worker || this.failed || !this.file) return this.worker;
    try {
      const { Worker } = builtin('node:worker_threads') as typeof import('node:worker_threads');
      const worker = new Worker(this.file, { workerData: { compileCache: this.compileCache } satisfies MermaidWorkerData });
      worker.on('message', (reply: WorkerReply) => {
        const entry = this.waiting.get(reply.id);
        if (!entry) return;
        this.waiting.delete(reply.id);
        this.work = reply.work;
        if (!this.waiting.size) worker.unref();
        entry.resolve(reply.verdict);
      });
      // A worker that cannot start or dies: mermaid runs in process for what is still waiting.
      const fail = () => {
        if (this.failed) return;
        this.failed = true;
        this.worker = null;
        for (const { code, resolve } of this.waiting.values()) void askMermaid(code).then(resolve);
        this.waiting.clear();
      };
      worker.on('error', fail);
      worker.on('exit', () => {
        if (this.worker === worker) fail();
      });
      // After the listeners: adding a 'message' listener refs the worker again.
      worker.unref();
      this.worker = worker;
    } catch {
      this.failed = true;
    }
    return this.worker;
  }
}

export type NodeMermaidValidator = WorkerValidator;

/** A validator that runs mermaid in the given worker script, or in process when there is none or it fails. */
export function createMermaidValidator(workerFile: string | null): NodeMermaidValidator {
  return new WorkerValidator(workerFile);
}

export const nodeMermaidValidator = createMermaidValidator(builtWorker());
