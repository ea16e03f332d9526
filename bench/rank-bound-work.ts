// The work of ranking places to cite on realistic doc sets of growing size, counted, not timed:
// the places the bound step visits (postings walked), the places whose targets are read for an
// NFR's bonus (restated, tighter or counted), and the places scored exactly, summed over every NFR
// that is not cited, as a check asks for them.
//
//   npx tsx bench/rank-bound-work.ts [sizes in MB, default 0.25,1,2,5]
import { corpusPairs } from '../test/helpers.js';
import { countAskedPlaces } from '../test/asked-places.js';
import { buildView } from '../src/engine/engine.js';
import { resolveConfig } from '../src/config/resolve-config.js';
import { suggestionIndexOf, suggestPlaces, termsSharedByRequirements } from '../src/engine/cite-suggestions.js';
import type { DocSetInput } from '../src/engine/types.js';
import { realisticDocSet } from './realistic.js';

const sizes = (process.argv[2] ?? '0.25,1,2,5').split(',').map(Number);
const pairs = corpusPairs();
console.log('| MB | places | NFRs ranked | postings walked | targets read | places scored | walked / NFR | walked / place |');
console.log('|---|---|---|---|---|---|---|---|');
let previous: { mb: number; walked: number; scored: number } | null = null;
for (const mb of sizes) {
  const set = realisticDocSet(pairs, mb * 1e6);
  const input: DocSetInput = { name: 'realistic', prd: [{ path: 'docs/prd.md', text: set.prd }], architecture: [{ path: 'docs/architecture.md', text: set.architecture }], missing: [] };
  const view = buildView(input, resolveConfig({}).engine);
  const index = suggestionIndexOf(view.architecture!);
  let walked = 0;
  const postings = index.postings;
  index.postings = new (class extends Map<string, number[]> {
    override get(key: string) {
      const list = postings.get(key);
      walked += list?.length ?? 0;
      return list;
    }
  })(postings);
  const asked = countAskedPlaces(index);
  // The places whose targets an NFR reads (asked through a getter), counted once per NFR.
  const read = new Set<unknown>();
  let targetsRead = 0;
  for (const p of index.passages) {
    let targets = p.targets;
    Object.defineProperty(p, 'targets', {
      get: () => (read.add(p), targets),
      set: (value) => (targets = value),
    });
  }
  const sharedTerms = termsSharedByRequirements(view.requirements);
  let ranked = 0;
  let scored = 0;
  for (const row of view.coverage.rows) {
    if (row.status === 'covered' || row.requirement.kind !== 'nfr') continue;
    asked.clear();
    read.clear();
    suggestPlaces(row.requirement, index, undefined, sharedTerms);
    scored += asked.size;
    targetsRead += read.size;
    ranked++;
  }
  const growth = previous ? ` (exponent walked ${(Math.log(walked / previous.walked) / Math.log(mb / previous.mb)).toFixed(2)}, scored ${(Math.log(scored / previous.scored) / Math.log(mb / previous.mb)).toFixed(2)})` : '';
  console.log(`| ${mb} | ${index.passages.length} | ${ranked} | ${walked} | ${targetsRead} | ${scored} | ${(walked / ranked).toFixed(0)} | ${(walked / index.passages.length).toFixed(2)} |${growth}`);
  previous = { mb, walked, scored };
}
