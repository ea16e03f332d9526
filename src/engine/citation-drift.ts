import type { ParsedDoc } from './document.js';
import { passagesOf, type Passage } from './passages.js';
import { resemblance, type SuggestionIndex } from './cite-suggestions.js';
import { termCounts } from './terms.js';
import { cjkWords, hasCjk, usesWord } from './cjk-words.js';
import { categoriesIn, saysNothingOf, sharesTitleWord, vocabularyOf } from './says-nothing-of.js';
import type { Location, Reference, Requirement, Target } from './types.js';
import { baseValue, parseTargets } from './targets.js';
import { carriesOwnPercentage, restatesTarget, tightensTarget, targetText } from './target-compare.js';
import { compareText } from './compare-text.js';
import { stripNumbering } from './headings.js';
import { amountsIn } from './numbers.js';

// Citations that are not citations: a place that cites NFR-6 while what it says is another
// requirement. What a place says is compared with every NFR of the PRD. A place that restates the
// NFR it cites (a row, item or label the ID opens or names, or a short statement) drifted when
// another NFR reads clearly closer; a place citing in passing only when it says almost nothing of
// the cited NFR and restates another closely. In a long place, or one citing several IDs, each ID
// is read against the words the document gives it (its clause of a list, its label, the sentence
// it ends): it drifted when those words say nothing at all of it and restate another NFR. IDs
// sharing one description drifted only when it describes none of them. Silent rather than wrong
// when unsure.

export interface CitationDrift {
  cited: Requirement;
  /** The requirement the place reads like, when one reads clearly closer than any other (NAMED_MARGIN). */
  closer: Requirement | null;
  /** Where the place is: its first line, where it is reported. */
  location: Location;
  /** Its last line: a citation anywhere from location.line to here is this place's. */
  endLine: number;
  /** What the place says, shortened. */
  says: string;
  /**
   * Set when the place gives one description to several IDs ("NFR3-5", "NFR8, NFR13 (Thread
   * Safety)") and it describes none of them: the group's requirements in the PRD's order, and the
   * IDs as written. Each has its own entry (none is covered here); the rule reports the group once.
   */
  group?: { requirements: Requirement[]; written: string };
  /**
   * How closely the place reads like the cited NFR, like the closest other one and like the
   * runner-up (0 when none): the closer one is named only when it wins clearly over both.
   */
  scores: { cited: number; closest: number; runnerUp: number };
}

/** In prose, the place restates the other NFR at least this closely (a `likely` place for it)... */
const CLOSER_SCORE = 0.6;
/** ...with at least two of its most distinctive words... */
const CLOSER_WORDS = 2;
/** ...and says at most this much of the NFR it cites. */
const CITED_AT_MOST = 0.15;
/** ...or this close without one (in prose that shares nothing with the NFR it cites, a `possible` place for another). */
const UNRELATED_CLOSER_SCORE = 0.45;
/**
 * Where the place restates a requirement (the ID opens a table row, a list item or a bold label,
 * "| NFR-3 | 99.9% availability |", or names it with a label, "NFR-5 (Single Browser Instance)"),
 * the restatement is all it says about the ID: it must read like that NFR. It drifted when another
 * NFR reads clearly closer: at least this close...
 */
const RESTATED_CLOSER_SCORE = 0.25;
/** ...this much closer than the cited NFR... */
const RESTATED_MARGIN = 0.15;
/** ...and at least this many times as close (a short restatement shares a word or two with several NFRs). */
const RESTATED_RATIO = 2;
/**
 * A list item, table row or paragraph this short that cites one NFR ("- Encryption at rest with AES-256
 * (NFR-S1)") states how that NFR is met: it is read as a restatement too, when the other NFR
 * shares two of its own distinctive words with it (not only a family of synonyms: one word can be
 * a homonym, "disponibilidad" of rooms is not the service's availability).
 */
const STATEMENT_WORDS = 25;
const STATEMENT_SHARED_WORDS = 2;
/**
 * A clause that shares nothing at all with the NFR it cites (no word, synonym or target) drifted
 * when another NFR reads at least this close with one of its distinctive words...
 */
const UNRELATED_SCORE = 0.2;
/** ...(a statement or a whole long place has more words to match by chance than a clause: at least this close)... */
const UNRELATED_PLACE_SCORE = 0.3;
/** A clause of a long or several-ID place is judged only when the document gives the ID this many words of its own. */
const CLAUSE_WORDS = 2;
/**
 * A definition-like restatement (the ID opens a table row, a list item, a bold label or a heading,
 * or fills a cell of IDs: "NFR-006: Horizontal Scaling", "| 認証 | NFR-01 | セッションCookie … |")
 * of at most this many words is a title or a sentence the document gives the ID. When it says
 * nothing at all of the NFR it cites (says-nothing-of.ts) and reads like another NFR, or names a
 * quality other NFRs are of, the document gives the ID another meaning: its own numbering, not
 * the PRD's.
 */
const RESTATEMENT_WORDS = 40;

/**
 * The NFR that reads closer is named only when it reads at least this much closer than the cited
 * one and than the runner-up. Closer by less, which one wins is decided by term weights that any
 * edit elsewhere in the document moves (pair 21's "Data Persistence" row read 0.325 like NFR11 and
 * 0.324 like NFR12): the finding then says only what is known, that the cited NFR is not what the
 * place says. Chosen on every finding of test/drift-cases.ts and of citations written into the
 * labelled places of the shared and fresh sets A-F (scripts/eval-drift*.ts --scores): of the 15
 * whose closer was not the NFR met there, 8 won by less than 0.03; of the 128 right ones, 8 won by
 * less than 0.04 and the next by 0.09. Any margin from 0.04 to 0.06 names the same NFRs.
 */
const NAMED_MARGIN = 0.05;

/** The closer NFR if it reads clearly closer than the cited one and the runner-up, else null. */
const named = (best: { req: Requirement; score: number }, cited: number, runnerUp: number) => (best.score >= Math.max(cited, runnerUp) + NAMED_MARGIN ? best.req : null);

/** The place states a target of a kind the NFR has none of ("cold start under 2 s" for a dependency count). */
function statesOtherTarget(req: Requirement, text: string): boolean {
  const metrics = new Set(req.targets.map((t) => t.metric));
  const stated = parseTargets(text).filter((t) => !['count', 'value'].includes(t.metric));
  return stated.length > 0 && stated.every((t) => !metrics.has(t.metric));
}

const clip = (s: string, n: number) => {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > n ? `${flat.slice(0, n - 1)}…` : flat;
};

/** "NFR5 (Single Browser Instance)", "**NFR-6 — Password hashing**": the ID with the author's name for it. */
function labelled(text: string, id: string): boolean {
  const at = text.indexOf(id);
  return at !== -1 && /^\s*(?:\*\*|__)?\s*(?:\([^()\d]*\p{L}[^()]*\)|[—–:]\s*\p{L})/u.test(text.slice(at + id.length));
}

/** "| Performance | NFR-3 | Search under 500 ms |": a table cell that holds the ID alone makes the row about it. */
function ownCell(row: string, id: string): boolean {
  return row.split('|').some((cell) => cell.replace(/[\s*_`]/g, '') === id);
}

/** An ID's shape, of any prefix: "FR-12", "NFR-02", "RNF-3.1", "QS1". */
const ANY_ID = /^[A-Za-z][A-Za-z]*(?:-[A-Za-z][A-Za-z0-9]*)*-?\d+(?:\.\d+)*[a-z]?$/;

/**
 * "| RBAC | FR-12, NFR-02 | Roles × permissions |": a cell of IDs alone, this one among them,
 * makes the row about them, as a cell holding the ID alone does (ownCell).
 */
function idsCell(row: string, id: string): boolean {
  return row.split('|').some((cell) => {
    const ids = cell.replace(/[*_`]/g, ' ').split(/[\s,;/&+]+/).filter(Boolean);
    return ids.includes(id) && ids.every((x) => ANY_ID.test(x));
  });
}

/** Where an ID or a range is written in a place's text, and the requirements it cites. */
interface Mention {
  start: number;
  end: number;
  keys: Set<string>;
  /** The line it is written on: a finding about its own clause is reported there. */
  line: number;
}

const WORD_CHAR = /[\p{L}\p{N}_]/u;

/** The first index of a sorted list whose value is greater than `x`. */
function upperBound(sorted: number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Every ID and range the place's references name, found in its text, in order; a range's ends belong to the range. */
export function mentionsIn(text: string, refs: Reference[]): Mention[] {
  const byWritten = new Map<string, { range: boolean; keys: string[]; lines: number[] }>();
  for (const r of refs) {
    const written = r.range ?? r.id;
    const entry = byWritten.get(written) ?? { range: r.range !== undefined, keys: [], lines: [] };
    entry.keys.push(r.key);
    entry.lines.push(r.location.line);
    byWritten.set(written, entry);
  }
  const occurrences = (written: string, lines: number[], visit: (start: number, end: number, line: number) => void) => {
    lines.sort((a, b) => a - b);
    let nth = 0;
    for (let at = text.indexOf(written); at !== -1; at = text.indexOf(written, at + written.length)) {
      const end = at + written.length;
      if ((at > 0 && WORD_CHAR.test(text[at - 1])) || (end < text.length && WORD_CHAR.test(text[end]))) continue;
      visit(at, end, lines[Math.min(nth++, lines.length - 1)]);
    }
  };
  // Ranges first: "NFR2" inside "NFR2-NFR4" is the range's end, not a citation of its own.
  const ranges: Mention[] = [];
  for (const [written, e] of byWritten) if (e.range) occurrences(written, e.lines, (start, end, line) => ranges.push({ start, end, keys: new Set(e.keys), line }));
  ranges.sort((a, b) => a.start - b.start);
  const rangeStarts = ranges.map((m) => m.start);
  const ids: Mention[] = [];
  const inRange = (start: number, end: number) => {
    // The range starting last before the ID's end, and the one before it, are the only ones that can hold it.
    const i = upperBound(rangeStarts, end - 1) - 1;
    for (const m of [ranges[i], ranges[i - 1]]) if (m && start < m.end && end > m.start) return m;
    return undefined;
  };
  for (const [written, e] of byWritten) {
    if (e.range) continue;
    occurrences(written, e.lines, (start, end, line) => {
      const range = inRange(start, end);
      if (range) for (const k of e.keys) range.keys.add(k);
      else ids.push({ start, end, keys: new Set(e.keys), line });
    });
  }
  return [...ranges, ...ids].sort((a, b) => a.start - b.start);
}

const SENTENCE_END = /[.!?。！？](?=\s|$)/gu;

/** The sentence holding a position of the text. */
function sentenceAround(text: string, at: number): string {
  let from = 0;
  for (const m of text.matchAll(SENTENCE_END)) {
    const end = (m.index ?? 0) + m[0].length;
    if (end > at) return text.slice(from, end);
    from = end;
  }
  return text.slice(from);
}

/** Where the line of the text holding a position is, or in a table row its cell. */
function unitAround(text: string, at: number, row: boolean): { from: number; to: number } {
  const stop = row ? '|' : '\n';
  const to = text.indexOf(stop, at);
  return { from: text.lastIndexOf(stop, at - 1) + 1, to: to === -1 ? text.length : to };
}

/** The text with every mention blanked out (its length kept, so that positions still hold). */
function blank(text: string, mentions: Mention[]): string {
  const parts: string[] = [];
  let copied = 0;
  for (const m of mentions) {
    parts.push(text.slice(copied, m.start), ' '.repeat(m.end - m.start));
    copied = m.end;
  }
  parts.push(text.slice(copied));
  return parts.join('');
}

/**
 * What may stand between the IDs of one group: "NFR8, NFR13", "(NFR2-NFR4, NFR9)", "NFR-3 and
 * NFR-7", "NFR11-NFR12" (a range with nothing inside), "NFR-1…NFR-4", and brackets side by side:
 * "HTTPS-only (NFR8) (NFR13)" gives its words to both, as "(NFR8, NFR13)" does.
 *
 * Linear on any text between two IDs: no two runs of the same characters stand side by side (one
 * run between fixed marks, a word followed by a space as the run's first character). Written as
 * "[\s,;/&+]*X?[\s,;/&+]*Y?[\s,;/&+]*" it took the cube of a run of spaces or commas: 4,000 spaces
 * between two IDs of one place, 28 s.
 */
const JOINED = /^[\s,;/&+]*(?:[)\]]\s*[([][\s,;/&+]*)?(?:(?:(?:and|or|et|ou|y|e|und|oder|ve|to|through|thru|bis|à)(?=\s)|[-–—~〜～]|…|\.{2,3})[\s,;/&+]*)?$/iu;
/** Where a clause ends, reading back from an ID: a sentence's end, a semicolon, a label's colon, a table cell (CJK punctuation has no space after it). */
const BACK_BOUNDARY = /[.!?;](?=\s)|:(?=\s)|[|\n。！？；：]/gu;
/** Where a clause ends, reading on from an ID: a label's colon ("NFR8 (Thread Safety): …") does not end it. */
const FORWARD_BOUNDARY = /[.!?;](?=\s)|[|。！？；]/u;


/**
 * A citation's clause: the words a document gives a group of IDs. Not the clause of
 * target-clause.ts, which is the stretch of a sentence stating one value and ends at a comma
 * ("load < 3s, navigation < 500ms"): a citation's words run over commas ("AES-256, keys in KMS
 * (NFR-5)") and end where the ID's brackets open, at its label's end, at a table cell or a
 * sentence's end, or at the previous citation.
 */
interface CitationClause {
  /** The requirements the group of IDs cites. */
  keys: Set<string>;
  line: number;
  /** The IDs as written: "NFR3-5", "NFR8, NFR13". */
  written: string;
  /** The words the document gives these IDs alone, their IDs taken out. */
  text: string;
  /** The IDs fill a table cell of their own: the row restates them, as a row an ID opens does. */
  restates: boolean;
  /** Where the first ID is written in the place's text. */
  start: number;
}

/**
 * Each group of IDs with the words the document gives it alone: the words before it when it is
 * in brackets at their end ("no plaintext data paths (NFR5)"), its label and what follows when it
 * opens them ("NFR25 (50 coroutines, SQLite)", "NFR8, NFR13 (Thread Safety): file locking"), the
 * rest of a table row when the IDs fill a cell of their own, else the sentence it stands in. Never
 * reaching over another group.
 */
function citationClauses(text: string, mentions: Mention[], row = false): CitationClause[] {
  const groups: Mention[][] = [];
  for (const m of mentions) {
    const last = groups[groups.length - 1];
    if (last && JOINED.test(text.slice(last[last.length - 1].end, m.start))) last.push(m);
    else groups.push([m]);
  }
  // Where each clause reading back may start, found once; and the text with every ID blanked out.
  const boundaries = [...text.matchAll(BACK_BOUNDARY)].map((m) => (m.index ?? 0) + m[0].length);
  const lastBoundary = (before: number) => boundaries[upperBound(boundaries, before) - 1] ?? 0;
  const blanked = blank(text, mentions);
  const out: CitationClause[] = [];
  let consumed = 0;
  groups.forEach((g, i) => {
    const start = g[0].start;
    const end = g[g.length - 1].end;
    const nextStart = groups[i + 1]?.[0].start ?? text.length;
    const before = text.slice(0, start);
    const after = text.slice(end);
    let from: number;
    let to: number;
    let restates = false;
    const closing = /^\s*[)\]]/.exec(after);
    if (/[([]\s*$/.test(before) && closing) {
      // Where the spaces before the bracket start (a search for "\s*[([]\s*$" read each run of spaces to its end from each of its places).
      to = before.trimEnd().slice(0, -1).trimEnd().length;
      from = Math.max(lastBoundary(to), consumed);
      consumed = end + closing[0].length;
    } else {
      // One run of spaces before the mark ("\s*(?:\*\*)?\s*" read a run of them as the square of its length).
      const opens = /^\s*(?:\(|(?:(?:\*\*|__)\s*)?[:—–]\s)/u.test(after);
      from = opens ? end : Math.max(lastBoundary(start), consumed);
      const rest = text.slice(end, nextStart);
      const stop = rest.search(FORWARD_BOUNDARY);
      to = stop === -1 ? nextStart : end + stop;
      consumed = to;
    }
    // A table row whose only IDs fill a cell of their own ("| NFR8, NFR13 | Thread safety |") gives
    // them the rest of the row.
    if (row && groups.length === 1) {
      const cellStart = text.lastIndexOf('|', start) + 1;
      const cellEnd = text.indexOf('|', end);
      if (/^[\s,;/&+*_`-]*$/.test(text.slice(cellStart, start) + text.slice(end, cellEnd === -1 ? text.length : cellEnd))) [from, to, restates] = [0, text.length, true];
    }
    const said = blanked.slice(from, Math.max(from, to));
    const keys = new Set(g.flatMap((m) => [...m.keys]));
    // "NFR5) (NFR12" as written between brackets side by side reads "NFR5, NFR12".
    out.push({ keys, line: g[0].line, written: text.slice(start, end).replace(/(?<!\s)\s*[)\]]\s*[([]\s*/g, ', '), text: said, restates, start });
  });
  return out;
}

/**
 * How a place is read: as a restatement of what it cites, as a short statement of how it is met, as
 * the clause a long or several-ID place gives an ID (a mechanism, often worded unlike the NFR: it
 * drifted only when it says nothing at all of it), as the whole of a long place read the same way
 * when its clause is too short to tell, or as a citation in passing.
 */
type Reading = 'restating' | 'statement' | 'clause' | 'place' | 'passing';

/**
 * In Chinese or Japanese text, the other NFR must also use at least this many of the place's words
 * (runs of one script, see cjk-words.ts) that the cited ones do not, and more of them in all:
 * character pairs make one shared word several terms, and miss a word inside a longer loanword.
 */
const CJK_OWN_WORDS = 2;


/** "NFR-011" -> ["NFR", 11]: an ID of letters and a number, nothing between but one separator. */
function prefixAndNumber(id: string): [string, number] | null {
  const m = /^([A-Za-z]+)[-_.]?(\d+)$/.exec(id);
  return m ? [m[1].toUpperCase(), Number(m[2])] : null;
}

/**
 * A citation whose prefix slipped: "Protobuf instead of JSON for speed (NFR-011)" where FR-011 is
 * the Protobuf requirement. Only an ID of another kind with the same number is ever compared
 * (FR-011 for NFR-011, FR11 for NFR11), never FRs at large: what an FR says is no measure of NFR
 * citations, and a place meeting a feature often says something of it. The place says almost
 * nothing of the NFR (CITED_AT_MOST), the FR reads clearly closer (as a restatement must,
 * RESTATED_MARGIN and RESTATED_RATIO) and at least this close...
 */
const SLIP_SCORE = 0.3;
/** ...with this many of its distinctive words (or its target restated). */
const SLIP_WORDS = 2;

/** A word in Latin letters, flush against Chinese or Japanese text or not: "Protobuf", "Node.js", "S3". */
const NAME_TOKEN = /(?<![\p{Script=Latin}\p{N}_])[A-Za-z][A-Za-z0-9]*(?:[.+#][A-Za-z0-9]+)*(?![\p{Script=Latin}\p{N}_])/gu;

/**
 * The words of a place that name a product, a technology or a format: a capital or a digit inside
 * the word ("PostgreSQL", "gRPC", "S3"), or a capitalised word that opens no sentence, clause or
 * item ("use Protobuf", "使用 Protobuf"). A name is what one requirement alone may write; a
 * sentence's first word is not.
 */
function namesIn(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(NAME_TOKEN)) {
    const w = m[0];
    if (w.length < 3 && !/\d/.test(w)) continue;
    const inner = /[A-Z]/.test(w.slice(1)) || /\d/.test(w);
    const before = text.slice(0, m.index).trimEnd();
    const opens = before === '' || /[.!?:;。：；！？*|(（\-–—]$/u.test(before);
    if (inner || (/^[A-Z][a-z]/.test(w) && !opens)) out.push(w);
  }
  return out;
}

/** Whether a text writes an amount another does (numbers.ts: "10,000" and "10000" are one; an ID's number is none). */
function sharesAmount(text: string, other: string): boolean {
  const amounts = amountsIn(text);
  if (!amounts.length) return false;
  const theirs = new Set(amountsIn(other));
  return amounts.some((n) => theirs.has(n));
}

const wordCount = (text: string) => text.match(/\p{L}[\p{L}\p{N}'’-]*/gu)?.length ?? 0;

/** The NFR's first target that one of a place's targets answers as `answers` asks, as a finding names it; undefined when none. */
function answeredTarget(req: Requirement, stated: readonly Target[], answers: (own: Target, stated: Target) => boolean): string | undefined {
  const t = req.targets.find((t) => stated.some((x) => answers(t, x)));
  return t && targetText(t);
}

/** The NFR's target a place's tighter bound meets. */
const metTarget = (req: Requirement, stated: readonly Target[]) => answeredTarget(req, stated, tightensTarget);

/**
 * The NFR's own percentage a place writes beside words that name no metric ("| NFR-A-1 | 99.9%
 * citizen, 99.95% submission API |" for "99.9% availability"). A place citing the NFR with its own
 * exact number describes that NFR, whatever else reads close: another NFR's number is not its own,
 * and is still read as drift.
 */
const carriedTarget = (req: Requirement, stated: readonly Target[]) => answeredTarget(req, stated, carriesOwnPercentage);

export function findCitationDrift(requirements: Requirement[], architecture: ParsedDoc, references: Reference[], index: SuggestionIndex): CitationDrift[] {
  const nfrs = new Map(requirements.filter((r) => r.kind === 'nfr').map((r) => [r.key, r]));
  if (nfrs.size < 2) return [];
  // The passage each cited line stands in: the narrowest, as a list item's span can reach over
  // the nested items below it.
  const passageAt = new Map<string, Map<number, Passage>>();
  for (const p of passagesOf(architecture)) {
    let lines = passageAt.get(p.file);
    if (!lines) passageAt.set(p.file, (lines = new Map()));
    for (let l = p.line; l <= p.endLine; l++) {
      const known = lines.get(l);
      if (!known || known.endLine - known.line > p.endLine - p.line) lines.set(l, p);
    }
  }
  // A heading is no passage (its title is read with the first one under it), but "### NFR-006:
  // Horizontal Scaling" restates the NFR as a label does: a cited heading is a place of its own,
  // its title alone.
  let headings: Map<string, Passage> | undefined;
  const headingAt = (file: string, line: number): Passage | undefined => {
    if (!headings) {
      headings = new Map();
      for (const s of architecture.sections) headings.set(`${s.file}:${s.line}`, { kind: 'heading', file: s.file, line: s.line, endLine: s.line, text: stripNumbering(s.title), context: '', heading: '', section: s });
    }
    return headings.get(`${file}:${line}`);
  };
  const citedIn = new Map<Passage, Reference[]>();
  for (const r of references) {
    if (r.noise || !nfrs.has(r.key)) continue;
    const p = passageAt.get(r.location.file)?.get(r.location.line) ?? headingAt(r.location.file, r.location.line);
    if (!p) continue;
    const refs = citedIn.get(p);
    if (refs) refs.push(r);
    else citedIn.set(p, [r]);
  }
  // Which NFRs a place can resemble at all: those sharing one of their weighted words, or a target
  // value, with it. Each place is compared with those only, not with every NFR. NFRs with the same
  // weighted words and targets (one template for several services) resemble any text alike: they
  // are indexed as one group, and of a group only its first NFR in the PRD's order not cited can be
  // the closer one (a tie names the first). Many NFRs made each place NFRs-long work otherwise.
  const order = new Map<Requirement, number>();
  const byTerm = new Map<string, Requirement[][]>();
  const byTarget = new Map<string, Requirement[][]>();
  const add = (map: Map<string, Requirement[][]>, key: string, group: Requirement[]) => {
    const list = map.get(key);
    if (!list) map.set(key, [group]);
    else if (list[list.length - 1] !== group) list.push(group);
  };
  const groups = new Map<string, Requirement[]>();
  for (const req of nfrs.values()) {
    order.set(req, order.size);
    resemblance(req, '', index);
    const weighted = index.queries.get(req)?.weighted ?? [];
    const signature = `${weighted.map(({ t }) => t).join(' ')}\n${JSON.stringify(req.targets)}`;
    const group = groups.get(signature);
    if (group) {
      group.push(req);
      continue;
    }
    const fresh = [req];
    groups.set(signature, fresh);
    for (const { t } of weighted) add(byTerm, t, fresh);
    for (const t of req.targets) add(byTarget, `${t.metric}:${baseValue(t)?.value}`, fresh);
  }

  // Whether the target a place restates of this NFR is also another NFR's.
  const targetShared = (req: Requirement, stated: readonly Target[]) =>
    req.targets.some((t) => stated.some((x) => restatesTarget(t, x)) && (byTarget.get(`${t.metric}:${baseValue(t)?.value}`) ?? []).reduce((n, g) => n + g.length, 0) > 1);

  // Each NFR's requirement of another kind with the same number (FR-011 beside NFR-011), if any.
  const sameNumber = new Map<string, Requirement[]>();
  for (const r of requirements) {
    const pn = r.kind === 'nfr' ? null : prefixAndNumber(r.id);
    if (pn) sameNumber.set(String(pn[1]), [...(sameNumber.get(String(pn[1])) ?? []), r]);
  }
  // Which requirement alone writes each word the PRD's requirements write (null when several do):
  // read once, when a name is first asked for, so that a place of many names costs one look-up each.
  let writers: Map<string, Requirement | null> | undefined;
  const onlyWrittenBy = (name: string): Requirement | null => {
    if (!writers) {
      writers = new Map();
      for (const r of requirements) for (const w of new Set(Array.from(`${r.title} ${r.text}`.matchAll(NAME_TOKEN), (m) => m[0].toLowerCase()))) writers.set(w, writers.has(w) ? null : r);
    }
    return writers.get(name.toLowerCase()) ?? null;
  };

  /**
   * The requirement the cited NFR's ID is a slip for: the place says nothing of the NFR (no word,
   * synonym or target; in Chinese or Japanese no whole word either) and restates the requirement
   * of the same number and another kind. Null when none, or when several would.
   */
  const slipFor = (cited: Requirement, text: string): { req: Requirement; score: number } | null => {
    const pn = prefixAndNumber(cited.id);
    const siblings = pn ? (sameNumber.get(String(pn[1])) ?? []).filter((r) => prefixAndNumber(r.id)![0] !== pn[0]) : [];
    if (siblings.length !== 1) return null;
    const terms = termCounts(text);
    const stated = parseTargets(text);
    const own = resemblance(cited, text, index, terms, stated);
    const r = resemblance(siblings[0], text, index, terms, stated);
    if (own.score > CITED_AT_MOST || own.restated || metTarget(cited, stated) || carriedTarget(cited, stated)) return null;
    // Its distinctive words; in Chinese or Japanese, whole words it uses and the cited NFR does not.
    const cjk = hasCjk(text);
    const words = cjk ? cjkWords(text).filter((w) => usesWord(vocabularyOf(siblings[0]), w) && !usesWord(vocabularyOf(cited), w)).length : r.words;
    const restates = r.score >= Math.max(own.score * RESTATED_RATIO, own.score + RESTATED_MARGIN) && (r.restated !== undefined || (r.score >= SLIP_SCORE && words >= SLIP_WORDS));
    // Or one name only that FR writes in the whole PRD ("使用 Protobuf 而非 JSON（NFR-011）"), in a
    // place that shares nothing at all with the NFR: no word, synonym, target, nor a number of it
    // ("每页 10000 行" says the NFR's "10000 行" in words no target reads).
    const named =
      !restates &&
      own.score === 0 &&
      r.score > 0 &&
      !(cjk && cjkWords(text).some((w) => usesWord(vocabularyOf(cited), w))) &&
      !sharesAmount(text, `${cited.title} ${cited.text}`) &&
      namesIn(text).some((w) => onlyWrittenBy(w) === siblings[0]);
    return restates || named ? { req: siblings[0], score: r.score } : null;
  };

  /** The NFRs not cited that a text can resemble at all (see byTerm), in the PRD's order so that a tie names the same NFR every run. */
  const othersFor = (cited: Requirement[], terms: Map<string, number>, stated: readonly Target[]): Requirement[] => {
    const candidates = new Set<Requirement[]>();
    for (const t of terms.keys()) for (const group of byTerm.get(t) ?? []) candidates.add(group);
    for (const t of stated) for (const group of byTarget.get(`${t.metric}:${baseValue(t)?.value}`) ?? []) candidates.add(group);
    const others: Requirement[] = [];
    for (const group of candidates) {
      const first = group.find((r) => !cited.includes(r));
      if (first) others.push(first);
    }
    return others.sort((a, b) => order.get(a)! - order.get(b)!);
  };

  /**
   * The NFR that reads clearly closer to what the text says than the cited ones (several when a
   * group of IDs shares one description: then none of them may read like it); null when none does,
   * or when the text restates a target of a cited one. `own` is how close the closest cited one reads.
   */
  const closer = (cited: Requirement[], text: string, reading: Reading) => {
    const terms = termCounts(text);
    const stated = parseTargets(text);
    let own = { score: 0, words: 0 } as ReturnType<typeof resemblance>;
    // A tighter bound of a cited NFR's own quantity ("p95 under 150 ms" for "within 500 ms at
    // p95") meets it, unless another NFR reads clearly closer (below).
    let met: string | undefined;
    for (const req of cited) {
      const r = resemblance(req, text, index, terms, stated);
      if (r.restated) return { best: null, own: r, runnerUp: 0 };
      const carried = carriedTarget(req, stated);
      if (carried) return { best: null, own: { ...r, restated: carried }, runnerUp: 0 };
      met ??= metTarget(req, stated);
      if (r.score > own.score) own = r;
    }
    if (reading === 'passing' && own.score > CITED_AT_MOST) return { best: null, own, runnerUp: 0 };
    // Words without spaces: the words the cited NFRs use (found once, when another first reads
    // closer), to weigh another's against.
    const words = hasCjk(text) ? cjkWords(text) : null;
    let citedWords: Set<string> | undefined;
    const readsCloserInWords = (other: Requirement, restated: boolean) => {
      const citedUse = (citedWords ??= new Set(words!.filter((w) => cited.some((req) => usesWord(vocabularyOf(req), w)))));
      const used = words!.filter((w) => usesWord(vocabularyOf(other), w));
      const ownWords = used.filter((w) => !citedUse.has(w)).length + (restated ? 1 : 0);
      return ownWords >= CJK_OWN_WORDS && used.length + (restated ? 1 : 0) > citedUse.size;
    };
    let best: { req: Requirement; score: number } | null = null;
    const scored: { req: Requirement; score: number }[] = [];
    for (const other of othersFor(cited, terms, stated)) {
      const r = resemblance(other, text, index, terms, stated);
      // A number several NFRs share names none of them ("p95 under 300 ms" where ten NFRs ask
      // 300 ms): another NFR reads closer by its target alone only when that target is its alone.
      if (r.restated !== undefined && r.words === 0 && targetShared(other, stated)) continue;
      scored.push({ req: other, score: r.score });
      const clearlyCloser = r.score >= RESTATED_CLOSER_SCORE && r.score >= own.score + RESTATED_MARGIN && r.score >= own.score * RESTATED_RATIO;
      // Says nothing at all of the cited NFR (no word, synonym or target) and restates another:
      // its target, one of its distinctive words, or enough of it to be a `possible` place for it.
      const unrelated = own.score === 0 && (r.restated !== undefined || (r.score >= (reading === 'clause' ? UNRELATED_SCORE : UNRELATED_PLACE_SCORE) && r.words >= 1) || r.score >= UNRELATED_CLOSER_SCORE);
      const inPassing = own.score <= CITED_AT_MOST && r.score >= (own.score === 0 ? UNRELATED_CLOSER_SCORE : CLOSER_SCORE) && r.words >= CLOSER_WORDS;
      const close =
        reading === 'restating'
          ? clearlyCloser
          : reading === 'statement'
            ? (clearlyCloser && (r.words >= STATEMENT_SHARED_WORDS || r.restated !== undefined)) || unrelated || inPassing
            : reading === 'clause' || reading === 'place'
              ? unrelated
              : inPassing;
      if (close && words && !readsCloserInWords(other, r.restated !== undefined)) continue;
      if (close && (!best || r.score > best.score)) best = { req: other, score: r.score };
    }
    const runnerUp = best ? Math.max(0, ...scored.filter((x) => x.req !== best!.req).map((x) => x.score)) : 0;
    return { best, own: !best && met ? { ...own, restated: met } : own, runnerUp };
  };
  // The qualities the PRD's NFRs are of (their categories).
  const qualities = new Set([...nfrs.values()].flatMap((r) => (r.category ? [r.category] : [])));

  /**
   * Whether a definition-like restatement gives the cited NFR's ID another meaning: it says nothing
   * at all of the NFR (says-nothing-of.ts) and reads like another NFR (restates its target, or at
   * least UNRELATED_SCORE of it with one of its distinctive words or a word of its title; in Chinese
   * or Japanese one of its whole words), or names a quality other NFRs are of. The other NFR is named when it reads
   * clearly closer than every other one (NAMED_MARGIN). Null when the restatement may be the NFR's.
   */
  const restatesAnother = (cited: Requirement, text: string): { closer: Requirement | null; score: number; runnerUp: number } | null => {
    const terms = termCounts(text);
    const stated = parseTargets(text);
    if (!saysNothingOf(cited, text, terms, stated)) return null;
    const words = hasCjk(text) ? cjkWords(text) : null;
    let top: { req: Requirement; score: number } | null = null;
    let runnerUp = 0;
    for (const other of othersFor([cited], terms, stated)) {
      const r = resemblance(other, text, index, terms, stated);
      if (r.restated !== undefined && r.words === 0 && targetShared(other, stated)) continue;
      // A restatement restates a title: a word of the other NFR's title is as telling as one of its distinctive words.
      const reads = words ? r.score > 0 && words.some((w) => usesWord(vocabularyOf(other), w)) : r.restated !== undefined || (r.score >= UNRELATED_SCORE && (r.words >= 1 || sharesTitleWord(other, terms)));
      if (reads && (!top || r.score > top.score)) {
        if (top) runnerUp = Math.max(runnerUp, top.score);
        top = { req: other, score: r.score };
      } else runnerUp = Math.max(runnerUp, r.score);
    }
    if (top) return { closer: named(top, 0, runnerUp), score: top.score, runnerUp };
    return categoriesIn(text).some((c) => qualities.has(c)) ? { closer: null, score: 0, runnerUp } : null;
  };

  // What it says, without the citation's leftovers ("( )", the table's pipes at the ends).
  // Each run of spaces is read from its start only ("(?<!\s)"): "\s*X" tried at every space of
  // a run read it as its square (40,000 spaces in a drifted place: 6 s). Same text out.
  const saying = (text: string) =>
    clip(
      text
        .replace(/(?:(?<!\s)\s+)?[(（][\s,;、，]+[)）]/g, '')
        .replace(/^\s*\(([^()]*)\)/, '$1')
        // A cell the ID filled alone, and the separator it leaves beside another ID ("FR-12, |").
        .replace(/[,;、，](?=\s*\|)/g, '')
        .replace(/\|(?:\s*\|)+/g, '|')
        .replace(/(?<!\s)\s+([.,;:!?])/g, '$1')
        .replace(/^[\s|:*_,;—–-]+|(?<![\s|:,;—–-])[\s|:,;—–-]+$/g, '')
        .replace(/(?:(?<!\s)\s+)?\|\s*/g, ' | '),
      100,
    );

  const out: CitationDrift[] = [];
  for (const [passage, refs] of citedIn) {
    const mentions = mentionsIn(passage.text, refs);
    const keys = new Set(refs.map((r) => (r.range ? `range:${r.range}` : r.key)));
    const where = { location: { file: passage.file, line: passage.line, column: 1 }, endLine: passage.endLine };
    let judged = false;
    if (keys.size === 1 && !refs[0].range) {
      // One NFR cited: the whole place is read, as a restatement, a short statement or in passing.
      const cited = nfrs.get(refs[0].key)!;
      const ids = new Set(refs.map((r) => r.id));
      let text = passage.text;
      for (const id of ids) text = text.replaceAll(id, ' ');
      const id = [...ids][0];
      const restating = ids.size === 1 && (passage.text.replace(/^[\s|*_:]+/, '').startsWith(id) || labelled(passage.text, id) || (passage.kind === 'row' && ownCell(passage.text, id)));
      const statement = !restating && ids.size === 1 && (passage.kind === 'item' || passage.kind === 'row' || passage.kind === 'paragraph') && wordCount(text) <= STATEMENT_WORDS;
      judged = restating || statement;
      const { best, own, runnerUp } = closer([cited], text, restating ? 'restating' : statement ? 'statement' : 'passing');
      if (own.restated) continue;
      // A list item under a bold label ("**Battery Optimization:**" over "- BLE scanning: adaptive
      // intervals (NFR-PERF-10)") is read with it, as a reader does: the label may be all that names the NFR.
      if (best && own.score === 0 && statement && passage.label) {
        const labelled = closer([cited], `${passage.label} ${text}`, 'statement');
        if (labelled.own.restated || !labelled.best) continue;
      }
      // A short statement that says something of the NFR it cites is read with the heading it
      // stands under, as a reader does: "Scaling: Auto-scale based on CPU/memory usage" under
      // "Relay Server Deployment" is about the relay server's capacity.
      const nearest = passage.heading.split(' › ').pop() ?? '';
      if (best && own.score > 0 && statement && nearest) {
        const headed = closer([cited], `${nearest} ${text}`, 'statement');
        if (headed.own.restated || !headed.best) continue;
      }
      // A statement of several sentences may meet two NFRs, one per sentence ("500 ms renders.
      // Lightweight payloads on polling loops (NFR-PERF-2)."): the sentence around the ID decides.
      let ownSentence = false;
      if (best && statement && mentions.length) {
        const sentence = sentenceAround(blank(passage.text, mentions), mentions[0].start);
        ownSentence = sentence.trim() !== text.trim() && closer([cited], sentence, 'statement').best === null;
      }
      if (best && !ownSentence) {
        out.push({ cited, closer: named(best, own.score, runnerUp), ...where, says: saying(text), scores: { cited: own.score, closest: best.score, runnerUp } });
        continue;
      }
      // A restatement that shares nothing with the NFR it names, and states a target of a kind
      // that NFR has none of: the table gives the ID another meaning.
      // In Chinese or Japanese, "shares nothing" is checked on whole words too.
      // A restatement or a short statement that says nothing of the NFR and restates the FR of its number.
      const slip = judged && !best ? slipFor(cited, text) : null;
      if (slip) {
        out.push({ cited, closer: slip.req, ...where, says: saying(text), scores: { cited: 0, closest: slip.score, runnerUp: 0 } });
        continue;
      }
      if (restating && own.score === 0 && cited.targets.length && statesOtherTarget(cited, text) && !(hasCjk(text) && cjkWords(text).some((w) => usesWord(vocabularyOf(cited), w)))) {
        out.push({ cited, closer: null, ...where, says: saying(text), scores: { cited: own.score, closest: 0, runnerUp: 0 } });
        continue;
      }
      // A definition-like restatement that gives the ID another meaning ("NFR-006: Horizontal
      // Scaling" where the PRD's NFR-006 is error recovery).
      const definitionLike = ids.size === 1 && (restating || (passage.kind === 'row' && idsCell(passage.text, id)));
      const another = definitionLike && own.score === 0 && wordCount(text) <= RESTATEMENT_WORDS ? restatesAnother(cited, text) : null;
      if (another) {
        out.push({ cited, closer: another.closer, ...where, says: saying(text), scores: { cited: 0, closest: another.score, runnerUp: another.runnerUp } });
        continue;
      }
    }
    if (judged) continue;
    // A long place, or one citing several IDs: each group of IDs is read against the words the
    // document gives it alone, when it gives it some. A place citing one NFR drifted only when
    // every clause citing it does.
    // A code block (a diagram's labels) has no clauses a reader would call a description.
    if (passage.kind === 'code') continue;
    const wholeText = blank(passage.text, mentions);
    const clauses = citationClauses(passage.text, mentions, passage.kind === 'row').filter((c) => wordCount(c.text) >= CLAUSE_WORDS);
    const found: CitationDrift[] = [];
    const right = new Set<string>();
    for (const clause of clauses) {
      const cited = [...clause.keys].flatMap((k) => nfrs.get(k) ?? []).sort((a, b) => order.get(a)! - order.get(b)!);
      let { best, own, runnerUp } = closer(cited, clause.text, clause.restates ? 'restating' : 'clause');
      // A clause that says nothing of the NFR it cites, nor enough of another to tell, in a place
      // citing one NFR: the whole place with its heading path is read, and drifted when it too
      // says nothing of the cited NFR and reads like another.
      if (!best && own.score === 0 && keys.size === 1) ({ best, runnerUp } = closer(cited, `${passage.heading} ${wholeText}`, 'place'));
      // The clause of one ID that says nothing of it and restates the FR of its number.
      const slip = !best && own.score === 0 && cited.length === 1 ? slipFor(cited[0], clause.text) : null;
      if (slip) ({ best, runnerUp } = { best: slip, runnerUp: 0 });
      if (!best) {
        for (const k of clause.keys) right.add(k);
        continue;
      }
      // An ID ending a line of several clauses ("p95 < 200ms; report generation < 30s; notifications
      // within 60s (NFR-023)"), or a table cell of them, may cite the line, not its last clause: when
      // the line (cell) restates the cited NFR's target, or reads at least as much like it as like
      // the closer one, it is not read as drifted.
      const { from, to } = unitAround(wholeText, clause.start, passage.kind === 'row');
      if (cited.length === 1) {
        const unit = wholeText.slice(from, to);
        if (unit.trim() !== clause.text.trim()) {
          const mine = resemblance(cited[0], unit, index);
          if (mine.restated || mine.score >= resemblance(best.req, unit, index).score) {
            for (const k of clause.keys) right.add(k);
            continue;
          }
        }
      }
      const at = { location: { file: passage.file, line: clause.line, column: 1 }, endLine: clause.line };
      for (const req of cited) found.push({ cited: req, closer: named(best, own.score, runnerUp), ...at, says: saying(clause.text), scores: { cited: own.score, closest: best.score, runnerUp }, ...(cited.length > 1 ? { group: { requirements: cited, written: clause.written } } : {}) });
    }
    const reported = new Set<string>();
    for (const d of found) {
      if ((d.group?.requirements ?? [d.cited]).some((r) => right.has(r.key)) || reported.has(d.cited.key)) continue;
      reported.add(d.cited.key);
      out.push(d);
    }
  }
  return out.sort((a, b) => compareText(a.location.file, b.location.file) || a.location.line - b.location.line);
}
