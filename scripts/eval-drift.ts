// Measures trace/citation-drift on drifted citations made from real architectures
// (test/drift-cases.ts): flagged drifted / all drifted and flagged right / all right, per
// architecture, the held-out one marked. Lists every finding and every miss.
// --scores lists every finding with how close the cited, the closer and the runner-up NFR read.
//   node --import tsx scripts/eval-drift.ts [--held-out] [--verbose] [--scores]
import { buildView } from '../src/engine/engine.js';
import { resolveConfig } from '../src/config/resolve-config.js';
import { DRIFT_CASES, driftInput, measureDrift } from '../test/drift-cases.js';

const verbose = process.argv.includes('--verbose');
// The held-out architecture is measured only when asked, so that tuning does not look at it.
const heldOut = process.argv.includes('--held-out');
for (const c of DRIFT_CASES.filter((x) => !x.heldOut || heldOut)) {
  const m = measureDrift(c);
  const hit = m.drifted.filter((d) => d.flagged).length;
  const wrong = m.right.filter((r) => r.flagged).length;
  console.log(`${c.pair}${c.name ? ` [${c.name}]` : ''}${c.heldOut ? ' (held out)' : ''}: drifted flagged ${hit}/${m.drifted.length}, right flagged ${wrong}/${m.right.length}`);
  for (const d of m.drifted.filter((x) => !x.flagged)) console.log(`  missed drifted at line ${d.line}`);
  for (const r of m.right.filter((x) => x.flagged)) console.log(`  flagged right at line ${r.line}`);
  if (verbose) for (const f of m.findings) console.log(`  ${f.line}: ${f.message}`);
  if (process.argv.includes('--scores'))
    for (const d of buildView(driftInput(c), resolveConfig({}).engine).coverage.drift) {
      const s = d.scores;
      console.log(`  ${d.location.file}:${d.location.line} cites ${d.group?.written ?? d.cited.id}, closer ${d.closer?.id ?? '-'}: cited ${s.cited.toFixed(3)} closest ${s.closest.toFixed(3)} runner-up ${s.runnerUp.toFixed(3)}`);
    }
}
