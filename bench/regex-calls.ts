// The case-insensitive Unicode regular expressions (flags i and u) a check of a doc set runs, each
// replayed on its own over every input the check gave it, with its CPU time as written and as
// rewritten two ways that would keep its matches only where a test proves it: without the u flag
// (where it compiles and names no \p{…}), and with each \b before a letter or a group written
// (?<!\w). A pattern with an alternative that opens on \b runs several times slower under iu
// (test/boundary-rewrite.test.ts, src/engine/terms.ts); the u flag alone costs next to nothing.
//
//   npx tsx bench/regex-calls.ts DIST DOC_SET_DIR [--top 30] [--passes 3]
//
// DOC_SET_DIR is a folder `archgate check` reads (bench/compare-scale.ts writes realistic ones).
// Cells are CPU ms for one run's calls: the least of --passes passes (the first pass compiles).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { benchTempDir } from './measure.js';

const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args.splice(i, 2)[1] : undefined;
};
const TOP = Number(flag('--top') ?? 30);
const PASSES = Number(flag('--passes') ?? 3);
const [dist, docSet] = args;
if (!dist || !docSet) throw new Error('usage: npx tsx bench/regex-calls.ts DIST DOC_SET_DIR [--top 30] [--passes 3]');

const out = path.join(benchTempDir('archgate-regex-calls-'), 'calls.json');
const child = new URL('./regex-calls-child.mjs', import.meta.url).pathname;
try {
  execFileSync(process.execPath, ['--max-old-space-size=6000', '--import', child, path.resolve(dist, 'cli.js'), 'check', docSet, '--format', 'json'], {
    env: { ...process.env, ARCHGATE_CACHE: 'off', REGEX_CALLS_OUT: out },
    stdio: ['ignore', 'ignore', 'inherit'],
    maxBuffer: 1 << 30,
  });
} catch (e) {
  // check exits 1 when it finds something: the calls are written all the same.
  if ((e as { status?: number }).status !== 1) throw e;
}
const rows = JSON.parse(readFileSync(out, 'utf8')) as { flags: string; source: string; inputs: [string, number][] }[];

const cpuMs = (fn: () => void) => {
  const start = process.cpuUsage();
  fn();
  const { user, system } = process.cpuUsage(start);
  return (user + system) / 1000;
};
/** The least CPU time of the passes, each over every call of the run. */
function time(re: RegExp | null, inputs: string[]): number {
  if (!re) return NaN;
  const pass = () => {
    for (const text of inputs) {
      re.lastIndex = 0;
      re.exec(text);
    }
  };
  let best = Infinity;
  for (let p = 0; p < PASSES; p++) best = Math.min(best, cpuMs(pass));
  return best;
}
const compiled = (source: string, flags: string) => {
  try {
    return new RegExp(source, flags);
  } catch {
    return null;
  }
};

const table = rows.map((r) => {
  const inputs = r.inputs.flatMap(([text, n]) => Array<string>(n).fill(text));
  const named = /\\[pP]\{|\\u\{/.test(r.source);
  const bounded = r.source.replace(/\\b(?=[\p{L}\d_(\\])/gu, '(?<!\\w)');
  return {
    ...r,
    calls: inputs.length,
    distinct: r.inputs.length,
    asWritten: time(new RegExp(r.source, r.flags), inputs),
    withoutU: named ? NaN : time(compiled(r.source, r.flags.replace('u', '')), inputs),
    bounded: bounded === r.source ? NaN : time(compiled(bounded, r.flags), inputs),
  };
});
table.sort((a, b) => b.asWritten - a.asWritten);
const ms = (x: number) => (Number.isNaN(x) ? '' : x.toFixed(1));
const sum = table.reduce((a, r) => a + r.asWritten, 0);
console.log(`${table.length} patterns with i and u, ${table.reduce((a, r) => a + r.calls, 0)} calls; ${sum.toFixed(0)} ms CPU as written, one run's calls`);
console.log('| CPU ms as written | without u | \\b as (?<!\\w) | calls (distinct inputs) | flags | pattern |');
console.log('|---|---|---|---|---|---|');
for (const r of table.slice(0, TOP)) {
  console.log(`| ${ms(r.asWritten)} | ${ms(r.withoutU)} | ${ms(r.bounded)} | ${r.calls} (${r.distinct}) | ${r.flags} | \`${r.source.slice(0, 70).replace(/\|/g, '\\|')}…\` |`);
}
