import vm from 'node:vm';
import v8 from 'node:v8';

// Memory counted, not timed: bytes a structure adds to the heap, read after full collections
// (gc exposed from inside the test process; vitest runs each file in a process of its own).

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

/** The most full collections one reading takes: the heap has always settled well before. */
const MAX_COLLECTIONS = 12;

/**
 * The live heap: full collections until two in a row free nothing more. Right after a big step two are
 * not always enough (weakly held code and caches go in a third), and what they leave would be
 * counted as held (bench/memory-phases.ts collects the same way). One collection that frees
 * nothing was not enough either: a reading stopped there with 2.1 MB and 8.1 MB of garbage left,
 * freed by the next reading's collections; now two in a row must free nothing.
 */
export function heapUsed(): number {
  let least = Infinity;
  let idle = 0;
  for (let i = 0; i < MAX_COLLECTIONS; i++) {
    gc();
    const used = v8.getHeapStatistics().used_heap_size;
    if (used < least) {
      least = used;
      idle = 0;
    } else if (++idle === 2) return least;
  }
  return least;
}

/** What `make` returns, and the bytes it still holds once everything else it made is collected. */
export function heldBytes<T>(make: () => T): { value: T; bytes: number } {
  const before = heapUsed();
  const value = make();
  return { value, bytes: heapUsed() - before };
}

/**
 * The reading with the fewest bytes of `readings`, after one unread warm-up (by default a reading
 * itself). What the code under test holds is the same in every reading; what lands in the heap
 * beside it only ever adds: code compiled on first use or in the background (more of it on a
 * loaded runner), a cache filled once, garbage of an earlier step that one reading still frees.
 */
export function leastOf<T extends { bytes: number }>(read: () => T, readings = 3, warmUp: () => unknown = read): T {
  warmUp();
  let least = read();
  for (let i = 1; i < readings; i++) {
    const next = read();
    if (next.bytes < least.bytes) least = next;
  }
  return least;
}

/**
 * The middle reading of `readings` (odd), after one unread warm-up. Where a reading can go wrong
 * both ways: up, when it frees garbage of an earlier step too; down, when code compiled or a
 * cache filled during the reading lands in the heap after its "before" (a freed-bytes reading
 * then goes negative, and the least of several picks exactly that one).
 */
export function medianOf<T extends { bytes: number }>(read: () => T, readings = 5, warmUp: () => unknown = read): T {
  warmUp();
  const all = Array.from({ length: readings }, () => read()).sort((x, y) => x.bytes - y.bytes);
  return all[Math.floor(all.length / 2)];
}
