// Two builds of the CLI side by side on corpus pairs, paired and interleaved (each build once per
// round, the order rotated), with the load recorded: what one change saved, measured.
//
//   npx tsx bench/compare-builds.ts OLD_DIST NEW_DIST [pair numbers, default 09,07] [--rounds N] [--node BIN]
import path from 'node:path';
import { corpusPairs } from '../test/helpers.js';
import { interleaved, LoadLog, median, pairedRatios, range, type Tool } from './measure.js';

const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args.splice(i, 2)[1] : undefined;
};
const ROUNDS = Number(flag('--rounds') ?? 7);
const NODE = flag('--node') ?? process.execPath;
const [oldDist, newDist, pairList = '09,07'] = args;
const PAIRS = pairList.split(',').map((s) => s.trim().padStart(2, '0'));

const load = new LoadLog();
console.log(`| pair | old wall | new wall | new / old wall | new / old CPU | old CPU | new CPU |`);
console.log('|---|---|---|---|---|---|---|');
const all: { wall: number[]; cpu: number[] } = { wall: [], cpu: [] };
for (const pair of corpusPairs().filter((p) => PAIRS.includes(p.name.slice(0, 2)))) {
  const cli = ['check', pair.dir, ...pair.prd.flatMap((p) => ['--prd', p]), ...pair.architecture.flatMap((p) => ['--architecture', p]), '--format', 'json'];
  const tool = (name: string, dist: string): Tool => ({ name, cmd: NODE, args: [path.resolve(dist, 'cli.js'), ...cli], env: { ARCHGATE_CACHE: 'off' } });
  const [before, after] = interleaved([tool('old', oldDist), tool('new', newDist)], ROUNDS, load);
  const wall = pairedRatios(after, before, 'wallMs');
  const cpu = pairedRatios(after, before, 'cpuMs');
  all.wall.push(median(wall));
  all.cpu.push(median(cpu));
  const ms = (rs: { wallMs: number }[]) => `${median(rs.map((r) => r.wallMs)).toFixed(0)} ms`;
  const cpuMs = (rs: { cpuMs: number }[]) => `${median(rs.map((r) => r.cpuMs)).toFixed(0)} ms`;
  console.log(`| ${pair.name} | ${ms(before)} | ${ms(after)} | ${median(wall).toFixed(2)} (${range(wall)}) | ${median(cpu).toFixed(2)} (${range(cpu)}) | ${cpuMs(before)} | ${cpuMs(after)} |`);
}
console.log(`\nMedian over pairs: new / old wall ${median(all.wall).toFixed(2)}, CPU ${median(all.cpu).toFixed(2)}; ${ROUNDS} rounds; node ${NODE === process.execPath ? process.version : NODE}. Load: ${load.describe()}.`);
