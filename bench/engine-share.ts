// In process, warm: the CPU time of everything checkDocSet does beyond parsing, as a share of
// parsing the same files, on the largest corpus pairs. `node --cpu-prof` over this script shows
// where that time goes.
//
//   npx tsx bench/engine-share.ts [rounds] [pairs]
import os from 'node:os';
import { corpusPairs, type CorpusPair } from '../test/helpers.js';
import { readDocSet } from '../src/io/read-doc-set.js';
import { checkDocSet } from '../src/engine/engine.js';
import { resolveConfig } from '../src/config/resolve-config.js';
import { median, parseAndBeyond } from './measure.js';
import { statSync } from 'node:fs';
import path from 'node:path';

const rounds = Number(process.argv[2] ?? 5);
const count = Number(process.argv[3] ?? 3);
const size = (p: CorpusPair) => [...p.prd, ...p.architecture].reduce((n, f) => n + statSync(path.join(p.dir, f)).size, 0);
const pairs = corpusPairs()
  .sort((a, b) => size(b) - size(a))
  .slice(0, count);
const config = resolveConfig({}).engine;
const loads: number[] = [];
for (const pair of pairs) {
  const input = readDocSet(pair.dir, { name: pair.name, prd: pair.prd, architecture: pair.architecture });
  checkDocSet(input, config); // warm: JIT
  const parse: number[] = [];
  const check: number[] = [];
  const beyond: number[] = [];
  for (let i = 0; i < rounds; i++) {
    loads.push(os.loadavg()[0]);
    const round = parseAndBeyond(input, config);
    parse.push(round.parseMs);
    check.push(round.checkMs);
    beyond.push(round.beyondShare * 100);
  }
  const pct = (x: number) => `${x.toFixed(0)}%`;
  console.log(`${pair.name} ${(size(pair) / 1024).toFixed(0)} KB: parse ${median(parse).toFixed(0)} ms (${Math.min(...parse).toFixed(0)}–${Math.max(...parse).toFixed(0)}), check ${median(check).toFixed(0)} ms (${Math.min(...check).toFixed(0)}–${Math.max(...check).toFixed(0)}), beyond ${pct(median(beyond))} (${pct(Math.min(...beyond))}–${pct(Math.max(...beyond))}) of parse`);
}
console.log(`1-minute load ${Math.min(...loads).toFixed(2)}–${Math.max(...loads).toFixed(2)} on ${os.cpus().length} cores`);
