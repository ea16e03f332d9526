import module from 'node:module';

/**
 * Keeps V8's compiled code of the modules loaded from now on in `dir` between runs (node >= 22.1;
 * node 20 has no such API and this does nothing). Per thread: a worker calls it too.
 */
export function enableCompileCacheIn(dir: string | null): void {
  const enable = (module as { enableCompileCache?: (dir: string) => unknown }).enableCompileCache;
  if (dir && enable) enable(dir);
}
