// Measures traceability on the hand-labelled corpus (../shared/labels/nfr-coverage): implied
// precision and recall, how often the labelled place is among the top 3 suggestions, and how
// many NFRs whose topic is absent got a `likely` suggestion. Held-out pairs are reported apart:
// they were not looked at while the ranking was tuned.
// Held-out pairs are measured only when asked (--held-out), and never printed one by one: each
// look at them spends some of their worth as unseen documents.
// --labels=DIR measures instead on other labels in the same format (`<pair>.json`, or several
// `<pair>.<reader>.json` files for one pair, merged), counted as one fresh set and printed only in
// aggregate: labels made by readers who never saw archgate's output, used once.
// --corpus=DIR looks the pair folders up in DIR instead of ../shared/corpus, for fresh pairs kept
// outside the shared corpus (e.g. --labels=DIR --corpus=/work/fresh-corpus).
// --places prints, for the seen sets, every right implied row whose implied place (where `archgate cite
// --accept implied` writes the citation) is not the labelled line (±2), and whether it is in the labelled
// line's section (under the same nearest heading); both figures are printed for every set.
// --rows prints, for a --labels set, every substantive NFR the top 3 (or the implied place) misses:
// the labelled place's rank and what outranks it. Only for a set that is already seen: asked for
// explicitly, never by default.
//   node --import tsx scripts/eval-coverage.ts [--verbose] [--rows] [--only=NN,..] [--skip=NN,..] [--held-out] [--places] [--labels=DIR] [--corpus=DIR]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkDocSet, buildView } from '../src/engine/engine.js';
import { buildSuggestionIndex, rankPlaces } from '../src/engine/cite-suggestions.js';
import { resolveConfig } from '../src/config/resolve-config.js';
import { readDocSet } from '../src/io/read-doc-set.js';
import { normalizeId } from '../src/engine/ids.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SHARED = path.resolve(ROOT, '../shared');
const LABELS = path.join(SHARED, 'labels/nfr-coverage');
const HELD_OUT = ['07-', '11-', '18-', '26-'];
const verbose = process.argv.includes('--verbose');
const rows = process.argv.includes('--rows');
// --only=NN[,NN] measures those pairs alone; --skip=NN[,NN] leaves them out (an engineer's own hold-out).
const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7).split(',');
const skip = process.argv.find((a) => a.startsWith('--skip='))?.slice(7).split(',') ?? [];
const measureHeldOut = process.argv.includes('--held-out');
const freshDir = process.argv.find((a) => a.startsWith('--labels='))?.slice(9);
const corpusArg = process.argv.find((a) => a.startsWith('--corpus='))?.slice(9);
const CORPUS = corpusArg ? path.resolve(corpusArg) : path.join(SHARED, 'corpus');

interface Label { label: 'substantive' | 'topical' | 'absent'; where: string; evidence: string }
const tally = () => ({ covered: 0, implied: 0, impliedRight: 0, substantive: 0, top3: 0, absent: 0, absentLikely: 0, topicalLikely: 0, topical: 0, placed: 0, sectioned: 0, likely: 0, likelyRight: 0, reciprocal: 0, rank4to10: 0, below10: 0, unread: 0 });
const sets = { 'held-in': tally(), 'held-out': tally(), fresh: tally() };

/** Label files by pair: `<pair>.json` and `<pair>.<reader>.json` merged. */
function labelFiles(dir: string): Map<string, Record<string, Label>> {
  const byPair = new Map<string, Record<string, Label>>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const name = file.replace(/(\.[a-z0-9]+)?\.json$/, '');
    const labels: Record<string, Label> = JSON.parse(readFileSync(path.join(dir, file), 'utf8')).labels;
    byPair.set(name, { ...byPair.get(name), ...labels });
  }
  return byPair;
}

for (const [name, labels] of labelFiles(freshDir ? path.resolve(freshDir) : LABELS)) {
  if ((only && !only.some((o) => name.startsWith(o))) || skip.some((o) => name.startsWith(o))) continue;
  const held = freshDir ? 'fresh' : HELD_OUT.some((p) => name.startsWith(p)) ? 'held-out' : 'held-in';
  if (held === 'held-out' && !measureHeldOut) continue;
  const dir = path.join(CORPUS, name);
  if (!existsSync(path.join(dir, 'pair.json'))) {
    console.log(`${name}: no pair folder with a pair.json in ${CORPUS}; give the folder that holds it with --corpus=DIR`);
    process.exitCode = 1;
    continue;
  }
  const pair = JSON.parse(readFileSync(path.join(dir, 'pair.json'), 'utf8'));
  const list = (x: string | string[]) => (Array.isArray(x) ? x : [x]);
  const input = readDocSet(dir, { name, prd: list(pair.prd), architecture: list(pair.architecture) });
  const engine = resolveConfig({}).engine;
  const result = checkDocSet(input, engine);
  const view = buildView(input, engine);
  const index = view.architecture ? buildSuggestionIndex(view.architecture) : null;
  const t = sets[held];
  for (const [id, label] of Object.entries(labels)) {
    const row = result.coverage.rows.find((r) => r.requirement.key === normalizeId(id));
    if (!row) {
      // Not read as an NFR at all: a user sees no finding and no place, so it counts as a miss.
      console.log(`${name} ${id}: no coverage row`);
      t.unread++;
      if (label.label === 'substantive') {
        t.substantive++;
        t.below10++;
      } else if (label.label === 'absent') t.absent++;
      else t.topical++;
      continue;
    }
    // Cited after all (e.g. through a range "NFR32-37" the pair's list missed): not an uncited NFR, so not measured here.
    if (row.status === 'covered') {
      t.covered++;
      continue;
    }
    const m = /^(\S+):(\d+)/.exec(label.where);
    const at = (file: string, line: number, end = line) => !!m && file === m[1] && Number(m[2]) >= line - 1 && Number(m[2]) <= end + 1;
    const hit = row.suggestions.slice(0, 3).some((s) => at(s.location.file, s.location.line, s.endLine)) || (row.implied && at(row.implied.location.file, row.implied.location.line));
    if (row.status === 'implied') {
      t.implied++;
      if (label.label === 'substantive') t.impliedRight++;
      // The implied place is where `archgate cite --accept implied` writes the citation: on the labelled line (±2)?
      const near = !!m && !!row.implied && row.implied.location.file === m[1] && Math.abs(row.implied.location.line - Number(m[2])) <= 2;
      // Else in the labelled line's section (under the same nearest heading), or in another.
      const sectionAt = (file: string, line: number) => view.architecture?.sections.filter((s) => s.file === file && s.line <= line).at(-1);
      const sameSection = near || (!!m && !!row.implied && row.implied.location.file === m[1] && sectionAt(m[1], Number(m[2])) === sectionAt(m[1], row.implied.location.line));
      if (label.label === 'substantive' && near) t.placed++;
      if (label.label === 'substantive' && sameSection) t.sectioned++;
      if (label.label === 'substantive' && !near && process.argv.includes('--places') && held !== 'held-out') console.log(`${name} ${id} implied ${sameSection ? 'in its section' : 'in another section'} at ${row.implied?.location.file}:${row.implied?.location.line}, labelled ${label.where.slice(0, 80)}\n  ${row.implied?.reason}`);
    }
    const likely = row.suggestions[0]?.confidence === 'likely';
    if (likely) {
      t.likely++;
      if (label.label === 'substantive') t.likelyRight++;
    }
    if (label.label === 'substantive') {
      t.substantive++;
      if (hit) t.top3++;
      // The labelled place's rank among every place ranked for it (1 when it is the implied place).
      const rank = hit && row.implied && at(row.implied.location.file, row.implied.location.line) ? 1 : (index ? rankPlaces(row.requirement, index, () => false, 0) : []).findIndex((s) => at(s.location.file, s.location.line, s.endLine)) + 1;
      if (rank) t.reciprocal += 1 / rank;
      if (!hit && rank >= 4 && rank <= 10) t.rank4to10++;
      else if (!hit) t.below10++;
    } else if (label.label === 'absent') {
      t.absent++;
      if (likely) t.absentLikely++;
    } else {
      t.topical++;
      if (likely) t.topicalLikely++;
    }
    if (process.argv.includes('--implied') && row.status === 'implied' && held === 'held-in') console.log(`${name} ${id} [${label.label}] ${row.implied?.location.line} ${row.implied?.reason}`);
    if (process.argv.includes('--scores') && held === 'held-in') { const b = row.suggestions[0]; const second = row.suggestions[1]; console.log(`SCORE ${label.label.padEnd(11)} ${row.status.padEnd(9)} ${b ? b.score.toFixed(2) : '-   '} ${second ? second.score.toFixed(2) : '-   '} ${b?.restated ? 'T' : ' '} ${hit ? 'hit' : '   '} ${b?.shared.join(',') ?? ''} ${name.slice(0, 3)}${id}`); }
    if (((verbose && held === 'held-in') || (rows && held === 'fresh')) && (label.label === 'substantive' ? !hit || row.status !== 'implied' : row.status === 'implied' || likely)) {
      console.log(`\n${name} ${id} [${label.label}] status=${row.status} hit=${hit}  want ${label.where}\n  ${row.requirement.title} | ${row.requirement.text.slice(0, 160)}`);
      if (row.implied) console.log(`  implied ${row.implied.location.line}: ${row.implied.reason}`);
      const all = index ? rankPlaces(row.requirement, index, () => false, 0) : [];
      const rank = all.findIndex((s) => at(s.location.file, s.location.line, s.endLine));
      console.log(`  labelled place ranks ${rank + 1} of ${all.length}${rank >= 0 ? ` score ${all[rank].score} ${all[rank].shared.join(',')}` : ''}`);
      for (const s of row.suggestions) console.log(`  ${s.confidence} ${s.score} ${s.location.file}:${s.location.line} [${s.heading}] ${s.shared.join(',')} ${s.restated ?? ''}\n      ${s.evidence.slice(0, 120)}`);
    }
  }
}

const ratio = (a: number, b: number) => (b ? (a / b).toFixed(2) : '—');
for (const [set, t] of Object.entries(sets)) {
  if ((set === 'held-out' && !measureHeldOut) || (set === 'fresh') !== !!freshDir) continue;
  console.log(
    `${set}: implied precision ${ratio(t.impliedRight, t.implied)} (${t.impliedRight}/${t.implied}), recall ${ratio(t.impliedRight, t.substantive)} (${t.impliedRight}/${t.substantive}), implied at the labelled line (±2) ${t.placed}/${t.impliedRight}, in its section ${t.sectioned}/${t.impliedRight}; ` +
      `top-3 ${ratio(t.top3, t.substantive)} (${t.top3}/${t.substantive}), MRR ${ratio(t.reciprocal, t.substantive)}, misses ranked 4th-10th ${t.rank4to10}, below ${t.below10}; likely precision ${ratio(t.likelyRight, t.likely)} (${t.likelyRight}/${t.likely}); absent with likely ${t.absentLikely}/${t.absent}; topical with likely ${t.topicalLikely}/${t.topical}${t.covered ? `; ${t.covered} labelled NFRs are cited after all (covered), left out` : ''}${t.unread ? `; ${t.unread} labelled NFRs not read as NFRs (no coverage row), counted as misses` : ''}`,
  );
}
