// Two builds of the Action side by side, as npm run bench's section 4 runs it (the demo docs, a
// pull request changing the architecture, comment mode, the comment already there, against the
// fake GitHub), paired and interleaved with `node -e 0` (each once per round, the order rotated),
// with the load recorded: what one change saved, measured. Wall time, and CPU time (user + system
// of the process and all its threads, from /usr/bin/time): on a loaded machine the wall time
// stretches with the load, the CPU time much less. Not a test: it reads clocks.
//
//   npx tsx bench/compare-action-builds.ts OLD_DIST NEW_DIST [--rounds N] [--node BIN] [--latency ms] [--docs DIR] [--new-push | --new-diagram | --new-pull | --skip]
//
// A dist must sit inside the repository (scratch/…): the Action finds templates/ by walking up.
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../test/helpers.js';
import { FakeGitHub } from '../test/fake-github/server.js';
import { pullRequestEvent, runAction } from '../test/fake-github/run-action.js';
import { benchTempDir, LoadLog, median, runOnceAsync } from './measure.js';

const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args.splice(i, 2)[1] : undefined;
};
const ROUNDS = Number(flag('--rounds') ?? 7);
const NODE = flag('--node') ?? process.execPath;
/** Milliseconds the fake holds each answer, as GitHub's round trip does (0: answered at once, as npm run bench does). */
const LATENCY = Number(flag('--latency') ?? 0);
/** A folder holding docs/prd.md and docs/architecture.md (a corpus pair such as ../shared/corpus/31-…); the demo's by default. */
const DOCS = path.resolve(flag('--docs') ?? path.join(ROOT, 'examples/demo'));
/** A pull request that changes only the README: the run skips it (no doc-set file changed). */
const SKIP = args.includes('--skip') ? (args.splice(args.indexOf('--skip'), 1), true) : false;
/** Each measured run judges a new push that adds a diagram no run has seen (mermaid must be asked), not the same push again. */
const NEW_DIAGRAM = args.includes('--new-diagram') ? (args.splice(args.indexOf('--new-diagram'), 1), true) : false;
/** Each measured run judges a new push that changes a sentence of the architecture: the comment names the commit judged, so the run updates it (a write), as most runs on a real pull request do. */
const NEW_PUSH = args.includes('--new-push') ? (args.splice(args.indexOf('--new-push'), 1), true) : false;
/** Each measured run judges a pull request just opened (the event's action 'opened'): no comment yet, so nothing carried (mermaid's worker starts at once, the base is judged), and the comment is created. */
const NEW_PULL = args.includes('--new-pull') ? (args.splice(args.indexOf('--new-pull'), 1), true) : false;
const [oldDist, newDist] = args.map((d) => path.resolve(d));

const gh = new FakeGitHub();
gh.latencyMs = LATENCY;
await gh.start();
const demo = (f: string) => readFileSync(path.join(DOCS, 'docs', f), 'utf8');
const base = gh.commit({ 'docs/prd.md': demo('prd.md'), 'docs/architecture.md': demo('architecture.md') });
const head = gh.commit(SKIP ? { 'README.md': '# product\n' } : { 'docs/architecture.md': demo('architecture.md') + '\n' }, base);
// One pull request per build, the same change: each build's comment is its own steady state (a
// build that carries mermaid's verdicts in its comment would otherwise find the other's comment).
gh.openPull({ number: 1, headSha: head, headRef: 'f', baseSha: base });
gh.openPull({ number: 2, headSha: head, headRef: 'f', baseSha: base });
// The runner's node, under /usr/bin/time: it writes the run's CPU seconds to a file.
const timed = benchTempDir('archgate-timed-');
const cpuFile = path.join(timed, 'cpu');
const wrapper = path.join(timed, 'node');
// bash, not sh: dash drops variables such as INPUT_GITHUB-TOKEN whose names have a hyphen.
writeFileSync(wrapper, `#!/bin/bash\nexec /usr/bin/time -f '%U %S' -o '${cpuFile}' '${NODE}' "$@"\n`);
chmodSync(wrapper, 0o755);
// The main thread's own CPU time when the first request starts, when its answer is in, and at exit
// (node >= 23.9; NaN before). What it spends once the answer is in is what GitHub's latency cannot hide. On a runner whose
// cores are free, the run's wall time is about node's start plus this plus what the main thread
// waits for (GitHub, mermaid's worker beyond what overlaps): unlike the wall time, it barely
// stretches with a loaded machine's load, and unlike the CPU of all threads, it leaves out
// the work that runs beside the main thread.
const mainCpuFile = path.join(timed, 'main-cpu');
const mainCpuHook = path.join(timed, 'main-cpu.mjs');
writeFileSync(
  mainCpuHook,
  [
    "import { writeFileSync } from 'node:fs';",
    "import { subscribe, unsubscribe } from 'node:diagnostics_channel';",
    "import { isMainThread } from 'node:worker_threads';",
    'const ms = () => { const u = process.threadCpuUsage?.(); return u ? (u.user + u.system) / 1000 : NaN; };',
    'let first = NaN;',
    'let answered = NaN;',
    'const sent = () => { first = ms(); unsubscribe("http.client.request.start", sent); };',
    'const answer = () => { answered = ms(); unsubscribe("http.client.response.finish", answer); };',
    'if (isMainThread) {',
    '  subscribe("http.client.request.start", sent);',
    '  subscribe("http.client.response.finish", answer);',
    `  process.on('exit', () => writeFileSync(${JSON.stringify(mainCpuFile)}, JSON.stringify([first, answered, ms()])));`,
    '}',
  ].join('\n'),
);
let pushes = 0;
let opened = 100;
const whole = async (dist: string, pull: number) => {
  if (NEW_PULL) gh.openPull({ number: (pull = ++opened), headSha: head, headRef: `f${opened}`, baseSha: base });
  if (NEW_PUSH) {
    const pr = gh.pulls.get(pull)!;
    pr.headSha = gh.commit({ 'docs/architecture.md': `${demo('architecture.md')}\nPush ${++pushes}.\n` }, base, `push ${pushes}`);
  }
  if (NEW_DIAGRAM) {
    const pr = gh.pulls.get(pull)!;
    pr.headSha = gh.commit({ 'docs/architecture.md': `${demo('architecture.md')}\n## Push ${++pushes}\n\n\`\`\`mermaid\nflowchart LR\n  push_${pushes}["Push ${pushes}"] --> done\n\`\`\`\n` }, base, `push ${pushes}`);
  }
  let first = NaN;
  gh.onArrival = () => {
    gh.onArrival = null;
    first = performance.now() - t;
  };
  const t = performance.now();
  const run = await runAction(gh, 'pull_request', pullRequestEvent(gh, pull, NEW_PULL ? 'opened' : 'synchronize'), {}, wrapper, { NODE_OPTIONS: `--import ${mainCpuHook}` }, path.join(dist, 'index.js'));
  const wall = performance.now() - t;
  if (run.stderr) throw new Error(`${dist}: ${run.stderr}`);
  // The demo fails its gate (exit code 1): a run that did its work has a result.
  if (!run.outputs.result) throw new Error(`${dist}: the run ended without a result: ${run.stdout}`);
  // After "Command exited with non-zero status 1", the last line: user and system seconds.
  const [user, system] = readFileSync(cpuFile, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number);
  const [mainFirst, mainAnswered, mainCpu] = JSON.parse(readFileSync(mainCpuFile, 'utf8').replace(/null/g, '"NaN"')).map(Number) as number[];
  return { wall, cpu: (user + system) * 1000, first, mainCpu, mainFirst, mainAfter: mainCpu - mainAnswered };
};
// The comments exist from here on: every measured run is the steady state.
await whole(oldDist, 1);
await whole(newDist, 2);
const load = new LoadLog();
const times = { bare: [] as number[], old: [] as number[], new: [] as number[] };
const cpu = { bare: [] as number[], old: [] as number[], new: [] as number[] };
const first = { old: [] as number[], new: [] as number[] };
const mainCpu = { old: [] as number[], new: [] as number[] };
const mainFirst = { old: [] as number[], new: [] as number[] };
const mainAfter = { old: [] as number[], new: [] as number[] };
const measure = (which: 'old' | 'new', dist: string) => async () => {
  const { wall, cpu: ms, first: firstMs, mainCpu: mainMs, mainFirst: mainFirstMs, mainAfter: mainAfterMs } = await whole(dist, which === 'old' ? 1 : 2);
  mainCpu[which].push(mainMs);
  mainFirst[which].push(mainFirstMs);
  mainAfter[which].push(mainAfterMs);
  times[which].push(wall);
  first[which].push(firstMs);
  cpu[which].push(ms);
};
const bare = async () => {
  const run = await runOnceAsync({ name: 'node -e 0', cmd: NODE, args: ['-e', '0'] });
  times.bare.push(run.wallMs);
  cpu.bare.push(run.cpuMs);
};
const steps = [bare, measure('old', oldDist), measure('new', newDist)];
for (let round = 0; round < ROUNDS; round++) {
  load.sample();
  for (let k = 0; k < steps.length; k++) await steps[(k + round) % steps.length]();
  load.sample();
}
await gh.stop();
const spread = (xs: number[]) => `${median(xs).toFixed(0)} ms (${Math.min(...xs).toFixed(0)}–${Math.max(...xs).toFixed(0)})`;
const ratio = (xs: number[], ys: number[]) => xs.map((x, i) => x / ys[i]);
const r = (xs: number[]) => `${median(xs).toFixed(2)} (${Math.min(...xs).toFixed(2)}–${Math.max(...xs).toFixed(2)})`;
console.log('| measure | old | new | new / old (paired) |');
console.log('|---|---|---|---|');
console.log(`| whole run | ${spread(times.old)} | ${spread(times.new)} | ${r(ratio(times.new, times.old))} |`);
console.log(`| whole run / \`node -e 0\` (${spread(times.bare)}) | ${r(ratio(times.old, times.bare))} | ${r(ratio(times.new, times.bare))} | |`);
console.log(`| start to first request | ${spread(first.old)} | ${spread(first.new)} | ${r(ratio(first.new, first.old))} |`);
console.log(`| first request / \`node -e 0\` | ${r(ratio(first.old, times.bare))} | ${r(ratio(first.new, times.bare))} | |`);
console.log(`| CPU (all threads; 10 ms steps) | ${spread(cpu.old)} | ${spread(cpu.new)} | ${r(ratio(cpu.new, cpu.old))} |`);
console.log(`| main thread's CPU to the first request | ${spread(mainFirst.old)} | ${spread(mainFirst.new)} | ${r(ratio(mainFirst.new, mainFirst.old))} |`);
console.log(`| main thread's CPU once the first answer is in | ${spread(mainAfter.old)} | ${spread(mainAfter.new)} | ${r(ratio(mainAfter.new, mainAfter.old))} |`);
console.log(`| main thread's CPU | ${spread(mainCpu.old)} | ${spread(mainCpu.new)} | ${r(ratio(mainCpu.new, mainCpu.old))} |`);
console.log(`| CPU / \`node -e 0\`'s (${spread(cpu.bare)}) | ${r(ratio(cpu.old, cpu.bare))} | ${r(ratio(cpu.new, cpu.bare))} | |`);
console.log(`\n${path.relative(ROOT, DOCS)}${NEW_DIAGRAM ? ', each run on a push adding a diagram never seen' : ''}${NEW_PUSH ? ', each run on a new push (the comment updated)' : ''}${NEW_PULL ? ', each run on a pull request just opened (the comment created)' : ''}${SKIP ? ', a pull request changing only the README (skipped)' : ''}; ${ROUNDS} rounds; each answer held ${LATENCY} ms; node ${NODE === process.execPath ? process.version : NODE}. Load: ${load.describe()}.`);
