// What a run loads and what of it runs: builds archgate unminified (each module's code follows a
// "// path" comment), runs `archgate check` on a corpus pair under NODE_V8_COVERAGE, and for every
// chunk the run loaded, and every module in it, the bytes loaded and the bytes of functions that
// never ran. Code that loads and never runs costs compiling (at least V8's pre-parse) for nothing.
// Counts bytes; reads no clock. With --action: the Action's run instead (dist/index.js against the
// fake GitHub as npm run bench's section 4 runs it: the demo docs, comment mode, the comment there).
//
//   npx tsx bench/startup-modules.ts [pair number, default 09] [--dist DIR] [--top N] [--action] [-- extra check arguments]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { corpusPairs, ROOT } from '../test/helpers.js';
import { FakeGitHub } from '../test/fake-github/server.js';
import { openDemoPull } from './demo-pull.js';
import { pullRequestEvent, runAction } from '../test/fake-github/run-action.js';

const dash = process.argv.indexOf('--');
const args = process.argv.slice(2, dash < 0 ? undefined : dash);
const extra = dash < 0 ? [] : process.argv.slice(dash + 1);
const flag = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args.splice(i, 2)[1] : undefined;
};
const givenDist = flag('--dist');
const ACTION = args.includes('--action') ? (args.splice(args.indexOf('--action'), 1), true) : false;
const TOP = Number(flag('--top') ?? 25);
const PAIR = (args[0] ?? '09').padStart(2, '0');

interface Range {
  startOffset: number;
  endOffset: number;
  count: number;
}
interface ScriptCoverage {
  url: string;
  functions: { functionName: string; ranges: Range[] }[];
}

const dist = givenDist ? path.resolve(givenDist) : mkdtempSync(path.join(os.tmpdir(), 'archgate-plain-'));
if (!givenDist) {
  const r = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, env: { ...process.env, ARCHGATE_BUILD_DIR: dist, ARCHGATE_BUILD_PLAIN: '1' }, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('startup-modules: the plain build failed');
}
const coverageDir = mkdtempSync(path.join(os.tmpdir(), 'archgate-cov-'));
let cli: string[];
if (ACTION) {
  cli = ['(the Action: demo docs, a pull request changing the architecture, comment mode, the comment already there)'];
  const gh = new FakeGitHub();
  await gh.start();
  try {
    openDemoPull(gh);
    const script = path.join(dist, 'index.js');
    await runAction(gh, 'pull_request', pullRequestEvent(gh, 1), {}, process.execPath, {}, script);
    await runAction(gh, 'pull_request', pullRequestEvent(gh, 1), {}, process.execPath, { NODE_V8_COVERAGE: coverageDir }, script);
  } finally {
    await gh.stop();
  }
} else {
  const pair = corpusPairs().find((p) => p.name.startsWith(PAIR));
  if (!pair) throw new Error(`startup-modules: no corpus pair ${PAIR}`);
  cli = ['check', pair.dir, ...pair.prd.flatMap((p) => ['--prd', p]), ...pair.architecture.flatMap((p) => ['--architecture', p]), '--format', 'json', ...extra];
  spawnSync(process.execPath, [path.join(dist, 'cli.js'), ...cli], { env: { ...process.env, ARCHGATE_CACHE: 'off', NODE_V8_COVERAGE: coverageDir }, stdio: 'ignore' });
}

/** Bytes of a script whose innermost coverage range has count 0: code that never ran. */
function unrunBytes(functions: ScriptCoverage['functions'], length: number): Uint8Array {
  const unrun = new Uint8Array(length);
  // Ranges nest and come outer first; the innermost one decides, so later (inner) ranges overwrite.
  const ranges = functions.flatMap((f) => f.ranges).sort((a, b) => a.startOffset - b.startOffset || b.endOffset - a.endOffset);
  for (const r of ranges) unrun.fill(r.count === 0 ? 1 : 0, r.startOffset, Math.min(r.endOffset, length));
  return unrun;
}

/** Where each module's code starts in an unminified esbuild chunk: its "// path" comment lines. */
function modulesOf(text: string): { name: string; start: number; end: number }[] {
  const marks = [...text.matchAll(/^\/\/ ((?:node_modules|src)\/\S+)$/gm)].map((m) => ({ name: m[1], start: m.index }));
  return marks.map((m, i) => ({ ...m, end: marks[i + 1]?.start ?? text.length }));
}

/** A module's owner: its npm package, or its folder under src/. */
const ownerOf = (name: string) => (name.startsWith('node_modules/') ? name.split('/').slice(0, name.split('/')[1].startsWith('@') ? 3 : 2).join('/') : path.dirname(name));

const owners = new Map<string, { loaded: number; unrun: number }>();
const chunks: [string, number, number][] = [];
for (const file of readdirSync(coverageDir)) {
  const { result } = JSON.parse(readFileSync(path.join(coverageDir, file), 'utf8')) as { result: ScriptCoverage[] };
  for (const script of result) {
    if (!script.url.startsWith('file://')) continue;
    const at = fileURLToPath(script.url);
    if (!at.startsWith(dist)) continue;
    const text = readFileSync(at, 'utf8');
    // V8 counts UTF-16 offsets: the text as a JS string matches them.
    const unrun = unrunBytes(script.functions, text.length);
    const sum = (a: number, b: number) => unrun.subarray(a, b).reduce((n, x) => n + x, 0);
    const chunk = path.relative(dist, at);
    chunks.push([chunk, text.length, sum(0, text.length)]);
    for (const m of modulesOf(text)) {
      const o = owners.get(ownerOf(m.name)) ?? { loaded: 0, unrun: 0 };
      o.loaded += m.end - m.start;
      o.unrun += sum(m.start, m.end);
      owners.set(ownerOf(m.name), o);
    }
  }
}
rmSync(coverageDir, { recursive: true, force: true });
if (!givenDist) rmSync(dist, { recursive: true, force: true });

const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
console.log(`archgate ${cli.join(' ')}\n`);
console.log(`Chunks loaded: ${chunks.length}, ${kb(chunks.reduce((n, c) => n + c[1], 0))} of unminified code, ${kb(chunks.reduce((n, c) => n + c[2], 0))} of it never ran.\n`);
console.log('| chunk | loaded | never ran |');
console.log('|---|---|---|');
for (const [c, loaded, unrun] of chunks.sort((a, b) => b[1] - a[1])) console.log(`| ${c} | ${kb(loaded)} | ${kb(unrun)} (${((unrun / loaded) * 100).toFixed(0)}%) |`);
console.log(`\nBy package or source folder (top ${TOP} by bytes that never ran):\n`);
console.log('| owner | loaded | never ran |');
console.log('|---|---|---|');
for (const [o, r] of [...owners].sort((a, b) => b[1].unrun - a[1].unrun).slice(0, TOP)) console.log(`| ${o} | ${kb(r.loaded)} | ${kb(r.unrun)} (${((r.unrun / r.loaded) * 100).toFixed(0)}%) |`);
