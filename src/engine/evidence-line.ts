import type { ParsedFile } from './document.js';
import type { Passage } from './passages.js';
import { endsStatementBefore } from './cite-edit.js';
import { termCounts } from './terms.js';
import { parseTargets } from './targets.js';
import type { Target } from './types.js';

// The line of a place a reader cites: of a paragraph or list item over several lines (and of a
// list item's nested items, which it is ranked with), the sentence, line or sub-item that carries
// the evidence, not the place's first line ("- **GPU-accelerated properties:**" over the sub-item
// "- `will-change: transform` for optimizations"). That is also where a citation is written.

/** Lines of a place read one by one, at most: a place of ten thousand lines names one of its first. */
export const EVIDENCE_LINES = 40;
/** Characters of a line read, at most: a line of a megabyte is read once, and no further than this. */
export const EVIDENCE_LINE_CHARS = 2000;

export interface SourceLine {
  line: number;
  text: string;
  terms: ReadonlySet<string>;
  /** The targets it writes, parsed once however many requirements ask. */
  targets?: Target[];
  /** A line of a code block or a table inside the place: never named, and a statement ends before it. */
  closed?: true;
}

/** What a line is weighed by, for one requirement and one place. */
export interface LineEvidence {
  /** The distinctive terms the place shares with the requirement, with their weight. */
  shared: readonly { t: string; w: number }[];
  /** Whether targets a line writes restate the requirement's (only asked when the place restates it). */
  restates?: (targets: readonly Target[]) => boolean;
  /** All the requirement's own words, common ones too: of two lines sharing as much, the one writing more of them ("1,000 members per fund"). */
  words: ReadonlyMap<string, number>;
}

const starts = new WeakMap<ParsedFile, Uint32Array>();
/** Where each line of a file starts, found once per file. */
function lineStarts(file: ParsedFile): Uint32Array {
  let out = starts.get(file);
  if (!out) {
    out = new Uint32Array(Math.max(1, file.lineCount));
    let n = 1;
    for (let i = file.text.indexOf('\n'); i !== -1 && n < out.length; i = file.text.indexOf('\n', i + 1)) out[n++] = i + 1;
    starts.set(file, out);
  }
  return out;
}

const read = new WeakMap<Passage, readonly SourceLine[]>();
const FENCE = /^\s*(?:[-*+]\s+|\d+[.)]\s+)?(?:```|~~~)/;
const TABLE_LINE = /^\s*\|/;
const NOTHING: ReadonlySet<string> = new Set();
/** The lines of a place and of its nested items, with their terms, read once per place (none for a place of one line). */
export function passageLines(file: ParsedFile, p: Passage): readonly SourceLine[] {
  let lines = read.get(p);
  if (lines) return lines;
  const out: SourceLine[] = [];
  const last = Math.min(p.nestedEnd ?? p.endLine, p.line + EVIDENCE_LINES - 1);
  if ((p.kind === 'paragraph' || p.kind === 'item') && last > p.line) {
    const at = lineStarts(file);
    let fenced = false;
    for (let l = p.line; l <= last && l <= at.length; l++) {
      const from = at[l - 1];
      const nl = l < at.length ? at[l] - 1 : file.text.length;
      // trimEnd, not /\s+$/: the pattern tries every space of a run as a start (the square of the line).
      const text = file.text.slice(from, Math.min(nl, from + EVIDENCE_LINE_CHARS)).trimEnd();
      // A code block or a table inside an item is no line a citation can end: read as saying nothing.
      const fence = FENCE.test(text);
      const closed = fenced || fence || TABLE_LINE.test(text);
      if (fence) fenced = !fenced;
      out.push({ line: l, text, terms: closed ? NOTHING : new Set(termCounts(text).keys()), ...(closed ? { closed } : {}) });
    }
  }
  read.set(p, (lines = out));
  return lines;
}

/**
 * The line of a place that carries the evidence and the last line of its statement (where a
 * citation of it goes): the line that restates the target, else shares the most weight of the
 * requirement's distinctive terms (its mechanisms among them), else writes the most of its words;
 * ties go to the earliest. Null for a
 * place of one line, a heading, a row or code: its own line is the place.
 */
export function evidenceLineOf(file: ParsedFile, p: Passage, evidence: LineEvidence): { line: number; endLine: number } | null {
  const lines = passageLines(file, p);
  if (!lines.length) return null;
  let best = -1;
  let bestScore = -1;
  let bestWords = -1;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const { terms } = line;
    let score = 0;
    for (const { t, w } of evidence.shared) if (terms.has(t)) score += w;
    if (!line.closed && evidence.restates?.((line.targets ??= parseTargets(line.text)))) score += 1e6;
    // The smaller of the two sets is walked: a line of many words against a short requirement.
    let words = 0;
    if (evidence.words.size < terms.size) for (const t of evidence.words.keys()) words += terms.has(t) ? 1 : 0;
    else for (const t of terms) words += evidence.words.has(t) ? 1 : 0;
    if (score > bestScore || (score === bestScore && words > bestWords)) {
      best = i;
      bestScore = score;
      bestWords = words;
    }
  }
  // The place's own lines end at its last line; a nested item's at the end of the nesting.
  const end = lines[best].line <= p.endLine ? p.endLine : lines[lines.length - 1].line;
  let stop = best;
  while (lines[stop].line < end && stop + 1 < lines.length && lines[stop + 1].text.trim() && !lines[stop + 1].closed && !endsStatementBefore(lines[stop].text, lines[stop + 1].text)) stop++;
  return { line: lines[best].line, endLine: lines[stop].line };
}
