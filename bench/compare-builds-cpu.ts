// Two builds of the CLI side by side on corpus pairs, as bench/compare-builds.ts, but CPU read to
// the microsecond by the process itself (process.cpuUsage() at exit, all threads, through a
// preloaded module) instead of /usr/bin/time's 10 ms ticks: a change of a few milliseconds in
// start-up drowns in those ticks. Paired and interleaved (each build once per round, the order
// rotated), the load recorded. Not a test: it reads clocks.
//
//   npx tsx bench/compare-builds-cpu.ts OLD_DIST NEW_DIST [pair numbers, default 09,07] [--rounds N] [--node BIN]
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { corpusPairs } from '../test/helpers.js';
import { benchTempDir, LoadLog, median, range } from './measure.js';

const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args.splice(i, 2)[1] : undefined;
};
const ROUNDS = Number(flag('--rounds') ?? 15);
const NODE = flag('--node') ?? process.execPath;
const [OLD, NEW] = args.splice(0, 2).map((d) => path.resolve(d));
const PAIRS = (args[0] ?? '09,07').split(',').map((s) => s.trim().padStart(2, '0'));

const work = benchTempDir('archgate-cpu-');
const out = path.join(work, 'cpu.txt');
const preload = path.join(work, 'cpu-at-exit.mjs');
writeFileSync(preload, `import { appendFileSync } from 'node:fs';\nprocess.on('exit', () => { const u = process.cpuUsage(); appendFileSync(${JSON.stringify(out)}, (u.user + u.system) / 1000 + '\\n'); });\n`);

function cpuMs(dist: string, cli: string[], cwd: string): number {
  rmSync(out, { force: true });
  const r = spawnSync(NODE, ['--import', preload, path.join(dist, 'cli.js'), ...cli], { cwd, env: { ...process.env, ARCHGATE_CACHE: 'off' }, encoding: 'utf8', maxBuffer: 1 << 30 });
  if (r.status !== 0 && r.status !== 1) throw new Error(`compare-builds-cpu: ${dist} exited ${r.status}: ${r.stderr}`);
  return Number(readFileSync(out, 'utf8').trim());
}

const load = new LoadLog();
console.log(`node ${spawnSync(NODE, ['--version'], { encoding: 'utf8' }).stdout.trim()}, ${ROUNDS} rounds; old ${OLD}, new ${NEW}.\n`);
console.log('| pair | old CPU | new CPU | new − old | new / old CPU |');
console.log('|---|---|---|---|---|');
const ratios: number[] = [];
for (const pair of corpusPairs().filter((p) => PAIRS.includes(p.name.slice(0, 2)))) {
  const cli = ['check', '.', ...pair.prd.flatMap((p) => ['--prd', p]), ...pair.architecture.flatMap((p) => ['--architecture', p]), '--format', 'json'];
  const runs: Record<'old' | 'new', number[]> = { old: [], new: [] };
  for (let round = 0; round < ROUNDS; round++) {
    const order = round % 2 ? (['new', 'old'] as const) : (['old', 'new'] as const);
    for (const which of order) {
      load.sample();
      runs[which].push(cpuMs(which === 'old' ? OLD : NEW, cli, pair.dir));
    }
  }
  const paired = runs.new.map((n, i) => n / runs.old[i]);
  const diffs = runs.new.map((n, i) => n - runs.old[i]);
  ratios.push(median(paired));
  console.log(`| ${pair.name} | ${median(runs.old).toFixed(1)} ms | ${median(runs.new).toFixed(1)} ms | ${median(diffs).toFixed(1)} ms (${range(diffs, 1)}) | ${median(paired).toFixed(3)} (${range(paired, 3)}) |`);
}
console.log(`\nMedian over pairs: new / old CPU ${median(ratios).toFixed(3)}. Load: ${load.describe()}.`);
