// What the parse costs in CPU and in garbage, by micromark extension and by section size: each
// variant parses the same corpus files in a process of its own (warm: one parse first, then the
// measured ones), paired and interleaved over rounds. Garbage is counted, not timed: bytes the
// young generation filled between collections, bytes scavenges moved on to the old generation,
// and the number of collections (v8.GCProfiler's heap figures around each collection).
//
//   npx tsx bench/parse-garbage.ts [pairs, default 01,14,23,24] [--rounds N] [--times N] [--realistic MB] [--variants core,+table,...,chunk16,...]
//
// --realistic parses a realistic doc set of that size (bench/realistic.ts) instead of the pairs.
// Variants: "core" (remark-parse alone), "+footnote", "+strikethrough", "+table", "+table-lookahead"
// (src/engine/gfm-table-lookahead.ts), "+tasklist", "+frontmatter" (core and that one extension),
// "archgate" (all of them, the table as the extension has it, whole files), "archgate-lookahead"
// (the same with the table as src/engine/markdown.ts loads it), "chunkN" (src/engine/markdown.ts's parseMarkdown, sections of at least
// N KB), "whole" (parseMarkdown, never cut).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import { fromMarkdown, type Extension as MdastExtension } from 'mdast-util-from-markdown';
import type { Extension } from 'micromark-util-types';
import { frontmatter } from 'micromark-extension-frontmatter';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import { parseMarkdown } from '../src/engine/markdown.js';
import { gfmTableWithLookahead } from '../src/engine/gfm-table-lookahead.js';
import { corpusPairs } from '../test/helpers.js';
import { readDocSet } from '../src/io/read-doc-set.js';
import { LoadLog, median, range } from './measure.js';
import { realisticDocSet } from './realistic.js';

// The text being parsed, for the table extension that looks ahead in it.
let parsing: string | null = null;
const EXTENSIONS: Record<string, () => [Extension, MdastExtension]> = {
  footnote: () => [gfmFootnote(), gfmFootnoteFromMarkdown()],
  strikethrough: () => [gfmStrikethrough(), gfmStrikethroughFromMarkdown()],
  table: () => [gfmTable(), gfmTableFromMarkdown()],
  'table-lookahead': () => [gfmTableWithLookahead(() => parsing), gfmTableFromMarkdown()],
  tasklist: () => [gfmTaskListItem(), gfmTaskListItemFromMarkdown()],
  frontmatter: () => [frontmatter(['yaml', 'toml']), frontmatterFromMarkdown(['yaml', 'toml'])],
};

const ALL = ['footnote', 'strikethrough', 'table-lookahead', 'tasklist', 'frontmatter'];

function parserFor(variant: string): (text: string) => unknown {
  const chunk = /^chunk(\d+)$/.exec(variant);
  if (chunk) return (text) => parseMarkdown(text, Number(chunk[1]) * 1024);
  if (variant === 'whole') return (text) => parseMarkdown(text, Infinity);
  const names = variant === 'core' ? [] : variant === 'archgate' ? ALL.map((n) => (n === 'table-lookahead' ? 'table' : n)) : variant === 'archgate-lookahead' ? ALL : [variant.replace(/^\+/, '')];
  const pairs = names.map((n) => {
    if (!EXTENSIONS[n]) throw new Error(`parse-garbage: unknown variant ${variant}`);
    return EXTENSIONS[n]();
  });
  const options = { extensions: pairs.map((p) => p[0]), mdastExtensions: pairs.map((p) => p[1]) };
  return (text) => {
    parsing = text;
    return fromMarkdown(text, options);
  };
}

interface Figures {
  cpuMs: number;
  youngMb: number;
  promotedMb: number;
  scavenges: number;
  majors: number;
  gcMs: number;
  peakHeapMb: number;
}

// GCProfiler names its fields in camel case, v8.getHeapSpaceStatistics() in snake case.
// The young generation is new_space and, for arrays too large for it, new_large_object_space.
const YOUNG = ['new_space', 'new_large_object_space'];
const used = (spaces: v8.HeapSpaceStatistics[], names: string[]) => spaces.filter((x) => names.includes(x.spaceName)).reduce((n, x) => n + x.spaceUsedSize, 0);
const usedNow = (names: string[]) => v8.getHeapSpaceStatistics().filter((x) => names.includes(x.space_name)).reduce((n, x) => n + x.space_used_size, 0);

/** In the child: parse every file `times` times after a first, unmeasured parse. */
function measure(variant: string, texts: string[], times: number): Figures {
  const parse = parserFor(variant);
  for (const t of texts) parse(t);
  const youngAtStart = usedNow(YOUNG);
  const profiler = new v8.GCProfiler();
  profiler.start();
  const cpu = process.cpuUsage();
  for (let i = 0; i < times; i++) for (const t of texts) parse(t);
  const spent = process.cpuUsage(cpu);
  const youngAtEnd = usedNow(YOUNG);
  const { statistics } = profiler.stop();
  let youngAfter = youngAtStart;
  let young = 0;
  let promoted = 0;
  let peak = 0;
  for (const s of statistics) {
    young += used(s.beforeGC.heapSpaceStatistics, YOUNG) - youngAfter;
    youngAfter = used(s.afterGC.heapSpaceStatistics, YOUNG);
    if (s.gcType === 'Scavenge') promoted += used(s.afterGC.heapSpaceStatistics, ['old_space', 'lo_space']) - used(s.beforeGC.heapSpaceStatistics, ['old_space', 'lo_space']);
    peak = Math.max(peak, s.beforeGC.heapStatistics.usedHeapSize);
  }
  young += youngAtEnd - youngAfter;
  const mb = (n: number) => n / 2 ** 20;
  return {
    cpuMs: (spent.user + spent.system) / 1000,
    youngMb: mb(young),
    promotedMb: mb(promoted),
    scavenges: statistics.filter((s) => s.gcType === 'Scavenge').length,
    majors: statistics.filter((s) => s.gcType !== 'Scavenge').length,
    gcMs: statistics.reduce((n, s) => n + s.cost, 0) / 1000,
    peakHeapMb: mb(peak),
  };
}

const args = process.argv.slice(2);
if (args[0] === '--child') {
  const [, variant, pairList, times, realisticMb] = args;
  const realistic = Number(realisticMb) > 0 ? realisticDocSet(corpusPairs(), Number(realisticMb) * 1e6) : null;
  const texts = realistic
    ? [realistic.prd, realistic.architecture]
    : corpusPairs()
    .filter((p) => pairList.split(',').includes(p.name.slice(0, 2)))
    .flatMap((p) => {
      const input = readDocSet(p.dir, { name: p.name, prd: p.prd, architecture: p.architecture });
      return [...input.prd, ...input.architecture].map((f) => f.text);
    });
  process.stdout.write(JSON.stringify(measure(variant, texts, Number(times))));
} else {
  const flag = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args.splice(i, 2)[1] : undefined;
  };
  const rounds = Number(flag('--rounds') ?? 5);
  const times = Number(flag('--times') ?? 3);
  const realisticMb = flag('--realistic') ?? '0';
  const variants = (flag('--variants') ?? 'core,+footnote,+strikethrough,+table,+table-lookahead,+tasklist,+frontmatter,archgate,archgate-lookahead').split(',');
  const pairs = (args[0] ?? '01,14,23,24').split(',').map((s) => s.trim().padStart(2, '0')).join(',');
  const self = fileURLToPath(import.meta.url);
  const load = new LoadLog();
  const runs = new Map<string, Figures[]>(variants.map((v) => [v, []]));
  for (let round = 0; round < rounds; round++) {
    load.sample();
    for (let k = 0; k < variants.length; k++) {
      const v = variants[(k + round) % variants.length];
      const r = spawnSync(process.execPath, ['--import', 'tsx', self, '--child', v, pairs, String(times), realisticMb], { encoding: 'utf8', maxBuffer: 1 << 26 });
      if (r.status !== 0) throw new Error(`parse-garbage: ${v} failed: ${r.stderr}`);
      runs.get(v)!.push(JSON.parse(r.stdout) as Figures);
    }
    load.sample();
  }
  const first = runs.get(variants[0])!;
  console.log(`${realisticMb !== '0' ? `A realistic doc set of ${realisticMb} MB` : `Pairs ${pairs}`}, each file parsed ${times} times per run after one warm-up parse; ${rounds} rounds, node ${process.version}. Ratios paired against "${variants[0]}" in the same round.\n`);
  console.log(`| variant | CPU | CPU / ${variants[0]} | young generation filled | promoted by scavenges | scavenges | major GCs | GC time | peak heap |`);
  console.log('|---|---|---|---|---|---|---|---|---|');
  for (const [v, rs] of runs) {
    const cpu = rs.map((r) => r.cpuMs);
    const ratio = rs.map((r, i) => r.cpuMs / first[i].cpuMs);
    const m = (f: (r: Figures) => number, digits = 0) => median(rs.map(f)).toFixed(digits);
    console.log(`| ${v} | ${median(cpu).toFixed(0)} ms (${range(cpu, 0)}) | ${median(ratio).toFixed(2)} (${range(ratio)}) | ${m((r) => r.youngMb)} MB | ${m((r) => r.promotedMb, 1)} MB | ${m((r) => r.scavenges)} | ${m((r) => r.majors)} | ${m((r) => r.gcMs)} ms | ${m((r) => r.peakHeapMb)} MB |`);
  }
  console.log(`\nLoad: ${load.describe()}.`);
}
