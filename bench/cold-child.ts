// One fresh process's first check (bench/cold-check.ts spawns it): imports the engine, reads one
// doc set, then times the first checkDocSet, the parse alone on fresh copies of the texts, and a
// second (warm) check. Prints one JSON line. Not a test: it reads clocks.
//
//   node cold-child.js DIR PRD[,PRD] ARCH[,ARCH] [first]
import { readDocSet } from '../src/io/read-doc-set.js';
import { checkDocSet } from '../src/engine/engine.js';
import { parseMarkdown } from '../src/engine/markdown.js';
import { resolveConfig } from '../src/config/resolve-config.js';

const [dir, prd, architecture, only] = process.argv.slice(2);
const config = resolveConfig({}, undefined, '2026-01-01').engine;
const input = readDocSet(dir, { name: 'cold', prd: prd.split(','), architecture: architecture.split(',') });
const c0 = process.cpuUsage();
const t0 = performance.now();
checkDocSet(input, config);
const t1 = performance.now();
// CPU time too: on a loaded machine the wall time also measures the others.
const c1 = process.cpuUsage(c0);
// Under --cpu-prof the first check alone is wanted: nothing after it shares its profile nodes.
if (only === 'first') process.exit(0);
// The parse alone, warm now: what the first check cost beyond it is the cold part.
for (const f of [...input.prd, ...input.architecture]) parseMarkdown(f.text);
const t2 = performance.now();
// A copy of the input: the engine keeps per-document caches keyed by object identity.
const copy = () => ({ ...input, prd: input.prd.map((f) => ({ ...f })), architecture: input.architecture.map((f) => ({ ...f })) });
checkDocSet(copy(), config);
const t3 = performance.now();
// V8 runs a pattern's first match on bytecode and compiles it to machine code on the next: the
// second check still pays for that, the third is warm.
checkDocSet(copy(), config);
const t4 = performance.now();
console.log(JSON.stringify({ coldMs: t1 - t0, coldCpuMs: (c1.user + c1.system) / 1000, warmParseMs: t2 - t1, secondMs: t3 - t2, warmMs: t4 - t3 }));
