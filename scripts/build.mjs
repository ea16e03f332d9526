// The one build: bundles the CLI (and, once it exists, the Action) into dist/.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';

const requireShim = "import { createRequire as __archgateCreateRequire } from 'node:module'; const require = __archgateCreateRequire(import.meta.url);";

const entries = [
  { in: 'src/cli.ts', out: 'dist/cli.js', banner: `#!/usr/bin/env node\n${requireShim}` },
  { in: 'src/index.ts', out: 'dist/index.js', banner: requireShim },
].filter((e) => existsSync(e.in));

for (const e of entries) {
  await build({
    entryPoints: [e.in],
    outfile: e.out,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    banner: { js: e.banner },
    legalComments: 'none',
    logLevel: 'warning',
  });
}
