// Does the Action's run wait for mermaid, on a runner whose two cores are its own? On a shared
// machine the wall clock cannot say: the main thread and mermaid's worker share whatever the other
// processes leave, so a wait for mermaid's verdicts stretches with the load. Each thread's own CPU
// time stretches much less. This builds an unminified bundle, marks in it the moments that matter
// (the worker created; each check reaching its wait for mermaid's verdicts and getting them; the
// worker answering; the review's start, publish and end; every request), records each thread's
// CPU time at every mark (process.threadCpuUsage, node >= 23.9), and estimates, per round, the wait
// on two free cores: each thread runs as fast as its CPU time says, so the verdicts are in at
// (the main thread's CPU when it created the worker) + (the worker's CPU at its last answer), and
// the main thread waits for them only if that comes after its own CPU at the last check's wait.
// Not a test: it reads clocks.
//
//   npx tsx bench/action-critical-path.ts [--rounds N] [--node BIN] [--new-pull | --new-push]
//
// Default: the steady state (the same head again, the comment there: mermaid's verdicts carried,
// no worker). --new-pull: a pull request just opened. --new-push: a new push changing a sentence.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from '../test/helpers.js';
import { FakeGitHub } from '../test/fake-github/server.js';
import { pullRequestEvent, runAction } from '../test/fake-github/run-action.js';
import { median } from './measure.js';

const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args.splice(i, 2)[1] : undefined;
};
const ROUNDS = Number(flag('--rounds') ?? 7);
const bin = flag('--node') ?? process.execPath;
const NEW_PULL = args.includes('--new-pull');
const NEW_PUSH = args.includes('--new-push');

/** Each mark: a line of the plain bundle it goes before or after (the build must still have it: else this stops). */
const MARKS: { file: RegExp; line: string; before?: string; after?: string }[] = [
  { file: /^chunks\/.*\.js$/, line: '  if (verdicts) await verdicts;', before: 'globalThis.__mark?.("check waits for mermaid");', after: 'globalThis.__mark?.("check has the verdicts");' },
  { file: /^chunks\/.*\.js$/, line: '      const worker = new Worker(this.file, { workerData: { compileCache: this.compileCache } });', before: 'globalThis.__mark?.("worker created");' },
  { file: /^mermaid-worker\.js$/, line: '    parentPort?.postMessage({ id: request.id, verdict: v, work });', before: 'globalThis.__mark?.("worker answers");' },
  { file: /^chunks\/.*\.js$/, line: '  await runReview(host, settings);', before: 'globalThis.__mark?.("review starts");', after: 'globalThis.__mark?.("review ends");' },
  { file: /^chunks\/.*\.js$/, line: '  await host.publish(review);', before: 'globalThis.__mark?.("publish");' },
];

function build(): { dist: string; cleanup: () => void } {
  mkdirSync(path.join(ROOT, 'scratch'), { recursive: true });
  const dist = mkdtempSync(path.join(ROOT, 'scratch', 'marks-'));
  const r = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, env: { ...process.env, ARCHGATE_BUILD_DIR: dist, ARCHGATE_BUILD_PLAIN: '1' }, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('the plain build failed');
  const files = [...readdirSync(path.join(dist, 'chunks')).map((f) => `chunks/${f}`), ...readdirSync(dist).filter((f) => f.endsWith('.js'))];
  for (const mark of MARKS) {
    let found = 0;
    for (const f of files.filter((x) => mark.file.test(x))) {
      const file = path.join(dist, f);
      const lines = readFileSync(file, 'utf8').split('\n');
      const at = lines.indexOf(mark.line);
      if (at < 0) continue;
      found++;
      lines[at] = `${mark.before ?? ''}${mark.line}${mark.after ?? ''}`;
      writeFileSync(file, lines.join('\n'));
    }
    if (found !== 1) throw new Error(`the mark's line is in ${found} files of the build, not 1: ${mark.line.trim()}`);
  }
  return { dist, cleanup: () => rmSync(dist, { recursive: true, force: true }) };
}

const { dist, cleanup } = build();
const tmp = mkdtempSync(path.join(os.tmpdir(), 'archgate-marks-'));
const marksFile = path.join(tmp, 'marks.tsv');
const hook = path.join(tmp, 'marks.mjs');
writeFileSync(
  hook,
  [
    "import { appendFileSync } from 'node:fs';",
    "import { subscribe } from 'node:diagnostics_channel';",
    "import { isMainThread } from 'node:worker_threads';",
    "const who = isMainThread ? 'main' : 'worker';",
    'const cpu = () => { const u = process.threadCpuUsage(); return (u.user + u.system) / 1000; };',
    `globalThis.__mark = (label) => appendFileSync(${JSON.stringify(marksFile)}, who + '\\t' + label + '\\t' + cpu() + '\\n');`,
    "globalThis.__mark('thread starts');",
    'if (isMainThread) {',
    "  subscribe('http.client.request.start', ({ request }) => globalThis.__mark('request ' + request.method + ' ' + request.path.replace(/\\?.*/, '')));",
    "  process.on('exit', () => globalThis.__mark('exit'));",
    '}',
  ].join('\n'),
);

const demo = (f: string) => readFileSync(path.join(ROOT, 'examples/demo/docs', f), 'utf8');
const gh = new FakeGitHub();
await gh.start();
const rows: { mainAtWorker: number; workerAtLastAnswer: number; mainAtLastWait: number; mainAtExit: number; wait: number; lines: string[] }[] = [];
try {
  const base = gh.commit({ 'docs/prd.md': demo('prd.md'), 'docs/architecture.md': demo('architecture.md') });
  const head = gh.commit({ 'docs/architecture.md': `${demo('architecture.md')}\n` }, base);
  gh.openPull({ number: 1, headSha: head, headRef: 'f', baseSha: base });
  const env = { NODE_OPTIONS: `--import ${hook}` };
  await runAction(gh, 'pull_request', pullRequestEvent(gh, 1), {}, bin, {}, path.join(dist, 'index.js')); // the comment exists from here on
  for (let round = 0; round < ROUNDS; round++) {
    let pull = 1;
    if (NEW_PULL) gh.openPull({ number: (pull = 100 + round), headSha: head, headRef: `f${round}`, baseSha: base });
    if (NEW_PUSH) gh.pulls.get(1)!.headSha = gh.commit({ 'docs/architecture.md': `${demo('architecture.md')}\nPush ${round}.\n` }, base, `push ${round}`);
    writeFileSync(marksFile, '');
    const run = await runAction(gh, 'pull_request', pullRequestEvent(gh, pull, NEW_PULL ? 'opened' : 'synchronize'), {}, bin, env, path.join(dist, 'index.js'));
    if (run.stderr || !run.outputs.result) throw new Error(`the run failed: ${run.stderr || run.stdout}`);
    const marks = readFileSync(marksFile, 'utf8').trim().split('\n').map((l) => l.split('\t')).map(([who, label, cpu]) => ({ who, label, cpu: Number(cpu) }));
    const last = (who: string, label: string) => marks.filter((m) => m.who === who && m.label === label).at(-1)?.cpu ?? NaN;
    const mainAtWorker = last('main', 'worker created');
    const workerAtLastAnswer = last('worker', 'worker answers');
    const mainAtLastWait = last('main', 'check waits for mermaid');
    const wait = Number.isNaN(workerAtLastAnswer) ? 0 : Math.max(0, mainAtWorker + workerAtLastAnswer - mainAtLastWait);
    rows.push({ mainAtWorker, workerAtLastAnswer, mainAtLastWait, mainAtExit: last('main', 'exit'), wait, lines: marks.map((m) => `${m.who.padEnd(6)} ${m.cpu.toFixed(1).padStart(7)} ms CPU: ${m.label}`) });
  }
} finally {
  await gh.stop();
  rmSync(tmp, { recursive: true, force: true });
  cleanup();
}
const med = (xs: number[]) => (xs.some(Number.isNaN) ? 'none' : `${median(xs).toFixed(0)} ms (${Math.min(...xs).toFixed(0)}–${Math.max(...xs).toFixed(0)})`);
console.log(`\nAction, demo docs, ${NEW_PULL ? 'a pull request just opened' : NEW_PUSH ? 'a new push' : 'the steady state'}; ${ROUNDS} rounds; node ${bin === process.execPath ? process.version : bin}; 1-minute load average ${os.loadavg()[0].toFixed(1)} at the end`);
console.log('| each thread\'s own CPU time | median (range) |');
console.log('|---|---|');
console.log(`| main thread, when it creates mermaid's worker | ${med(rows.map((r) => r.mainAtWorker))} |`);
console.log(`| worker, at its last answer | ${med(rows.map((r) => r.workerAtLastAnswer))} |`);
console.log(`| main thread, when the last check waits for mermaid's verdicts | ${med(rows.map((r) => r.mainAtLastWait))} |`);
console.log(`| main thread, at exit | ${med(rows.map((r) => r.mainAtExit))} |`);
console.log(`| the wait for mermaid on two free cores (estimate) | ${med(rows.map((r) => r.wait))}; rounds with a wait: ${rows.filter((r) => r.wait > 0).length} of ${rows.length} |`);
const typical = [...rows].sort((a, b) => a.mainAtExit - b.mainAtExit)[Math.floor(rows.length / 2)];
console.log(`\nThe marks of the median round (each thread's CPU since its start):`);
for (const l of typical.lines) console.log(`  ${l}`);
