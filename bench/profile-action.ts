// Where the Action's whole run goes: builds an unminified bundle (names kept), runs it as npm run
// bench's section 4 does (the demo docs, a pull request changing the architecture, comment mode,
// the comment already there) under --cpu-prof against the fake GitHub, and prints, from process
// start: each thread's phases (module loading, read, parse, rules, publish, mermaid, idle…), the
// main thread's timeline, and when each request reached the fake. Not a test: it reads clocks.
//
// --new-pull: each round judges a pull request just opened (the event's action 'opened', no comment
// yet: mermaid's verdicts are not carried, its worker starts at once, and the comment is created).
//
//   npx tsx bench/profile-action.ts [--rounds N] [--dist DIR] [--node BIN] [--interval µs] [--keep DIR] [--latency ms] [--new-pull]
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from '../test/helpers.js';
import { FakeGitHub } from '../test/fake-github/server.js';
import { openDemoPull } from './demo-pull.js';
import { pullRequestEvent, runAction } from '../test/fake-github/run-action.js';
import { median } from './measure.js';
import { phases, threadName, timeline, type CpuProfile } from './cpu-phases.js';
import { workKinds } from './action-work-kinds.js';

const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args.splice(i, 2)[1] : undefined;
};
const ROUNDS = Number(flag('--rounds') ?? 5);
const givenDist = flag('--dist');
/** Keep the profiles in this folder (for a closer look) instead of deleting them. */
const keep = flag('--keep');
const bin = flag('--node') ?? process.execPath;
/** Sampling interval in µs: 250 names short phases; 1000 or more disturbs the run less. */
const INTERVAL = Number(flag('--interval') ?? 250);
/** Milliseconds the fake holds each answer, as GitHub's round trip does (0: answered at once). */
const LATENCY = Number(flag('--latency') ?? 0);
const NEW_PULL = args.includes('--new-pull');

/** CLOCK_MONOTONIC in µs: the clock V8's profiles are stamped with on linux. */
const nowUs = () => Number(process.hrtime.bigint() / 1000n);

function build(): { dist: string; cleanup: () => void } {
  if (givenDist) return { dist: path.resolve(givenDist), cleanup: () => undefined };
  // Inside the repository: the Action finds templates/ by walking up from its bundle.
  mkdirSync(path.join(ROOT, 'scratch'), { recursive: true });
  const dist = mkdtempSync(path.join(ROOT, 'scratch', 'prof-'));
  const r = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, env: { ...process.env, ARCHGATE_BUILD_DIR: dist, ARCHGATE_BUILD_PLAIN: '1' }, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('the profile build failed');
  return { dist, cleanup: () => rmSync(dist, { recursive: true, force: true }) };
}

const { dist, cleanup } = build();
const profDir = keep ? path.resolve(keep) : mkdtempSync(path.join(os.tmpdir(), 'archgate-prof-'));
const gh = new FakeGitHub();
gh.latencyMs = LATENCY;
await gh.start();
try {
  openDemoPull(gh);
  const script = path.join(dist, 'index.js');
  await runAction(gh, 'pull_request', pullRequestEvent(gh, 1), {}, bin, {}, script); // the comment exists from here on

  /** A pull request no run has seen: the demo's change, opened as number 100 + round. */
  const newPull = (round: number) => {
    const first = gh.pulls.get(1)!;
    gh.openPull({ number: 100 + round, headSha: first.headSha, headRef: `f${round}`, baseSha: first.baseSha });
    return 100 + round;
  };
  const rows = new Map<string, Map<string, { ms: number[]; first: number[]; last: number[] }>>();
  /** The main thread's milliseconds by kind of work, one entry a round (bench/action-work-kinds.ts). */
  const kinds = new Map<string, number[]>();
  const rounds: { wall: number; bare: number; lines: string[] }[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    let t = nowUs();
    spawnSync(bin, ['-e', '0']);
    const bare = (nowUs() - t) / 1000;
    const dir = path.join(profDir, String(round));
    const arrivals: string[] = [];
    gh.onRequest = (method, p) => arrivals.push(`${((nowUs() - t) / 1000).toFixed(0)} ms: ${method} ${p} reached the fake`);
    const pull = NEW_PULL ? newPull(round) : 1;
    t = nowUs();
    await runAction(gh, 'pull_request', pullRequestEvent(gh, pull, NEW_PULL ? 'opened' : 'synchronize'), {}, bin, { NODE_OPTIONS: `--cpu-prof --cpu-prof-dir=${dir} --cpu-prof-interval=${INTERVAL}` }, script);
    const wall = (nowUs() - t) / 1000;
    gh.onRequest = null;
    const lines = [...arrivals];
    for (const f of readdirSync(dir)) {
      const p = JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as CpuProfile;
      const name = threadName(p);
      if (name === 'main') for (const [kind, ms] of workKinds(p)) kinds.set(kind, [...(kinds.get(kind) ?? []), ms]);
      const { start, end, phases: ph } = phases(p, t);
      const thread = rows.get(name) ?? new Map();
      rows.set(name, thread);
      for (const [phase, e] of [['(thread)', { ms: end - start, first: start, last: end }] as const, ...ph]) {
        const r = thread.get(phase) ?? { ms: [], first: [], last: [] };
        r.ms.push(e.ms);
        r.first.push(e.first);
        r.last.push(e.last);
        thread.set(phase, r);
      }
      for (const seg of timeline(p, t)) lines.push(`${seg.from.toFixed(0)}–${seg.to.toFixed(0)} ms: ${name} ${seg.phase}`);
    }
    rounds.push({ wall, bare, lines: lines.sort((a, b) => parseFloat(a) - parseFloat(b)) });
  }
  const walls = rounds.map((r) => r.wall);
  console.log(`\nAction, demo docs${NEW_PULL ? ', a pull request just opened' : ''}: wall ${median(walls).toFixed(0)} ms (${Math.min(...walls).toFixed(0)}–${Math.max(...walls).toFixed(0)}), node -e 0: ${median(rounds.map((r) => r.bare)).toFixed(0)} ms, ${ROUNDS} rounds, load ${os.loadavg()[0].toFixed(2)}; CPU profile sampled every ${INTERVAL / 1000} ms (profiling adds its own cost)`);
  console.log('| thread | phase | ms (median) | first at | last at |');
  console.log('|---|---|---|---|---|');
  for (const [thread, ph] of rows) {
    const sorted = [...ph].sort((a, b) => median(a[1].first) - median(b[1].first));
    for (const [phase, r] of sorted) console.log(`| ${thread} | ${phase} | ${median(r.ms).toFixed(1)} | ${median(r.first).toFixed(0)} | ${median(r.last).toFixed(0)} |`);
  }
  const typical = [...rounds].sort((a, b) => a.wall - b.wall)[Math.floor(rounds.length / 2)];
  // Medians of each kind; the shares are of their sum (the main thread's sampled time).
  const kindMedians = [...kinds].map(([kind, ms]) => [kind, median(ms)] as const).filter(([, ms]) => ms > 0);
  const sampled = kindMedians.reduce((n, [, ms]) => n + ms, 0);
  console.log(`\nThe main thread by kind of work (medians; share of the ${sampled.toFixed(0)} ms sampled):`);
  console.log('| work | ms | share |');
  console.log('|---|---|---|');
  for (const [kind, ms] of kindMedians.sort((a, b) => b[1] - a[1])) console.log(`| ${kind} | ${ms.toFixed(1)} | ${((ms / sampled) * 100).toFixed(0)}% |`);
  console.log(`\nTimeline of the median round (${typical.wall.toFixed(0)} ms):`);
  for (const l of typical.lines) console.log(`  ${l}`);
} finally {
  await gh.stop();
  if (!keep) rmSync(profDir, { recursive: true, force: true });
  cleanup();
}
