import type { ParsedDoc, ParsedFile, Section } from './document.js';
import { inGenerated } from './document.js';
import { plainText, lineOf, columnOf, walk } from './markdown.js';
import { categoryFromText, CATEGORY_WORDS, infixAgrees } from './categories.js';
import { baseValue, parseTargets, placeTargets } from './targets.js';
import { namesOtherPercentile, percentilesIn, restatesTarget, sameMeasure, sameQuantity, sameValue, targetText, tightensTarget } from './target-compare.js';

import { normalizeId, type IdSettings } from './ids.js';
import type { IdScan } from './requirements.js';
import type { Location, Reference, Requirement, Target } from './types.js';
import type { ActiveWaiver } from './waivers.js';
import { clauseOf, ownClause } from './target-clause.js';
import { inValueRun, listedValues } from './value-lists.js';
import { isVersionTarget } from './version-targets.js';
import { mapsToDesign, requirementsSummaryAt, LIKELY_SCORE, SECTION_RIVAL_SHARE, SUMMARY_WEIGHT, suggestionIndexOf, placesOrSummaries, termsSharedByRequirements, onlyListsTopicOf, type Suggestion, type SuggestionIndex } from './cite-suggestions.js';
import { findCitationDrift, type CitationDrift } from './citation-drift.js';
import { isConcept, STOP_WORDS, termCounts, TOPIC_TERMS, TOPIC_WORDS, wordTermCounts } from './terms.js';
import { compareText } from './compare-text.js';
import { defers } from './deferred.js';
import { statesDrawback, titlesDrawbacks } from './drawbacks.js';
import { leadLabel, topicListOf, type TopicList } from './topic-list.js';
import { isConcernsList, isConstraintsList, isPointerList, isRestatement, isRestatingSection } from './section-titles.js';

// Which requirements the architecture addresses, in the manner of OpenFastTrace: named statuses.

export type CoverageStatus = 'covered' | 'implied' | 'uncovered' | 'waived';

export interface Mismatch {
  prd: Target;
  architecture: Target;
  location: Location;
  /** True when the architecture cites the requirement's ID next to the differing target. */
  cited: boolean;
}

export interface CoverageRow {
  requirement: Requirement;
  status: CoverageStatus;
  citations: Location[];
  /** For implied rows: where the architecture seems to address the requirement, and why. */
  implied?: { location: Location; reason: string };
  waiver?: ActiveWaiver;
  mismatches: Mismatch[];
  /** For rows not covered: where the requirement seems addressed, best first (places to cite it). */
  suggestions: Suggestion[];
  /** For NFR rows with no suggestion: the lines of requirements summaries that restate it, if only they resemble it (never places to cite). */
  summaries?: Suggestion[];
  /** Places that cite it but describe something else (trace/citation-drift): they do not cover it. */
  drifted: CitationDrift[];
}

export interface Orphan {
  id: string;
  citations: Location[];
}

export interface Coverage {
  rows: CoverageRow[];
  orphans: Orphan[];
  /** Citations that are not citations, in document order (trace/citation-drift reports them). */
  drift: CitationDrift[];
}

export interface CoverageOptions {
  /**
   * Whether a drifted citation (trace/citation-drift) is looked for, and then does not cover the
   * NFR it cites. Off when the rule is off: then every citation counts, as it reads.
   */
  citationDrift?: boolean;
  /** Whether a drifted place's finding is silenced inline: then its citation counts. */
  citationStands?: (at: Location) => boolean;
}

/** A paragraph, list item line, table row or heading of the architecture, with what it says. */
interface Unit {
  text: string;
  location: Location;
  /** Its last line: a paragraph may run over several ("**Performance Goals**: …" after a list item, without a blank line). */
  endLine: number;
  targets: Target[];
  cited: Set<string>;
  /** Stems and word count are read only for sentences that state a target: empty (0) for the others. */
  stems: ReadonlySet<string>;
  words: number;
  /** Percentiles the sentence names ("p50", "95th percentile"), found once when first asked. */
  percentiles?: number[];
  /** The sentence read as a topic list, once when first asked: every NFR restating its target asks. */
  topicList?: TopicList;
  /** Its word terms (see wordTermCounts), found once when first asked: a long sentence stating many values is read once, not once per requirement. */
  terms?: Map<string, number>;
}

const STOP = new Set(
  (
    'temps time times delay delai durée duree süre sure saniye tiempo tiempos tempo tempi zeit zeiten minute minutes second seconds seconde secondes hour hours heure heures days jours percent requests ' +
    'handle handles handling manage manages managed ' +
    'system systems shall must should will would could application applications app apps user users data support supports provide provides ensure ensures within under less than more each every all able with from that this these those have been when while time times also into onto only other such their there which where what using used use uses based through without after before must need needs requirement requirements feature features service services ' +
    'le la les des une pour dans avec sans doit doivent être sont système utilisateur utilisateurs données ' +
    'için olan veya gibi sistem kullanıcı'
  ).split(' '),
);

/** Distinctive word stems of a text: 5-letter prefixes of words of 4+ letters, stop words out (the ranking's too: "afin", "selon"). */
export function keyStems(text: string): Set<string> {
  const words = text.toLowerCase().match(/\p{L}{4,}/gu) ?? [];
  return new Set(words.filter((w) => !STOP.has(w) && !STOP_WORDS.has(w)).map((w) => w.slice(0, 5)));
}

const CATEGORY_STEMS = new Set(CATEGORY_WORDS.map(([name]) => name.slice(0, 5)));
// Words every target sentence uses: on their own they do not tie a sentence to one requirement.
const GENERIC_STEMS = new Set([...CATEGORY_STEMS, 'cover', 'enfor', 'laten', 'respo', 'targe', 'objec', 'cible', 'limit', 'maxim', 'minim', 'rapid', 'quick', 'accep']);

// The words that name a quality ("sécurité", "performans", "logs"): a sentence sharing them is on
// the requirement's topic, which does not make its number the requirement's target.
// keyStems keeps a word's accents: the topic words are read as written too, not only as their
// (accent-folded) terms ("sécurité" is "sécur" here, "securi" to the ranking).
const TOPIC_STEMS = new Set([...TOPIC_TERMS, ...TOPIC_WORDS.split(' ')].map((t) => t.slice(0, 5)).concat('logs', 'loggi'));

/** How many places that do not cite an NFR may each show it a target mismatch. */
const MAX_UNCITED_MISMATCH_PLACES = 3;

/**
 * How many sentences each title word leads an NFR to, in document order, when mismatches are looked
 * for. Every NFR reads the lists of its title's words: without a bound, 1,600 NFRs sharing the
 * words of 16,000 sentences read 25 million entries. The shared corpus holds at most 17.
 */
const STEM_PLACES = 200;

/** How many sentences stating the same value an NFR's restatement is looked for in. */
const IMPLIED_SCAN_LIMIT = 200;

/** "P50" in a sentence about a p95 target: another quantity. */
function otherPercentile(t: Target, u: Unit): boolean {
  if (t.percentile === undefined) return false;
  return namesOtherPercentile(t, (u.percentiles ??= percentilesIn(u.text)));
}

/** The sentences stating a value are indexed by it: its metric and value in the base unit, or the sum and its currency. */
const valueKey = (t: Target) => `${t.metric}:${baseValue(t)?.value ?? `${t.value} ${t.unit}`}`;

function shared(a: ReadonlySet<string>, b: ReadonlySet<string>): string[] {
  return [...a].filter((s) => b.has(s));
}

const NO_STEMS: ReadonlySet<string> = new Set();

function architectureUnits(doc: ParsedDoc, refs: Reference[]): Unit[] {
  // file -> line -> keys cited there: looked up per line of every unit without building a key.
  const citedAt = new Map<string, Map<number, Set<string>>>();
  for (const r of refs) {
    if (r.noise) continue;
    let lines = citedAt.get(r.location.file);
    if (!lines) citedAt.set(r.location.file, (lines = new Map()));
    let keys = lines.get(r.location.line);
    if (!keys) lines.set(r.location.line, (keys = new Set()));
    keys.add(r.key);
  }
  const units: Unit[] = [];
  for (const file of doc.files) {
    const citedLines = citedAt.get(file.path);
    // walk keeps its own stack: quotes and lists nest as deep as a pull request writes them.
    walk(file.root, (n) => {
      if (n.type === 'code' || n.type === 'html' || n.type === 'yaml') return false;
      if (n.type === 'paragraph' || n.type === 'heading' || n.type === 'tableRow') {
        const text = plainText(n);
        const start = lineOf(n);
        if (inGenerated(file, start)) return false;
        const end = n.position?.end.line ?? start;
        const cited = new Set<string>();
        if (citedLines) for (let l = start; l <= end; l++) for (const k of citedLines.get(l) ?? []) cited.add(k);
        const targets = placeTargets(text);
        const stated = targets.length > 0;
        units.push({ text, location: { file: file.path, line: start, column: columnOf(n) }, endLine: end, targets, cited, stems: stated ? keyStems(text) : NO_STEMS, words: stated ? text.split(/\s+/).length : 0 });
        return false;
      }
    });
  }
  return units;
}

/** Each file's sections in line order, found once per architecture: a place's section is then a binary search, not a walk over every section. */
const sectionsByFile = new WeakMap<ParsedDoc, Map<string, Section[]>>();

/** The section a place is in: the last heading at or above its line in its file. */
function sectionAt(architecture: ParsedDoc, at: Location): Section | null {
  let byFile = sectionsByFile.get(architecture);
  if (!byFile) {
    byFile = new Map();
    for (const s of architecture.sections) {
      const list = byFile.get(s.file);
      if (list) list.push(s);
      else byFile.set(s.file, [s]);
    }
    for (const list of byFile.values()) list.sort((a, b) => a.line - b.line);
    sectionsByFile.set(architecture, byFile);
  }
  const list = byFile.get(at.file);
  if (!list) return null;
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].line <= at.line) lo = mid + 1;
    else hi = mid;
  }
  return lo ? list[lo - 1] : null;
}

/**
 * Whether a place does not meet what it names. It puts the feature off (see defers), in its own
 * text or a heading above it ("## Future Work", "### 未来扩展"): the design does not do it yet;
 * or states a drawback of the design ("Bad, because … adds latency", "### Negative Consequences",
 * see drawbacks.ts): there it names what the design makes worse; or stands in a list of pointers
 * to other documents ("## More Information", "## See also"): there it names where, not how.
 * Read once per place (`seen`), whatever the number of NFRs that look at it.
 */
function notMetAt(architecture: ParsedDoc, at: Location, text: string, seen: Map<string, boolean>): boolean {
  const key = `${at.file}\n${at.line}`;
  let deferred = seen.get(key);
  if (deferred === undefined) {
    deferred = defers(text) || statesDrawback(text);
    // A file's own title names the product ("# Future Bank Architecture"), not a feature put off.
    const section = sectionAt(architecture, at);
    const fileTitle = sectionsByFile.get(architecture)?.get(at.file)?.[0];
    for (let s = section; s && !deferred; s = s.parent) deferred = (!(s === fileTitle && s.depth === 1) && defers(s.title)) || titlesDrawbacks(s.title) || isPointerList(s.title);
    seen.set(key, deferred);
  }
  return deferred;
}

/**
 * The line of a place that holds its evidence: of a paragraph over several lines, the first line
 * that restates the target or names the mechanism ("**Performance Goals**: … report generation
 * < 30s" under "- **Infrastructure**: RabbitMQ, Redis"), where a reader looks and cites; the
 * place's own first line when none does on its own.
 */
function evidenceLine(architecture: ParsedDoc, at: Location, endLine: number, holds: (line: string) => boolean): Location {
  if (endLine <= at.line) return at;
  const file = architecture.files.find((f) => f.path === at.file);
  if (!file) return at;
  const starts = lineStartsOf(file);
  for (let l = at.line; l <= Math.min(endLine, starts.length); l++) {
    const end = l < starts.length ? starts[l] - 1 : file.text.length;
    const line = file.text.slice(starts[l - 1], end);
    if (holds(line)) return l === at.line ? at : { file: at.file, line: l, column: line.search(/\S/) + 1 };
  }
  return at;
}

/** Where each line of a file starts, found once per file and only for a place over several lines: each place then reads its own lines only. */
const lineStarts = new WeakMap<ParsedFile, Uint32Array>();
function lineStartsOf(file: ParsedFile): Uint32Array {
  let starts = lineStarts.get(file);
  if (!starts) {
    starts = new Uint32Array(file.lineCount);
    let n = 1;
    for (let i = file.text.indexOf('\n'); i !== -1 && n < starts.length; i = file.text.indexOf('\n', i + 1)) starts[n++] = i + 1;
    lineStarts.set(file, starts);
  }
  return starts;
}

/**
 * Of several sentences restating a requirement's target, the one where it is met: that is where
 * `archgate cite --accept implied` writes its citation. The first in document order outside an
 * overview, introduction, glossary, summary or price list (its own heading), else the first. A
 * line of BMAD's "Technical Constraints & Dependencies" restating the target ("<2s extension
 * startup time") is the PRD's number again: a line of a requirements map that restates it beside
 * how it is met ("<2s startup: esbuild, lazy loading") is the place, wherever it comes.
 */
function designPlace(hits: Unit[], architecture: ParsedDoc, title: Section | undefined, inMap: (u: Unit) => boolean): Unit {
  const restating = (u: Unit) => {
    const section = sectionAt(architecture, u.location);
    // Its own heading only: "Introduction › Key Performance Requirements" is where the targets are set.
    return !!section && section !== title && isRestatingSection(section.title);
  };
  const first = hits.find((u) => !restating(u)) ?? hits[0];
  if (!isConstraintsList(sectionAt(architecture, first.location)?.title ?? '')) return first;
  return hits.find(inMap) ?? first;
}

/**
 * Of the places to cite an NFR, where `archgate cite --accept implied` writes its citation: the
 * best, unless another place offered nearly as well matched is where a careful architect looks:
 * - the best is in a list of the concerns the decisions have yet to address ("Cross-Cutting
 *   Concerns Identified: Security & Secrets: AES-256") and another is in the design
 *   ("Authentication & Security: API keys encrypted at rest (AES-256)"): there it is met;
 * - no heading above the best names the NFR's category, and one above another place of the same
 *   document does ("Authentication & Security: All error responses use generic messages" over
 *   "API & Communication Patterns: Error Handling | Generic messages"; "ADR-002: XChaCha20-Poly1305
 *   for Encryption" over "Crypto Engine"). In another document of the set (a sequence diagram, the
 *   risk list) the same heading is another view of the design, not the decision;
 * - the best only repeats its words, and another as well matched names its mechanism or restates
 *   its target.
 * Nearly as well matched: at least the share a requirements summary keeps against the design
 * (SUMMARY_WEIGHT); a weaker place ("State Management (bloque HUD)" for non-blocking rendering)
 * leaves the best where it is.
 */
function citedPlace(suggestions: Suggestion[], architecture: ParsedDoc, category: string | undefined): Suggestion {
  const best = suggestions[0];
  const title = (s: Suggestion) => sectionAt(architecture, s.location)?.title;
  // Nor a line of a requirements summary under a subsection of its own ("5. Requisitos no
  // funcionales › 5.2 Seguridad"), unless it maps the requirement to how it is met.
  const summary = (s: Suggestion) => {
    const at = requirementsSummaryAt(suggestionIndexOf(architecture), s.location.file, s.location.line);
    return at === 'list' || at === 'met';
  };
  const design = (s: Suggestion) => {
    const t = title(s);
    return t !== undefined && !isConcernsList(t) && !isRestatingSection(t) && !isRestatement(t) && !summary(s) && s.score >= SUMMARY_WEIGHT * best.score;
  };
  if (isConcernsList(title(best) ?? '')) return suggestions.slice(1).find(design) ?? best;
  // Two places this close are equally likely the reader's (SECTION_RIVAL_SHARE): of them, the one
  // that names the mechanism or restates the target is where it is met, over one that only repeats
  // its words (aer's Testing Strategy line naming the OpenAPI spec and generated.go the CI check
  // compares, over an API tooling note "make codegen && git diff --exit-code").
  if (!best.restated && !best.mechanisms.length) {
    const holds = suggestions.slice(1).find((s) => (s.restated || s.mechanisms.length) && s.confidence === 'likely' && s.score >= SECTION_RIVAL_SHARE * best.score && design(s));
    if (holds) return holds;
  }
  const onCategory = (s: Suggestion) => {
    for (let section = sectionAt(architecture, s.location); section; section = section.parent) if (categoryFromText(section.title) === category) return true;
    return false;
  };
  if (!category || onCategory(best)) return best;
  return suggestions.slice(1).find((s) => s.location.file === best.location.file && design(s) && onCategory(s)) ?? best;
}

/**
 * How well the best place must match an NFR to be where the design's section on its quality meets
 * it (see ownWordsInQualitySection). Measured on the read sets: 0.25 implies one more NFR at its
 * labelled line (set F) and nothing topical once a place that puts the feature off is refused
 * (notMetAt: set C's "未来扩展" row was the one wrong row at 0.25); 0.20 implies two topical rows
 * (sets B, J).
 */
const QUALITY_SECTION_SCORE = 0.25;
/**
 * How well the best place must match an NFR, outside the design's section on its quality, for a
 * mechanism of the NFR's own to say which requirement it meets (see OwnWords). 0.25 there implied
 * "Screen readers: TalkBack is installed on the test devices" (a test plan's line, topical) and,
 * between two places 0.34 and 0.30, the first.
 */
const OWN_MECHANISM_SCORE = 0.35;
/**
 * How far above every other place offered it must score: a section with two such lines has not
 * said which one meets it. Measured on the read sets: 1.1 implies 2 more NFRs of set M at their
 * labelled place and nothing topical anywhere (1.2 before); 1.1 implied one topical row of set E
 * until a numbered "9.3 Security Requirements" was read as the restatement it is (unnumbered).
 */
const QUALITY_SECTION_STANDS_OUT = 1.1;
/**
 * The longest place (in characters) read for its own words: a line or a row of a quality section
 * is the class; a place longer than this is a section's whole text, and reading it once per NFR
 * would make NFRs x text.
 */
const QUALITY_SECTION_MAX_CHARS = 2000;
/** How many of the NFR's own words (see ownWordsInQualitySection) the place must write. */
const QUALITY_SECTION_OWN_WORDS = 2;

/**
 * The one more way an NFR without a measurable target is implied: its best place stands in the
 * design's own section on the NFR's quality (onItsQuality: "11.4 安全", "Authentication &
 * Security", "Reliability"), is no code sample, writes at least two of the NFR's own words (not a word naming
 * the quality, not one several NFRs share, not a synonym) in its own text, matches it at least
 * QUALITY_SECTION_SCORE and stands out above the next place offered. That section is where the
 * design says how the quality is met, and the NFR's own words there say which requirement.
 * Returns the own words it writes (stems), or null.
 * Measured on the read sets: 5 more NFRs implied at the labelled line, 1 topical (see the report);
 * the topical one (set J, one safeguard of four) is now refused by meetsOneCriterion.
 * Outside that section, a mechanism of the NFR's own may stand in for it (see OwnWords).
 */
function ownWordsInQualitySection(
  req: Requirement,
  best: Suggestion,
  runnerUp: number,
  architecture: ParsedDoc,
  documentTitle: Section | undefined,
  sharedTerms: ReadonlySet<string>,
  deferred: (at: Location, text: string) => boolean,
): OwnWords | null {
  if (req.targets.length || best.kind === 'code' || best.confidence !== 'possible') return null;
  if (best.score < QUALITY_SECTION_SCORE || best.score < QUALITY_SECTION_STANDS_OUT * runnerUp) return null;
  const onQuality = onItsQuality(req, architecture, best.location, documentTitle);
  // Outside that section, a mechanism of its own named there says which requirement (see OwnWords),
  // on a closer match: no heading vouches for the place.
  if (!onQuality && (!best.mechanisms.length || best.score < OWN_MECHANISM_SCORE)) return null;
  const text = placeText(architecture, best.location, best.endLine);
  if (text === null) return null;
  if (onlyListsTopicOf(req, text, sharedTerms) || deferred(best.location, text)) return null;
  const written = wordTermCounts(text);
  const own = best.shared.filter((t) => !isConcept(t) && !TOPIC_TERMS.has(t) && !sharedTerms.has(t) && written.has(t));
  if (own.length < QUALITY_SECTION_OWN_WORDS) return null;
  // One item of several it lists is a part of what it asks (see meetsOneCriterion).
  if (meetsOneCriterion(req, best.shared, text)) return null;
  if (onQuality) return { words: own, mechanisms: [] };
  if (!inTheDesign(req, architecture, best.location, text, sharedTerms)) return null;
  const mechanisms = best.mechanisms.filter((m) => [...wordTermCounts(m).keys()].some((t) => own.includes(t)));
  return mechanisms.length ? { words: own, mechanisms } : null;
}

/** How many items a list in an NFR's text must hold for one of them to be only a part of what it asks. */
const CRITERIA_LISTED = 3;

/** Whether a line of an NFR ends with a colon, bold or not ("**Acceptance criteria:**"): the lines after it are a list. */
function introducesList(line: string): boolean {
  let end = line.length;
  while (end > 0 && line[end - 1] === '*') end--;
  return end > 0 && (line[end - 1] === ':' || line[end - 1] === '：');
}

/** Each NFR's listed criteria (see criteriaOf), read once. */
const criteriaByRequirement = new WeakMap<Requirement, ReadonlyMap<string, number>[]>();

/**
 * The items of the lists an NFR's text writes under a line that ends with a colon
 * ("Akzeptanzkriterien:", "Acceptance criteria:", "Critères :"), each as its terms (synonyms
 * too), when a list holds at least CRITERIA_LISTED; the lines outside such lists (its title, its
 * statement) are read as one more entry, last. Empty when it lists none. One pass over its lines.
 */
function criteriaOf(req: Requirement): ReadonlyMap<string, number>[] {
  let criteria = criteriaByRequirement.get(req);
  if (criteria) return criteria;
  const lists: string[][] = [];
  const outside: string[] = [req.title];
  let list: string[] | null = null;
  const close = () => {
    if (list && list.length >= CRITERIA_LISTED) lists.push(list);
    else if (list) outside.push(...list);
  };
  for (const raw of req.text.split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    if (introducesList(line)) {
      close();
      list = [];
      outside.push(line);
    } else if (list) list.push(line);
    else outside.push(line);
  }
  close();
  criteria = lists.length ? [...lists.flat().map((item) => termCounts(item)), termCounts(outside.join('\n'))] : [];
  criteriaByRequirement.set(req, criteria);
  return criteria;
}

/**
 * Whether a place matches one criterion alone of a list of several in the NFR: every term it
 * shares with the NFR (synonyms too, not a word naming the quality) stands in that one item
 * ("Privilege Separation: Least privilege principle" of four safeguards) and none in its title or
 * statement. The place meets a part of what it asks ("Principle of Least Privilege" among a
 * section's measures), which a reader calls its topic; a place that also names the means of
 * another item ("OAuth2/JWT, RBAC, Input Validation" for authentication, authorization and input
 * validation) meets the list.
 */
function meetsOneCriterion(req: Requirement, shared: readonly string[], text: string): boolean {
  const criteria = criteriaOf(req);
  if (!criteria.length) return false;
  const written = termCounts(text);
  const terms = shared.filter((t) => !TOPIC_TERMS.has(t) && written.has(t));
  const rest = criteria[criteria.length - 1];
  if (terms.some((t) => rest.has(t))) return false;
  let met = 0;
  for (let i = 0; i < criteria.length - 1 && met < 2; i++) if (terms.some((t) => criteria[i].has(t))) met++;
  return met === 1;
}

/**
 * The own words an NFR's best place writes (stems), and the NFR's mechanisms among them when the
 * place is not in the design's section on its quality. There a mechanism named by the NFR alone
 * ("WCAG", "TalkBack", "swagger-ui.html") beside another of its own words ties the place to it as
 * the section's heading does: "Screen readers: TalkBack labels from the widget tree" for "every
 * screen exposes semantic labels that TalkBack announces". A mechanism other NFRs name too ties it
 * to none of them, and a reading of the PRD (see inTheDesign) names it as well as the PRD does.
 * Measured on the read sets (A..G, J, K, L, held-in): 3 more NFRs implied, all at the labelled
 * line, none topical or absent.
 */
/**
 * Whether a place is the design's, not its reading of the PRD: under no concerns list,
 * constraints list or restating section, and no line of a requirements overview; a line of a
 * requirements map only where it says how the requirement is met (mapsToDesign). An overview that
 * copies the PRD's mechanisms names them as well as the PRD does.
 */
function inTheDesign(req: Requirement, architecture: ParsedDoc, at: Location, text: string, sharedTerms: ReadonlySet<string>): boolean {
  for (let s: Section | null = sectionAt(architecture, at); s; s = s.parent) {
    if (isConcernsList(s.title) || isConstraintsList(s.title) || isRestatingSection(s.title)) return false;
  }
  const summary = requirementsSummaryAt(suggestionIndexOf(architecture), at.file, at.line);
  return summary === undefined || (summary === 'mapping' && mapsToDesign(req, text, sharedTerms));
}

interface OwnWords {
  words: string[];
  mechanisms: string[];
}

/**
 * A heading without its number ("9.3 Security Requirements"): the words that title it, as the
 * restatement patterns (anchored at the title's start) read them, and as the ranking reads them.
 */
const unnumbered = (title: string): string => title.replace(/^[\d.\s]+/, '').trim();

/**
 * Whether a place stands in the design's own section on an NFR's quality: a heading above it (not
 * the document's title) names the NFR's category, and no heading above it is a requirements
 * summary, concerns list or constraints list. Where the NFR's ID names another group (infixAgrees), its
 * category is a guess: no section is.
 */
function onItsQuality(req: Requirement, architecture: ParsedDoc, at: Location, documentTitle: Section | undefined): boolean {
  const category = req.category;
  if (!category) return false;
  if (!infixAgrees(req.id, category)) return false;
  let onQuality = false;
  for (let s: Section | null = sectionAt(architecture, at); s; s = s.parent) {
    // Under a "Quality Attributes" or "Cross-Cutting Concerns" chapter the lines restate what is asked, at any depth.
    const title = unnumbered(s.title);
    if (isConcernsList(title) || isConstraintsList(title) || isRestatingSection(title) || isRestatement(title)) return false;
    onQuality ||= s !== documentTitle && categoryFromText(s.title) === category;
  }
  return onQuality;
}

/**
 * The most NFRs one line may imply. `implied` clears the error, and a pull request's author writes
 * the lines: one line under "## Performance" writing every NFR's words and target implied them all.
 * A line that would imply more lists requirements, as a summary does: it is where none is met.
 */
const IMPLIED_PER_LINE = 2;

/** How many other places, each passing the gates alone, a row keeps for when its implied line is refused. */
const IMPLIED_ALTERNATES = 3;

type ImpliedPlace = NonNullable<CoverageRow['implied']>;

const lineKey = (at: Location) => `${at.file}\n${at.line}`;

/**
 * Rows implied at a line that would imply more than IMPLIED_PER_LINE NFRs: uncovered again (their
 * places to cite stay), unless another of their places passes the gates alone (`alternates`, best
 * first) on a line that is not refused and still has room: that line is where the row is met, and
 * the refused line's listing says nothing of it. A line that more than IMPLIED_PER_LINE rows
 * could be implied at (their place or another of theirs) lists them too and takes none. Each row
 * keeps at most 2 x IMPLIED_ALTERNATES places, so this is linear in the rows.
 */
function refuseListedImplications(rows: CoverageRow[], alternates: ReadonlyMap<CoverageRow, ImpliedPlace[]>): void {
  const byLine = new Map<string, CoverageRow[]>();
  for (const row of rows) {
    if (row.status !== 'implied' || !row.implied) continue;
    const key = lineKey(row.implied.location);
    const list = byLine.get(key);
    if (list) list.push(row);
    else byLine.set(key, [row]);
  }
  const refused: CoverageRow[] = [];
  const crowded = new Set<string>();
  for (const [key, list] of byLine) {
    if (list.length <= IMPLIED_PER_LINE) continue;
    crowded.add(key);
    for (const row of list) {
      row.status = 'uncovered';
      delete row.implied;
      refused.push(row);
    }
  }
  if (!refused.length) return;
  // How many rows each line could imply, as their place or one of their other places: twenty
  // copies of the listing line are each every NFR's other place, and list them as the first does.
  const could = new Map<string, number>();
  for (const row of rows) {
    const keys = new Set((alternates.get(row) ?? []).map((p) => lineKey(p.location)));
    if (row.implied) keys.add(lineKey(row.implied.location));
    for (const key of keys) could.set(key, (could.get(key) ?? 0) + 1);
  }
  for (const row of refused) {
    for (const place of alternates.get(row) ?? []) {
      const key = lineKey(place.location);
      if (crowded.has(key) || (could.get(key) ?? 0) > IMPLIED_PER_LINE || (byLine.get(key)?.length ?? 0) >= IMPLIED_PER_LINE) continue;
      row.status = 'implied';
      row.implied = place;
      const list = byLine.get(key);
      if (list) list.push(row);
      else byLine.set(key, [row]);
      break;
    }
  }
}

/** A design's bound that meets the target (tightensTarget), but no all-or-nothing share. */
function tighterBoundOf(t: Target, x: Target): boolean {
  // All or nothing is no budget: "Uptime pendant la migration : 100%" bounds a migration, not the service.
  if (x.unit === '%' && (x.value >= 100 || x.value <= 0)) return false;
  return tightensTarget(t, x);
}

/** The text of a place's lines, as written; null when longer than QUALITY_SECTION_MAX_CHARS. */
function placeText(architecture: ParsedDoc, at: Location, endLine: number): string | null {
  const file = architecture.files.find((f) => f.path === at.file);
  if (!file) return null;
  const starts = lineStartsOf(file);
  const last = Math.min(endLine, starts.length);
  const start = starts[at.line - 1];
  const end = last < starts.length ? starts[last] - 1 : file.text.length;
  return end - start > QUALITY_SECTION_MAX_CHARS ? null : file.text.slice(start, end);
}

export function computeCoverage(
  requirements: Requirement[],
  architecture: ParsedDoc | null,
  architectureIds: IdScan,
  waivers: ActiveWaiver[],
  settings: IdSettings,
  options: CoverageOptions = {},
): Coverage {
  const defined = new Map(requirements.map((r) => [r.key, r]));
  const evidence = architectureIds.references.filter((r) => !r.noise);
  const citations = new Map<string, Location[]>();
  const cite = (key: string, loc: Location) => {
    const list = citations.get(key) ?? [];
    if (!list.some((l) => l.file === loc.file && l.line === loc.line)) list.push(loc);
    citations.set(key, list);
  };
  for (const r of evidence) cite(r.key, r.location);

  // "P1–P5" in a row that names the category whose IDs use that infix: NFR-P1 ... NFR-P5.
  const prefixes = new Set([...settings.prefixes.nfr, ...settings.prefixes.fr, ...settings.prefixes.other].map((p) => p.toUpperCase()));
  // The requirements by their infix letters, read once: a document's many ranges cost no more
  // than one pass each over the few requirements with those letters.
  const byInfix = new Map<string, { req: Requirement; n: number }[]>();
  if (architectureIds.bareRanges.length) {
    for (const req of requirements) {
      const m = /-([A-Z]{1,4})[-.]?(\d+)$/.exec(req.id.toUpperCase());
      if (m) byInfix.set(m[1], [...(byInfix.get(m[1]) ?? []), { req, n: Number(m[2]) }]);
    }
  }
  for (const range of architectureIds.bareRanges) {
    if (range.noise || prefixes.has(range.letters)) continue;
    const candidates = byInfix.get(range.letters);
    if (!candidates) continue;
    const contextCategory = categoryFromText(range.context);
    for (const { req, n } of candidates) {
      if (n < range.from || n > range.to) continue;
      if (req.category && req.category === contextCategory) cite(req.key, range.location);
    }
  }

  // A place that cites NFR-6 while it describes NFR-11 (or nothing of NFR-6) is not where NFR-6
  // is met: failing closed, that citation does not cover it. The rule is silent when unsure, so
  // this takes away only citations a reader would call wrong.
  const drift = architecture && options.citationDrift ? findCitationDrift(requirements, architecture, evidence, suggestionIndexOf(architecture)) : [];
  for (const d of drift) {
    if (options.citationStands?.(d.location)) continue;
    const within = (l: Location) => l.file === d.location.file && l.line >= d.location.line && l.line <= d.endLine;
    citations.set(d.cited.key, (citations.get(d.cited.key) ?? []).filter((l) => !within(l)));
  }

  const units = architecture ? architectureUnits(architecture, evidence) : [];
  // Indexes, so that each requirement looks only at the sentences that could concern it:
  // by cited key, by distinctive word, and by target value. No requirement × sentence loop.
  const byCited = new Map<string, Unit[]>();
  const byStem = new Map<string, Unit[]>();
  const byTarget = new Map<string, Unit[]>();
  const byMetric = new Map<string, Unit[]>();
  const push = <K>(map: Map<K, Unit[]>, key: K, u: Unit) => {
    const list = map.get(key);
    if (list) {
      if (list[list.length - 1] !== u) list.push(u);
    } else map.set(key, [u]);
  };
  for (const u of units) {
    for (const k of u.cited) push(byCited, k, u);
    if (u.targets.length && u.words <= 25 && u.cited.size === 0) for (const st of u.stems) if (!GENERIC_STEMS.has(st) && (byStem.get(st)?.length ?? 0) < STEM_PLACES) push(byStem, st, u);
    for (const t of u.targets) {
      push(byTarget, valueKey(t), u);
      push(byMetric, t.metric, u);
    }
  }
  // The document's own title ("# Security Design Assistant") is not a section on security.
  const documentTitle = architecture?.sections.find((s) => s.file === architecture.files[0]?.path && s.depth === 1);
  const sectionsByCategory = new Map<string, { section: Section; stems: Set<string> | null }[]>();
  for (const section of architecture?.sections ?? []) {
    if (section === documentTitle) continue;
    const category = categoryFromText(section.title);
    if (!category) continue;
    const list = sectionsByCategory.get(category);
    if (list) list.push({ section, stems: null });
    else sectionsByCategory.set(category, [{ section, stems: null }]);
  }

  // Each requirement's drifted places, in document order: found once, not by a scan of all drift per requirement.
  const driftedOf = new Map<Requirement, CitationDrift[]>();
  for (const d of drift) {
    if (options.citationStands?.(d.location)) continue;
    const list = driftedOf.get(d.cited);
    if (list) list.push(d);
    else driftedOf.set(d.cited, [d]);
  }
  // Which requirements state each target value: a value two of them state names neither.
  const requirementsByTarget = new Map<string, Set<Requirement>>();
  for (const r of requirements) for (const t of r.targets) requirementsByTarget.set(valueKey(t), (requirementsByTarget.get(valueKey(t)) ?? new Set()).add(r));
  // Terms several NFRs use: they tie a place to none of them in particular.
  const sharedTerms = termsSharedByRequirements(requirements);
  const titleStemsOf = new Map<Requirement, ReadonlySet<string>>();
  const titleStemsFor = (r: Requirement) => titleStemsOf.get(r) ?? titleStemsOf.set(r, keyStems(r.title)).get(r)!;
  // A value that is another requirement's own target for the same quantity, in a sentence that
  // names that requirement in a word of its title this one lacks: the sentence restates it.
  // Asked for every requirement at every sentence near it: the requirements stating each value are
  // indexed once by their title words (at most two per word), so that a PRD of many requirements
  // sharing one value and one title reads each sentence's words, not every requirement, each time.
  const ownersByValue = new Map<string, Map<string, Requirement[]>>();
  const titleOwners = (x: Target) => {
    const base = baseValue(x);
    const key = `${x.metric}|${x.comparator}|${x.percentile ?? ''}|${base?.family ?? ''}|${base?.value ?? `${x.value} ${x.unit}`}`;
    let owners = ownersByValue.get(key);
    if (!owners) {
      ownersByValue.set(key, (owners = new Map()));
      for (const r of requirementsByTarget.get(valueKey(x)) ?? []) {
        if (!r.targets.some((t) => sameQuantity(t, x) && sameValue(t, x))) continue;
        for (const st of titleStemsFor(r)) {
          if (GENERIC_STEMS.has(st)) continue;
          const list = owners.get(st);
          if (!list) owners.set(st, [r]);
          else if (list.length < 2) list.push(r);
        }
      }
    }
    return owners;
  };
  const restatesAnotherRequirement = (req: Requirement, u: Unit, x: Target) => {
    const own = titleStemsFor(req);
    const owners = titleOwners(x);
    for (const st of u.stems) if (!own.has(st) && owners.get(st)?.some((r) => r !== req)) return true;
    return false;
  };
  // Places that put the feature off, state a drawback or point elsewhere (see notMetAt): read once each.
  const notMetPlaces = new Map<string, boolean>();
  const notMetPlace = (at: Location, text: string) => notMetAt(architecture!, at, text, notMetPlaces);
  // NFRs whose design bounds their target more tightly: implied unless a likely place to cite is found.
  const tighterBounds = new Map<CoverageRow, { location: Location; reason: string }>();
  // Each implied row's other places that pass the gates alone, best first (see refuseListedImplications).
  const alternates = new Map<CoverageRow, ImpliedPlace[]>();
  const rows: CoverageRow[] = requirements.map((req) => {
    const cited = citations.get(req.key) ?? [];
    const row: CoverageRow = { requirement: req, status: 'uncovered', citations: cited, mismatches: [], suggestions: [], drifted: driftedOf.get(req) ?? [] };
    const stems = keyStems(`${req.title} ${req.text.replace(req.id, '')}`);
    const titleStems = titleStemsFor(req);
    const distinct = (xs: string[]) => xs.filter((x) => !GENERIC_STEMS.has(x));

    // Mismatches: the architecture states the same quantity with another value. Only where the
    // sentence is plainly about this requirement: it cites it (and no other NFR), or it is short
    // and shares two distinctive words of its title; and only when no target of the NFR agrees.
    if (req.targets.length) {
      const near = new Map<Unit, number>();
      for (const st of titleStems) for (const u of byStem.get(st) ?? []) near.set(u, (near.get(u) ?? 0) + 1);
      const candidates = [...(byCited.get(req.key) ?? []), ...[...near].filter(([, n]) => n >= 2).map(([u]) => u)];
      const clauseNamesIt = (u: Unit, x: Target) => {
        const clause = clauseOf(u.text, x, u.targets);
        return clause === null || distinct(shared(titleStems, keyStems(clause))).length >= 1;
      };
      let uncitedPlaces = 0;
      for (const u of candidates) {
        const citesIt = u.cited.has(req.key);
        if ([...u.cited].some((k) => k !== req.key && defined.get(k)?.kind === 'nfr')) continue;
        // Sentences that only share its words: a few are enough to show the disagreement, and a
        // document repeating one sentence would otherwise make this requirements x sentences.
        if (!citesIt && uncitedPlaces >= MAX_UNCITED_MISMATCH_PLACES) continue;
        // "60fps on desktop, 30fps on mobile": the sentence agrees with the NFR and adds to it.
        if (u.targets.some((x) => req.targets.some((t) => sameQuantity(t, x) && sameValue(t, x)))) continue;
        // "buckets: 50ms–10s": a range or list of values configures something; it restates no target.
        const listed = listedValues(u.text, u.targets);
        let counted = false;
        for (const x of u.targets) {
          if (listed.has(x)) continue;
          // Not cited there, the differing value must stand in a clause that names the requirement:
          // "Navigation < 2s, …, export rapide Excel" says nothing of the export's 10 s.
          if (!citesIt && !clauseNamesIt(u, x)) continue;
          // Not cited there, a value that is another NFR's own target, beside a word of that NFR's
          // title, restates that NFR ("the report page loads within 5 s" beside "the search page
          // loads within 2 s"); "Database query | <20ms | <100ms" still disagrees with its own 50 ms.
          if (!citesIt && restatesAnotherRequirement(req, u, x)) continue;
          // Another minimum version is left unjudged: a design may name a newer runtime for its own tooling.
          if (isVersionTarget(x)) continue;
          const same = req.targets.filter((t) => sameQuantity(t, x) && !otherPercentile(t, u));
          if (!same.length || same.some((t) => sameValue(t, x)) || (!citesIt && same.length > 1)) continue;
          if (!row.mismatches.some((m) => m.location.line === u.location.line && m.location.file === u.location.file && m.architecture.text === x.text)) {
            row.mismatches.push({ prd: same[0], architecture: x, location: u.location, cited: citesIt });
            if (!citesIt && !counted) counted = true;
          }
        }
        if (counted) uncitedPlaces++;
      }
      row.mismatches.sort((a, b) => compareText(a.location.file, b.location.file) || a.location.line - b.location.line);
    }

    const waiver = waivers.find((w) => w.id && normalizeId(w.id) === req.key && !w.expired && w.reason);
    if (waiver) {
      row.status = 'waived';
      row.waiver = waiver;
      return row;
    }
    if (cited.length) {
      row.status = 'covered';
      return row;
    }

    // Implied, precision first: the same target restated next to words of the requirement,
    // or a section on its category that shares several distinctive words with it.
    const own = (xs: string[]) => distinct(xs).filter((x) => !TOPIC_STEMS.has(x));
    const aboutIt = (u: Unit) => own(shared(stems, u.stems)).length >= 2 || (own(shared(titleStems, u.stems)).length >= 1 && u.words <= 25);
    // Among several quantities' targets in clauses of their own, the restated one's clause must
    // name the requirement ("Chargement initial < 3s, navigation < 500ms" restates no navigation < 3 s).
    const ours = (y: Target) => req.targets.some((r) => restatesTarget(r, y) || sameMeasure(r, y));
    const clauseAboutIt = (u: Unit, x: Target) => {
      // "Node 1+, Node 2+, … Node 99+": a run of values lists them, and restates none.
      if (inValueRun(u.text, x, u.targets, ours)) return false;
      const clause = ownClause(u.text, x, u.targets, ours);
      if (clause === null) return true;
      const words = keyStems(clause);
      return own(shared(stems, words)).length + own(shared(titleStems, words)).length >= 1;
    };
    // A requirements summary restating the target says the requirement is known, not how it is
    // met; a line of a requirements map that adds a mechanism, a target or words of its own says
    // how ("Réactivité UI <100ms : AsyncValue Riverpod, shimmer placeholders, optimistic UI").
    const summaryOf = (u: Unit) => requirementsSummaryAt(suggestionIndexOf(architecture!), u.location.file, u.location.line);
    const designOrMapping = (u: Unit) => {
      const summary = summaryOf(u);
      return summary === undefined || (summary === 'mapping' && mapsToDesign(req, u.text, sharedTerms));
    };
    // A requirements map gives each requirement a line of its own: there a word of its title (even
    // one naming its quality, "Réactivité UI <100ms") beside its target names it, as long as no
    // other requirement of the PRD has that target.
    const mapsIt = (u: Unit, t: Target) => summaryOf(u) === 'mapping' && (requirementsByTarget.get(valueKey(t))?.size ?? 0) === 1 && distinct(shared(titleStems, u.stems)).length >= 1;
    // A line of a requirements map that restates the target, which no other requirement of the
    // PRD has, beside two words of the requirement's own answers that requirement, even in the
    // PRD's words ("Uptime 99.5% : Firebase infrastructure SLA" for "99.5% uptime … SLA
    // monitoring"): a map is where the design says which requirement it meets. A line that only
    // ticks the target off ("<2s startup: ✅") says less than the design's own line; an overview
    // that lists the requirements again answers none, however closely it restates them.
    const answersIt = (u: Unit, t: Target) => summaryOf(u) === 'mapping' && (requirementsByTarget.get(valueKey(t))?.size ?? 0) === 1 && own(shared(stems, u.stems)).length >= 2;
    // A line of a requirements map labelled by the requirement's category that restates its
    // target, which no other requirement of the PRD has, and says how it is met: "性能 < 2s | ✅ |
    // SSG + next/image" in BMAD's "Non-Functional Requirements Coverage". The category names the
    // requirement's quality, the target tells it from the others of that quality. In the design's
    // prose the same line may bound another thing of that quality ("Sécurité : download links
    // expire after 30 minutes" is no 30-minute session): only a map answers requirements.
    const labelledByCategory = (u: Unit, t: Target) => {
      if (!req.category || (requirementsByTarget.get(valueKey(t))?.size ?? 0) !== 1 || summaryOf(u) !== 'mapping') return false;
      const label = leadLabel(u.text);
      return !!label && categoryFromText(label) === req.category && mapsToDesign(req, u.text, sharedTerms);
    };
    // A sentence in the design's section on the requirement's quality (a heading above it names
    // its category: "Performance Monitoring") that restates its target, which no other requirement
    // of the PRD has, beside a word of its title: "API Response Time (p95) | < 500ms | Prometheus"
    // for "API Response Time: 95th Percentile < 500ms", whose title words are too common to be its
    // own. There the number measures the quality the section designs; elsewhere the same words
    // and number may bound another thing ("Cache TTL 5 min" is no 5-minute report).
    const titleTerms = [...wordTermCounts(req.title).keys()].filter((t) => !isConcept(t));
    const inItsQualitySection = (u: Unit, t: Target) => {
      if (!req.category || (requirementsByTarget.get(valueKey(t))?.size ?? 0) !== 1 || !onItsQuality(req, architecture!, u.location, documentTitle)) return false;
      if (u.targets.some((x) => restatesTarget(t, x) && restatesAnotherRequirement(req, u, x))) return false;
      const words = (u.terms ??= wordTermCounts(u.text));
      return titleTerms.some((w) => words.has(w));
    };
    for (const t of req.targets) {
      // The first sentences (in document order) that state the same value: a document that
      // repeats one value hundreds of times would otherwise make this requirements × sentences.
      const candidates = (byTarget.get(valueKey(t)) ?? []).slice(0, IMPLIED_SCAN_LIMIT);
      // A list of several topics that names it in its own words only ("Performance : export < 10 s, navigation < 3 s, recherche < 2 s").
      const hits = candidates.filter(
        (u) =>
          u.targets.some((x) => restatesTarget(t, x) && clauseAboutIt(u, x)) &&
          !otherPercentile(t, u) &&
          (aboutIt(u) || mapsIt(u, t) || labelledByCategory(u, t) || inItsQualitySection(u, t)) &&
          (designOrMapping(u) || answersIt(u, t)) &&
          !onlyListsTopicOf(req, (u.topicList ??= topicListOf(u.text)), sharedTerms) &&
          !notMetPlace(u.location, u.text),
      );
      const hit = hits.length > 1 ? designPlace(hits, architecture!, documentTitle, (u) => summaryOf(u) === 'mapping') : hits[0];
      if (hit) {
        row.status = 'implied';
        const restatedHere = (line: string) => parseTargets(line).some((x) => restatesTarget(t, x));
        const at = (u: Unit) => ({ location: evidenceLine(architecture!, u.location, u.endLine, restatedHere), reason: `restates its target ${targetText(t)}` });
        row.implied = at(hit);
        const others = hits.filter((u) => u !== hit).slice(0, IMPLIED_ALTERNATES);
        if (others.length) alternates.set(row, others.map(at));
        return row;
      }
    }
    // A tighter bound of its own measure, in a sentence that writes two of its own words ("Message
    // Encryption | <5ms | <50ms" for "Message encryption time <100ms"): the design meets it
    // (stricterThan), only the numbers differ. The bound is no more than ten times tighter, names
    // no other percentile, and is no other requirement's own target beside that requirement's words.
    // One word of its title is not enough here, as it is for its own number: "Navigation < 500ms"
    // is no bound on "Navigation liste prospects < 3 s".
    for (const t of req.targets) {
      const candidates = (byMetric.get(t.metric) ?? []).slice(0, IMPLIED_SCAN_LIMIT);
      const tighter = (u: Unit) => u.targets.find((x) => tighterBoundOf(t, x) && clauseAboutIt(u, x) && !restatesAnotherRequirement(req, u, x));
      // A list of the concerns the design has yet to address ("Préoccupations Transversales : Navigation < 2s, …") sets a bound, it does not meet one.
      const concern = (u: Unit) => isConcernsList(sectionAt(architecture!, u.location)?.title ?? '');
      const hit = candidates.find((u) => !otherPercentile(t, u) && own(shared(stems, u.stems)).length >= 2 && designOrMapping(u) && tighter(u) && !concern(u) && !onlyListsTopicOf(req, u.text, sharedTerms) && !notMetPlace(u.location, u.text));
      if (hit) {
        const x = tighter(hit)!;
        const boundHere = (line: string) => parseTargets(line).some((y) => sameValue(x, y) && y.metric === x.metric);
        // Weighed after the places to cite (NFRs only): a likely place that restates its wording
        // is where it is met, before the first tighter bound in document order.
        tighterBounds.set(row, { location: evidenceLine(architecture!, hit.location, hit.endLine, boundHere), reason: `bounds its target ${targetText(t)} more tightly: ${targetText(x)}` });
        return row;
      }
    }
    return row;
  });

  // Places to cite, for every NFR that is not cited; the index is built once, when needed.
  let index: SuggestionIndex | null = null;
  for (const row of rows) {
    if (row.status === 'covered' || row.requirement.kind !== 'nfr' || !architecture) continue;
    index ??= suggestionIndexOf(architecture);
    const { places, summaries } = placesOrSummaries(row.requirement, index, undefined, sharedTerms);
    row.suggestions = places;
    if (summaries.length) row.summaries = summaries;
    // The one other evidence archgate bets on: a place that restates the requirement's
    // distinctive wording so closely that a reader would call it the place it is met.
    // A part of a box diagram names a part of the design: it never implies the NFR, and ranked
    // above the place that restates it, it does not hide that place.
    const drawnOut = row.suggestions.filter((s) => !s.diagram);
    // A line of a requirements summary that says how the requirement is met, or that it is,
    // ranks first as the place a reader cites, and is never proof: the design's own likely place
    // just after it is what implies it, as it did when the summary ranked below it. Weighed
    // against the design's other places, a line that only says it is met keeps the share a
    // summary keeps (SUMMARY_WEIGHT).
    const summaryOf = (s: Suggestion) => requirementsSummaryAt(index!, s.location.file, s.location.line);
    const says = (s: Suggestion) => summaryOf(s) === 'met';
    const lead = drawnOut.findIndex((s) => s.confidence === 'likely' || (summaryOf(s) !== 'met' && summaryOf(s) !== 'mapping'));
    const notDrawn = lead > 0 && drawnOut[lead].confidence === 'likely' ? drawnOut.slice(lead) : drawnOut;
    const best = notDrawn[0];
    const likelyAt = (place: Suggestion): ImpliedPlace => {
      const reason = place.restated ? `restates its target ${place.restated}` : place.mechanisms.length && place.score < LIKELY_SCORE ? `names its mechanism (${place.mechanisms.join(', ')}): "${place.evidence}"` : `restates its wording: "${place.evidence}"`;
      // Its restated target, else the first mechanism it names, on a line of its own.
      const mechanisms = place.mechanisms.map((m) => m.toLowerCase());
      const holds = place.restated ? (line: string) => parseTargets(line).some((x) => row.requirement.targets.some((t) => restatesTarget(t, x))) : (line: string) => mechanisms.some((m) => line.toLowerCase().includes(m));
      return { location: place.restated || mechanisms.length ? evidenceLine(architecture!, place.location, place.endLine, holds) : place.location, reason };
    };
    // Its other likely places, each a place archgate bets on alone, for when its implied line is refused.
    const notMetSuggestion = (place: Suggestion) => notMetPlace(place.location, placeText(architecture, place.location, place.endLine) ?? place.evidence);
    const likelyOthers = (chosen: Suggestion | null) => notDrawn.filter((s) => s !== chosen && s.confidence === 'likely' && !notMetSuggestion(s)).slice(0, IMPLIED_ALTERNATES).map(likelyAt);
    if (row.status === 'implied' && best?.confidence === 'likely') {
      const others = likelyOthers(null);
      if (others.length) alternates.set(row, [...(alternates.get(row) ?? []), ...others].slice(0, 2 * IMPLIED_ALTERNATES));
    }
    const likelyPlace = row.status === 'uncovered' && best?.confidence === 'likely' ? citedPlace(notDrawn, architecture, row.requirement.category ?? undefined) : null;
    if (likelyPlace && !notMetSuggestion(likelyPlace)) {
      row.status = 'implied';
      row.implied = likelyAt(likelyPlace);
      const others = likelyOthers(likelyPlace);
      if (others.length) alternates.set(row, others);
    } else if (likelyPlace) {
      // The place it is likely met puts it off: it is not met, and no weaker evidence says otherwise.
    } else if (row.status === 'uncovered' && tighterBounds.has(row)) {
      row.status = 'implied';
      row.implied = tighterBounds.get(row);
    } else if (row.status === 'uncovered' && best) {
      const own = ownWordsInQualitySection(row.requirement, best, Math.max(0, ...notDrawn.slice(1).map((s) => (says(s) ? SUMMARY_WEIGHT * s.score : s.score))), architecture, documentTitle, sharedTerms, notMetPlace);
      if (own) {
        row.status = 'implied';
        const reason = own.mechanisms.length ? `names its mechanism (${own.mechanisms.join(', ')}): "${best.evidence}"` : `writes its own words in the design's section on its quality (${sectionAt(architecture, best.location)?.title}): "${best.evidence}"`;
        row.implied = { location: best.location, reason };
      }
    }
  }

  refuseListedImplications(rows, alternates);

  // An ID of a kind the PRD defines, that the PRD does not define (nor uses to group others), is an orphan.
  const kinds = new Set(requirements.map((r) => r.kind));
  const orphanMap = new Map<string, Orphan>();
  for (const r of evidence) {
    if (defined.has(r.key) || settings.groupKeys?.has(r.key) || r.kind === 'other' || !kinds.has(r.kind) || r.range) continue;
    const o = orphanMap.get(r.key) ?? { id: r.id, citations: [] };
    o.citations.push(r.location);
    orphanMap.set(r.key, o);
  }
  return { rows, orphans: [...orphanMap.values()], drift };
}
