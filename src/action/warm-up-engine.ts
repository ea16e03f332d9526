import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildView, checkDocSet } from '../engine/engine.js';
import { parseDoc } from '../engine/document.js';
import { resolveConfig } from '../config/resolve-config.js';
import { templatesDir } from '../cli/templates-dir.js';
import type { DocSetInput } from '../engine/types.js';

// The first check in a process costs about four times the next one: the engine's and the rules'
// code is compiled and their patterns built on first use (measured on the demo docs: 190-215 ms
// CPU cold, 43-51 ms after one check of other documents). The Action's first check is the base
// commit's, right after GitHub answers the first read, and the main thread has nothing to do while
// it waits for that answer: there, the engine runs on archgate's own starter documents (the
// `archgate init` templates), and its results are dropped. Nothing of it reaches a report.

/** The starter documents, as `archgate init` writes them. */
export function starterDocSet(): DocSetInput {
  const dir = templatesDir();
  const text = (file: string) => readFileSync(path.join(dir, file), 'utf8').replaceAll('{{name}}', 'Starter');
  return { name: 'warm-up', prd: [{ path: 'docs/prd.md', text: text('prd.md.hbs') }], architecture: [{ path: 'docs/architecture.md', text: text('architecture.md.hbs') }], missing: [] };
}

export const WARM_UP_PIECES = 4;

/** One turn of the event loop: an answer that came meanwhile is seen. */
const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Warms the engine up in pieces, each taking in what the one before compiled, and stops before a
 * piece once `over()` says the wait is over: an early answer waits for one piece at most, and an
 * answer already in (its I/O not yet seen) for none.
 * A failure is the real check's to meet, not this one's.
 * @returns how many pieces ran (of WARM_UP_PIECES)
 */
export async function warmUpEngine(over: () => boolean): Promise<number> {
  let ran = 0;
  try {
    const input = starterDocSet();
    const config = resolveConfig({}).engine;
    // The parser first (the PRD, then the architecture), then reading the documents, then the rules.
    const pieces = [() => parseDoc('prd', input.prd), () => parseDoc('architecture', input.architecture), () => buildView(input, config), () => checkDocSet(input, config)];
    for (const piece of pieces) {
      // A turn first: an answer that came while this thread was busy (loading the engine, say) is
      // seen before a piece runs for nothing.
      await turn();
      if (over()) break;
      piece();
      ran++;
    }
  } catch {
    // Nothing to report: the check of the real documents runs as it would have.
  }
  return ran;
}
