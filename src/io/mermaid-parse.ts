import { configCopies } from './mermaid-config-copies.js';
import { attachRenderers, renderersAttached, standIns } from './renderer-stand-ins.js';

// mermaid.parse() needs a DOM for some labels: happy-dom gives it one in node (jsdom crashes on
// node 20). Both load only when a document has a mermaid block: they are most of archgate's size.
// In the bundle, mermaid loads without a DOM (src/io/lazy-dompurify.ts) and happy-dom loads only
// for a block that needs it. This runs in the mermaid worker (dist/mermaid-worker.js) or, where
// there is none, in process.

interface MermaidApi {
  initialize(config: Record<string, unknown>): void;
  parse(code: string): Promise<unknown>;
}

/** What mermaid said of one block: null when it parses, else its error's message and the line it named. */
export type MermaidVerdict = null | { message: string; line?: number };

/** Set by scripts/build.mjs in the bundle, where mermaid's DOMPurify is src/io/lazy-dompurify.ts. */
declare const __ARCHGATE_LAZY_DOM__: boolean | undefined;
const lazyDom = typeof __ARCHGATE_LAZY_DOM__ !== 'undefined' && __ARCHGATE_LAZY_DOM__;

let mermaidPromise: Promise<MermaidApi> | null = null;
let domPromise: Promise<void> | null = null;
let queue: Promise<unknown> = Promise.resolve();

async function attachDom(): Promise<void> {
  const { Window } = await import('happy-dom');
  const g = globalThis as Record<string, unknown>;
  if (!g.window) {
    const win = new Window();
    g.window = win;
    g.document = win.document;
  }
  if (lazyDom) (await import('./lazy-dompurify.js')).attachDom(g.window);
}

async function loadMermaid(): Promise<MermaidApi> {
  // From source, mermaid's own DOMPurify takes the DOM it finds at import: attach it first.
  if (!lazyDom) await (domPromise ??= attachDom());
  const mermaid = ((await import('mermaid')) as unknown as { default: MermaidApi }).default;
  mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });
  return mermaid;
}

/**
 * A label DOMPurify needs its DOM for (NeedsDom), or a DOM object missing. Mermaid's own errors
 * (a syntax error, a db's complaint) are the same with a DOM: every label sanitized before them
 * came back exactly as DOMPurify returns it, so a broken block does not load happy-dom.
 */
const mayBeTheMissingDom = (error: unknown) => error instanceof Error && ['NeedsDom', 'TypeError', 'ReferenceError'].includes(error.name);

/** Mermaid's error as plain data (it crosses a thread and may be kept in a cache). */
export function verdictFrom(error: unknown): MermaidVerdict {
  const e = error as { message?: string; hash?: { loc?: { first_line?: number } } };
  const line = e?.hash?.loc?.first_line;
  return { message: String(e?.message ?? error), ...(typeof line === 'number' ? { line } : {}) };
}

type Outcome = { error: unknown } | null;

async function outcome(mermaid: MermaidApi, code: string): Promise<Outcome> {
  try {
    await mermaid.parse(code);
    return null;
  } catch (error) {
    return { error };
  }
}

/**
 * One parse, first with copy-on-write views of mermaid's configuration (src/io/mermaid-config-copies.ts;
 * in the bundle only), and again with mermaid's real copies when that parse failed after it was
 * served a view: a failure may then be the view's, and only real copies have the last word.
 */
async function parseOnce(mermaid: MermaidApi, code: string): Promise<Outcome> {
  configCopies.fast = true;
  configCopies.served = 0;
  let fast: Outcome;
  try {
    fast = await outcome(mermaid, code);
  } finally {
    configCopies.fast = false;
  }
  if (!fast || !configCopies.served) return fast;
  return outcome(mermaid, code);
}

/**
 * parseOnce, and again once mermaid's real renderers are attached when the parse used one of their
 * stand-ins (src/io/renderer-stand-ins.ts; in the bundle only): counted, so caught even if mermaid
 * caught the stand-in's error.
 */
async function parseWhole(mermaid: MermaidApi, code: string): Promise<Outcome> {
  const used = standIns.used;
  const first = await parseOnce(mermaid, code);
  if (standIns.used === used || renderersAttached()) return first;
  await attachRenderers();
  return parseOnce(mermaid, code);
}

/**
 * Loads mermaid's core (detection, configuration, the parse pipeline) ahead of the first block.
 * Each kind of diagram's parser loads with the first block of that kind: a document with only
 * sequence diagrams never loads the flowchart's.
 */
export function loadMermaidEarly(): void {
  mermaidPromise ??= loadMermaid();
  mermaidPromise.catch(() => undefined);
}

/** Mermaid's own verdict on one block's code. Calls run one at a time (mermaid keeps state per diagram type). */
export function askMermaid(code: string): Promise<MermaidVerdict> {
  const run = queue.then(async () => {
    mermaidPromise ??= loadMermaid();
    const mermaid = await mermaidPromise;
    const first = await parseWhole(mermaid, code);
    if (!first) return null;
    if (!lazyDom || domPromise || !mayBeTheMissingDom(first.error)) return verdictFrom(first.error);
    // Without a DOM, this error may be the missing DOM's: mermaid with a DOM has the last word.
    await (domPromise ??= attachDom());
    const second = await parseWhole(mermaid, code);
    return second && verdictFrom(second.error);
  });
  queue = run.catch(() => undefined);
  return run;
}
