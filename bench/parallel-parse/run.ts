// Goal 3 of issue 16, measured: is parsing the PRD and the architecture on two threads at once a
// win over one thread, whole processes, paired and interleaved, with the load recorded?
//
//   npx tsx bench/parallel-parse/run.ts [pair numbers, default 09,07,14,23,24] [--rounds N]
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildSync } from 'esbuild';
import { LIKE_ARCHGATE } from '../bundle-like-archgate.js';
import { corpusPairs, ROOT } from '../../test/helpers.js';
import { interleaved, LoadLog, median, pairedRatios, range, type Tool } from '../measure.js';

const args = process.argv.slice(2);
const r = args.indexOf('--rounds');
const ROUNDS = r >= 0 ? Number(args.splice(r, 2)[1]) : 7;
const PAIRS = (args[0] ?? '09,07,14,23,24').split(',').map((s) => s.trim().padStart(2, '0'));
const out = mkdtempSync(path.join(os.tmpdir(), 'parallel-parse-'));
const here = path.join(ROOT, 'bench/parallel-parse');
// Bundled as archgate is (minified ESM), so both variants pay the same kind of start-up.
buildSync({
  ...LIKE_ARCHGATE,
  entryPoints: ['sequential.ts', 'two-threads.ts', 'parse-worker.ts'].map((f) => path.join(here, f)),
  outdir: out,
  outExtension: { '.js': '.mjs' },
});
const load = new LoadLog();
console.log('| pair | KB (PRD + architecture) | one thread wall | two threads wall (clone) | two / one wall (clone) | two / one CPU (clone) | two / one wall (JSON) | two / one CPU (JSON) |');
console.log('|---|---|---|---|---|---|---|---|');
try {
  for (const pair of corpusPairs().filter((p) => PAIRS.includes(p.name.slice(0, 2)))) {
    if (pair.prd.length !== 1 || pair.architecture.length !== 1) continue;
    const files = [path.join(pair.dir, pair.prd[0]), path.join(pair.dir, pair.architecture[0])];
    const tool = (name: string, script: string, env: Record<string, string> = {}): Tool => ({ name, cmd: process.execPath, args: [path.join(out, script), ...files], env });
    const [one, clone, json] = interleaved([tool('one', 'sequential.mjs'), tool('clone', 'two-threads.mjs'), tool('json', 'two-threads.mjs', { HAND_BACK: 'json' })], ROUNDS, load);
    const kb = files.map((f) => Math.round(statSync(f).size / 1024)).join(' + ');
    const cell = (xs: number[]) => `${median(xs).toFixed(2)} (${range(xs)})`;
    console.log(`| ${pair.name} | ${kb} | ${median(one.map((x) => x.wallMs)).toFixed(0)} ms | ${median(clone.map((x) => x.wallMs)).toFixed(0)} ms | ${cell(pairedRatios(clone, one, 'wallMs'))} | ${cell(pairedRatios(clone, one, 'cpuMs'))} | ${cell(pairedRatios(json, one, 'wallMs'))} | ${cell(pairedRatios(json, one, 'cpuMs'))} |`);
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}
console.log(`\n${ROUNDS} rounds; node ${process.version}. Load: ${load.describe()}.`);

