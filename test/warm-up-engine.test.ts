import { describe, expect, it } from 'vitest';
import { checkDocSet } from '../src/engine/engine.js';
import { resolveConfig } from '../src/config/resolve-config.js';
import { starterDocSet, warmUpEngine, WARM_UP_PIECES } from '../src/action/warm-up-engine.js';

// While GitHub answers the Action's first read, the engine runs once on archgate's own starter
// documents (its first run in a process is the slow one). Counted: the pieces it runs.

describe('warming the engine up while GitHub answers', () => {
  it('runs every piece on the starter documents while the wait lasts: the real engine on real documents, not an empty run', async () => {
    expect(await warmUpEngine(() => false)).toBe(WARM_UP_PIECES);
    const result = checkDocSet(starterDocSet(), resolveConfig({}).engine);
    expect(result.requirements.filter((r) => r.kind === 'nfr').map((r) => r.id)).toEqual(['NFR1', 'NFR2', 'NFR3', 'NFR4', 'NFR5']);
    expect(result.prdFiles).toEqual(['docs/prd.md']);
    expect(result.architectureFiles).toEqual(['docs/architecture.md']);
  });

  it('stops between pieces once the answer is there: an early answer waits for one piece at most', async () => {
    let pieces = 0;
    expect(await warmUpEngine(() => pieces++ >= 1)).toBe(1);
    expect(await warmUpEngine(() => true)).toBe(0);
  });

  it('runs no piece when the answer came while the thread was busy: its I/O is seen first', async () => {
    // The answer's headers, as the event loop hands them over once the thread is free (loading the engine held it).
    let answered = false;
    setImmediate(() => void (answered = true));
    expect(await warmUpEngine(() => answered)).toBe(0);
  });
});
