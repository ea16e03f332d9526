// The one build: bundles the CLI (and, once it exists, the Action) into dist/.
import { build } from 'esbuild';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

// ARCHGATE_BUILD_DIR and ARCHGATE_BUILD_PLAIN=1 (unminified, names kept) serve
// bench/profile-startup.ts, whose CPU profiles must name functions; the shipped build is dist/.
const outdir = process.env.ARCHGATE_BUILD_DIR ?? 'dist';
const plain = process.env.ARCHGATE_BUILD_PLAIN === '1';
// Old chunks would linger: start from an empty folder.
rmSync(outdir, { recursive: true, force: true });

const requireShim = "import { createRequire as __archgateCreateRequire } from 'node:module'; const require = __archgateCreateRequire(import.meta.url);";

const entries = [
  { in: 'src/cli.ts', out: 'dist/cli.js' },
  { in: 'src/index.ts', out: 'dist/index.js' },
  // Loads mermaid on a second thread while the main one parses (src/io/mermaid-validator.ts).
  { in: 'src/mermaid-worker.ts', out: 'dist/mermaid-worker.js' },
].filter((e) => existsSync(e.in));

// Mermaid's "dompurify" becomes src/io/lazy-dompurify.ts, which needs no DOM for most labels:
// mermaid then loads without happy-dom, which loads only for a block that needs it.
const shim = path.resolve('src/io/lazy-dompurify.ts');
const lazyDompurify = {
  name: 'lazy-dompurify',
  setup(b) {
    b.onResolve({ filter: /^dompurify$/ }, (args) => (args.importer === shim ? undefined : { path: shim }));
  },
};

// RE2 (config patterns only) becomes src/io/lazy-re2js.ts, which evaluates it on first use.
const re2Shim = path.resolve('src/io/lazy-re2js.ts');
const lazyRe2 = {
  name: 'lazy-re2js',
  setup(b) {
    b.onResolve({ filter: /^re2js$/ }, (args) => (args.importer === re2Shim ? undefined : { path: re2Shim }));
  },
};

// One build with code splitting: mermaid and happy-dom (most of the size) sit in chunks that
// load only when a document has a mermaid block. The shebang goes on the CLI entry alone.
await build({
  entryPoints: Object.fromEntries(entries.map((e) => [e.out.replace(/^dist\/|\.js$/g, ''), e.in])),
  outdir,
  bundle: true,
  splitting: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  minify: !plain,
  keepNames: plain,
  chunkNames: 'chunks/[name]-[hash]',
  banner: { js: requireShim },
  legalComments: 'none',
  plugins: [lazyDompurify, lazyRe2],
  define: { __ARCHGATE_LAZY_DOM__: 'true' },
  logLevel: 'warning',
});
const cli = path.join(outdir, 'cli.js');
writeFileSync(cli, '#!/usr/bin/env node\n' + readFileSync(cli, 'utf8'));
