// Measures trace/citation-drift on citations written into the places a careful reader found each
// uncited NFR met (../shared/labels/nfr-coverage, `substantive` labels): once with the NFR's own ID
// (a right citation: the rule should stay silent) and once with its neighbour's in the PRD (a
// drifted one). The places are real sentences, list items and table rows, worded as mechanisms,
// not as restatements: the hardest right citations for the rule. Labels measure; they do not tune.
// --labels=DIR --corpus=DIR measure on other labels and pair folders (the fresh sets:
// scripts/labels/nfr-coverage-fresh*, /work/fresh-corpus); --scores lists every finding with how
// close the cited, the closer and the runner-up NFR read (the margin the closer must win by).
//   node --import tsx scripts/eval-drift-labelled.ts [--verbose] [--scores] [--labels=DIR] [--corpus=DIR] [pair prefixes to leave out...]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { buildView, checkDocSet } from '../src/engine/engine.js';
import { resolveConfig } from '../src/config/resolve-config.js';
import { readDocSet } from '../src/io/read-doc-set.js';
import { passagesOf } from '../src/engine/passages.js';
import type { DocSetInput } from '../src/engine/types.js';
import { corpusPairs } from '../test/helpers.js';

const args = process.argv.slice(2);
const option = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const LABELS = path.resolve(option('labels') ?? path.join(import.meta.dirname, '../../shared/labels/nfr-coverage'));
const corpusDir = option('corpus');
const verbose = args.includes('--verbose');
const scores = args.includes('--scores');
const leaveOut = args.filter((a) => !a.startsWith('--'));

/** The pairs of --corpus=DIR (folders with a pair.json), else the shared corpus. */
function pairs() {
  if (!corpusDir) return corpusPairs();
  const list = (x: string | string[]) => (Array.isArray(x) ? x : [x]);
  return readdirSync(corpusDir)
    .filter((d) => existsSync(path.join(corpusDir, d, 'pair.json')))
    .map((d) => {
      const pair = JSON.parse(readFileSync(path.join(corpusDir, d, 'pair.json'), 'utf8'));
      return { name: d, dir: path.join(corpusDir, d), prd: list(pair.prd), architecture: list(pair.architecture) };
    });
}

interface Label {
  label: string;
  where: string;
}

/** " (NFR-5)" written where the place's words end: before a sentence's last full stop, at the end of the evidence's table cell, else at the end of the line. */
function cite(line: string, id: string, evidence: string): string {
  if (/^\s*\|/.test(line)) {
    const probe = evidence.replace(/[*_`]/g, '').slice(0, 12);
    const cells = line.split('|');
    const at = cells.findIndex((c, i) => i > 0 && i < cells.length - 1 && c.replace(/[*_`]/g, '').includes(probe));
    const i = at === -1 ? cells.length - 2 : at;
    cells[i] = `${cells[i].trimEnd()} (${id}) `;
    return cells.join('|');
  }
  const m = /^(.*?)([.。])(\s*)$/.exec(line);
  return m ? `${m[1]} (${id})${m[2]}${m[3]}` : `${line.trimEnd()} (${id})`;
}

let totals = { right: 0, rightFlagged: 0, drifted: 0, driftedFlagged: 0 };
let skipped = 0;
for (const file of existsSync(LABELS) ? readdirSync(LABELS).filter((f) => f.endsWith('.json')).sort() : []) {
  const { pair: name, labels } = JSON.parse(readFileSync(path.join(LABELS, file), 'utf8')) as { pair: string; labels: Record<string, Label & { evidence?: string }> };
  if (leaveOut.some((p) => name.startsWith(p))) continue;
  const pair = pairs().find((p) => p.name === name);
  if (!pair) continue;
  const read = () => readDocSet(pair.dir, { name: pair.name, prd: pair.prd, architecture: pair.architecture });
  const config = resolveConfig({}).engine;
  const base = read();
  const nfrIds = buildView(base, config).requirements.filter((r) => r.kind === 'nfr').map((r) => r.id);
  // Each labelled place, and the ID a drifted citation writes there: the next NFR of the PRD not labelled at the same place.
  const places = Object.entries(labels)
    .filter(([id, l]) => l.label === 'substantive' && nfrIds.includes(id) && /^\S+:\d+/.test(l.where))
    .map(([id, l]) => {
      const [, f, n] = /^(\S+):(\d+)/.exec(l.where)!;
      return { id, file: f, line: Number(n), evidence: l.evidence ?? '' };
    });
  const sameLine = (a: { file: string; line: number }, b: { file: string; line: number }) => a.file === b.file && a.line === b.line;
  const wrongId = (p: (typeof places)[number]) => {
    const i = nfrIds.indexOf(p.id);
    for (let k = 1; k < nfrIds.length; k++) {
      const other = nfrIds[(i + k) % nfrIds.length];
      if (!places.some((q) => q.id === other && sameLine(q, p))) return other;
    }
    return p.id;
  };
  for (const kind of ['right', 'drifted'] as const) {
    const input: DocSetInput = read();
    const written: { id: string; file: string; line: number }[] = [];
    for (const p of places) {
      const doc = input.architecture.find((f) => f.path === p.file);
      if (!doc) continue;
      const lines = doc.text.split('\n');
      // The label's line, or the nearest one within five that holds the start of its evidence (some labels are a line or two off).
      const plain = (t: string) => t.replace(/[*_`]/g, '');
      const probe = plain(p.evidence).slice(0, 24);
      const near = [0, -1, 1, -2, 2, -3, 3, -4, 4, -5, 5].map((d) => p.line + d).find((n) => probe && plain(lines[n - 1] ?? '').includes(probe));
      if (near === undefined) {
        skipped++;
        continue;
      }
      p.line = near;
      const id = kind === 'right' ? p.id : wrongId(p);
      lines[p.line - 1] = cite(lines[p.line - 1], id, p.evidence);
      doc.text = lines.join('\n');
      written.push({ id, file: p.file, line: p.line });
    }
    const view = buildView(input, config);
    if (scores)
      for (const d of view.coverage.drift) {
        const s = d.scores;
        // The closer NFR is right when a reader labelled it at the place the citation was written into.
        const meant = places.filter((p) => p.file === d.location.file && Math.abs(p.line - d.location.line) <= 5).map((p) => p.id);
        const verdict = !d.closer ? '' : kind === 'drifted' && meant.includes(d.closer.id) ? ' (closer labelled here)' : ` (closer not labelled here: ${meant.join(', ')})`;
        console.log(`  ${kind} ${name} ${d.location.file}:${d.location.line} cites ${d.group?.written ?? d.cited.id}, closer ${d.closer?.id ?? '-'}: cited ${s.cited.toFixed(3)} closest ${s.closest.toFixed(3)} runner-up ${s.runnerUp.toFixed(3)}${verdict}`);
      }
    const findings = checkDocSet(input, config).findings.filter((f) => f.rule === 'trace/citation-drift');
    for (const w of written) {
      // The narrowest place holding the line: a finding anywhere in it that names the written ID is this citation's.
      const place = passagesOf(view.architecture!)
        .filter((p) => p.file === w.file && p.line <= w.line && w.line <= p.endLine)
        .sort((a, b) => a.endLine - a.line - (b.endLine - b.line))[0];
      const from = place?.line ?? w.line;
      const to = place?.endLine ?? w.line;
      const hit = findings.find((f) => f.file === w.file && f.line >= from && f.line <= to && new RegExp(`cites [^"]*\\b${w.id}\\b[^"]* but`).test(f.message));
      totals = { ...totals, [kind]: totals[kind] + 1, [`${kind}Flagged`]: totals[`${kind}Flagged`] + (hit ? 1 : 0) };
      if (verbose && (hit ? kind === 'right' : kind === 'drifted')) console.log(`  ${name} ${w.file}:${w.line} ${kind} ${w.id}${hit ? ` flagged: ${hit.message}` : ' missed'}`);
    }
  }
}
console.log(`drifted flagged ${totals.driftedFlagged}/${totals.drifted}, right flagged ${totals.rightFlagged}/${totals.right} (${skipped / 2} labelled places left out: their evidence is not within five lines of the label)`);
