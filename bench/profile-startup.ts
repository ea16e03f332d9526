// Where a small pair's wall time goes: builds an unminified bundle (names kept), runs
// `archgate check` on corpus pairs under --cpu-prof, and splits each thread's samples into
// phases (module loading, worker start, config, read, parse, rules, report, mermaid, GC, idle)
// with the time each phase first and last ran, from process start. Not a test: it reads clocks.
//
//   npx tsx bench/profile-startup.ts [pair numbers, default 09,07] [--rounds N] [--dist DIR] [--fine]
//
// --fine splits the check into its steps (IDs, coverage, suggestion index, ranking, drift, diagrams, rules).
//
// Measured with --fine (perf12, 2026-12-02, node 20, 3 rounds, a heavily loaded machine: load
// average 16 on 2 cores, so the milliseconds are stretched ~2.5x; the shares hold), as shares of
// the main thread's samples:
//
// | phase                                  | 09 (12 KB) | 02 (152 KB, mermaid) | 24 (177 KB) | 23 (482 KB) |
// |----------------------------------------|-----|-----|-----|-----|
// | parse                                  | 25% | 45% | 47% | 49% |
// | start-up: module load, read, config    | 20% | 15% |  7% |  7% |
// | IDs (scanIds)                          |  4% |  3% |  2% |  3% |
// | suggestion index (passages, terms)     |  6% |  5% |  4% |  6% |
// | suggestion ranking (uncovered NFRs)    |  3% |  1% |  9% |  3% |
// | citation drift                         |  2% |  2% |  3% |  1% |
// | coverage, else                         |  3% |  1% |  3% |  2% |
// | diagrams                               |  1% |  1% |  0% |  1% |
// | rules (checklists, trace, placeholders) | 27% |  7% |  6% | 13% |
// | mermaid (main thread waiting)          |  0% |  4% |  0% |  0% |
// | report                                 |  0% |  0% |  1% |  0% |
// | garbage collection                     |  9% | 11% | 11% | 20% |
//
// Of the garbage, the parse makes ~80%: a sampling heap profile of pair 23's check counts 331 MB
// allocated by fromMarkdown (micromark's events and tokens) against 94 MB by everything else.
// On the small pair the rules and the check's steps are first-run costs (code and patterns
// compiled on first use), not work that grows with the documents.
//
// --dist profiles an existing build instead (its names may be minified: phases then fall to "other").
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { corpusPairs, ROOT } from '../test/helpers.js';
import { median } from './measure.js';
import { finePhases, phases, threadName, type CpuProfile } from './cpu-phases.js';

const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args.splice(i, 2)[1] : undefined;
};
const ROUNDS = Number(flag('--rounds') ?? 5);
const givenDist = flag('--dist');
const FINE_AT = args.indexOf('--fine');
if (FINE_AT >= 0 && args.splice(FINE_AT, 1).length) finePhases();
const PAIRS = (args[0] ?? '09,07').split(',').map((s) => s.trim().padStart(2, '0'));

function build(): { dist: string; cleanup: () => void } {
  if (givenDist) return { dist: path.resolve(givenDist), cleanup: () => undefined };
  const dist = mkdtempSync(path.join(os.tmpdir(), 'prof-'));
  const r = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, env: { ...process.env, ARCHGATE_BUILD_DIR: dist, ARCHGATE_BUILD_PLAIN: '1' }, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('the profile build failed');
  return { dist, cleanup: () => rmSync(dist, { recursive: true, force: true }) };
}

const { dist, cleanup } = build();
const profDir = mkdtempSync(path.join(os.tmpdir(), 'archgate-prof-'));
try {
  for (const pair of corpusPairs().filter((p) => PAIRS.includes(p.name.slice(0, 2)))) {
    const cli = ['check', pair.dir, ...pair.prd.flatMap((p) => ['--prd', p]), ...pair.architecture.flatMap((p) => ['--architecture', p]), '--format', 'json'];
    // thread → phase → per-round [ms, first, last]; plus the whole run's wall per round.
    const rows = new Map<string, Map<string, { ms: number[]; first: number[]; last: number[] }>>();
    const walls: number[] = [];
    const bare: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const t0 = performance.now();
      spawnSync(process.execPath, ['-e', '0']);
      bare.push(performance.now() - t0);
      const dir = path.join(profDir, `${pair.name.slice(0, 2)}-${round}`);
      const t = performance.now();
      spawnSync(process.execPath, ['--cpu-prof', '--cpu-prof-dir', dir, '--cpu-prof-interval', '250', path.join(dist, 'cli.js'), ...cli], { env: { ...process.env, ARCHGATE_CACHE: 'off' }, stdio: 'ignore' });
      walls.push(performance.now() - t);
      const profiles = readdirSync(dir).map((f) => JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as CpuProfile);
      const origin = Math.min(...profiles.map((p) => p.startTime));
      for (const p of profiles) {
        const name = threadName(p);
        const { start, end, phases: ph } = phases(p, origin);
        const thread = rows.get(name) ?? new Map();
        rows.set(name, thread);
        for (const [phase, e] of [['(thread)', { ms: end - start, first: start, last: end }] as const, ...ph]) {
          const r = thread.get(phase) ?? { ms: [], first: [], last: [] };
          r.ms.push(e.ms);
          r.first.push(e.first);
          r.last.push(e.last);
          thread.set(phase, r);
        }
      }
    }
    console.log(`\n${pair.name}: wall ${median(walls).toFixed(0)} ms (node -e 0: ${median(bare).toFixed(0)} ms), ${ROUNDS} rounds, load ${os.loadavg()[0].toFixed(2)}; CPU profile sampled every 0.25 ms (profiling adds its own cost)`);
    console.log('| thread | phase | ms (median) | first at | last at |');
    console.log('|---|---|---|---|---|');
    for (const [thread, ph] of rows) {
      const sorted = [...ph].sort((a, b) => median(a[1].first) - median(b[1].first));
      for (const [phase, r] of sorted) console.log(`| ${thread} | ${phase} | ${median(r.ms).toFixed(1)} | ${median(r.first).toFixed(0)} | ${median(r.last).toFixed(0)} |`);
    }
  }
} finally {
  rmSync(profDir, { recursive: true, force: true });
  cleanup();
}
