// How much of a check's time is garbage collection, beside the floor's (read + fromMarkdown with
// archgate's extensions, bundled like archgate): whole processes under --trace-gc, each once per
// round, the order rotated, with the load recorded. Per run: the collections counted by kind and
// their pauses summed (main thread and mermaid's worker alike; pauses are wall time, so a busy
// machine stretches them as it stretches the run). Not a test: it reads clocks.
//
//   npx tsx bench/gc-share.ts [pairs, default 09,01,23] [--rounds N] [--dist DIR] [--node BIN] [--flags "--max-semi-space-size=32 ..."]
//
// Measured on node 20 (3 rounds, others using 2 of the 2 cores, so pauses are stretched): pair 09
// archgate 7 scavenges, 17 ms of pauses, floor 10 and 19 ms; pair 01 (mermaid) 26 and 122 ms,
// floor 20 and 110 ms; pair 23 (482 KB) 35 and 496 ms, floor 38 and 513 ms. GC pauses were 4-16%
// of archgate's wall and 7-22% of the floor's: the garbage is the parse's; archgate's own steps
// add next to none.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { buildFloor } from './bundle-like-archgate.js';
import { corpusPairs, ROOT } from '../test/helpers.js';
import { readDocSet } from '../src/io/read-doc-set.js';
import { benchTempDir, LoadLog, median, range } from './measure.js';

const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args.splice(i, 2)[1] : undefined;
};
const ROUNDS = Number(flag('--rounds') ?? 5);
const DIST = path.resolve(flag('--dist') ?? path.join(ROOT, 'dist'));
const NODE = flag('--node') ?? process.execPath;
const FLAGS = (flag('--flags') ?? '').split(/\s+/).filter(Boolean);
const PAIRS = (args[0] ?? '09,01,23').split(',').map((s) => s.trim().padStart(2, '0'));
const floor = buildFloor(path.join(benchTempDir('archgate-gc-'), 'bare-parse.mjs'));

interface GcRun {
  wallMs: number;
  cpuMs: number;
  scavenges: number;
  scavengeMs: number;
  markCompacts: number;
  markCompactMs: number;
}

function runTraced(cmdArgs: string[], cwd: string): GcRun {
  const t = performance.now();
  const r = spawnSync('/usr/bin/time', ['-f', '__TIME__ %U %S', NODE, '--trace-gc', ...FLAGS, ...cmdArgs], { cwd, env: { ...process.env, ARCHGATE_CACHE: 'off' }, encoding: 'utf8', maxBuffer: 1 << 30 });
  const wallMs = performance.now() - t;
  const m = /__TIME__ ([\d.]+) ([\d.]+)\s*$/.exec(r.stderr);
  const out: GcRun = { wallMs, cpuMs: m ? (Number(m[1]) + Number(m[2])) * 1000 : NaN, scavenges: 0, scavengeMs: 0, markCompacts: 0, markCompactMs: 0 };
  for (const line of r.stdout.split('\n')) {
    // "[pid:isolate]   347 ms: Scavenge 5.4 (6.1) -> 5.2 (7.1) MB, 7.68 / 0.00 ms  (…)"
    const gc = /ms: (Scavenge|Mark-Compact|Mark-sweep|Minor Mark-Compact)\b.*?MB, ([\d.]+) \/ ([\d.]+) ms/.exec(line);
    if (!gc) continue;
    const pause = Number(gc[2]);
    if (gc[1] === 'Scavenge' || gc[1] === 'Minor Mark-Compact') (out.scavenges++, (out.scavengeMs += pause));
    else (out.markCompacts++, (out.markCompactMs += pause));
  }
  return out;
}

const load = new LoadLog();
console.log(`node ${spawnSync(NODE, ['--version'], { encoding: 'utf8' }).stdout.trim()}${FLAGS.length ? ` ${FLAGS.join(' ')}` : ''}, ${ROUNDS} rounds. Cells: median (range) over the rounds.\n`);
console.log('| pair | KB | tool | wall | CPU | scavenges | scavenge pauses | mark-compacts | mark-compact pauses | GC pauses / wall |');
console.log('|---|---|---|---|---|---|---|---|---|---|');
for (const pair of corpusPairs().filter((p) => PAIRS.includes(p.name.slice(0, 2)))) {
  const input = readDocSet(pair.dir, { name: pair.name, prd: pair.prd, architecture: pair.architecture });
  const files = [...input.prd, ...input.architecture];
  const tools = [
    { name: 'archgate', args: [path.join(DIST, 'cli.js'), 'check', '.', ...pair.prd.flatMap((p) => ['--prd', p]), ...pair.architecture.flatMap((p) => ['--architecture', p]), '--format', 'json'] },
    { name: 'floor', args: [floor, ...files.map((f) => f.path)] },
  ];
  const runs: GcRun[][] = tools.map(() => []);
  for (let round = 0; round < ROUNDS; round++) {
    for (let k = 0; k < tools.length; k++) {
      const i = (round + k) % tools.length;
      load.sample();
      runs[i].push(runTraced(tools[i].args, pair.dir));
    }
  }
  const kb = files.reduce((n, f) => n + f.text.length, 0) / 1024;
  tools.forEach((tool, i) => {
    const rs = runs[i];
    const cell = (key: keyof GcRun, digits = 0) => `${median(rs.map((r) => r[key])).toFixed(digits)} (${range(rs.map((r) => r[key]), digits)})`;
    const share = rs.map((r) => (r.scavengeMs + r.markCompactMs) / r.wallMs);
    console.log(`| ${pair.name.slice(0, 2)} | ${kb.toFixed(0)} | ${tool.name} | ${cell('wallMs')} ms | ${cell('cpuMs')} ms | ${cell('scavenges')} | ${cell('scavengeMs')} ms | ${cell('markCompacts')} | ${cell('markCompactMs')} ms | ${(median(share) * 100).toFixed(0)}% (${(Math.min(...share) * 100).toFixed(0)}–${(Math.max(...share) * 100).toFixed(0)}%) |`);
  });
}
console.log(`\nLoad: ${load.describe()}.`);
