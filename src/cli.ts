import { nodeMermaidValidator } from './io/mermaid-validator.js';
import { defaultCacheDir } from './io/verdict-cache.js';
import { checkMayMeetMermaid } from './cli/peek-mermaid.js';
import { warmUpCheckWorker } from './io/bounded-check.js';

// A check of documents with mermaid blocks starts loading mermaid on its worker thread first
// thing, before the CLI's own modules load and the documents are parsed, unless every block's
// verdict is kept from an earlier run (then mermaid does not load at all).
const argv = process.argv.slice(2);
nodeMermaidValidator.keepVerdictsIn(defaultCacheDir(process.env));
if (argv[0] === 'check' && checkMayMeetMermaid(argv, (code) => !!nodeMermaidValidator.verdicts.known(code))) nodeMermaidValidator.warmUp();
// The check worker boots and loads the engine meanwhile, on its own thread.
if (argv[0] === 'check') warmUpCheckWorker();
const { run } = await import('./cli/cli-main.js');
process.exitCode = await run(argv, { stdout: process.stdout, stderr: process.stderr, env: process.env });
