// Lists every trace/citation-drift finding on the corpus, with the cited and the closer NFR's
// text, so that a person can judge each one (the rule's precision is measured by reading them).
//   node --import tsx scripts/list-drift.ts
import { checkDocSet } from '../src/engine/engine.js';
import { resolveConfig } from '../src/config/resolve-config.js';
import { readDocSet } from '../src/io/read-doc-set.js';
import { corpusPairs } from '../test/helpers.js';

let total = 0;
for (const pair of corpusPairs()) {
  const result = checkDocSet(readDocSet(pair.dir, { name: pair.name, prd: pair.prd, architecture: pair.architecture }), resolveConfig({}).engine);
  for (const f of result.findings.filter((x) => x.rule === 'trace/citation-drift')) {
    total++;
    console.log(`${pair.name} ${f.file}:${f.line}\n  ${f.message}`);
    const ids = [...f.message.matchAll(/cites (\S+)|; (\S+) \(/g)].map((m) => m[1] ?? m[2]);
    for (const id of ids) {
      const q = result.requirements.find((r) => r.id === id);
      if (q) console.log(`  ${id}: ${q.text.slice(0, 200)}`);
    }
  }
}
console.log(`${total} findings`);
