// Measures the ranking of places to cite without hand labels: for every NFR an architecture
// cites (outside a requirements overview), is a place that cites it among the top 3 places ranked
// for it? The query never contains the ID, so the citation itself does not help. Authors cite
// where they say how a requirement is met, so this is a second, label-free view of the ranking,
// larger than the labelled set (one project's two pairs still weigh most).
// The held-out pairs of eval-coverage and the pairs with fresh labels (20, 23, 24) are left out.
//   node --import tsx scripts/eval-cited-places.ts
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkDocSet, buildView } from '../src/engine/engine.js';
import { buildSuggestionIndex, rankPlaces } from '../src/engine/cite-suggestions.js';
import { resolveConfig } from '../src/config/resolve-config.js';
import { readDocSet } from '../src/io/read-doc-set.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CORPUS = path.resolve(ROOT, '../shared/corpus');
const LEFT_OUT = ['07-', '11-', '18-', '26-', '20-', '23-', '24-'];

let nfrs = 0;
let first = 0;
let top3 = 0;
let reciprocal = 0;
const perPair: string[] = [];
for (const name of readdirSync(CORPUS).sort()) {
  if (LEFT_OUT.some((p) => name.startsWith(p))) continue;
  const pair = JSON.parse(readFileSync(path.join(CORPUS, name, 'pair.json'), 'utf8'));
  const list = (x: string | string[]) => (Array.isArray(x) ? x : [x]);
  const input = readDocSet(path.join(CORPUS, name), { name, prd: list(pair.prd), architecture: list(pair.architecture) });
  const engine = resolveConfig({}).engine;
  const result = checkDocSet(input, engine);
  const architecture = buildView(input, engine).architecture;
  if (!architecture) continue;
  const index = buildSuggestionIndex(architecture);
  let n = 0;
  let hits = 0;
  for (const row of result.coverage.rows) {
    if (row.requirement.kind !== 'nfr' || row.status !== 'covered') continue;
    const cites = (file: string, line: number, endLine: number) => row.citations.some((c) => c.file === file && c.line >= line && c.line <= endLine);
    // Only NFRs cited at a place the ranking may offer: a requirements overview is never one.
    if (!index.passages.some((p) => !p.restatement && cites(p.passage.file, p.passage.line, p.passage.endLine))) continue;
    const rank = rankPlaces(row.requirement, index, () => false, 0, 20).findIndex((s) => cites(s.location.file, s.location.line, s.endLine)) + 1;
    n++;
    if (rank === 1) first++;
    if (rank >= 1 && rank <= 3) hits++;
    if (rank) reciprocal += 1 / rank;
  }
  nfrs += n;
  top3 += hits;
  if (n) perPair.push(`${name.slice(0, 2)} ${hits}/${n}`);
}
const ratio = (a: number, b: number) => (b ? (a / b).toFixed(2) : '—');
console.log(`cited NFRs ${nfrs}: citing place first ${first}, in the top 3 ${ratio(top3, nfrs)} (${top3}/${nfrs}), MRR ${ratio(reciprocal, nfrs)}; per pair: ${perPair.join(', ')}`);
