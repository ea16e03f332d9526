// Census of far misses: for every substantive NFR the top 3 misses whose labelled place ranks below
// 10th (or is not ranked at all; --all: every miss), the NFR's query terms with their weights, the
// labelled place's score and its rank by score alone ("byscore"; "demoted" when places scoring no
// more rank above it: the section order, see rankWithSummaries), the top 3, and every passage at the
// labelled line: its kind, length against the average, the weights' flags and the terms it shares.
// Prints documents' text: only for a set that is already seen, never a hold-out.
//   node --import tsx scripts/far-census.ts --labels=DIR --corpus=DIR [--skip=NN,..] [--all]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { checkDocSet, buildView } from '../src/engine/engine.js';
import { buildSuggestionIndex, rankPlaces } from '../src/engine/cite-suggestions.js';
import { resolveConfig } from '../src/config/resolve-config.js';
import { readDocSet } from '../src/io/read-doc-set.js';
import { normalizeId } from '../src/engine/ids.js';

const arg = (k: string) => process.argv.find((a) => a.startsWith(`--${k}=`))?.slice(k.length + 3);
const dir = path.resolve(arg('labels')!);
const CORPUS = path.resolve(arg('corpus')!);
const skip = (arg('skip') ?? '').split(',').filter(Boolean);
const all = process.argv.includes('--all');
const byPair = new Map<string, Record<string, { label: string; where: string; evidence: string }>>();
for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
  const name = file.replace(/(\.[a-z0-9]+)?\.json$/, '');
  byPair.set(name, { ...byPair.get(name), ...JSON.parse(readFileSync(path.join(dir, file), 'utf8')).labels });
}
for (const [name, labels] of byPair) {
  if (skip.some((s) => name.startsWith(s))) continue;
  const pdir = path.join(CORPUS, name);
  if (!existsSync(path.join(pdir, 'pair.json'))) continue;
  const pair = JSON.parse(readFileSync(path.join(pdir, 'pair.json'), 'utf8'));
  const list = (x: string | string[]) => (Array.isArray(x) ? x : [x]);
  const input = readDocSet(pdir, { name, prd: list(pair.prd), architecture: list(pair.architecture) });
  const engine = resolveConfig({}).engine;
  const result = checkDocSet(input, engine);
  const view = buildView(input, engine);
  if (!view.architecture) continue;
  const index = buildSuggestionIndex(view.architecture);
  for (const [id, label] of Object.entries(labels)) {
    if (label.label !== 'substantive') continue;
    const row = result.coverage.rows.find((r) => r.requirement.key === normalizeId(id));
    if (!row || row.status === 'covered') continue;
    const m = /^(\S+):(\d+)/.exec(label.where);
    const at = (file: string, line: number, end = line) => !!m && file === m[1] && Number(m[2]) >= line - 1 && Number(m[2]) <= end + 1;
    const hit = row.suggestions.slice(0, 3).some((s) => at(s.location.file, s.location.line, s.endLine)) || (row.implied && at(row.implied.location.file, row.implied.location.line));
    if (hit) continue;
    const ranked = rankPlaces(row.requirement, index, () => false, 0);
    const rank = ranked.findIndex((s) => at(s.location.file, s.location.line, s.endLine)) + 1;
    if (!all && rank >= 4 && rank <= 10) continue;
    const q = index.queries.get(row.requirement) as any;
    console.log(`\n=== ${path.basename(dir)} ${name} ${id} rank ${rank || '-'} of ${ranked.length}  want ${label.where.slice(0, 100)}`);
    console.log(`  NFR: ${row.requirement.title} | ${row.requirement.text.slice(0, 200).replace(/\n/g, ' ')}`);
    console.log(`  query: ${q ? q.weighted.slice(0, 10).map((x: any) => `${x.t}:${x.w.toFixed(2)}`).join(' ') : '-'}  norm ${q?.norm?.toFixed(2)}`);
    console.log(`  evidence: ${label.evidence?.slice(0, 160).replace(/\n/g, ' ')}`);
    if (rank) { const s = ranked[rank - 1]; const byScore = ranked.filter((r) => r.score > s.score).length + 1; console.log(`  byscore ${byScore} why ${ranked.slice(0, rank - 1).filter((r) => r.score <= s.score).length ? 'demoted' : ''}`); console.log(`  labelled: score ${s.score} ${s.confidence} [${s.heading}] shared ${s.shared.join(',')}`); }
    for (const [i, s] of ranked.slice(0, 3).entries()) console.log(`  top${i + 1}: ${s.score} ${s.location.file}:${s.location.line} [${s.heading.slice(0, 60)}] ${s.shared.join(',')} | ${s.evidence.slice(0, 90)}`);
    const ps = index.passages.filter((p) => m && p.passage.file === m[1] && Number(m[2]) >= p.passage.line - 1 && Number(m[2]) <= (p.passage.nestedEnd ?? p.passage.endLine) + 1);
    if (!ps.length) console.log(`  NO PASSAGE at ${m?.[1]}:${m?.[2]}`);
    for (const p of ps) {
      const flags = ['restatement', 'mapping', 'saysMet', 'glossary', 'bookkeeping', 'reading', 'problemSide', 'dataDefinition', 'pointer'].filter((f) => (p as any)[f]);
      const sharedT = q ? q.weighted.filter((x: any) => p.terms.has(x.t) || p.context.has(x.t)).map((x: any) => `${x.t}${p.terms.has(x.t) ? '' : '(ctx)'}`) : [];
      console.log(`  passage ${p.passage.kind} ${p.passage.line}-${p.passage.endLine} len ${p.length} (avg ${index.averageLength.toFixed(0)}) flags [${flags.join(',')}]${p.passage.diagram !== undefined ? ' diagram' : ''}${p.clauses ? ` clauses ${p.clauses.length}` : ''} shared ${sharedT.join(',')}`);
      console.log(`     [${p.passage.heading.slice(0, 80)}] ${(p.passage.lead ? p.passage.lead + ': ' : '')}${p.passage.text.slice(0, 200).replace(/\n/g, ' / ')}`);
    }
  }
}
