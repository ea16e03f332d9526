import type { ParsedDoc, ParsedFile, Section } from './document.js';
import { evidenceLineOf, type LineEvidence } from './evidence-line.js';
import { CODE_LINES, passagesOf, type Passage, type PassageKind } from './passages.js';
import { termCounts, isConcept, spelledOutAcronyms, TOPIC_TERMS, wordTermCounts } from './terms.js';
import { stripNumbering } from './headings.js';
import { parseTargets, placeTargets } from './targets.js';
import { configValuesOf, restatedInConfig } from './config-values.js';
import { numbersIn } from './numbers.js';
import { namesOtherPercentile, percentilesIn, restatesTarget, sameMeasure, stricterThan, targetText, tightensTarget } from './target-compare.js';
import { ownClause } from './target-clause.js';
import { familiesOf, familyOfRequirementTarget, loadScore, namesPageLoad, FAMILY_HINT } from './metric-families.js';
import { inValueRun } from './value-lists.js';
import { onlyListsItsTopic, saysHowItIsMet, type TopicList, type TopicQuery } from './topic-list.js';
import type { Location, Requirement, SuggestedPlace, Target } from './types.js';
import { compareText } from './compare-text.js';
import { withoutDocumentControl, withoutTemplateFields } from './template-fields.js';
import { restatesWording } from './restated-wording.js';
import { isConcernsList, isConstraintsList, isDecisionProblem, isDocumentControl, isGlossary, isMapping, isPointerList, isRestatement, isRestatingSection } from './section-titles.js';
import { clausesOf, saysItIsMet } from './met-summary.js';
import { aboutData, definesData } from './data-definitions.js';

// Where an NFR seems to be addressed, best first: every passage of the architecture scored
// against the requirement's distinctive words (weighted by how rare they are in this
// architecture), their synonyms, its target restated for the same metric, and the heading path.
// A program cannot tell "met in substance" from "its topic is discussed": these are places to
// cite, offered to the author, not proof.

export type Confidence = 'likely' | 'possible';

export interface Suggestion {
  location: Location;
  endLine: number;
  /** What the place is: where a citation can be written into it depends on it. */
  kind: PassageKind;
  /** The heading path of the place. */
  heading: string;
  /** 0 to 1: how much of the requirement's distinctive wording the place restates. */
  score: number;
  confidence: Confidence;
  /** What the place says, shortened. */
  evidence: string;
  /** Its target restated for the same metric, when it is ("p95 < 200 ms"). */
  restated?: string;
  /** Distinctive terms the requirement and the place share. */
  shared: string[];
  /** The requirement's mechanisms the place names, as the requirement writes them ("AES-256", "hCaptcha"). */
  mechanisms: string[];
  /** A line of a box diagram: offered, never what implies the requirement. */
  diagram?: true;
}

interface IndexedPassage {
  passage: Passage;
  terms: Map<string, number>;
  context: Set<string>;
  /** Terms only its list's bold label gives it: not counted in how rare a term is. */
  labelOnly: readonly string[];
  length: number;
  /** The clauses of a line or cell that enumerates them, each with its terms and length: a term's part is its best clause's (see met-summary.ts). */
  clauses?: { terms: Map<string, number>; length: number }[];
  /** The labelled lines of a place longer than the average, each with its terms and length: the place scores at least as its best line does (see linePart). */
  lines?: { terms: Map<string, number>; length: number }[];
  targets: readonly Target[] | null;
  /** Percentiles its text names, read when a target of the same value is first compared. */
  percentiles?: number[];
  /** The counts its text writes ("1,000 members"), read when a requirement that writes one is first compared (see quantitiesIn). */
  quantities?: ReadonlySet<string>;
  /** In a section that only lists the requirements again ("Requirements Overview"). */
  restatement: boolean;
  /** In a summary that maps each requirement to how it is met ("Requirements Coverage Validation"). */
  mapping: boolean;
  /**
   * A line of a requirements summary that says how its requirement is met, or that it is (see
   * met-summary.ts), under a heading that does not title a map: ranked as a map's line is, and
   * read as the summary it stands in otherwise (no more implied from it).
   */
  saysMet?: true;
  /** In a glossary: it defines a term, it does not say how the design meets anything. */
  glossary: boolean;
  /** The document's bookkeeping (a version history's row, a "Version: 1.0" block): never a place to cite. */
  bookkeeping?: true;
  /** In the document's reading of the PRD (a requirements overview, BMAD's concerns or constraints list): see echoes. */
  reading: boolean;
  /** On the problem side of a decision record (its drivers, its options): see DECISION_PROBLEM_WEIGHT. */
  problemSide?: true;
  /** It defines data (a field with its type, a schema, an environment variable): see DATA_WEIGHT. */
  dataDefinition?: true;
  /** In a list of pointers to other documents ("References", "See also"): it names a standard or a record, not how the design meets it. */
  pointer?: true;
  /** The metric families its targets measure ("page-load" for "| Largest Contentful Paint | < 2.5s |"), read with the index's families. */
  families?: { names: ReadonlySet<string>; targets: readonly Target[]; text: string };
}

interface QueryTerms {
  weighted: { t: string; w: number }[];
  norm: number;
  topTerms: Set<string>;
  /** Term -> the word the requirement names a mechanism by ("aes" -> "AES-256"). */
  mechanisms: Map<string, string>;
}

export interface SuggestionIndex {
  /** Each requirement's terms, weighted once per architecture. */
  queries: WeakMap<Requirement, QueryTerms>;
  passages: IndexedPassage[];
  postings: Map<string, number[]>;
  /** Number -> the places of requirements summaries that write it ("性能 < 2s | ✅ | SSG"): a summary names a requirement by its target. */
  numbers: Map<string, number[]>;
  idf: (term: string) => number;
  averageLength: number;
  /** The architecture's files by path: a place's lines are read to name the one that carries the evidence. */
  files: ReadonlyMap<string, ParsedFile>;
  /** Metric family -> the places whose targets measure it (see familyPlaces), read when a requirement first has a target of a family. */
  families?: Map<string, number[]>;
}


// Terms in more than this share of the passages say nothing about where one requirement is met.
const COMMON_SHARE = 0.2;
/**
 * Nor do terms in more places than this, however big the architecture: at 20% of 250,000 places
 * (50 MB) a word in 50,000 of them counted as distinctive, and every NFR walked every place using
 * it, NFRs × places. The largest corpus architecture (2,622 places) uses its NFRs' distinctive
 * terms in at most 437 places, and a share of 20% reaches this only from 5,000 places.
 */
const COMMON_PLACES = 1000;
const K1 = 1.2;
const B = 0.5;
/** The requirement's most distinctive terms that its score is measured against: a long NFR text is not penalised for its length. */
const QUERY_TERMS = 6;
const TARGET_BONUS = 0.3;
/**
 * The requirement's count written bare in the place ("1,000 members per fund" for "support up to
 * 1,000 members per fund"): it ranks the place like a tighter bound does, and is no evidence.
 * Measured: labelled place in the top 3 for 2 more NFRs of 41 in set G and 1 of 54 in set A, none
 * fewer anywhere; 0.3 turned 3 implied rows of sets C and F uncovered (the count's place came first).
 */
const QUANTITY_BONUS = 0.15;
/**
 * A tighter bound of the requirement's own measure, beside one of its own words: the design's
 * budget for it ("| Message Encryption | <5ms | <50ms |" for "Message encryption time <100ms", a
 * timing table whose budgets are stricter than the SRS's). Half a restatement: it is the place
 * where the measure is designed, not proof the requirement was read.
 */
const TIGHTER_BONUS = 0.15;
/**
 * The requirement's target met under another name of its metric, tighter or equal: "| Largest
 * Contentful Paint | < 2.5s |" for "Le temps de chargement de chaque page doit être ≤ 3 secondes",
 * "Availability: 99.95%" for "uptime ≥ 99.9%", a Lighthouse performance budget for a Time to
 * Interactive (metric-families.ts). The place shares no word with the requirement, yet states the
 * bound of its quantity: it ranks as a restated target does, and is no evidence (never likely).
 */
const FAMILY_BONUS = TARGET_BONUS;
/** A passage of a code block counts this much of its match (measured: 0.8 put the labelled place first for 2 more of 54 NFRs). */
const CODE_WEIGHT = 0.8;
/** A line of a requirements summary, without its target restated, against a place in the design. */
export const SUMMARY_WEIGHT = 0.7;
/**
 * A glossary's entry against a place in the design: it defines the words, the design uses them.
 * An acronym list spells out a requirement's name in full ("ECDH | Elliptic Curve Diffie-Hellman"
 * for "X25519 elliptic curve Diffie-Hellman"): at 0.6 it ranked above the Crypto Engine's
 * "Key Exchange: X25519" (set E pair 71); 0.4 changed no other labelled set.
 */
const GLOSSARY_WEIGHT = 0.4;
/**
 * What a data definition keeps of its match (data-definitions.ts: a data model's field, a schema's
 * or an environment file's lines, a table of fields or variables): it shares the requirement's
 * nouns ("passwordHash: string - Hash bcrypt du mot de passe", "JWT_REFRESH_EXPIRES_IN=7d") and
 * says where the data is kept, not the policy that meets the requirement ("Passwords: bcrypt 12
 * rounds" under Security Requirements). Never likely either. Unless the requirement is about the
 * data itself (aboutData: "configured through environment variables", "DECIMAL(10,4)": a DDL's
 * column was the reader's place in set J). Measured: top-3 unchanged on every seen set; set Q's
 * row implied at a data model's field ("passwordHash: string - Hash bcrypt du mot de passe",
 * readers: the Security Requirements list) is uncovered again, implied precision 1.00 everywhere.
 */
const DATA_WEIGHT = 0.7;
/** What a line on the problem side of a decision record keeps of its match against the decision that answers it. */
const DECISION_PROBLEM_WEIGHT = 0.85;
/**
 * An acronym of a name the requirement spells out counts this much of its rarity: it was not
 * written, and an acronym may stand for another name (CWE-ChatBot's "Data Leakage Prevention" and
 * its DLP shield). Measured: 1 moved a labelled place from first to second held-in; 0.5 lost
 * FrigoFuteV2's "Material 3 / HIG" line for "Human Interface Guidelines".
 */
const ACRONYM_WEIGHT = 0.75;
/** A term only a quality scenario's stimulus writes counts this much of its rarity (see stimulusOnlyTerms). */
const STIMULUS_WEIGHT = 0.5;
export const MIN_SCORE = 0.12;
/**
 * A section's second place ranks among the sections' best when it scores at least this share of
 * its section's best: two lines of one section this close are two candidates, not one topic said
 * twice (arc42's runtime view: the graceful-shutdown step beside its overview line). Measured: 0.9
 * put the labelled place in the top 3 for one more NFR of 41 in set C, changed none held-in or in
 * sets A and B; 0.85 lost one in A and one in B.
 */
export const SECTION_RIVAL_SHARE = 0.9;
/**
 * Once the best place resembles the NFR, the second and third are offered from this score: a
 * reader's place is often one word short of the best ("heartbeat" alone under Infrastructure).
 * Measured: labelled place in the top 3 for one more NFR of 54 held-in and of 54 in set A.
 */
export const FOLLOWER_MIN_SCORE = 0.08;
export const LIKELY_SCORE = 0.6;
const LIKELY_WITH_TARGET = 0.45;
/** A place that names the requirement's mechanism and restates more of its wording is likely from this score. */
const LIKELY_WITH_MECHANISM = 0.35;
/**
 * A place in the design (not a code sample) that writes two of the requirement's own words, words
 * no other NFR of the PRD uses, is likely from this score: "Rate Limiting (rate-limiter.ts)" for
 * "Rate limiting on all auth endpoints". Only for a requirement without a measurable target: where
 * it has one, the target is its point ("PDF invoices are exported within 10 s"), and a place
 * naming its subject without it ("PDF invoices are exported by a worker") is its topic. Measured on
 * 11 labelled pairs: from 0.4 no topical place passed; from 0.3, 4 of 10 did.
 */
const LIKELY_WITH_OWN_WORDS = 0.4;
/**
 * A place in the design's prose, a list or a table row that names the requirement's own mechanism
 * ("E2E | Playwright | ~60 specs" for "E2E tests for all critical user flows"; "API keys
 * client-side | localStorage, SensitiveDataFilter" for "… SensitiveDataFilter attivo") is likely
 * from this score when it stands out: it scores STANDS_OUT times the next place offered. Only for a
 * requirement without a measurable target (where it has one, the target is its point). A mechanism
 * many places name ("GDS Service Standard Point 14", "… Point 3") makes no place stand out.
 */
const LIKELY_WITH_MECHANISM_ALONE = 0.3;
/** How far above the next place offered a place naming the mechanism alone must score (see LIKELY_WITH_MECHANISM_ALONE). */
const STANDS_OUT = 1.25;

/**
 * Upper-case words that are emphasis or document vocabulary, not a mechanism (RFC 2119 keywords,
 * "MVP", "API", "NFR"), and the formats a requirement's data comes in: "PDF exports within 10 s"
 * is about PDFs; a place that says PDFs are exported does not say how fast.
 */
const NOT_MECHANISMS = new Set(['must', 'shall', 'should', 'may', 'not', 'required', 'recommended', 'optional', 'all', 'any', 'and', 'none', 'never', 'only', 'mvp', 'poc', 'api', 'apis', 'nfr', 'nfrs', 'prd', 'tbd', 'ui', 'ux', 'id', 'ids', 'todo', 'note', 'pdf', 'pdfs', 'csv', 'json', 'yaml', 'yml', 'toml', 'xml', 'html', 'url', 'urls', 'uuid', 'png', 'jpg', 'jpeg', 'svg']);

/**
 * A document's own markers: upper-case words alone in square brackets, or before a colon there
 * ("[APROVADO]", "[META]", "[TBD]", "[NEEDS CLARIFICATION: …]"). They say how settled the
 * requirement is, not how it is met; a design's "Status: Aprovado" does not name its mechanism.
 */
const MARKER = /\[\p{Lu}[\p{Lu}\p{N}]*(?:[ _-]\p{Lu}[\p{Lu}\p{N}]*)*(?=[\]:])/gu;

/**
 * The words a requirement names its mechanism by: acronyms (AES, COPPA, RLS), technology names
 * written with an inner capital, a digit or a dot (hCaptcha, TypeScript, SHA256, MV3, Next.js), code spans. A
 * place naming them says how the requirement is met, not only that its topic is discussed.
 */
/** Whether a text names a mechanism ("Helmet.js", "JWT RS256"): an item of a list of them (see met-summary.ts). */
const namesMechanism = (text: string) => mechanismsOf(text).size > 0;

export function mechanismsOf(text: string): Map<string, string> {
  const out = new Map<string, string>();
  const note = (word: string) => {
    for (const t of termCounts(word).keys()) if (!isConcept(t) && !NOT_MECHANISMS.has(t) && !out.has(t)) out.set(t, word);
  };
  for (const m of text.matchAll(/`([^`\n]+)`/g)) note(m[1]);
  for (const m of text.replace(/`[^`\n]*`/g, ' ').replace(MARKER, ' ').matchAll(/[\p{L}\p{N}_]+(?:[-.][\p{L}\p{N}_]+)*/gu)) {
    const word = m[0];
    // A setting's name (FIREBASE_AUTH_EMULATOR_HOST): its parts one by one are not what it names.
    // Chinese and Japanese have no capitals: a run of them with a digit is a sentence, not a name.
    if (word.includes('_') || /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(word)) continue;
    const parts = word.split(/[-.]/).filter((p) => /^\p{Lu}{2,}\p{Ll}?$|\p{Ll}\p{Lu}|^\p{L}+\p{N}|^\p{N}+\p{L}{2,}\p{N}/u.test(p) && !NOT_MECHANISMS.has(p.toLowerCase()));
    // "Next.js", "Render.com": a dotted name is a product's or a file's.
    if (parts.length || /\p{L}\.\p{L}/u.test(word)) note(word);
  }
  return out;
}
const MAX_SUGGESTIONS = 3;
/**
 * Words of its own a line of the document's reading of the PRD may add and still only say the
 * requirement again ("obligatoire", "toutes"). Measured: 1, 2 and 3 rank the same on every labelled set.
 */
const ECHO_WORDS = 2;
/**
 * An echo that ranks first yields first place to a likely place in the design that scores at
 * least this share of it (see ranked's order). Measured: set R's "Sensitive: Secrets (channel
 * credentials) use encrypted columns" first and implied, a set G NFR implied at its labelled line;
 * at 0.5 and below, a References appendix's "OWASP MASVS L2" came first and likely for an NFR
 * readers judged only topical (set E).
 */
const ECHO_LEAD_SHARE = 0.9;

/**
 * Whether a text writes a mechanism's word whole, in any case and with or without its inner
 * separators ("aes 256" for AES-256); a word ending in a small letter may take a plural
 * ("hCaptchas"). An acronym may not: "HTTP" does not write HTTPS, nor "HTTPS" HTTP.
 */
function writesWord(text: string, word: string): boolean {
  let pattern = mechanismPatterns.get(word);
  if (!pattern) {
    const runs = word.match(/[\p{L}\p{N}]+/gu) ?? [];
    if (!runs.length) return false;
    // Patterns are kept per word for every NFR and place; a PRD of thousands of names starts afresh.
    if (mechanismPatterns.size >= 10_000) mechanismPatterns.clear();
    const plural = /\p{Ll}$/u.test(word) ? '(?:e?s)?' : '';
    pattern = new RegExp(`(?<![\\p{L}\\p{N}])${runs.join('[-._/ ]?')}${plural}(?![\\p{L}\\p{N}])`, 'iu');
    mechanismPatterns.set(word, pattern);
  }
  return pattern.test(text);
}
const mechanismPatterns = new Map<string, RegExp>();

/** The first words of a requirement that name its subject ("E2E tests", "RLS + JWT", "The MinIO upload"): after them, "Pooling through PgBouncer" names a means. */
const SUBJECT_WORDS = 2;

/**
 * Whether a requirement's subject is the mechanism: it is among the first words of its title
 * ("E2E tests for all critical user flows", "RLS + JWT Auth enforced"). Named later, it is the
 * means to another end ("Database connection pooling via Cloud SQL"): a place naming it ("Cloud
 * SQL | Managed PostgreSQL") names the means, not the end.
 */
function leadsWith(req: Requirement, mechanism: string): boolean {
  const title = (req.title || req.text).replaceAll(req.id, ' ');
  const first = title.match(/[\p{L}\p{N}][\p{L}\p{N}._-]*/gu)?.slice(0, SUBJECT_WORDS).join(' ') ?? '';
  return writesWord(first, mechanism);
}

const indexes = new WeakMap<ParsedDoc, SuggestionIndex>();

/** The index of an architecture, built once however many rules ask. */
export function suggestionIndexOf(architecture: ParsedDoc): SuggestionIndex {
  let index = indexes.get(architecture);
  if (!index) indexes.set(architecture, (index = buildSuggestionIndex(architecture)));
  return index;
}

/**
 * Whether a line of the architecture stands in a requirements summary, and which (SummaryLine):
 * 'list' where it only lists the requirements again ("Requirements Overview"), 'mapping' where it
 * maps each to how it is met ("Requirements Coverage Validation"); undefined elsewhere.
 */
export function requirementsSummaryAt(index: SuggestionIndex, file: string, line: number): SummaryLine | undefined {
  let byFile = summaryLines.get(index);
  if (!byFile) {
    byFile = new Map();
    for (const p of index.passages) {
      if (!p.restatement) continue;
      const lines = byFile.get(p.passage.file) ?? new Map<number, SummaryLine>();
      for (let l = p.passage.line; l <= p.passage.endLine; l++) lines.set(l, p.mapping ? 'mapping' : p.saysMet ? 'met' : 'list');
      byFile.set(p.passage.file, lines);
    }
    summaryLines.set(index, byFile);
  }
  return byFile.get(file)?.get(line);
}
const NO_TERMS: readonly string[] = [];
const summaryLines = new WeakMap<SuggestionIndex, Map<string, Map<number, SummaryLine>>>();
/**
 * A line of a requirements summary: 'list' where it only lists them again, 'mapping' in a map
 * from each to how it is met, 'met' where a list's line says how its requirement is met or that
 * it is (met-summary.ts): ranked as a map's line, read as a list's line for `implied`.
 */
export type SummaryLine = 'list' | 'mapping' | 'met';

/**
 * Whether a line of a requirements map says how the requirement is met ("Réactivité UI <100ms :
 * AsyncValue Riverpod, shimmer placeholders"), not only that it is known (see topic-list.ts).
 */
export function mapsToDesign(req: Requirement, text: string, sharedTerms: ReadonlySet<string>): boolean {
  return saysHowItIsMet(text, topicQuery(req, sharedTerms));
}

/**
 * What a requirement says, without HTML tags or its own ID. A tag holds no "<": a text with many
 * "<" and no ">" ("p95 < 200 ms" repeated) is read once, not once from every "<" to its end.
 */
function requirementText(req: Requirement): string {
  return `${req.title} ${withoutTemplateFields(req.text)}`.replace(/<[^<>]*>/g, ' ').replaceAll(req.id, ' ').replace(TRACE_ID, ' ');
}

/**
 * An ID of two letter groups and a number ("BRD-REQ-001", "NFR-PERF-03", "LH-AK-006") in a
 * requirement's text traces it to another document's item: its parts ("brd", "req") are no words
 * of what it asks, and they matched every place that traces to the same document. A standard or
 * an algorithm has one letter group ("ISO-27001", "AES-256") and stays.
 */
const TRACE_ID = /(?<![\p{L}\p{N}-])\p{Lu}{2,8}(?:-\p{Lu}{2,8})+-\d{1,6}(?:\.\d{1,4})?(?![\p{L}\p{N}])/gu;

/** A requirement's term counts, read once: the query and the terms several NFRs share both use them. */
const requirementTermCounts = new WeakMap<Requirement, Map<string, number>>();
/** The acronyms a requirement's spelled-out names add to its terms: counted only where the architecture writes them. */
const requirementAcronyms = new WeakMap<Requirement, Set<string>>();
/**
 * Forgets what ranking read from requirements whose check is over: the result keeps them (for the
 * report), and a map of terms a requirement is several times its text (a synthetic doc set has
 * thousands of NFRs a megabyte). A later caller reads them again.
 */
export function forgetRequirementTerms(requirements: readonly Requirement[]): void {
  for (const req of requirements) {
    requirementTermCounts.delete(req);
    requirementAcronyms.delete(req);
  }
}
function requirementTerms(req: Requirement): Map<string, number> {
  let terms = requirementTermCounts.get(req);
  if (!terms) {
    const text = requirementText(req);
    requirementTermCounts.set(req, (terms = termCounts(text)));
    const acronyms = spelledOutAcronyms(text).filter((a) => !terms!.has(a));
    for (const acronym of acronyms) terms.set(acronym, 1);
    if (acronyms.length) requirementAcronyms.set(req, new Set(acronyms));
  }
  return terms;
}

export function buildSuggestionIndex(architecture: ParsedDoc): SuggestionIndex {
  // Passages under one heading share their context (the heading path): its terms are read once.
  const contexts = new Map<string, Set<string>>();
  const contextTerms = (context: string) => {
    let terms = contexts.get(context);
    if (!terms) contexts.set(context, (terms = new Set(termCounts(context).keys())));
    return terms;
  };
  // Whether a section or one above it is a requirements summary, a mapping or a glossary: each found once per section.
  const restatementOf = underHeading(isRestatement);
  // An overview or introduction under the document's title ("System Overview": "E2E Encryption:
  // XChaCha20-Poly1305 AEAD, X25519 key exchange, Ed25519 signatures") names the design's parts
  // in passing: its lines are not read clause by clause. A document titled "… Overview" is not one.
  const overviewOf = underHeading(isRestatingSection, true);
  const glossaryOf = underHeading(isGlossary);
  const mappingOf = underHeading(isMapping);
  // One string per term in the whole index: a stem read from a place's text is a new string, and
  // a big architecture repeats the same stems in thousands of places (a fifth of its strings).
  const canonical = new Map<string, string>();
  const interned = (counts: Map<string, number>) => {
    const out = new Map<string, number>();
    for (const [t, n] of counts) {
      let term = canonical.get(t);
      if (term === undefined) canonical.set(t, (term = t));
      out.set(term, n);
    }
    return out;
  };
  const controlOf = underHeading(isDocumentControl);
  const readingOf = underHeading((t) => (isRestatement(t) && !isMapping(t)) || isConcernsList(t) || isConstraintsList(t));
  const problemSideOf = underHeading(isDecisionProblem);
  const pointersOf = underHeading(isPointerList);
  const passages: IndexedPassage[] = passagesOf(architecture).map((passage) => {
    // A document's bookkeeping (its version history's rows, its "Version: 1.0 / Date: …" block) is
    // never a place to cite (it still counts in how rare a word is: every other score stays as it
    // was). The other lines of such a block ("Review Cycle: Quarterly") are read without it.
    const own = passage.kind === 'paragraph' || passage.kind === 'item' ? withoutDocumentControl(passage.text) : passage.text;
    const bookkeeping = (passage.kind === 'row' && controlOf(passage.section)) || !own.trim() || (passage.kind !== 'code' && recordStatus(passage));
    const read = own === passage.text || bookkeeping ? readText(passage) : passage.lead ? `${passage.lead}: ${own}` : own;
    const terms = interned(termCounts(passage.nested ? `${read}\n${passage.nested}` : read));
    let length = 0;
    for (const n of terms.values()) length += n;
    const heading = contextTerms(passage.context);
    const context = passage.label ? new Set([...heading, ...contextTerms(passage.label)]) : heading;
    const restatement = restatementOf(passage.section);
    // A line of a requirements summary that says how its requirement is met, or that it is
    // (a status word, a check mark, a column saying how): a coverage summary's line, as a
    // "Requirements Coverage" section's are, however the section is titled (see met-summary.ts).
    const mapping = mappingOf(passage.section);
    const saysMet = !mapping && restatement && !bookkeeping && saysItIsMet(passage);
    // A requirements summary's line that enumerates clauses ("Cumplido: contraseñas con bcrypt;
    // JWT de acceso + refresh rotativo; CORS con origen dinámico") is read clause by clause: one
    // line per category answers many NFRs, and its length would dilute each one's share. In the
    // design's prose, a cell listing a plan's steps ("API agreement signed; credentials issued;
    // Secrets Manager configured") rose above the place that meets the NFR (set M, pair 142).
    const split = restatement && !bookkeeping && !overviewOf(passage.section) ? clausesOf(read, passage.kind, namesMechanism) : null;
    const clauses = split?.map((c) => {
      const counts = termCounts(c);
      let n = 0;
      for (const k of counts.values()) n += k;
      return { terms: counts, length: n };
    });
    return { passage, ...(bookkeeping ? { bookkeeping } : {}), terms, context, labelOnly: passage.label ? [...context].filter((t) => !heading.has(t) && !terms.has(t)) : NO_TERMS, length, ...(clauses ? { clauses } : {}), targets: null, restatement, mapping, ...(saysMet ? { saysMet } : {}), glossary: glossaryOf(passage.section), reading: readingOf(passage.section) && !saysMet, ...(problemSideOf(passage.section) ? { problemSide: true as const } : {}), ...(definesData(passage) ? { dataDefinition: true as const } : {}), ...(pointersOf(passage.section) ? { pointer: true as const } : {}) };
  });
  const postings = new Map<string, number[]>();
  passages.forEach((p, i) => {
    const post = (t: string) => {
      const list = postings.get(t);
      if (list) list.push(i);
      else postings.set(t, [i]);
    };
    for (const t of p.terms.keys()) post(t);
    for (const t of p.context) if (!p.terms.has(t)) post(t);
  });
  // A list's bold label is read around each of its items, but counted once in how rare a term is:
  // a label over twenty items does not make its words twenty times as common. (The count of a
  // term's places left out of how rare it is.)
  const labelled = new Map<string, number>();
  for (const p of passages) if (p.passage.diagram === undefined) for (const t of p.labelOnly) labelled.set(t, (labelled.get(t) ?? 0) + 1);
  // A box diagram's lines are places of their own, but in how rare a term is and how long a place
  // is, the diagram reads as a code block does, a few lines at a time: its box titles, read around
  // each of its lines, and its many short lines would otherwise shift every other place's score.
  const groupsOf = new Map<string, Set<string>>();
  const groupLength = new Map<string, number>();
  let diagramLines = 0;
  for (const p of passages) {
    const fence = p.passage.diagram;
    if (fence === undefined) continue;
    diagramLines++;
    const group = `${p.passage.file} ${fence} ${Math.floor((p.passage.line - fence - 1) / CODE_LINES)}`;
    groupLength.set(group, (groupLength.get(group) ?? 0) + p.length);
    for (const t of new Set([...p.terms.keys(), ...p.context])) {
      labelled.set(t, (labelled.get(t) ?? 0) + 1);
      let groups = groupsOf.get(t);
      if (!groups) groupsOf.set(t, (groups = new Set()));
      groups.add(group);
    }
  }
  for (const [t, groups] of groupsOf) labelled.set(t, labelled.get(t)! - groups.size);
  const n = passages.length - diagramLines + groupLength.size;
  const idf = (term: string) => {
    const df = (postings.get(term)?.length ?? 0) - (labelled.get(term) ?? 0);
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  };
  let totalLength = 0;
  for (const p of passages) if (p.passage.diagram === undefined) totalLength += p.length;
  for (const length of groupLength.values()) totalLength += length;
  const averageLength = n ? totalLength / n : 1;
  // A long paragraph or item written as labelled lines is read line by line too: the words of
  // its other lines dilute the one that says how the requirement is met (see linePart).
  for (const p of passages) {
    if (p.length <= averageLength || p.clauses || p.bookkeeping || p.passage.diagram !== undefined || (p.passage.kind !== 'paragraph' && p.passage.kind !== 'item')) continue;
    const pieces = labelledLinesOf(readText(p.passage));
    if (pieces.length < 2) continue;
    p.lines = pieces.map((c) => {
      const counts = interned(termCounts(c));
      let k = 0;
      for (const v of counts.values()) k += v;
      return { terms: counts, length: k };
    });
  }
  const numbers = new Map<string, number[]>();
  passages.forEach((p, i) => {
    // A configuration value may restate a target in the design (config-values.ts): a candidate by
    // its value too, scored below only where its key names the requirement's metric.
    const configured = configValuesOf(p.passage).map((v) => String(v.value));
    if (!p.restatement && !configured.length) return;
    // Every number, a name's and an ID's too (numbers.ts numbersIn, not amountsIn): a line here is
    // only a candidate, scored below, so reading more numbers never loses one; and a summary line
    // may glue the value to a name ("SLA99.9", "x10", "p95" for a 95% target).
    for (const key of new Set([...(p.restatement ? numbersIn(readText(p.passage)) : []), ...configured])) {
      const list = numbers.get(key);
      if (list) list.push(i);
      else numbers.set(key, [i]);
    }
  });
  return { queries: new WeakMap(), passages, postings, numbers, idf, averageLength, files: new Map(architecture.files.map((f) => [f.path, f])) };
}

/** A decision record's status ("### Status" over "Proposed — not ratified yet"): where the record stands, never how the design meets anything. */
const RECORD_STATUS = /^(?:status|statut|estado|stato|stand|durum|статус|状态|状態|ステータス)$/iu;
/** A decision record: a file in a folder of them or named as one ("docs/adr/0005-sqs.md", "ADR_006_postgresql.md"), or a section titled as one ("ADR-003: SQLCipher"). */
const RECORD_FOLDER = /(?:^|\/)(?:adrs?|decisions|decision-records)\/|(?:^|\/)adr[^/]*$/i;
const RECORD_TITLE = /(?<![\p{L}\p{N}])(?:adr|decision record)(?![\p{L}])/iu;

/** Whether a place is the status of a decision record (a section titled "Status" in a record; not an order's "Status" in a data model). */
function recordStatus(passage: Passage): boolean {
  const section = passage.section;
  if (!section || !RECORD_STATUS.test(stripNumbering(section.title).trim())) return false;
  if (RECORD_FOLDER.test(passage.file)) return true;
  for (let s = section.parent; s; s = s.parent) if (RECORD_TITLE.test(s.title)) return true;
  return false;
}

/** Whether a section, or one it sits in, has a title `test` accepts (its numbering left out), memoised per section. */
function underHeading(test: (title: string) => boolean, belowTitle = false): (section: Section | null) => boolean {
  const seen = new Map<Section | null, boolean>();
  return (section) => {
    let found = seen.get(section);
    if (found === undefined) {
      found = false;
      for (let s = section; s && !found; s = s.parent) found = !(belowTitle && s.depth === 1) && test(s.title.replace(/^[\d.\s]+/, '').trim());
      seen.set(section, found);
    }
    return found;
  };
}

/** The requirement's distinctive terms, weighted by rarity in the architecture, and the weight of its best six. */
function queryTerms(req: Requirement, index: SuggestionIndex): QueryTerms {
  const known = index.queries.get(req);
  if (known) return known;
  const n = index.passages.length;
  // HTML anchors (<a id="NFR_SECURITY">) and the ID itself are not what the requirement asks.
  const text = requirementText(req);
  const query = requirementTerms(req);
  // Rare in the architecture first. Terms the architecture never uses count fully (measured:
  // discounting them made `likely` wrong on topical NFRs).
  // An acronym the architecture never writes is no word the requirement used ("Human Interface
  // Guidelines" wrote no "HIG"): it would only count fully against every place.
  const acronyms = requirementAcronyms.get(req);
  const stimulusOnly = stimulusOnlyTerms(req);
  const weighted = [...query.keys()]
    .filter((t) => !acronyms?.has(t) || index.postings.has(t))
    .map((t) => ({ t, w: index.idf(t) * (isConcept(t) ? 0.8 : acronyms?.has(t) ? ACRONYM_WEIGHT : 1) * (stimulusOnly?.has(t) ? STIMULUS_WEIGHT : 1) }))
    .filter(({ t }) => (index.postings.get(t)?.length ?? 0) <= Math.max(3, Math.min(n * COMMON_SHARE, COMMON_PLACES)));
  weighted.sort((a, b) => b.w - a.w || compareText(a.t, b.t));
  const top = weighted.slice(0, QUERY_TERMS);
  const terms: QueryTerms = { weighted, norm: top.reduce((a, x) => a + x.w, 0), topTerms: new Set(top.map((x) => x.t)), mechanisms: mechanismsOf(text) };
  index.queries.set(req, terms);
  return terms;
}

/**
 * The terms of a quality scenario that only its stimulus writes ("A consumer calls GET
 * /api/v1/entities with limit=0"): the architecture describes the response, so a place that
 * restates what happens to the system is weaker evidence than one that says how it answers.
 */
function stimulusOnlyTerms(req: Requirement): Set<string> | null {
  if (!req.stimulus) return null;
  let response = req.text;
  for (const cell of req.stimulus.split(' | ')) response = response.replace(cell, ' ');
  const answered = termCounts(response);
  return new Set([...termCounts(req.stimulus).keys()].filter((t) => !answered.has(t)));
}

/**
 * How closely a text restates a requirement, on the same scale as a suggestion's score, and how
 * many of its most distinctive words it uses. For a place that cites one requirement: does it
 * read like that one, or like another?
 */
export function resemblance(req: Requirement, text: string, index: SuggestionIndex, terms: Map<string, number> = termCounts(text), stated?: Target[]): { score: number; words: number; restated?: string } {
  const { weighted, norm, topTerms } = queryTerms(req, index);
  // An NFR of no weighted word (all of them in every place) may still have its target restated.
  if (!norm) return req.targets.length ? withTarget(req, 0, 0, stated ?? placeTargets(text)) : { score: 0, words: 0 };
  // One pass, no arrays: this runs for every citing place against every NFR. The weights are
  // sorted best first and topTerms are the first QUERY_TERMS of them, so the score's first
  // QUERY_TERMS matches and the distinctive words are both known once both are passed.
  let sum = 0;
  let matched = 0;
  let words = 0;
  for (let i = 0; i < weighted.length; i++) {
    if (matched >= QUERY_TERMS && i >= QUERY_TERMS) break;
    const { t, w } = weighted[i];
    if (!terms.has(t)) continue;
    if (matched++ < QUERY_TERMS) sum += w;
    if (!isConcept(t) && topTerms.has(t)) words++;
  }
  return withTarget(req, sum / norm, words, req.targets.length ? (stated ?? placeTargets(text)) : []);
}

/** A resemblance's score with the bonus of a restated target, and which target it restates. */
function withTarget(req: Requirement, score: number, words: number, targets: readonly Target[]): { score: number; words: number; restated?: string } {
  const hit = req.targets.find((t) => targets.some((x) => restatesTarget(t, x)));
  if (hit) score += TARGET_BONUS;
  return { score: Math.min(1, score), words, ...(hit ? { restated: targetText(hit) } : {}) };
}

/** Metrics whose name says too little to tell two quantities apart: a bare number, a count, a share. */
const VAGUE_METRICS = new Set(['value', 'count', 'ratio', 'multiplier']);

/**
 * The place states a target of a metric the requirement bounds, and neither restates nor
 * tightens the requirement's: another value, or the same metric in another kind of unit (bytes
 * a second for messages an hour). Read after restatedTarget, which parses the place's targets.
 */
function statesOtherValue(req: Requirement, p: IndexedPassage): boolean {
  const targets = p.targets ?? [];
  return req.targets.some((t) => !VAGUE_METRICS.has(t.metric) && targets.some((x) => x.metric === t.metric && !sameMeasure(t, x) && !stricterThan(t, x)));
}

/**
 * A bound of a metric the requirement bounds, tighter than its target but of its order (within a
 * factor of ten: "< 50 ms" budgets a "< 100 ms" NFR, a "16 ms" frame flush budgets no "1 s"
 * answer), with the same percentile or none named. Read after restatedTarget.
 */
function tighterBound(req: Requirement, p: IndexedPassage): boolean {
  const targets = p.targets ?? [];
  return req.targets.some((t) => !VAGUE_METRICS.has(t.metric) && targets.some((x) => tightensTarget(t, x)));
}

/**
 * The metric families the places' targets measure, read once per architecture when a requirement
 * first has a target of a family: family -> places. Only places that name a family's metric are
 * read (FAMILY_HINT), so most places' targets stay unread as before.
 */
function familyPlaces(index: SuggestionIndex): Map<string, number[]> {
  if (index.families) return index.families;
  const out = new Map<string, number[]>();
  index.passages.forEach((p, i) => {
    if (p.bookkeeping || p.passage.diagram !== undefined) return;
    // Its bold label and its nested items too: "**Budget Performance (Lighthouse):**" over "Mobile: Performance ≥ 85".
    const text = [p.passage.label, readText(p.passage), p.passage.nested].filter(Boolean).join('\n');
    if (!/\d/.test(text) || !FAMILY_HINT.test(text)) return;
    const targets = placeTargets(text);
    const families = familiesOf(targets, namesPageLoad(text), text);
    if (!families.size) return;
    p.families = { names: families, targets, text };
    for (const f of families) {
      const list = out.get(f);
      if (list) list.push(i);
      else out.set(f, [i]);
    }
  });
  return (index.families = out);
}

const requirementLoad = new WeakMap<Requirement, boolean>();
/** The families of a requirement's targets (see familyOfRequirementTarget). */
function requirementFamilies(req: Requirement): Set<string> {
  let load = requirementLoad.get(req);
  if (load === undefined) requirementLoad.set(req, (load = namesPageLoad(requirementText(req))));
  const out = new Set<string>();
  for (const t of req.targets) {
    const f = familyOfRequirementTarget(t, load);
    if (f) out.add(f);
  }
  return out;
}

/**
 * The place bounds the requirement's quantity under another name of its metric, at least as
 * tightly (tightensTarget: of its order, same percentile): a page-load family's time, or a
 * Lighthouse score for a page's load; an availability, recovery time or point, or throughput of
 * the same metric. Read after familyPlaces.
 */
function familyBound(req: Requirement, p: IndexedPassage): boolean {
  const families = p.families;
  if (!families) return false;
  const load = requirementLoad.get(req) ?? false;
  const { names, targets, text } = families;
  return req.targets.some((t) => {
    const f = familyOfRequirementTarget(t, load);
    if (!f || !names.has(f)) return false;
    return targets.some((x) => tightensTarget(t, x)) || (f === 'page-load' && targets.some((x) => loadScore(x, text)));
  });
}

/**
 * The counts a text writes, a number and the thing after it ("1,000 members per fund" -> "1000
 * memb"; "10+ sessions/jour" -> "10 sess"): the parser reads no target from a count
 * stated bare ("Scale/Scope: 100+ concurrent funds, 1,000 members per fund"), yet it is the
 * requirement's number for the same thing. Not a number of a unit ("5 minutes", "30 Sekunden"):
 * a measure is compared by its target, and the same number of minutes may time another thing.
 * Nor a number before a name ("400 Bad Request").
 */
function quantitiesIn(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/(?<![\p{L}\p{N}.,])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\+?(?:\s+|\s*\/\s*)((?:\p{L}[\p{L}\p{N}'’-]*[\s/]*){1,3})/gu)) {
    const value = m[1].replace(/,/g, '');
    // The thing counted is its first word of substance: "100+ concurrent funds" counts what
    // "100+ concurrent active funds" does; "1000 requêtes/mois free tier" and "1000 req/mois free
    // tier" are one quota, but a reader's place was the circuit breaker beneath it (set A).
    const words = m[2].split(/[\s/]+/).filter(Boolean);
    // A capital after the number names something ("400 Bad Request", "ISO 27001 Annex"): no count.
    if (/^\p{Lu}/u.test(words[0])) continue;
    if (parseTargets(`${value} ${words[0]}`).some((t) => !VAGUE_QUANTITIES.has(t.metric))) continue;
    for (const word of words) {
      const t = [...termCounts(word).keys()].find((k) => !isConcept(k));
      if (t === undefined) continue;
      out.add(`${value} ${t}`);
      break;
    }
  }
  return out;
}
const VAGUE_QUANTITIES = new Set(['count', 'concurrency', 'value', 'ratio', 'multiplier']);
const requirementQuantities = new WeakMap<Requirement, Set<string>>();

/** Whether a place writes one of the requirement's counts, the same number of the same thing (see quantitiesIn). */
function statesQuantity(req: Requirement, p: IndexedPassage): boolean {
  const own = quantitiesOfRequirement(req);
  if (!own.size || p.reading) return false;
  for (const q of quantitiesOf(p)) if (own.has(q)) return true;
  return false;
}

/** The counts a requirement writes (see quantitiesIn), read once. */
function quantitiesOfRequirement(req: Requirement): Set<string> {
  let own = requirementQuantities.get(req);
  if (!own) requirementQuantities.set(req, (own = quantitiesIn(requirementText(req))));
  return own;
}

/** The counts a place writes, read once; most places write none and share one empty set. */
function quantitiesOf(p: IndexedPassage): ReadonlySet<string> {
  if (!p.quantities) {
    const found = quantitiesIn(readText(p.passage));
    p.quantities = found.size ? found : NO_QUANTITIES;
  }
  return p.quantities;
}
const NO_QUANTITIES: ReadonlySet<string> = new Set();

/** Whether a place writes a count (see quantitiesIn): where it writes none, it states no requirement's count. */
const writesCounts = (p: IndexedPassage): boolean => quantitiesOf(p).size > 0;

/** A place's targets (see placeTargets), read once; most places state none and share one empty list. */
function targetsOf(p: IndexedPassage): readonly Target[] {
  if (!p.targets) {
    const found = placeTargets(readText(p.passage));
    p.targets = found.length ? found : NO_TARGETS;
  }
  return p.targets;
}
const NO_TARGETS: readonly Target[] = Object.freeze([]);

/**
 * Whether a place writes a target or a configuration value: where it writes neither, it restates
 * and tightens no requirement's target. Known once per place, as a byte of the ranking's scratch
 * (nothing more is kept on the place: see config-values.ts).
 */
function writesValues(scratch: Scratch, i: number, p: IndexedPassage): boolean {
  let known = scratch.values[i];
  if (known === 0) scratch.values[i] = known = targetsOf(p).length || configValuesOf(p.passage).length ? VALUES : NO_VALUES;
  return known === VALUES;
}
const VALUES = 1;
const NO_VALUES = 2;

/** A passage of a code block that is code, not a table of the design's records written in one (TOON); a box diagram's parts count as code too. */
const isSample = (p: Passage) => p.kind === 'code' && !p.record;

/**
 * What a place keeps of its match for being code: a code sample CODE_WEIGHT. A box diagram's or a
 * raw mermaid file's part keeps all of it: it names the design's parts, as a table row does
 * ("Transaction Management ◄─ ACID guarantees"), and is still never likely nor implies. Measured:
 * set F top-3 44 -> 45 of 56, set I 37 -> 38 of 45; no set lost one.
 */
const codeWeight = (p: Passage): number => (isSample(p) && p.diagram === undefined ? CODE_WEIGHT : 1);

/** A passage as a reader meets it: with the heading it opens. */
const readText = (p: Passage) => (p.lead ? `${p.lead}: ${p.text}` : p.text);

function restatedTarget(req: Requirement, p: IndexedPassage): string | undefined {
  if (!req.targets.length) return undefined;
  const targets = targetsOf(p);
  if (!targets.length) return undefined;
  const text = readText(p.passage);
  // A value in a clause of its own beside another quantity's target is that clause's: it
  // restates this requirement only where the clause has one of the requirement's words.
  const ours = (x: Target) => req.targets.some((t) => restatesTarget(t, x) || sameMeasure(t, x));
  // Not in code, where ';' ends a statement and a comment follows its field.
  const inItsClause = (x: Target) => {
    if (isSample(p.passage)) return true;
    // "Node 1+, Node 2+, … Node 99+": a run of values lists them, and restates none.
    if (inValueRun(text, x, targets, ours)) return false;
    const clause = ownClause(text, x, targets, ours);
    if (clause === null) return true;
    const words = requirementTerms(req);
    for (const t of termCounts(clause).keys()) if (words.has(t) && !isConcept(t) && !TOPIC_TERMS.has(t)) return true;
    return false;
  };
  for (const t of req.targets) if (targets.some((x) => restatesTarget(t, x) && inItsClause(x)) && !namesOtherPercentile(t, (p.percentiles ??= percentilesIn(p.passage.text)))) return targetText(t);
  return undefined;
}

/** The text flattened to one line, cut to n characters with "…". Reads only as far as the cut needs: a place may be a whole section. */
export const clip = (s: string, n: number) => {
  // A prefix long enough to hold n + 1 characters once flattened gives the same cut as the whole text.
  for (let length = 4 * n; length < s.length; length *= 2) {
    const flat = s.slice(0, length).replace(/\s+/g, ' ').trimStart();
    if (flat.trimEnd().length > n) return `${flat.slice(0, n - 1)}…`;
  }
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > n ? `${flat.slice(0, n - 1)}…` : flat;
};

/** A place's evidence, made once per place: every requirement that suggests it shows the same text. */
const evidenceOf = new WeakMap<Passage, string>();
const evidence = (p: Passage) => {
  let text = evidenceOf.get(p);
  if (text === undefined) evidenceOf.set(p, (text = clip(p.nested ? `${readText(p)} ${p.nested}` : readText(p), 160)));
  return text;
};

/** Up to three places where the requirement seems addressed, best first; empty when nothing resembles it. */
export function suggestPlaces(req: Requirement, index: SuggestionIndex, exclude: (p: Passage) => boolean = () => false, sharedTerms: ReadonlySet<string> = NONE): Suggestion[] {
  return placesOrSummaries(req, index, exclude, sharedTerms).places;
}

/**
 * Places to cite (see suggestPlaces) and, when there are none because only requirements summaries
 * resemble the requirement, those summaries' lines: not places to cite, but what the finding can
 * truly say ("only requirements summaries restate it"), rather than that nothing resembles it.
 */
export function placesOrSummaries(req: Requirement, index: SuggestionIndex, exclude: (p: Passage) => boolean = () => false, sharedTerms: ReadonlySet<string> = NONE): { places: Suggestion[]; summaries: Suggestion[] } {
  const { places, summariesOnly } = rankWithSummaries(req, index, exclude, FOLLOWER_MIN_SCORE, MAX_SUGGESTIONS, sharedTerms);
  const shown = places.length && places[0].score >= MIN_SCORE ? places : [];
  return summariesOnly ? { places: [], summaries: shown } : { places: shown, summaries: [] };
}

const NONE: ReadonlySet<string> = new Set();

/**
 * Terms several of the PRD's NFRs use (two of one category, or three in all): "scan" in two
 * performance NFRs, "Firebase" in five. A place naming them does not tell which NFR it meets, so
 * they never make a place likely (they still rank it).
 */
export function termsSharedByRequirements(requirements: Requirement[]): Set<string> {
  const byTerm = new Map<string, { all: number; category: Map<string, number> }>();
  for (const req of requirements) {
    if (req.kind !== 'nfr') continue;
    for (const t of requirementTerms(req).keys()) {
      if (isConcept(t)) continue;
      let entry = byTerm.get(t);
      if (!entry) byTerm.set(t, (entry = { all: 0, category: new Map() }));
      entry.all++;
      if (req.category) entry.category.set(req.category, (entry.category.get(req.category) ?? 0) + 1);
    }
  }
  const out = new Set<string>();
  for (const [t, { all, category }] of byTerm) if (all >= 3 || [...category.values()].some((n) => n >= 2)) out.add(t);
  return out;
}

/** A place's score before it is written out as a suggestion: most places are ranked, few are shown. */
interface Ranked {
  p: IndexedPassage;
  score: number;
  confidence: Confidence;
  restated: string | undefined;
  shared: { t: string; w: number }[];
  named: string[];
  /** A line of a requirements summary without its target restated. */
  summary: boolean;
  /** A line of the document's reading of the PRD that says the requirement again (see echoes). */
  echo: boolean;
  /** It ranks by its best labelled line, not as a whole (see linePart): on a tie a place read whole ranks first. */
  byLine?: true;
  /** It names the requirement's own mechanism in the design and would be likely if it stood out (see LIKELY_WITH_MECHANISM_ALONE). */
  mechanismAlone?: true;
}

/** A place's share of a term's weight: how often its text uses the term (for its length), or half for its heading path. */
function unitPart(p: IndexedPassage, t: string, averageLength: number): number {
  const tf = p.terms.get(t) ?? 0;
  let inText = tf ? textPart(tf, p.length, averageLength) : 0;
  // A line that enumerates clauses is read clause by clause: each term as its best clause reads it.
  if (tf && p.clauses) for (const c of p.clauses) {
    const n = c.terms.get(t);
    if (n) inText = Math.max(inText, textPart(n, c.length, averageLength));
  }
  return Math.min(1, Math.max(inText, p.context.has(t) ? 0.5 : 0));
}
/**
 * Where a place written as labelled lines opens its next line: a line of its own label ("Storage:
 * PostgreSQL 16" under "Infrastructure: RabbitMQ, Redis"). A spec-kit plan's Technical Context
 * writes its "**Label**: value" lines one under another, and after a list they continue its last
 * item: eight settings read as one place of a hundred words.
 */
const LABELLED_LINE = /\n(?=[^\s:：|][^:：\n]{0,40}[:：]\s)/u;
function labelledLinesOf(text: string): string[] {
  return text.split(LABELLED_LINE).map((s) => s.trim()).filter(Boolean);
}

/** Its part of a term's weight as a bound of the place's score: its best labelled line may read the term better than the whole place does. */
function unitBound(p: IndexedPassage, t: string, averageLength: number): number {
  let part = unitPart(p, t, averageLength);
  if (p.lines && part < 1) for (const s of p.lines) {
    const n = s.terms.get(t);
    if (n) part = Math.max(part, Math.min(1, textPart(n, s.length, averageLength)));
  }
  return part;
}

/**
 * The weight a place's best labelled line shares with the requirement, its best QUERY_TERMS terms
 * as that line reads them (the heading path as for the whole place): a place of labelled lines is
 * as good a place as its best line ("Scale/Scope: 100+ concurrent funds, 1,000 members per fund"
 * among the Technical Context's Language, Storage, Testing, Performance Goals and Constraints).
 */
function linePart(p: IndexedPassage, weighted: readonly { t: string; w: number }[], averageLength: number): number {
  let best = 0;
  const parts: number[] = [];
  for (const s of p.lines ?? []) {
    parts.length = 0;
    for (const { t, w } of weighted) {
      const n = s.terms.get(t);
      const part = Math.min(1, Math.max(n ? textPart(n, s.length, averageLength) : 0, p.context.has(t) ? 0.5 : 0));
      if (part) parts.push(w * part);
    }
    parts.sort((a, b) => b - a);
    let sum = 0;
    for (let k = 0; k < parts.length && k < QUERY_TERMS; k++) sum += parts[k];
    best = Math.max(best, sum);
  }
  return best;
}

/** A text's share of a term it uses `tf` times, for its length (BM25's). */
function textPart(tf: number, length: number, averageLength: number): number {
  const lengthNorm = 1 - B + (B * length) / averageLength;
  return (tf * (K1 + 1)) / (tf + K1 * lengthNorm) / (K1 + 1) * 1.6;
}

/** Floating-point slack of a bound summed in another order than the score it bounds. */
const BOUND_SLACK = 1e-9;
/** A score is shown rounded to hundredths: a place below another's rounded score by this much never rounds up to it. */
const ROUNDING = 0.006;

/** Per index: each place's bound while one NFR is ranked, the places touched, and each term's parts in its postings' order. */
interface Scratch {
  /** Set while an NFR is ranked: a ranking stopped midway (a time limit) leaves bounds behind, and the next starts afresh. */
  busy: boolean;
  bound: Float64Array;
  touched: Int32Array;
  /** Per place, 0 until known: whether it writes a target or a configuration value (see writesValues). */
  values: Uint8Array;
  units: Map<string, Float64Array>;
}
const scratches = new WeakMap<SuggestionIndex, Scratch>();

function scratchOf(index: SuggestionIndex): Scratch {
  let s = scratches.get(index);
  if (!s || s.busy) scratches.set(index, (s = { busy: false, bound: new Float64Array(index.passages.length), touched: new Int32Array(index.passages.length), values: new Uint8Array(index.passages.length), units: new Map() }));
  return s;
}

/** The term's part in each place of its postings, as a share of its weight: the same for every NFR, found once. */
function unitsOf(index: SuggestionIndex, scratch: Scratch, t: string): Float64Array {
  let units = scratch.units.get(t);
  if (!units) {
    const list = index.postings.get(t) ?? [];
    units = new Float64Array(list.length);
    for (let k = 0; k < list.length; k++) units[k] = unitBound(index.passages[list[k]], t, index.averageLength);
    scratch.units.set(t, units);
  }
  return units;
}

/** Keeps the best score of the first `limit` sections, best first. */
function keepBest(best: { section: Section | null; score: number }[], section: Section | null, score: number, limit: number): void {
  const known = best.find((b) => b.section === section);
  if (known) {
    if (score <= known.score) return;
    known.score = score;
  } else if (best.length < limit) best.push({ section, score });
  else if (score > best[best.length - 1].score) best[best.length - 1] = { section, score };
  else return;
  best.sort((a, b) => b.score - a.score);
}

/**
 * How much of its match a line of a requirements summary keeps against a place in the design: an
 * overview that lists the requirements again keeps SUMMARY_WEIGHT, even where it restates the
 * target (it restates the PRD: "Réactivité UI <100ms feedback visuel"); a summary that maps each
 * requirement to how it is met keeps all of it (measured on 24's "Requirements Coverage
 * Validation", which fresh readers named as the place for 14 of its 35 NFRs). A glossary and the
 * problem side of a decision record keep less (GLOSSARY_WEIGHT, DECISION_PROBLEM_WEIGHT).
 */
const summaryWeight = (p: IndexedPassage): number => (p.glossary ? GLOSSARY_WEIGHT : p.restatement && !p.mapping && !p.saysMet ? SUMMARY_WEIGHT : p.problemSide ? DECISION_PROBLEM_WEIGHT : 1);

/** Whether a place is a data definition the requirement is not about (see DATA_WEIGHT). */
const onlyDefinesData = (req: Requirement, p: IndexedPassage): boolean => !!p.dataDefinition && !requirementAboutData(req);
const dataWeight = (req: Requirement, p: IndexedPassage): number => (onlyDefinesData(req, p) ? DATA_WEIGHT : 1);
const aboutDataOf = new WeakMap<Requirement, boolean>();
function requirementAboutData(req: Requirement): boolean {
  let about = aboutDataOf.get(req);
  if (about === undefined) aboutDataOf.set(req, (about = aboutData(requirementText(req))));
  return about;
}

/** One place scored for one NFR; null below `min`. */
function rankOne(req: Requirement, index: SuggestionIndex, i: number, query: QueryTerms, min: number, ownTop: ReadonlySet<string>, sharedTerms: ReadonlySet<string>): Ranked | null {
  const { weighted, norm, topTerms, mechanisms } = query;
  const p = index.passages[i];
  // The terms it shares, in the order of their weight, as the postings met them.
  const shared: { t: string; w: number }[] = [];
  for (const { t, w } of weighted) if (p.terms.has(t) || p.context.has(t)) shared.push({ t, w: w * unitPart(p, t, index.averageLength) });
  const restated = restatedTarget(req, p);
  // A summary that lists the requirements again is weaker evidence than the design itself:
  // ranked below it, and never likely unless it states the target for the same metric. It stays a
  // place to cite, as an author citing NFRs in the summary they wrote would.
  const summary = p.restatement && !restated;
  // Only the best QUERY_TERMS matches count: a long passage does not win by matching many weak terms.
  shared.sort((a, b) => b.w - a.w);
  // A code sample illustrates; the prose and the decisions around it say how the requirement is met.
  const whole = shared.slice(0, QUERY_TERMS).reduce((a, x) => a + x.w, 0);
  const weights = codeWeight(p.passage) * summaryWeight(p) * dataWeight(req, p);
  // A place of labelled lines ranks as its best line does when that reads closer; what it proves is read from the whole place.
  const wholeScore = (whole / norm) * weights;
  const lineScore = p.lines ? (linePart(p, weighted, index.averageLength) / norm) * weights : 0;
  const byLine = Math.round(lineScore * 100) > Math.round(wholeScore * 100);
  let score = Math.max(wholeScore, lineScore);
  // Its own words (see rankPlaces) written in the place itself: a heading above it is the topic of a whole section.
  const inText = (t: string) => p.terms.has(t);
  // Beside its target restated, one word of its own shows the number measures the same thing
  // ("p95", "OCR"), even one another NFR uses too: the number is what is specific.
  const beside = shared.some((s) => topTerms.has(s.t) && inText(s.t) && !isConcept(s.t) && !TOPIC_TERMS.has(s.t));
  if (restated) score += TARGET_BONUS;
  // The tighter bound ranks the place; it is no evidence the requirement is met there.
  // A configuration value equal to its target under a key naming its metric ranks as a restated
  // target does, but only after the evidence is read: it never makes the place likely (config-values.ts).
  const tighter = !restated && restatedInConfig(req, p.passage) ? TARGET_BONUS : !restated && familyBound(req, p) ? FAMILY_BONUS : !restated && beside && tighterBound(req, p) ? TIGHTER_BONUS : !restated && statesQuantity(req, p) ? QUANTITY_BONUS : 0;
  const evidence = Math.min(1, wholeScore + (restated ? TARGET_BONUS : 0));
  score = Math.min(1, score + tighter + namedSectionBonus(req, p.passage));
  if (score < min) return null;
  const distinct = shared.filter((s) => ownTop.has(s.t) && inText(s.t)).length;
  // The requirement's mechanisms the place names, once each, as the requirement writes them: the
  // word itself, not only its stem ("HTTP GET" does not name HTTPS).
  const writes = (word: string) => writesWord(readText(p.passage), word);
  const named = [...new Set(shared.filter((s) => mechanisms.has(s.t) && writes(mechanisms.get(s.t)!)).map((s) => mechanisms.get(s.t)!))];
  const namedOwn = shared.some((s) => mechanisms.has(s.t) && inText(s.t) && !sharedTerms.has(s.t) && writes(mechanisms.get(s.t)!));
  // Likely: most of its distinctive wording restated, or its target restated for the same metric
  // next to one of its own words, or its own mechanism named (not in a code sample) with more of
  // its wording, or two of its own words and much of its wording in the design's prose, a list or
  // a table row. Anything less is a topic the place shares, not proof it is met there.
  // A requirements summary is never proof, even where it restates the target: copying the PRD's
  // list into the architecture must not clear the error for every requirement on it.
  // A line of a box diagram names a part of the design: where it stands, not proof it meets anything.
  // Nor does a reference list's line ("OWASP MASVS L2" under "12.2 References"): it names a standard.
  let confidence: Confidence = p.restatement || p.pointer || p.passage.diagram !== undefined || onlyDefinesData(req, p)
    ? 'possible'
    : (evidence >= LIKELY_SCORE && (restated !== undefined ? beside : distinct >= 2)) ||
    (evidence >= LIKELY_WITH_TARGET && restated !== undefined && beside) ||
    (evidence >= LIKELY_WITH_MECHANISM && namedOwn && distinct >= 2 && !isSample(p.passage)) ||
    (evidence >= LIKELY_WITH_OWN_WORDS && distinct >= 2 && !req.targets.length && !isSample(p.passage)) ||
    (evidence >= LIKELY_WITH_OWN_WORDS && !isSample(p.passage) && restatesWording(requirementTerms(req), p.terms))
      ? 'likely'
      : 'possible';
  // A list of several topics that names this one in its own words only is where it is listed, not met.
  if (confidence === 'likely' && onlyListsTopicOf(req, p.passage.text, sharedTerms, isSample(p.passage))) confidence = 'possible';
  // Its own words beside another value of its own measure are another thing measured:
  // "Throughput: ~50 KB/s" shares 'throughput' with "Message throughput: 100 messages/hour".
  if (confidence === 'likely' && restated === undefined && statesOtherValue(req, p)) confidence = 'possible';
  const mechanismAlone =
    confidence === 'possible' && !p.restatement && !p.pointer && !onlyDefinesData(req, p) && p.passage.diagram === undefined && !isSample(p.passage) && !req.targets.length && named.some((m) => leadsWith(req, m)) && evidence >= LIKELY_WITH_MECHANISM_ALONE && !onlyListsTopicOf(req, p.passage.text, sharedTerms);
  return { p, score: Math.round(score * 100) / 100, confidence, restated, shared, named, summary, echo: p.reading && echoes(req, p), ...(byLine ? { byLine: true as const } : {}), ...(mechanismAlone ? { mechanismAlone } : {}) };
}

/**
 * Whether a place in the document's reading of the PRD only says the requirement again: most of
 * its words are the requirement's, and it adds at most ECHO_WORDS of its own and no mechanism
 * ("HTTPS/TLS obligatoire pour toutes communications LLM providers" for "Les communications avec
 * providers LLM doivent utiliser HTTPS/TLS").
 */
function echoes(req: Requirement, p: IndexedPassage): boolean {
  const words = requirementTerms(req);
  let own = 0;
  let theirs = 0;
  for (const t of p.terms.keys()) {
    if (isConcept(t)) continue;
    if (words.has(t)) theirs++;
    // The heading a first line opens is read with it ("Technical Constraints & Dependencies: …"): not words it adds.
    else if (!p.context.has(t)) own++;
  }
  if (theirs < 2 || own > ECHO_WORDS || own >= theirs) return false;
  for (const t of mechanismsOf(readText(p.passage)).keys()) if (!words.has(t)) return false;
  return true;
}

/**
 * The one gate of `implied` for lists: whether a place is a list of several topics that names the
 * requirement in its own words only (see topic-list.ts), where it is listed, not met. Both ways to
 * `implied` pass it: a target restated (coverage.ts) and a likely place to cite. A code sample is
 * no such list: its lines configure something.
 */
export function onlyListsTopicOf(req: Requirement, text: string | TopicList, sharedTerms: ReadonlySet<string>, codeSample = false): boolean {
  return !codeSample && onlyListsItsTopic(text, topicQuery(req, sharedTerms));
}

/** What a topic list is compared with for one requirement (see topic-list.ts). */
function topicQuery(req: Requirement, sharedTerms: ReadonlySet<string>): TopicQuery {
  return { terms: requirementTerms(req), shared: sharedTerms, targets: req.targets, mechanismsIn: (text) => mechanismsOf(text).keys() };
}

/** Every place scoring at least `min`, best first (each section's best before any section's second); the first `limit` of them. */
export function rankPlaces(req: Requirement, index: SuggestionIndex, exclude: (p: Passage) => boolean, min: number, limit = Infinity, sharedTerms: ReadonlySet<string> = NONE): Suggestion[] {
  const { places, summariesOnly } = rankWithSummaries(req, index, exclude, min, limit, sharedTerms);
  // A summary alone says the requirement is known, not that the design meets it: offered only beside a place in the design.
  return summariesOnly ? [] : places;
}

/** rankPlaces, with the places kept when all are requirements summaries (summariesOnly says so). */
function rankWithSummaries(req: Requirement, index: SuggestionIndex, exclude: (p: Passage) => boolean, min: number, limit: number, sharedTerms: ReadonlySet<string>): { places: Suggestion[]; summariesOnly: boolean } {
  const none = { places: [], summariesOnly: false };
  const { passages, postings } = index;
  if (!passages.length) return none;
  const query = queryTerms(req, index);
  const { weighted, norm } = query;
  if (!norm) return none;
  // Its most distinctive words that only it uses: not a word that names the quality itself
  // ("performance", "sécurité", "logs") nor one several NFRs use. What ties a place to this NFR.
  const ownTop = new Set(weighted.filter(({ t }) => !isConcept(t) && !TOPIC_TERMS.has(t) && !sharedTerms.has(t)).slice(0, QUERY_TERMS).map(({ t }) => t));

  // Term by term over the postings of the distinctive terms only (work grows with what matches),
  // adding each place's parts into a bound of its score: every part it has, not only its best
  // QUERY_TERMS. Places are then scored exactly from the highest bound down, and no further once
  // no place left can reach the `limit`-th section's best: on a big architecture most places share
  // a word with an NFR, and scoring each of them for each NFR was NFRs × places.
  const scratch = scratchOf(index);
  const { bound, touched } = scratch;
  scratch.busy = true;
  let count = 0;
  for (const { t, w } of weighted) {
    const list = postings.get(t);
    if (!list) continue;
    const units = unitsOf(index, scratch, t);
    for (let k = 0; k < list.length; k++) {
      const i = list[k];
      if (bound[i] === 0) touched[count++] = i;
      bound[i] += w * units[k];
    }
  }
  const withTarget = req.targets.length > 0;
  // A line of a requirements summary may name the requirement by its target alone ("性能 < 2s" in a
  // coverage table for "页面首次加载时间 < 2秒"): it is scored too, by its restated target. In the
  // design, the same number without one of the requirement's words is another quantity (a 5-minute
  // polling interval is not a 5-minute generation time).
  if (withTarget) {
    for (const t of req.targets) {
      for (const i of index.numbers.get(String(t.value)) ?? []) {
        if (bound[i] !== 0) continue;
        touched[count++] = i;
        bound[i] = Number.MIN_VALUE;
      }
    }
    // A place that bounds its quantity under another name (metric-families.ts) shares no word with
    // it: a candidate by its family, scored by familyBound.
    const families = requirementFamilies(req);
    if (families.size) {
      const places = familyPlaces(index);
      for (const f of families) {
        for (const i of places.get(f) ?? []) {
          if (bound[i] !== 0) continue;
          touched[count++] = i;
          bound[i] = Number.MIN_VALUE;
        }
      }
    }
  }
  // Places by the bound of their score, in hundredths: a place in bucket b scores under (b + 1) / 100.
  // Reading a place's targets, counts and configuration values for every NFR it shares a word
  // with was most of the ranking on a big architecture (10 MB: ~1,500 NFRs ranked, 2.7 million
  // places touched): the first bound takes each bonus at the most it can give (none where the
  // place writes no target, configuration value or count, which is known once per place), and a
  // place's exact bound (the one it was always ranked by) is found only when the ranking comes
  // down to its first. The exact bound is never higher, so the place lands in that bucket or a
  // lower one not yet reached: the places ranked, and where the ranking stops, are the same.
  // What the requirement itself could earn is read when a place first needs it, as before: an
  // NFR of 240 targets read for counts that no place of it needed went past the 50 million steps
  // test/hardening.test.ts allows.
  let quantities: boolean | undefined;
  let namedBonus: number | undefined;
  const first: number[][] = [];
  const part = new Float64Array(count);
  for (let k = 0; k < count; k++) {
    const i = touched[k];
    const p = passages[i];
    const sum = bound[i];
    bound[i] = 0;
    if (exclude(p.passage) || p.bookkeeping) continue;
    part[k] = (sum / norm) * codeWeight(p.passage) * summaryWeight(p) * dataWeight(req, p);
    const most = withTarget && (writesValues(scratch, i, p) || p.families) ? Math.max(TARGET_BONUS, FAMILY_BONUS) : (quantities ??= quantitiesOfRequirement(req).size > 0) && !p.reading && writesCounts(p) ? QUANTITY_BONUS : 0;
    const ceiling = Math.min(1, part[k] + most + (p.passage.section ? (namedBonus ??= titleTermsOf(req).size >= 2 ? NAMED_SECTION_BONUS : 0) : 0)) + BOUND_SLACK;
    if (ceiling < min) continue;
    (first[Math.min(100, Math.floor(ceiling * 100))] ??= []).push(k);
  }
  scratch.busy = false;
  const buckets: number[][] = [];
  /** The places whose first bound is in bucket b, each put in the bucket of its exact bound (b or lower). */
  const tighten = (b: number) => {
    for (const k of first[b] ?? []) {
      const p = passages[touched[k]];
      const restated = withTarget ? restatedTarget(req, p) : undefined;
      const bonus = restated || (withTarget && restatedInConfig(req, p.passage)) ? TARGET_BONUS : withTarget && familyBound(req, p) ? FAMILY_BONUS : withTarget && tighterBound(req, p) ? TIGHTER_BONUS : statesQuantity(req, p) ? QUANTITY_BONUS : 0;
      const ceiling = Math.min(1, part[k] + bonus + namedSectionBonus(req, p.passage)) + BOUND_SLACK;
      if (ceiling < min) continue;
      (buckets[Math.min(100, Math.floor(ceiling * 100))] ??= []).push(k);
    }
  };
  const ranked: (Ranked & { order: number })[] = [];
  // The best score of the first `limit` sections, best first; past it nothing can change what is shown.
  const best: { section: Section | null; score: number }[] = [];
  let designPlace = false;
  for (let b = 100; b >= 0; b--) {
    // Asked at every bucket, empty or not: nothing is ranked between two buckets, so the ranking stops where it did.
    if (best.length >= limit && designPlace && (b + 1) / 100 < best[best.length - 1].score - ROUNDING) break;
    tighten(b);
    const list = buckets[b];
    if (!list) continue;
    // In the order of first touch, as the places of a bucket were always ranked (ties keep it).
    list.sort((x, y) => x - y);
    for (const k of list) {
      const r = rankOne(req, index, touched[k], query, min, ownTop, sharedTerms);
      if (!r) continue;
      ranked.push({ ...r, order: k });
      designPlace ||= !r.summary;
      // An echo is offered after the design's places: it does not end the search for them.
      if (Number.isFinite(limit) && !r.echo) keepBest(best, r.p.passage.section, r.score, limit);
    }
  }
  ranked.sort((a, b) => b.score - a.score || Number(a.echo) - Number(b.echo) || Number(!!a.byLine) - Number(!!b.byLine) || compareText(a.p.passage.file, b.p.passage.file) || a.p.passage.line - b.p.passage.line || a.order - b.order);
  const summariesOnly = ranked.length > 0 && ranked.every((r) => r.summary);
  // Three places to choose from, not three lines of one list: each section's best place first, its
  // others after every section's best (the best place overall stays first), unless one scores
  // nearly as high as its section's best and is not part of it: then the two are equally likely
  // the reader's place.
  // Places too weak to be offered alone come after those, best first, whatever their section: a
  // faint match elsewhere is no better choice than a strong second line of the same section.
  // A line of the document's reading of the PRD that only says the requirement again (see echoes)
  // comes after every place in the design: it is where the architect read the requirement, not
  // where the design meets it, and it matches the PRD's words better than any design can (pair 90:
  // the overview's "HTTPS/TLS pour communications LLM" and the constraints' "HTTPS/TLS obligatoire
  // pour toutes communications LLM providers" above "Protocol: HTTPS REST" of the LLM providers'
  // integration). The best place stays first: it is also what the status is read from, and the
  // only place a short architecture may have; unless it is an echo and a likely place in the
  // design scores nearly as high (ECHO_LEAD_SHARE): that place is what the status is read from.
  const seen = new Map<Section | Passage | null, Ranked>();
  // A section's opening paragraph is read with its heading ("Аутентификация: Текущая реализация —
  // Bearer-token …"; "Database Corruption Recovery: Scenario: …"): it says what the section is
  // about, the lines under it how (the code sample, "Prevention: Regular integrity checks"). It is
  // a group of its own: neither hides the other after every other section's best. A list's first
  // item is one of its list's lines, as the others are.
  const groupOf = (r: Ranked): Section | Passage | null => (r.p.passage.lead !== undefined && r.p.passage.kind === 'paragraph' ? r.p.passage : r.p.passage.section);
  // A sub-item is read with its item: the one is part of the other, not a second place beside it.
  // Two parts of one box diagram are one drawing: its best part is the place offered first.
  const within = (r: Ranked, first: Ranked) =>
    !!(first.p.passage.nested?.includes(r.p.passage.text) || r.p.passage.nested?.includes(first.p.passage.text)) ||
    (r.p.passage.diagram !== undefined && r.p.passage.diagram === first.p.passage.diagram && r.p.passage.file === first.p.passage.file);
  const firsts: Ranked[] = [];
  const others: Ranked[] = [];
  const faint: Ranked[] = [];
  const echoed: Ranked[] = [];
  // The best place stays first unless it is an echo and the design has a likely place nearly as good.
  const designLead = ranked.find((r) => !r.echo && !r.summary && r.score >= MIN_SCORE && r.confidence === 'likely');
  const echoLeads = !!designLead && ranked[0]?.echo && designLead.score >= ECHO_LEAD_SHARE * ranked[0].score;
  for (const r of ranked) {
    const first = seen.get(groupOf(r));
    if (r.score < MIN_SCORE) faint.push(r);
    else if (r.echo && (r !== ranked[0] || echoLeads)) echoed.push(r);
    else if (first && (r.score < SECTION_RIVAL_SHARE * first.score || within(r, first))) others.push(r);
    else {
      if (!first) seen.set(groupOf(r), r);
      firsts.push(r);
    }
  }
  const order = [...firsts, ...others, ...echoed, ...faint];
  // The best place that names the requirement's own mechanism alone is likely where it stands out
  // (see LIKELY_WITH_MECHANISM_ALONE); a box diagram's parts are neither the place nor its rivals.
  const notDrawn = order.filter((r) => r.p.passage.diagram === undefined);
  if (notDrawn[0]?.mechanismAlone && (!notDrawn[1] || notDrawn[0].score >= STANDS_OUT * notDrawn[1].score)) notDrawn[0].confidence = 'likely';
  const places: Suggestion[] = [];
  const named = new Set<string>();
  const titleTerms = titleTermsOf(req);
  for (const { p, score, confidence, restated, shared, named: mechanisms } of order) {
    if (places.length >= limit) break;
    // A table under a heading titled with the requirement's own name is where it is met as a
    // whole (a standard's point-by-point assessment, the settings of "Environment variables"):
    // offered at its heading, from there to the row (see titles). Prose under it keeps its own
    // line, the one that carries the evidence; a code block is cited around it (see cite-edit.ts).
    const section = p.passage.section;
    const titled = places.length < MAX_SUGGESTIONS && section && p.passage.kind === 'row' && titles(section, titleTerms) ? section : null;
    // The line of the place that carries the evidence, for the places shown (see evidence-line.ts).
    const file = places.length < MAX_SUGGESTIONS && !titled ? index.files.get(p.passage.file) : undefined;
    const at = titled ? { line: titled.line, endLine: p.passage.endLine } : file ? evidenceLineOf(file, p.passage, lineEvidence(req, shared, restated)) : null;
    // An item named at its sub-item's line is that sub-item's place too: one line is offered once.
    const key = `${p.passage.file}:${at?.line ?? p.passage.line}`;
    if (named.has(key)) continue;
    named.add(key);
    places.push({
      location: { file: p.passage.file, line: at?.line ?? p.passage.line, column: 1 },
      endLine: at?.endLine ?? p.passage.endLine,
      kind: titled ? 'heading' : p.passage.kind,
      heading: p.passage.heading,
      score,
      confidence,
      evidence: evidence(p.passage),
      ...(restated ? { restated } : {}),
      shared: shared.map((s) => s.t),
      mechanisms,
      ...(p.passage.diagram !== undefined ? { diagram: true as const } : {}),
    });
  }
  return { places, summariesOnly };
}

/**
 * A place in a section whose title writes every word of the requirement's name (two or more:
 * "ADR-003: SQLCipher for Database Encryption" for "SQLCipher for database encryption"): the
 * section is about that requirement, so its lines rank above the same words elsewhere (the
 * component that merely uses SQLCipher). It ranks; it is no evidence (likely is read without it).
 * Measured: set E top-3 0.60 -> 0.63, no other set changed.
 */
const NAMED_SECTION_BONUS = 0.1;
const sectionWords = new WeakMap<Section, ReadonlySet<string>>();
function namedSectionBonus(req: Requirement, passage: Passage): number {
  const section = passage.section;
  if (!section) return 0;
  const name = titleTermsOf(req);
  if (name.size < 2) return 0;
  let words = sectionWords.get(section);
  if (!words) sectionWords.set(section, (words = new Set(wordTermCounts(stripNumbering(section.title)).keys())));
  for (const t of name) if (!words.has(t)) return 0;
  return NAMED_SECTION_BONUS;
}

/** The words of a requirement's title (its name in the PRD), without concepts or its ID. */
function titleTermsOf(req: Requirement): ReadonlySet<string> {
  let terms = titleTermsCache.get(req);
  if (!terms) titleTermsCache.set(req, (terms = new Set(wordTermCounts(req.title.replaceAll(req.id, ' ')).keys())));
  return terms;
}
const titleTermsCache = new WeakMap<Requirement, ReadonlySet<string>>();

/**
 * Whether a section's title is the requirement's name: two words or more, every one of them a
 * word of the requirement's title, and at least half of that title ("GDS Service Standard" for
 * "GDS Service Standard Compliance", "Переменные окружения" for "Конфигурация задаётся через
 * переменные окружения"). A reader cites such a section at its heading, not at one row of it.
 */
function titles(section: Section, titleTerms: ReadonlySet<string>): boolean {
  if (titleTerms.size < 2) return false;
  const words = wordTermCounts(stripNumbering(section.title));
  if (words.size < 2 || words.size * 2 < titleTerms.size) return false;
  for (const t of words.keys()) if (!titleTerms.has(t)) return false;
  return true;
}

/** What a line of a place is weighed by for one requirement: its shared terms, its restated target, its words. */
function lineEvidence(req: Requirement, shared: { t: string; w: number }[], restated: string | undefined): LineEvidence {
  return {
    shared,
    words: requirementTerms(req),
    ...(restated ? { restates: (targets: readonly Target[]) => targets.some((x) => req.targets.some((t) => restatesTarget(t, x))) } : {}),
  };
}

/** The report's view of a suggestion. */
export function suggestedPlace(s: Suggestion): SuggestedPlace {
  return { file: s.location.file, line: s.location.line, heading: s.heading, score: s.score, confidence: s.confidence, evidence: s.evidence };
}

/** "docs/architecture.md:212 (Security › Encryption)" */
export function describePlace(s: SuggestedPlace): string {
  return `${s.file}:${s.line}${s.heading ? ` (${s.heading})` : ''}`;
}
