// Two builds of the CLI side by side on big doc sets (realistic and synthetic, as npm run bench's
// scale section builds them), paired and interleaved, with the load recorded: what a change did
// to wall time, CPU and peak memory at a size.
//
//   npx tsx bench/compare-scale.ts OLD_DIST NEW_DIST [sizes in MB, default 1,10] [--rounds N] [--kinds realistic,synthetic]
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { corpusPairs } from '../test/helpers.js';
import { realisticDocSet } from './realistic.js';
import { syntheticDocSet } from './synthetic.js';
import { benchTempDir, interleaved, LoadLog, median, pairedRatios, range, type Run, type Tool } from './measure.js';

const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args.splice(i, 2)[1] : undefined;
};
const ROUNDS = Number(flag('--rounds') ?? 3);
const KINDS = (flag('--kinds') ?? 'realistic').split(',');
const [oldDist, newDist, sizeList = '1,10'] = args;
const WORK = benchTempDir('archgate-compare-scale-');

const load = new LoadLog();
console.log('| doc set | old wall | new wall | new / old wall | old CPU | new CPU | new / old CPU | old peak | new peak |');
console.log('|---|---|---|---|---|---|---|---|---|');
const pairs = corpusPairs();
for (const mb of sizeList.split(',').map(Number)) {
  for (const kind of KINDS) {
    const set = kind === 'synthetic' ? syntheticDocSet(mb * 1e6) : realisticDocSet(pairs, mb * 1e6);
    const dir = path.join(WORK, `${kind}-${mb}`);
    mkdirSync(path.join(dir, 'docs'), { recursive: true });
    mkdirSync(path.join(dir, '.github'), { recursive: true });
    // The parse limit lifted, as the scale section does: the question is how long, not whether it stops.
    writeFileSync(path.join(dir, '.github/archgate.yml'), 'limits:\n  parseSeconds: 3600\n');
    writeFileSync(path.join(dir, 'docs/prd.md'), set.prd);
    writeFileSync(path.join(dir, 'docs/architecture.md'), set.architecture);
    const tool = (name: string, dist: string): Tool => ({ name, cmd: process.execPath, args: ['--max-old-space-size=4096', path.resolve(dist, 'cli.js'), 'check', dir, '--format', 'json'], env: { ARCHGATE_CACHE: 'off' } });
    const [before, after] = interleaved([tool('old', oldDist), tool('new', newDist)], ROUNDS, load);
    const s = (rs: Run[], key: 'wallMs' | 'cpuMs') => `${(median(rs.map((r) => r[key])) / 1000).toFixed(1)} s`;
    const peak = (rs: Run[]) => `${Math.max(...rs.map((r) => r.peakMb)).toFixed(0)} MB`;
    const wall = pairedRatios(after, before, 'wallMs');
    const cpu = pairedRatios(after, before, 'cpuMs');
    console.log(`| ${kind} ${mb} MB | ${s(before, 'wallMs')} | ${s(after, 'wallMs')} | ${median(wall).toFixed(2)} (${range(wall)}) | ${s(before, 'cpuMs')} | ${s(after, 'cpuMs')} | ${median(cpu).toFixed(2)} (${range(cpu)}) | ${peak(before)} | ${peak(after)} |`);
  }
}
console.log(`\n${ROUNDS} rounds, medians (paired ranges); peak is the largest over rounds. Load: ${load.describe()}.`);
