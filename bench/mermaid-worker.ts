// The mermaid worker alone, two builds side by side: start-to-first-verdict and start-to-last-
// verdict wall time, CPU time, mermaid's whole-configuration rebuilds and copies (counted by the
// worker), and (one extra run each, under a module-load hook) how many files and bytes it loads, for the mermaid blocks of the given corpus pairs. Paired and
// interleaved (each build once per round, the order rotated), the load recorded. Also checks that
// both builds gave the same verdicts.
//
//   npx tsx bench/mermaid-worker.ts OLD_DIST NEW_DIST [pair numbers, default 01,07,30] [--rounds N]
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { corpusPairs } from '../test/helpers.js';
import { guessMermaidBlocks } from '../src/io/mermaid-validator.js';
import { benchTempDir, LoadLog, median, range } from './measure.js';

const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args.splice(i, 2)[1] : undefined;
};
const ROUNDS = Number(flag('--rounds') ?? 7);
const [oldDist, newDist, pairList = '01,07,30'] = args;
const PAIRS = pairList.split(',').map((s) => s.trim().padStart(2, '0'));
const HERE = path.dirname(fileURLToPath(import.meta.url));
const CHILD = path.join(HERE, 'mermaid-worker-child.mjs');
const WORK = benchTempDir('archgate-mermaid-worker-');

interface ChildRun {
  firstMs: number;
  allMs: number;
  cpuMs: number;
  verdicts: unknown[];
  /** Whole-configuration rebuilds and copies mermaid made (a build before they were counted says nothing). */
  work?: { rebuilt: number; copied: number };
}

const runChild = (dist: string, blocksFile: string, env: Record<string, string> = {}): ChildRun => {
  const r = spawnSync(process.execPath, [...(env.LOAD_LOG ? ['--import', path.join(WORK, 'hook.mjs')] : []), CHILD, path.resolve(dist), blocksFile], { encoding: 'utf8', env: { ...process.env, ...env } });
  if (r.status !== 0) throw new Error(`mermaid-worker: the child failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as ChildRun;
};

// Counts what the worker loads: a load hook, registered in every thread (workers inherit --import).
writeFileSync(
  path.join(WORK, 'hook.mjs'),
  `import { register } from 'node:module';
register('data:text/javascript,' + encodeURIComponent(\`import { appendFileSync } from 'node:fs';
export async function load(url, context, next) {
  const r = await next(url, context);
  if (r.source && url.includes('/chunks/') || url.endsWith('/mermaid-worker.js')) appendFileSync(process.env.LOAD_LOG, url + ' ' + (r.source?.byteLength ?? r.source?.length ?? 0) + '\\\\n');
  return r;
}\`));
`,
);
const loaded = (dist: string, blocksFile: string) => {
  const log = path.join(WORK, `load-${Math.random().toString(36).slice(2)}.log`);
  writeFileSync(log, '');
  runChild(dist, blocksFile, { LOAD_LOG: log });
  const rows = readFileSync(log, 'utf8').trim().split('\n').filter(Boolean);
  const files = new Set(rows.map((r) => r.split(' ')[0]));
  return { files: files.size, kb: rows.reduce((n, r) => n + Number(r.split(' ')[1]), 0) / 1024 };
};

const load = new LoadLog();
console.log('| pair | blocks | old first verdict | new first verdict | new / old first | new / old last | old CPU | new CPU | new / old CPU | files loaded old → new | KB loaded old → new | config rebuilds / copies old → new |');
console.log('|---|---|---|---|---|---|---|---|---|---|---|---|');
for (const pair of corpusPairs().filter((p) => PAIRS.includes(p.name.slice(0, 2)))) {
  const texts = [...pair.prd, ...pair.architecture].map((f) => readFileSync(path.join(pair.dir, f), 'utf8'));
  const blocks = [...new Set(texts.flatMap(guessMermaidBlocks))];
  if (!blocks.length) continue;
  const blocksFile = path.join(WORK, `${pair.name.slice(0, 2)}.json`);
  writeFileSync(blocksFile, JSON.stringify(blocks));
  const runs: ChildRun[][] = [[], []];
  const dists = [oldDist, newDist];
  for (let round = 0; round < ROUNDS; round++) {
    load.sample();
    for (let k = 0; k < 2; k++) {
      const i = (k + round) % 2;
      runs[i].push(runChild(dists[i], blocksFile));
    }
    load.sample();
  }
  const [before, after] = runs;
  if (JSON.stringify(before[0].verdicts) !== JSON.stringify(after[0].verdicts)) throw new Error(`mermaid-worker: ${pair.name}: the two builds gave different verdicts`);
  const work = (r: ChildRun) => (r.work ? `${r.work.rebuilt} / ${r.work.copied}` : 'not counted');
  const ratio = (key: 'firstMs' | 'allMs' | 'cpuMs') => after.map((r, i) => r[key] / before[i][key]);
  const ms = (rs: ChildRun[], key: 'firstMs' | 'allMs' | 'cpuMs') => `${median(rs.map((r) => r[key])).toFixed(0)} ms`;
  const [lo, ln] = [loaded(oldDist, blocksFile), loaded(newDist, blocksFile)];
  console.log(
    `| ${pair.name} | ${blocks.length} | ${ms(before, 'firstMs')} | ${ms(after, 'firstMs')} | ${median(ratio('firstMs')).toFixed(2)} (${range(ratio('firstMs'))}) | ${median(ratio('allMs')).toFixed(2)} (${range(ratio('allMs'))}) | ${ms(before, 'cpuMs')} | ${ms(after, 'cpuMs')} | ${median(ratio('cpuMs')).toFixed(2)} (${range(ratio('cpuMs'))}) | ${lo.files} → ${ln.files} | ${lo.kb.toFixed(0)} → ${ln.kb.toFixed(0)} | ${work(before[0])} → ${work(after[0])} |`,
  );
}
console.log(`\n${ROUNDS} rounds; node ${process.version}. Load: ${load.describe()}.`);
