import path from 'node:path';
import { buildSync, type BuildOptions } from 'esbuild';
import { ROOT } from '../test/helpers.js';

// What the benchmarks compare archgate with is bundled as archgate is (minified ESM for node 20),
// so both sides pay the same kind of start-up.
export const LIKE_ARCHGATE: BuildOptions = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  minify: true,
  logLevel: 'warning',
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
};

/** The floor: read + fromMarkdown with archgate's micromark extensions (bench/bare-parse.ts), bundled to `outfile`. */
export function buildFloor(outfile: string): string {
  buildSync({ ...LIKE_ARCHGATE, entryPoints: [path.join(ROOT, 'bench/bare-parse.ts')], outfile });
  return outfile;
}
