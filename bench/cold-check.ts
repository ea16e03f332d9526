// The first check in a process, measured in fresh processes: bundles bench/cold-child.ts (the
// engine, unminified, one `// src/…` header per module), runs it ROUNDS times per doc set, and
// reports the median first checkDocSet, the warm parse of the same files, and a warm check.
// With --profile, one more run per doc set under --cpu-prof gives the first check's self time
// by source module and by function (top 10). Not a test: it reads clocks.
//
//   npx tsx bench/cold-check.ts [--rounds N] [--profile] [pair numbers, default demo,09,24,23]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { corpusPairs, ROOT } from '../test/helpers.js';
import { median } from './measure.js';

const args = process.argv.slice(2);
const take = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args.splice(i, 2)[1] : undefined;
};
const flag = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? (args.splice(i, 1), true) : false;
};
const ROUNDS = Number(take('--rounds') ?? 7);
const PROFILE = flag('--profile');
const WANTED = (args[0] ?? 'demo,09,24,23').split(',').map((s) => s.trim());

interface DocSet {
  name: string;
  dir: string;
  prd: string[];
  architecture: string[];
}
const docSets: DocSet[] = [];
if (WANTED.includes('demo')) docSets.push({ name: 'demo', dir: path.join(ROOT, 'examples/demo'), prd: ['docs/prd.md'], architecture: ['docs/architecture.md'] });
for (const p of corpusPairs()) if (WANTED.includes(p.name.slice(0, 2))) docSets.push({ name: p.name, dir: p.dir, prd: p.prd, architecture: p.architecture });

const out = mkdtempSync(path.join(os.tmpdir(), 'cold-'));
const child = path.join(out, 'cold-child.mjs');
await build({
  entryPoints: [path.join(ROOT, 'bench/cold-child.ts')],
  outfile: child,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  logLevel: 'warning',
});

// esbuild heads each module's code with "// path": a line number maps to its module.
const bundleLines = readFileSync(child, 'utf8').split('\n');
const moduleStarts: [number, string][] = [];
bundleLines.forEach((l, i) => {
  const m = /^\/\/ ((?:src|bench|node_modules)\/\S+)$/.exec(l);
  if (m) moduleStarts.push([i, m[1].replace(/^node_modules\/((?:@[^/]+\/)?[^/]+)\/.*/, '$1')]);
});
const moduleAt = (line: number) => {
  let name = '(bundle)';
  for (const [start, m] of moduleStarts) {
    if (start > line) break;
    name = m;
  }
  return name;
};

interface Frame {
  functionName: string;
  url: string;
  lineNumber: number;
}
interface CpuProfile {
  nodes: { id: number; callFrame: Frame; children?: number[] }[];
  samples: number[];
  timeDeltas: number[];
}

/** Self time (ms) of the samples inside the first checkDocSet, by module and by function. */
function split(p: CpuProfile): { byModule: Map<string, number>; byFunction: Map<string, number>; total: number } {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const inCheck = new Map<number, boolean>();
  const underCheck = (id: number): boolean => {
    let v = inCheck.get(id);
    if (v === undefined) {
      const f = byId.get(id)!.callFrame;
      const up = parent.get(id);
      v = f.functionName === 'checkDocSet' || (up !== undefined && underCheck(up));
      inCheck.set(id, v);
    }
    return v;
  };
  const byModule = new Map<string, number>();
  const byFunction = new Map<string, number>();
  let total = 0;
  for (let i = 0; i < p.samples.length; i++) {
    const id = p.samples[i];
    if (!underCheck(id)) continue;
    const ms = (p.timeDeltas[i + 1] ?? 0) / 1000;
    const f = byId.get(id)!.callFrame;
    // Native frames (RegExp compilation, GC) are named after the JS function that called them.
    let at = id;
    while (!byId.get(at)!.callFrame.url && parent.has(at)) at = parent.get(at)!;
    const host = byId.get(at)!.callFrame;
    const mod = host.url.endsWith('cold-child.mjs') ? moduleAt(host.lineNumber) : host.url || '(native)';
    const fn = `${f.functionName || '(anonymous)'}${f.url ? '' : ` in ${host.functionName || '(anonymous)'}`} [${mod}]`;
    byModule.set(mod, (byModule.get(mod) ?? 0) + ms);
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + ms);
    total += ms;
  }
  return { byModule, byFunction, total };
}

const top = (m: Map<string, number>, n: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n);

try {
  const loads: number[] = [];
  console.log(`| doc set | first check (ms) | its CPU (ms) | warm parse (ms) | second check (ms) | third check (ms) | first − third (ms) |`);
  console.log('|---|---|---|---|---|---|---|');
  for (const set of docSets) {
    const runs: { coldMs: number; coldCpuMs: number; warmParseMs: number; secondMs: number; warmMs: number }[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      loads.push(os.loadavg()[0]);
      const r = spawnSync(process.execPath, [child, set.dir, set.prd.join(','), set.architecture.join(',')], { encoding: 'utf8' });
      if (r.status !== 0) throw new Error(r.stderr);
      runs.push(JSON.parse(r.stdout));
    }
    const range = (xs: number[]) => `${median(xs).toFixed(0)} (${Math.min(...xs).toFixed(0)}–${Math.max(...xs).toFixed(0)})`;
    const cold = runs.map((r) => r.coldMs);
    const warm = runs.map((r) => r.warmMs);
    console.log(`| ${set.name} | ${range(cold)} | ${range(runs.map((r) => r.coldCpuMs))} | ${range(runs.map((r) => r.warmParseMs))} | ${range(runs.map((r) => r.secondMs))} | ${range(warm)} | ${(median(cold) - median(warm)).toFixed(0)} |`);
  }
  console.log(`\n${ROUNDS} fresh processes per doc set; 1-minute load ${Math.min(...loads).toFixed(2)}–${Math.max(...loads).toFixed(2)} on ${os.cpus().length} cores`);
  if (PROFILE) {
    for (const set of docSets) {
      const dir = path.join(out, `prof-${set.name.slice(0, 2)}`);
      spawnSync(process.execPath, ['--cpu-prof', '--cpu-prof-dir', dir, '--cpu-prof-interval', '100', child, set.dir, set.prd.join(','), set.architecture.join(','), 'first']);
      const [file] = readdirSync(dir);
      const { byModule, byFunction, total } = split(JSON.parse(readFileSync(path.join(dir, file), 'utf8')));
      console.log(`\n${set.name}: first checkDocSet ${total.toFixed(0)} ms of samples (profiled, 0.1 ms interval)`);
      console.log('| module | self ms | | function | self ms |\n|---|---|---|---|---|');
      const mods = top(byModule, 10);
      const fns = top(byFunction, 10);
      for (let i = 0; i < 10; i++) console.log(`| ${mods[i]?.[0] ?? ''} | ${mods[i]?.[1].toFixed(1) ?? ''} | | ${fns[i]?.[0] ?? ''} | ${fns[i]?.[1].toFixed(1) ?? ''} |`);
    }
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}
