// Where a big check's memory goes, counted not timed: the live heap after full collections at each
// phase of a check (documents read, view built, result, report, the JSON report written in
// chunks), in bytes per character of documents, then what each part of the result holds alone
// (dropped one by one): bytes per finding, per coverage row, per requirement. On realistic and
// synthetic doc sets of a size. Live data is what V8's heap-growth setting cannot cut
// (src/io/heap-growth.ts bounds garbage).
//
//   node --expose-gc --single-threaded-gc --import tsx bench/memory-phases.ts [sizes in MB, default 1,5] [--kinds realistic,synthetic]
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { corpusPairs } from '../test/helpers.js';
import { readDocSet } from '../src/io/read-doc-set.js';
import { buildView, checkDocSet } from '../src/engine/engine.js';
import { resolveConfig } from '../src/config/resolve-config.js';
import { buildReport } from '../src/report/report.js';
import { writeReportJson } from '../src/formatters/json.js';
import { realisticDocSet } from './realistic.js';
import { syntheticDocSet } from './synthetic.js';
import { benchTempDir } from './measure.js';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc --import tsx bench/memory-phases.ts');
const args = process.argv.slice(2);
const kindsAt = args.indexOf('--kinds');
const KINDS = kindsAt >= 0 ? args.splice(kindsAt, 2)[1].split(',') : ['realistic', 'synthetic'];
const SIZES = (args[0] ?? '1,5').split(',').map(Number);
const WORK = benchTempDir('archgate-memory-phases-');
const config = resolveConfig({}).engine;

// Collected until the heap stops shrinking: right after a big step, two full collections still
// leave about 20 bytes a character that a third frees (weakly held code and caches).
const liveHeap = () => {
  let before = Infinity;
  for (let used = collect(), rounds = 0; used < before && rounds < 8; used = collect(), rounds++) before = used;
  return Math.min(before, process.memoryUsage().heapUsed);
};
const collect = () => {
  gc();
  return process.memoryUsage().heapUsed;
};

console.log('| doc set | requirements | findings | JSON chars / doc char | input | view | result | + report | + JSON written | B / finding | B / coverage row | B / requirement | report B / requirement |');
console.log('|---|---|---|---|---|---|---|---|---|---|---|---|---|');
for (const mb of SIZES) {
  for (const kind of KINDS) {
    const set = kind === 'synthetic' ? syntheticDocSet(mb * 1e6) : realisticDocSet(corpusPairs(), mb * 1e6);
    const dir = path.join(WORK, `${kind}-${mb}`);
    mkdirSync(path.join(dir, 'docs'), { recursive: true });
    writeFileSync(path.join(dir, 'docs/prd.md'), set.prd);
    writeFileSync(path.join(dir, 'docs/architecture.md'), set.architecture);
    const empty = liveHeap();
    const input = readDocSet(dir, { name: 'default', prd: ['docs/prd.md'], architecture: ['docs/architecture.md'] });
    const chars = [...input.prd, ...input.architecture].reduce((n, f) => n + f.text.length, 0);
    const perChar = (bytes: number) => `${(bytes / chars).toFixed(1)} B/char`;
    const read = liveHeap();
    // The view (trees, IDs, coverage) as the rules see it, then dropped: the result does not hold it.
    let view: ReturnType<typeof buildView> | null = buildView(input, config);
    const viewed = liveHeap();
    view = null;
    const result = checkDocSet(input, config);
    const judged = liveHeap();
    let report: ReturnType<typeof buildReport> | null = buildReport([{ result }], 'error');
    const reported = liveHeap();
    // Written as the CLI writes it, to a sink that keeps only the count: what writing leaves held.
    let jsonChars = 0;
    writeReportJson(report, (chunk) => (jsonChars += chunk.length));
    const written = liveHeap();
    // Each part alone: dropped in turn, the heap it frees is what it held that nothing else holds.
    const counts = { findings: result.findings.length, rows: result.coverage.rows.length, requirements: result.requirements.length };
    const freed = (drop: () => void) => {
      const before = liveHeap();
      drop();
      return before - liveHeap();
    };
    const reportBytes = freed(() => (report = null));
    const findingBytes = freed(() => (result.findings = []));
    const rowBytes = freed(() => (result.coverage = { ...result.coverage, rows: [], drift: [] }));
    const requirementBytes = freed(() => (result.requirements = []));
    const per = (bytes: number, n: number) => (n ? (bytes / n).toFixed(0) : '—');
    console.log(`| ${kind} ${mb} MB | ${counts.requirements} | ${counts.findings} | ${(jsonChars / chars).toFixed(2)} | ${perChar(read - empty)} | ${perChar(viewed - read)} | ${perChar(judged - read)} | ${perChar(reported - judged)} | ${perChar(written - reported)} | ${per(findingBytes, counts.findings)} | ${per(rowBytes, counts.rows)} | ${per(requirementBytes, counts.requirements)} | ${per(reportBytes, counts.requirements)} |`);
    void view;
    void report;
  }
}
console.log('\nLive heap after full collections until it stops shrinking, above the phase before (view and result each above the documents read). B / finding, row, requirement: what dropping all of them freed, each after the ones to its left; report B / requirement: the report\'s own objects.');
