// Where a warm check's time beyond the parse goes, by function: checks corpus pairs several times
// in process under V8's sampling profiler (node:inspector), then splits the samples inside
// checkDocSet into the parse (parseMarkdown and what it calls) and the rest, and lists the
// functions that rest spends its time in, inclusive and self, summed over the runs. The first
// run of each pair only warms up and is not profiled. Not a test: it reads the profiler's clock.
//
//   npx tsx bench/beyond-parse-profile.ts [pair numbers, default 23] [--runs N] [--top N] [--under NAME]
//
// --under NAME lists the callees of the function NAME instead (one level, merged by name).
import { Session } from 'node:inspector/promises';
import { corpusPairs } from '../test/helpers.js';
import { readDocSet } from '../src/io/read-doc-set.js';
import { checkDocSet } from '../src/engine/engine.js';
import { resolveConfig } from '../src/config/resolve-config.js';

const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args.splice(i, 2)[1] : undefined;
};
const RUNS = Number(flag('--runs') ?? 4);
const TOP = Number(flag('--top') ?? 30);
const UNDER = flag('--under');
const PAIRS = (args[0] ?? '23').split(',').map((s) => s.trim().padStart(2, '0'));

interface Frame {
  functionName: string;
  url: string;
}
interface Profile {
  nodes: { id: number; callFrame: Frame; children?: number[] }[];
  samples: number[];
  timeDeltas: number[];
}

const PARSE = /^(parseMarkdown|parsePiece|parseOnce)$/;
/** The index of the outermost frame (stacks are leaf first) named `name`, or -1. */
const outermost = (stack: Frame[], name: string) => {
  for (let i = stack.length - 1; i >= 0; i--) if (stack[i].functionName === name) return i;
  return -1;
};
const config = resolveConfig({}).engine;
const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 250 });

for (const pair of corpusPairs().filter((p) => PAIRS.includes(p.name.slice(0, 2)))) {
  const input = readDocSet(pair.dir, { name: pair.name, prd: pair.prd, architecture: pair.architecture });
  checkDocSet(input, config);
  await session.post('Profiler.start');
  for (let i = 0; i < RUNS; i++) checkDocSet(input, config);
  const { profile } = (await session.post('Profiler.stop')) as unknown as { profile: Profile };
  report(pair.name, profile);
}
session.disconnect();

function report(name: string, p: Profile): void {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const time = new Map<number, number>();
  p.samples.forEach((s, i) => time.set(s, (time.get(s) ?? 0) + p.timeDeltas[i]));
  const label = (f: Frame) => f.functionName || `(anonymous) ${f.url.split('/').slice(-2).join('/')}`;
  let parse = 0;
  let beyond = 0;
  let gc = 0;
  const inclusive = new Map<string, number>();
  const self = new Map<string, number>();
  const add = (m: Map<string, number>, k: string, t: number) => m.set(k, (m.get(k) ?? 0) + t);
  for (const [id, t] of time) {
    const stack: Frame[] = [];
    for (let x: number | undefined = id; x !== undefined; x = parent.get(x)) stack.push(byId.get(x)!.callFrame);
    if (stack[0].functionName === '(garbage collector)') gc += t;
    const check = outermost(stack, 'checkDocSet');
    if (check < 0) continue;
    if (stack.some((f) => PARSE.test(f.functionName))) {
      parse += t;
      continue;
    }
    beyond += t;
    if (UNDER) {
      const at = outermost(stack, UNDER);
      if (at > 0) add(inclusive, label(stack[at - 1]), t);
      else if (at === 0) add(inclusive, '(self)', t);
      continue;
    }
    add(self, label(stack[0]), t);
    for (const k of new Set(stack.slice(0, check + 1).map(label))) add(inclusive, k, t);
  }
  const ms = (us: number) => `${(us / 1000 / RUNS).toFixed(1)} ms`;
  console.log(`\n${name}, ${RUNS} warm checks, per check: parse ${ms(parse)}, beyond the parse ${ms(beyond)} (${((beyond / parse) * 100).toFixed(0)}% of parse), garbage collection anywhere ${ms(gc)}`);
  const table = (title: string, m: Map<string, number>) => {
    console.log(`\n| ${title} | per check | share of beyond |\n|---|---|---|`);
    for (const [k, t] of [...m].sort((a, b) => b[1] - a[1]).slice(0, TOP)) console.log(`| ${k} | ${ms(t)} | ${((t / beyond) * 100).toFixed(0)}% |`);
  };
  if (UNDER) table(`callees of ${UNDER}`, inclusive);
  else {
    table('function (inclusive)', inclusive);
    table('function (self)', self);
  }
}
