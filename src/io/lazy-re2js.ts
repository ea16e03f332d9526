import type { RE2JS as RealRE2JS } from 're2js';

// RE2JS in the bundle (scripts/build.mjs points every other "re2js" import here). RE2 runs only
// the patterns a config writes (src/engine/linear-regexp.ts), yet evaluating its module builds
// its Unicode tables (importing it: about 10 ms of CPU on node 24), pattern or not. Required
// here (esbuild wraps a required module so that it runs when first required), it is evaluated
// on first use: the first pattern compiled, in the same synchronous call. In the Action's chunks
// and the CLI, that require reads dist/vendor/re2js.cjs (scripts/build.mjs), so RE2's code is not
// even compiled on a run without patterns. Bundle only: under the sources (tests), the engine
// imports re2js itself.

let real: typeof RealRE2JS | null = null;
const load = (): typeof RealRE2JS => (real ??= (require('re2js') as { RE2JS: typeof RealRE2JS }).RE2JS);

/** RE2JS itself, loaded on its first use: each static is the real one, called on the real class. */
export const RE2JS = new Proxy({} as typeof RealRE2JS, {
  get(_, key) {
    const value = Reflect.get(load(), key) as unknown;
    return typeof value === 'function' ? value.bind(load()) : value;
  },
});
