import vm from 'node:vm';
import v8 from 'node:v8';

// Memory counted, not timed: bytes a structure adds to the heap, read after full collections
// (gc exposed from inside the test process; vitest runs each file in a process of its own).

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

export function heapUsed(): number {
  gc();
  gc();
  return v8.getHeapStatistics().used_heap_size;
}

/** What `make` returns, and the bytes it still holds once everything else it made is collected. */
export function heldBytes<T>(make: () => T): { value: T; bytes: number } {
  const before = heapUsed();
  const value = make();
  return { value, bytes: heapUsed() - before };
}
