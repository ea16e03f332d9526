// Writes the generated docs and the config schema (see src/docs/render-docs.ts).
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { renderDocs } from '../src/docs/render-docs.js';

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
console.log(`wrote ${files.size} files`);
