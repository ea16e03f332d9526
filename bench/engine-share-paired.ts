// The engine of two commits side by side, paired and interleaved: each round parses
// a pair's files and checks it with the old engine and the new one (the order rotated), warm, in
// CPU time (the median of three checks after one to warm up, in a process per build and round).
// Gives each build's "everything beyond parsing, as a share of parsing" and the new/old ratio of
// the check and of what is beyond the parse, per round; medians and ranges over rounds.
//
//   npx tsx bench/engine-share-paired.ts OLD_REF [pair numbers, default 23,26,24,01] [--rounds N]
//
// OLD_REF is any git revision; the new build is the working tree. Both are bundled with esbuild
// (the engine, the doc-set reader, the config resolver), not the shipped dist/.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { corpusPairs, ROOT } from '../test/helpers.js';
import { median, range } from './measure.js';

const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args.splice(i, 2)[1] : undefined;
};
const ROUNDS = Number(flag('--rounds') ?? 7);
const [oldRef, pairList = '23,26,24,01'] = args;
if (!oldRef) throw new Error('usage: tsx bench/engine-share-paired.ts OLD_REF [pairs] [--rounds N]');
const PAIRS = pairList.split(',').map((s) => s.trim().padStart(2, '0'));
const WORK = mkdtempSync(path.join(os.tmpdir(), 'archgate-engine-paired-'));

// The engine's entry: what a round calls, from either source tree.
const ENTRY = `export { parseMarkdown } from './src/engine/markdown.js';
export { checkDocSet } from './src/engine/engine.js';
export { readDocSet } from './src/io/read-doc-set.js';
export { resolveConfig } from './src/config/resolve-config.js';
`;

async function bundle(sourceRoot: string, out: string): Promise<void> {
  writeFileSync(path.join(sourceRoot, 'engine-entry.ts'), ENTRY);
  await build({
    entryPoints: [path.join(sourceRoot, 'engine-entry.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: out,
    nodePaths: [path.join(ROOT, 'node_modules')],
    logLevel: 'error',
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  });
}

const oldTree = path.join(WORK, 'old');
execFileSync('mkdir', ['-p', oldTree]);
execFileSync('sh', ['-c', `git -C ${JSON.stringify(ROOT)} archive ${oldRef} src | tar -x -C ${JSON.stringify(oldTree)}`]);
await bundle(oldTree, path.join(WORK, 'old.mjs'));
const newTree = path.join(WORK, 'new');
execFileSync('mkdir', ['-p', newTree]);
execFileSync('cp', ['-r', path.join(ROOT, 'src'), newTree]);
await bundle(newTree, path.join(WORK, 'new.mjs'));

// The child: one engine, one pair, checked once to warm up and then TIMES times, each time its
// files parsed alone and then checked; it prints the medians. Each build runs in a process of its
// own (two copies of an engine in one process do not run alike: the second was 1.27x slower on
// the same code), once per round, the order rotated.
const TIMES = 3;
const CHILD = `
const [bundle, pairJson, times] = process.argv.slice(2);
const b = await import(bundle);
const pair = JSON.parse(pairJson);
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const input = b.readDocSet(pair.dir, { name: pair.name, prd: pair.prd, architecture: pair.architecture });
const config = b.resolveConfig({}).engine;
b.checkDocSet(input, config);
const parse = [], check = [];
for (let i = 0; i < Number(times); i++) {
  let t = cpu();
  for (const f of [...input.prd, ...input.architecture]) b.parseMarkdown(f.text);
  parse.push(cpu() - t);
  t = cpu();
  b.checkDocSet(input, config);
  check.push(cpu() - t);
}
const med = (xs) => xs.sort((x, y) => x - y)[xs.length >> 1];
process.stdout.write(JSON.stringify({ parse: med(parse), check: med(check) }));
`;
writeFileSync(path.join(WORK, 'child.mjs'), CHILD);
interface Cell {
  parse: number;
  check: number;
  beyond: number;
}
const runChild = (build: 'old' | 'new', pair: unknown): Cell => {
  const r = spawnSync(process.execPath, ['--no-regexp-tier-up', path.join(WORK, 'child.mjs'), path.join(WORK, `${build}.mjs`), JSON.stringify(pair), String(TIMES)], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(r.stderr);
  const { parse, check } = JSON.parse(r.stdout) as { parse: number; check: number };
  return { parse, check, beyond: check - parse };
};
const pairs = corpusPairs().filter((p) => PAIRS.includes(p.name.slice(0, 2)));
const result: { loads: number[]; pairs: Record<string, { old: Cell; new: Cell }[]> } = { loads: [], pairs: {} };
for (const pair of pairs) {
  const rows: { old: Cell; new: Cell }[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    result.loads.push(os.loadavg()[0]);
    const row = {} as { old: Cell; new: Cell };
    for (const build of r % 2 ? (['new', 'old'] as const) : (['old', 'new'] as const)) row[build] = runChild(build, pair);
    rows.push(row);
  }
  result.pairs[pair.name] = rows;
}

const pct = (x: number) => `${(x * 100).toFixed(0)}%`;
console.log(`Old: ${oldRef} (${execFileSync('git', ['-C', ROOT, 'rev-parse', '--short', oldRef], { encoding: 'utf8' }).trim()}); new: the working tree. ${ROUNDS} paired rounds, warm, CPU time.\n`);
console.log('| pair | parse (old, new) | beyond parse / parse, old | beyond parse / parse, new | new / old, beyond parse | new / old, whole check |');
console.log('|---|---|---|---|---|---|');
for (const [name, rows] of Object.entries(result.pairs)) {
  const share = (k: 'old' | 'new') => rows.map((row) => row[k].beyond / row[k].parse);
  const ratio = (k: 'beyond' | 'check') => rows.map((row) => row.new[k] / row.old[k]);
  const ms = (k: 'old' | 'new') => `${median(rows.map((row) => row[k].parse)).toFixed(0)} ms`;
  const cell = (xs: number[], f: (x: number) => string) => `${f(median(xs))} (${f(Math.min(...xs))}–${f(Math.max(...xs))})`;
  console.log(`| ${name} | ${ms('old')}, ${ms('new')} | ${cell(share('old'), pct)} | ${cell(share('new'), pct)} | ${cell(ratio('beyond'), (x) => x.toFixed(2))} | ${cell(ratio('check'), (x) => x.toFixed(2))} |`);
}
console.log(`\n1-minute load ${range(result.loads)} on ${os.cpus().length} cores (${result.loads.length} samples, one per round).`);
rmSync(WORK, { recursive: true, force: true });
