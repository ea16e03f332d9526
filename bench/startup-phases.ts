// Where a small pair's wall time goes, by subtraction between whole processes run paired and
// interleaved (each once per round, the order rotated): `node -e 0` (node's own start), the
// floor (read + parse, bundled like archgate), `archgate --version` (node's start plus loading
// every module a check loads), and `archgate check`. The differences: module loading, and the
// check itself (config, read, parse, rules, report, exit). Wall and CPU (user + system, all
// threads: a busy machine stretches wall time far more than CPU). Not a test: it reads clocks.
//
//   npx tsx bench/startup-phases.ts [pair numbers, default 09,07,18] [--rounds N] [--dist DIR] [--node BIN]
import { buildFloor } from './bundle-like-archgate.js';
import path from 'node:path';
import { corpusPairs, ROOT } from '../test/helpers.js';
import { benchTempDir, interleaved, LoadLog, median, range, type Run, type Tool } from './measure.js';

const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args.splice(i, 2)[1] : undefined;
};
const ROUNDS = Number(flag('--rounds') ?? 7);
const DIST = path.resolve(flag('--dist') ?? path.join(ROOT, 'dist'));
const NODE = flag('--node') ?? process.execPath;
const PAIRS = (args[0] ?? '09,07,18').split(',').map((s) => s.trim().padStart(2, '0'));

const work = benchTempDir('archgate-phases-');
const floor = buildFloor(path.join(work, 'bare-parse.mjs'));

const load = new LoadLog();
const diff = (a: Run[], b: Run[], key: 'wallMs' | 'cpuMs' = 'wallMs') => a.map((r, i) => r[key] - b[i][key]);
console.log(`| pair | measure | node -e 0 | floor | archgate --version | archgate check | module loading (version − node) | the check (check − version) | archgate − floor | archgate / floor |`);
console.log('|---|---|---|---|---|---|---|---|---|---|');
for (const pair of corpusPairs().filter((p) => PAIRS.includes(p.name.slice(0, 2)))) {
  const files = [...pair.prd, ...pair.architecture];
  const env = { ARCHGATE_CACHE: 'off' };
  const tools: Tool[] = [
    { name: 'node', cmd: NODE, args: ['-e', '0'] },
    { name: 'floor', cmd: NODE, args: [floor, ...files.map((f) => path.join(pair.dir, f))] },
    { name: 'version', cmd: NODE, args: [path.join(DIST, 'cli.js'), '--version'], env },
    { name: 'check', cmd: NODE, args: [path.join(DIST, 'cli.js'), 'check', pair.dir, ...pair.prd.flatMap((p) => ['--prd', p]), ...pair.architecture.flatMap((p) => ['--architecture', p]), '--format', 'json'], env },
  ];
  const [bare, parse, version, check] = interleaved(tools, ROUNDS, load);
  const cell = (xs: number[]) => `${median(xs).toFixed(0)} (${range(xs, 0)})`;
  for (const key of ['wallMs', 'cpuMs'] as const) {
    const ms = (rs: Run[]) => median(rs.map((r) => r[key])).toFixed(0);
    const ratio = check.map((r, i) => r[key] / parse[i][key]);
    console.log(`| ${pair.name} | ${key === 'wallMs' ? 'wall' : 'CPU'} | ${ms(bare)} | ${ms(parse)} | ${ms(version)} | ${ms(check)} | ${cell(diff(version, bare, key))} | ${cell(diff(check, version, key))} | ${cell(diff(check, parse, key))} | ${median(ratio).toFixed(2)} (${range(ratio)}) |`);
  }
}
console.log(`\nWall ms, median (range) of ${ROUNDS} paired rounds; node ${NODE === process.execPath ? process.version : NODE}; ${DIST}. Load: ${load.describe()}.`);
