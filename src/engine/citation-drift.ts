import type { ParsedDoc } from './document.js';
import { passagesOf, type Passage } from './passages.js';
import { resemblance, type SuggestionIndex } from './cite-suggestions.js';
import { termCounts } from './terms.js';
import type { Location, Reference, Requirement } from './types.js';
import { baseValue, parseTargets } from './targets.js';

// Citations that are not citations: a place that cites NFR-6 while what it says is another
// requirement. What a place says is compared with every NFR of the PRD. A place that restates the
// NFR it cites (a row, item or label the ID opens or names, or a short statement) drifted when
// another NFR reads clearly closer; a place citing in passing only when it says almost nothing of
// the cited NFR and restates another closely. Silent rather than wrong when unsure: a place citing
// several IDs or a range is left alone.

export interface CitationDrift {
  cited: Requirement;
  /** The requirement the place reads like, if one does. */
  closer: Requirement | null;
  /** Where the place is: its first line, where it is reported. */
  location: Location;
  /** Its last line: a citation anywhere from location.line to here is this place's. */
  endLine: number;
  /** What the place says, shortened. */
  says: string;
}

/** In prose, the place restates the other NFR at least this closely (a `likely` place for it)... */
const CLOSER_SCORE = 0.6;
/** ...with at least two of its most distinctive words... */
const CLOSER_WORDS = 2;
/** ...and says at most this much of the NFR it cites. */
const CITED_AT_MOST = 0.15;
/** In prose that shares nothing at all with the NFR it cites, a `possible` place for another NFR is enough. */
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
  const citedIn = new Map<Passage, { keys: Set<string>; ids: Set<string> }>();
  for (const r of references) {
    if (r.noise) continue;
    const p = passageAt.get(r.location.file)?.get(r.location.line);
    if (!p) continue;
    const entry = citedIn.get(p) ?? { keys: new Set(), ids: new Set() };
    // A range ("NFR1-4") names several requirements: it restates none of them.
    entry.keys.add(r.range ? `range:${r.range}` : r.key);
    entry.ids.add(r.id);
    citedIn.set(p, entry);
  }
  // Which NFRs a place can resemble at all: those sharing one of their weighted words, or a target
  // value, with it. Each place is compared with those only, not with every NFR.
  const byTerm = new Map<string, Requirement[]>();
  const byTarget = new Map<string, Requirement[]>();
  const add = (map: Map<string, Requirement[]>, key: string, req: Requirement) => {
    const list = map.get(key);
    if (!list) map.set(key, [req]);
    else if (list[list.length - 1] !== req) list.push(req);
  };
  for (const req of nfrs.values()) {
    resemblance(req, '', index);
    for (const { t } of index.queries.get(req)?.weighted ?? []) add(byTerm, t, req);
    for (const t of req.targets) add(byTarget, `${t.metric}:${baseValue(t)?.value}`, req);
  }
  const out: CitationDrift[] = [];
  for (const [passage, { keys, ids }] of citedIn) {
    if (keys.size !== 1) continue;
    const cited = nfrs.get([...keys][0]);
    if (!cited) continue;
    let text = passage.text;
    for (const id of ids) text = text.replaceAll(id, ' ');
    // Read once per place, compared with every NFR.
    const terms = termCounts(text);
    const stated = parseTargets(text);
    const own = resemblance(cited, text, index, terms, stated);
    if (own.restated) continue;
    const id = [...ids][0];
    const restating = ids.size === 1 && (passage.text.replace(/^[\s|*_:]+/, '').startsWith(id) || labelled(passage.text, id) || (passage.kind === 'row' && ownCell(passage.text, id)));
    const statement = !restating && ids.size === 1 && (passage.kind === 'item' || passage.kind === 'row' || passage.kind === 'paragraph') && (text.match(/\p{L}[\p{L}\p{N}'’-]*/gu)?.length ?? 0) <= STATEMENT_WORDS;
    if (!restating && !statement && own.score > CITED_AT_MOST) continue;
    let best: { req: Requirement; score: number } | null = null;
    const candidates = new Set<Requirement>();
    for (const t of terms.keys()) for (const req of byTerm.get(t) ?? []) candidates.add(req);
    for (const t of stated) for (const req of byTarget.get(`${t.metric}:${baseValue(t)?.value}`) ?? []) candidates.add(req);
    // In the PRD's order, so that a tie names the same NFR every run.
    for (const other of nfrs.values()) {
      if (other === cited || !candidates.has(other)) continue;
      const r = resemblance(other, text, index, terms, stated);
      const clearlyCloser = r.score >= RESTATED_CLOSER_SCORE && r.score >= own.score + RESTATED_MARGIN && r.score >= own.score * RESTATED_RATIO;
      const close = restating
        ? clearlyCloser
        : (statement && clearlyCloser && (r.words >= STATEMENT_SHARED_WORDS || r.restated !== undefined)) ||
          (own.score <= CITED_AT_MOST && r.score >= (own.score === 0 ? UNRELATED_CLOSER_SCORE : CLOSER_SCORE) && r.words >= CLOSER_WORDS);
      if (close && (!best || r.score > best.score)) best = { req: other, score: r.score };
    }
    // What it says, without the citation's leftovers ("( )", the table's pipes at the ends).
    const says = clip(text.replace(/\s*\([\s,;]*\)/g, '').replace(/^[\s|:*_—–-]+|[\s|]+$/g, '').replace(/\s*\|\s*/g, ' | '), 100);
    const where = { location: { file: passage.file, line: passage.line, column: 1 }, endLine: passage.endLine };
    if (best) out.push({ cited, closer: best.req, ...where, says });
    // A restatement that shares nothing with the NFR it names, and states a target of a kind
    // that NFR has none of: the table gives the ID another meaning.
    else if (restating && own.score === 0 && cited.targets.length && statesOtherTarget(cited, text)) out.push({ cited, closer: null, ...where, says });
  }
  return out.sort((a, b) => a.location.file.localeCompare(b.location.file) || a.location.line - b.location.line);
}
