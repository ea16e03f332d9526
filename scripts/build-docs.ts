// Writes the generated docs, the config schema (see src/docs/render-docs.ts) and the precompiled report templates.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { renderDocs } from '../src/docs/render-docs.js';
import { PRECOMPILED_NAMES, renderPrecompiledTemplates } from '../src/report/precompile-templates.js';

const files = renderDocs();
// Rule pages of rules that no longer exist go away.
for (const name of readdirSync('docs/rules', { withFileTypes: true })) {
  const rel = `docs/rules/${name.name}`;
  if (name.isFile() && !files.has(rel)) rmSync(rel);
}
for (const [rel, text] of files) {
  mkdirSync(path.dirname(rel), { recursive: true });
  writeFileSync(rel, text);
}
writeFileSync('src/report/precompiled-templates.ts', renderPrecompiledTemplates(PRECOMPILED_NAMES.map((n) => [n, readFileSync(path.join('templates', n), 'utf8')])));
console.log(`wrote ${files.size + 1} files`);
