import { describe, expect, it } from 'vitest';
import { BIG_READ_CHARS, boundHeapGrowth } from '../src/io/heap-growth.js';

// Whether the heap's growth is bounded is decided by how much a run reads; the flag itself is
// V8's (its effect measured in bench/, not here: a test does not time or size the process).
describe('the heap growth of a big run', () => {
  it('grows by half between full collections from 4 MB of documents, once per process', () => {
    const set: string[] = [];
    expect(boundHeapGrowth(BIG_READ_CHARS - 1, (flags) => set.push(flags))).toBe(false);
    expect(set).toEqual([]);
    expect(boundHeapGrowth(BIG_READ_CHARS, (flags) => set.push(flags))).toBe(true);
    expect(boundHeapGrowth(BIG_READ_CHARS * 10, (flags) => set.push(flags))).toBe(false);
    expect(set).toEqual(['--heap-growing-percent=50']);
  });
});
