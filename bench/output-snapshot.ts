// Everything the engine says about every corpus pair, as one JSON file: run it before and after a
// speed change and compare the files byte for byte (a faster engine must say exactly the same).
//
//   npx tsx bench/output-snapshot.ts /tmp/before.json
//   ...change...
//   npx tsx bench/output-snapshot.ts /tmp/after.json && cmp /tmp/before.json /tmp/after.json
import { writeFileSync } from 'node:fs';
import { corpusPairs } from '../test/helpers.js';
import { readDocSet } from '../src/io/read-doc-set.js';
import { checkDocSet } from '../src/engine/engine.js';
import { resolveConfig } from '../src/config/resolve-config.js';

const outfile = process.argv[2];
if (!outfile) throw new Error('usage: tsx bench/output-snapshot.ts OUTFILE');
// Recommended is what users run; strict turns every rule on, so every rule's output is compared.
const presets = ['recommended', 'strict'] as const;
const configs = presets.map((preset) => resolveConfig({ preset }, undefined, '2026-01-01').engine);
const results: Record<string, unknown> = {};
for (const pair of corpusPairs()) {
  const input = readDocSet(pair.dir, { name: pair.name, prd: pair.prd, architecture: pair.architecture });
  presets.forEach((preset, i) => (results[`${pair.name} ${preset}`] = checkDocSet(input, configs[i])));
}
writeFileSync(outfile, JSON.stringify(results, null, 1));
console.log(`${Object.keys(results).length} results written to ${outfile}`);
