import { guardUnfinishedRun, runFinished } from './cli/unfinished-run.js';
import path from 'node:path';
import { defaultCacheDir } from './io/cache-dir.js';
import { enableCompileCacheIn } from './io/compile-cache.js';
import { compileRegExpsOnFirstUse } from './io/regexp-tier.js';

// First of all: until the run reaches its end, the process fails (src/cli/unfinished-run.ts). The
// built CLI installs this guard in its first line, before node's own modules load.
guardUnfinishedRun();

// Only what must come first is imported statically: every chunk loaded after this point can use
// the compile cache, and mermaid's worker starts before the CLI's own modules load.
const argv = process.argv.slice(2);
const cacheDir = defaultCacheDir(process.env);
// Node ≥ 22.1 keeps V8's compiled code between runs, so archgate's chunks (and mermaid's, on its
// worker) load without being compiled again. ARCHGATE_CACHE=off keeps nothing on disk.
const compileCache = cacheDir && path.join(cacheDir, 'v8');
enableCompileCacheIn(compileCache);
compileRegExpsOnFirstUse();

// A check of documents with mermaid blocks starts loading mermaid on its worker thread first
// thing, before the documents are parsed, unless every block's verdict is kept from an earlier
// run (then mermaid does not load at all).
const { nodeMermaidValidator } = await import('./io/mermaid-validator.js');
nodeMermaidValidator.keepVerdictsIn(cacheDir);
nodeMermaidValidator.compileCacheIn(compileCache);
if (argv[0] === 'check') {
  const { checkMayMeetMermaid } = await import('./cli/peek-mermaid.js');
  if (checkMayMeetMermaid(argv, (code) => !!nodeMermaidValidator.verdicts.known(code))) nodeMermaidValidator.warmUp();
}
// A reader that stops early (`archgate check --format json | head`) closes the pipe: what is left
// of the report has nowhere to go, but the verdict still decides the exit code.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code !== 'EPIPE' && e.code !== 'ERR_STREAM_DESTROYED') throw e;
});
const { run } = await import('./cli/cli-main.js');
runFinished(await run(argv, { stdout: process.stdout, stderr: process.stderr, env: process.env }));
