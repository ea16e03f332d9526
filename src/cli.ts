import module from 'node:module';
import path from 'node:path';
import { defaultCacheDir } from './io/cache-dir.js';

// Only what must come first is imported statically: every chunk loaded after this point can use
// the compile cache, and mermaid's worker starts before the CLI's own modules load.
const argv = process.argv.slice(2);
const cacheDir = defaultCacheDir(process.env);
// Node ≥ 22.1 keeps V8's compiled code between runs, so archgate's chunks load without being
// compiled again (node 20 has no such API). ARCHGATE_CACHE=off keeps nothing on disk.
const enableCompileCache = (module as { enableCompileCache?: (dir: string) => unknown }).enableCompileCache;
if (cacheDir && enableCompileCache) enableCompileCache(path.join(cacheDir, 'v8'));

// A check of documents with mermaid blocks starts loading mermaid on its worker thread first
// thing, before the documents are parsed, unless every block's verdict is kept from an earlier
// run (then mermaid does not load at all).
const { nodeMermaidValidator } = await import('./io/mermaid-validator.js');
nodeMermaidValidator.keepVerdictsIn(cacheDir);
if (argv[0] === 'check') {
  const { checkMayMeetMermaid } = await import('./cli/peek-mermaid.js');
  if (checkMayMeetMermaid(argv, (code) => !!nodeMermaidValidator.verdicts.known(code))) nodeMermaidValidator.warmUp();
}
const { run } = await import('./cli/cli-main.js');
process.exitCode = await run(argv, { stdout: process.stdout, stderr: process.stderr, env: process.env });
