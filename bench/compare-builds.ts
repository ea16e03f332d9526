// Two builds of the CLI side by side on corpus pairs, paired and interleaved (each build once per
// round, the order rotated), with the load recorded: what one change saved, measured.
//
//   npx tsx bench/compare-builds.ts OLD_DIST NEW_DIST [pair numbers, default 09,07] [--rounds N] [--node BIN] [--mdl]
//
// --mdl runs markdownlint-cli2 in the same rounds too, and adds each build's paired wall ratio to it.
// --process-cpu reads each archgate run's CPU from the process itself as it exits (bench/cpu-at-exit.mjs,
// microseconds) instead of /usr/bin/time's hundredths: a start-up change saves a few milliseconds.
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
const MDL_AT = args.indexOf('--mdl');
const WITH_MDL = MDL_AT >= 0 && args.splice(MDL_AT, 1).length > 0;
const CPU_AT = args.indexOf('--process-cpu');
const PROCESS_CPU = CPU_AT >= 0 && args.splice(CPU_AT, 1).length > 0;
const MDL = path.resolve('node_modules/markdownlint-cli2/markdownlint-cli2-bin.mjs');
const [oldDist, newDist, pairList = '09,07'] = args;
const PAIRS = pairList.split(',').map((s) => s.trim().padStart(2, '0'));

const load = new LoadLog();
const mdlHead = WITH_MDL ? ' old / mdl wall | new / mdl wall |' : '';
console.log(`| pair | old wall | new wall | new / old wall | new / old CPU | old CPU | new CPU |${mdlHead}`);
console.log(`|---|---|---|---|---|---|---|${WITH_MDL ? '---|---|' : ''}`);
const all: { wall: number[]; cpu: number[]; oldMdl: number[]; newMdl: number[] } = { wall: [], cpu: [], oldMdl: [], newMdl: [] };
for (const pair of corpusPairs().filter((p) => PAIRS.includes(p.name.slice(0, 2)))) {
  const cli = ['check', pair.dir, ...pair.prd.flatMap((p) => ['--prd', p]), ...pair.architecture.flatMap((p) => ['--architecture', p]), '--format', 'json'];
  const tool = (name: string, dist: string): Tool => ({ name, cmd: NODE, args: [...(PROCESS_CPU ? ['--import', path.resolve('bench/cpu-at-exit.mjs')] : []), path.resolve(dist, 'cli.js'), ...cli], env: { ARCHGATE_CACHE: 'off' } });
  const mdl: Tool = { name: 'markdownlint-cli2', cmd: NODE, args: [MDL, ...pair.prd, ...pair.architecture], cwd: pair.dir };
  const [before, after, peer] = interleaved([tool('old', oldDist), tool('new', newDist), ...(WITH_MDL ? [mdl] : [])], ROUNDS, load);
  const wall = pairedRatios(after, before, 'wallMs');
  const cpu = pairedRatios(after, before, 'cpuMs');
  all.wall.push(median(wall));
  all.cpu.push(median(cpu));
  const ms = (rs: { wallMs: number }[]) => `${median(rs.map((r) => r.wallMs)).toFixed(0)} ms`;
  const cpuMs = (rs: { cpuMs: number }[]) => `${median(rs.map((r) => r.cpuMs)).toFixed(PROCESS_CPU ? 1 : 0)} ms`;
  let mdlCells = '';
  if (peer) {
    const [oldMdl, newMdl] = [pairedRatios(before, peer, 'wallMs'), pairedRatios(after, peer, 'wallMs')];
    all.oldMdl.push(median(oldMdl));
    all.newMdl.push(median(newMdl));
    mdlCells = ` ${median(oldMdl).toFixed(2)} (${range(oldMdl)}) | ${median(newMdl).toFixed(2)} (${range(newMdl)}) |`;
  }
  console.log(`| ${pair.name} | ${ms(before)} | ${ms(after)} | ${median(wall).toFixed(2)} (${range(wall)}) | ${median(cpu).toFixed(PROCESS_CPU ? 3 : 2)} (${range(cpu)}) | ${cpuMs(before)} | ${cpuMs(after)} |${mdlCells}`);
}
const mdlSummary = WITH_MDL ? `; beside markdownlint-cli2 (wall): old ${median(all.oldMdl).toFixed(2)}, new ${median(all.newMdl).toFixed(2)}` : '';
console.log(`\nMedian over pairs: new / old wall ${median(all.wall).toFixed(2)}, CPU ${median(all.cpu).toFixed(PROCESS_CPU ? 3 : 2)}${PROCESS_CPU ? ' (CPU read by each process at exit)' : ''}${mdlSummary}; ${ROUNDS} rounds; node ${NODE === process.execPath ? process.version : NODE}. Load: ${load.describe()}.`);
