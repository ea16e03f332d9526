// The young generation's size against the parse's garbage: `archgate check` on corpus pairs under
// node flags that set V8's semi-space (or set it from inside the process, as the Action would have
// to: `runs.using: node24` takes no flags), paired and interleaved, CPU, wall and peak memory, and
// the collections each run made (counted from --trace-gc, not timed).
//
//   npx tsx bench/young-gen.ts [pairs, default 01,14,23,24,09] [--rounds N] [--node BIN] [--dist DIR] [--variants default,16,32,64,set32]
//
// A variant is "default" (no flag), a number (--max-semi-space-size=N), "minN" (--min- and
// --max-semi-space-size=N), or "setN" / "setminN" (v8.setFlagsFromString('--max-semi-space-size=N'),
// and --min- too, first thing, through --import).
//
// Measured on node 20 (pairs 09, 01, 23; 5 rounds; others using 1.3-2 of the 2 cores): a larger
// young generation makes fewer scavenges but no less CPU. --max-semi-space-size=16/32/64:
// scavenges 10/10/10 (09), 29/30/29 (01), 37/26/24 (23, default 38), CPU over default (median of
// pairs) 1.04/1.00/1.03. --min-semi-space-size=16: scavenges 1 (09), 10 (01), 28 (23), CPU
// 0.97/1.04/1.16. Set from inside the process (v8.setFlagsFromString, first thing): the maximum
// has no effect (scavenges unchanged), the minimum only partly (01: 29 -> 19; 09 and 23
// unchanged). A scavenge costs what survives it, not the garbage: fewer of them copy about as
// much. Not applied.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { corpusPairs, ROOT } from '../test/helpers.js';
import { readDocSet } from '../src/io/read-doc-set.js';
import { benchTempDir, interleaved, LoadLog, median, pairedRatios, range, type Run, type Tool } from './measure.js';

const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args.splice(i, 2)[1] : undefined;
};
const ROUNDS = Number(flag('--rounds') ?? 5);
const NODE = flag('--node') ?? process.execPath;
const DIST = path.resolve(flag('--dist') ?? path.join(ROOT, 'dist'));
const VARIANTS = (flag('--variants') ?? 'default,16,32,64').split(',');
const PAIRS = (args[0] ?? '01,14,23,24,09').split(',').map((s) => s.trim().padStart(2, '0'));
const WORK = benchTempDir('archgate-young-');

function nodeFlags(variant: string): string[] {
  if (variant === 'default') return [];
  const n = /\d+$/.exec(variant)?.[0];
  if (!n) throw new Error(`young-gen: unknown variant ${variant}`);
  if (variant.startsWith('min')) return [`--min-semi-space-size=${n}`, `--max-semi-space-size=${n}`];
  if (variant.startsWith('set')) {
    const preload = path.join(WORK, `${variant}.mjs`);
    const set = variant.startsWith('setmin') ? ['min', 'max'] : ['max'];
    writeFileSync(preload, `import v8 from 'node:v8';\n${set.map((s) => `v8.setFlagsFromString('--${s}-semi-space-size=${n}');\n`).join('')}`);
    return ['--import', preload];
  }
  return [`--max-semi-space-size=${n}`];
}

/** Collections of one more run, counted from --trace-gc's lines. */
function collections(tool: Tool): { scavenges: number; markCompacts: number } {
  const r = spawnSync(tool.cmd, ['--trace-gc', ...tool.args], { env: { ...process.env, ...tool.env }, encoding: 'utf8', maxBuffer: 1 << 30 });
  const lines = r.stdout.split('\n');
  return { scavenges: lines.filter((l) => / Scavenge /.test(l)).length, markCompacts: lines.filter((l) => /Mark-Compact|Mark-sweep/.test(l)).length };
}

const load = new LoadLog();
const version = spawnSync(NODE, ['--version'], { encoding: 'utf8' }).stdout.trim();
console.log(`node ${version}, ${ROUNDS} rounds, variants ${VARIANTS.join(', ')}; ratios are paired against "default" in the same round.\n`);
console.log('| pair | KB | variant | wall | CPU | wall / default | CPU / default | peak RSS | scavenges | mark-compacts |');
console.log('|---|---|---|---|---|---|---|---|---|---|');
const overall = new Map<string, { wall: number[]; cpu: number[] }>(VARIANTS.map((v) => [v, { wall: [], cpu: [] }]));
for (const pair of corpusPairs().filter((p) => PAIRS.includes(p.name.slice(0, 2)))) {
  const cli = ['check', pair.dir, ...pair.prd.flatMap((p) => ['--prd', p]), ...pair.architecture.flatMap((p) => ['--architecture', p]), '--format', 'json'];
  const tools = VARIANTS.map((v): Tool => ({ name: v, cmd: NODE, args: [...nodeFlags(v), path.join(DIST, 'cli.js'), ...cli], env: { ARCHGATE_CACHE: 'off' } }));
  const input = readDocSet(pair.dir, { name: pair.name, prd: pair.prd, architecture: pair.architecture });
  const kb = [...input.prd, ...input.architecture].reduce((n, f) => n + f.text.length, 0) / 1024;
  const runs = interleaved(tools, ROUNDS, load);
  const base = runs[0];
  tools.forEach((tool, i) => {
    const rs: Run[] = runs[i];
    const wall = pairedRatios(rs, base, 'wallMs');
    const cpu = pairedRatios(rs, base, 'cpuMs');
    overall.get(tool.name)!.wall.push(median(wall));
    overall.get(tool.name)!.cpu.push(median(cpu));
    const gc = collections(tool);
    const cell = (xs: number[]) => `${median(xs).toFixed(0)} ms (${range(xs, 0)})`;
    console.log(`| ${pair.name.slice(0, 2)} | ${kb.toFixed(0)} | ${tool.name} | ${cell(rs.map((r) => r.wallMs))} | ${cell(rs.map((r) => r.cpuMs))} | ${median(wall).toFixed(2)} (${range(wall)}) | ${median(cpu).toFixed(2)} (${range(cpu)}) | ${median(rs.map((r) => r.peakMb)).toFixed(0)} MB | ${gc.scavenges} | ${gc.markCompacts} |`);
  });
}
console.log('\nMedian over pairs of the per-pair medians:');
for (const [v, r] of overall) console.log(`- ${v}: wall ${median(r.wall).toFixed(2)}, CPU ${median(r.cpu).toFixed(2)}`);
console.log(`\nLoad: ${load.describe()}.`);
