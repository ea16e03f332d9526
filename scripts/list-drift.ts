// Lists every trace/citation-drift finding on the corpus, with the cited and the closer NFR's
// text, so that a person can judge each one (the rule's precision is measured by reading them).
// --corpus=DIR reads the pair folders of DIR (the fresh sets: /work/fresh-corpus) instead of the
// shared corpus; pair prefixes after it keep only those pairs (sets H and I are never to be read:
// name the pairs of the sets you may read, "4 5 6 7 8 90 91 92" for B-G).
//   node --import tsx scripts/list-drift.ts [--corpus=DIR] [pair prefixes to keep...]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { checkDocSet } from '../src/engine/engine.js';
import { resolveConfig } from '../src/config/resolve-config.js';
import { readDocSet } from '../src/io/read-doc-set.js';
import { corpusPairs } from '../test/helpers.js';

const args = process.argv.slice(2);
const corpusDir = args.find((a) => a.startsWith('--corpus='))?.slice('--corpus='.length);
const keep = args.filter((a) => !a.startsWith('--'));

/** The pairs of --corpus=DIR (folders with a pair.json), else the shared corpus. */
function pairs() {
  if (!corpusDir) return corpusPairs();
  const list = (x: string | string[]) => (Array.isArray(x) ? x : [x]);
  return readdirSync(corpusDir)
    .filter((d) => existsSync(path.join(corpusDir, d, 'pair.json')))
    .sort()
    .map((d) => {
      const pair = JSON.parse(readFileSync(path.join(corpusDir, d, 'pair.json'), 'utf8'));
      return { name: d, dir: path.join(corpusDir, d), prd: list(pair.prd), architecture: list(pair.architecture) };
    });
}

let total = 0;
let read = 0;
for (const pair of pairs()) {
  if (keep.length && !keep.some((p) => pair.name.startsWith(`${p}`))) continue;
  read++;
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
console.log(`${total} findings on ${read} pairs`);
