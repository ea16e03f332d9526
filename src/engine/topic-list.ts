import { isConcept, termCounts, TOPIC_TERMS } from './terms.js';
import { parseTargets } from './targets.js';
import { restatesTarget, sameMeasure, sameQuantity } from './target-compare.js';
import type { Target } from './types.js';
import { splitOutsideBrackets } from './split-outside-brackets.js';

// "Sécurité : Authentification, HTTPS, timeout sessions, accès restreint": a list of the topics
// a design must care about (BMAD's cross-cutting concerns, a constraints line, a table cell)
// names each requirement in a few of its own words and says nothing of how any is met. Where such
// a list names several topics, the items that are this requirement's must add something of the
// design to be where it is met: a mechanism it does not name ("session timeout via NextAuth"), a
// target it does not state ("sessions expire after 30 min"), or a few words of their own
// ("exports streamed by a background worker"). A list of one requirement's parts ("AES-256 at
// rest, TLS 1.3 in transit, KMS keys") is read as usual.

/** What a requirement is compared by: its terms, the terms several NFRs share, its targets. */
export interface TopicQuery {
  /** The requirement's terms (termCounts of its title and text). */
  terms: ReadonlyMap<string, number>;
  /** Terms several of the PRD's NFRs use: an item naming them alone is about none in particular. */
  shared: ReadonlySet<string>;
  targets: readonly Target[];
  /** The mechanisms a text names, as terms (mechanismsOf's keys). */
  mechanismsIn: (text: string) => Iterable<string>;
}

/** An item of a list: at most this many words (CJK: twice as many characters). */
const MAX_ITEM_WORDS = 6;
/** A list names topics from this many items. */
const MIN_ITEMS = 3;
/** Words of its own an item adds to the requirement's for it to describe a design, not a topic. */
const OWN_WORDS = 2;

/** "Sécurité :", "Performance:", "安全：": a short label before the list, up to four words. */
const LABEL = /^\s*([^:：|]{1,40}?)\s*[:：]\s+/u;

/** Splits at commas, semicolons and their CJK forms outside brackets ("Fernet (AES-128, HMAC)" is one item), and at a last "and"/"et". */
function itemsOf(text: string): string[] {
  const items = splitOutsideBrackets(text, (t, i) => ((t[i] === ',' || t[i] === ';') && /\s/.test(t[i + 1] ?? ' ')) || t[i] === '、' || t[i] === '，' || t[i] === '；');
  // "timeout sessions and restricted access": the last item may join two.
  const last = items.pop();
  if (last !== undefined) items.push(...last.split(/\s(?:and|et|y|e|und|ve|or|ou|o)\s/u));
  return items.map((s) => s.trim()).filter(Boolean);
}

/** Words of an item, its brackets left out; a CJK run counts one word for two characters. */
function wordCount(item: string): number {
  const bare = item.replace(/\([^()]*\)|（[^（）]*）/gu, ' ');
  let n = 0;
  for (const w of bare.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+|[\p{L}\p{N}][\p{L}\p{N}'’.+/-]*/gu) ?? []) {
    n += /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(w) ? Math.ceil(w.length / 2) : 1;
  }
  return n;
}

/** A text's terms that can tie it to a requirement: not a quality's name, not a synonym family. Read once per text (see TopicList). */
const candidateTerms = (text: string): string[] => [...termCounts(text).keys()].filter((t) => !isConcept(t) && !TOPIC_TERMS.has(t));

/** Terms that tie a text to the requirement: its own, not a quality's name, not a synonym family, not one several NFRs use. */
function ownTerms(terms: readonly string[], q: TopicQuery, withShared = false): string[] {
  return terms.filter((t) => q.terms.has(t) && (withShared || !q.shared.has(t)));
}

/** A piece of a place (a label, a cell's body, an item) with what it says, each read once, when first asked. */
interface Piece {
  text: string;
  terms?: string[];
  /** Every term, concepts and topic names included (what an item adds is counted from them). */
  allTerms?: string[];
  targets?: Target[];
  mechanisms?: string[];
}
const termsOf = (p: Piece) => (p.terms ??= candidateTerms(p.text));
const targetsOf = (p: Piece) => (p.targets ??= parseTargets(p.text));

/**
 * A place read as a topic list: its cells, their short labels, bodies and items. What it says does
 * not depend on the requirement asking, so it is read once per place (coverage keeps it with the
 * place): every NFR that restates its target there asks again, and reading the text each time
 * made a paragraph cost NFRs x its length in regex work.
 */
export interface TopicList {
  cells: { label: Piece | null; body: Piece; items: Piece[] | null }[];
}

/** The cells of a place, their labels and, where a cell is a list, its items. */
export function topicListOf(text: string): TopicList {
  const cells: TopicList['cells'] = [];
  // A table row's cells one by one: a list stands in one cell, the others are its context.
  for (const cell of text.split(' | ')) {
    const label = LABEL.exec(cell);
    const short = label && wordCount(label[1]) <= 4 ? label : null;
    const body = short ? cell.slice(short[0].length) : cell;
    const items = itemsOf(body);
    const isList = items.length >= MIN_ITEMS && items.every((i) => wordCount(i) <= MAX_ITEM_WORDS);
    cells.push({ label: short ? { text: short[1] } : null, body: { text: body }, items: isList ? items.map((i) => ({ text: i })) : null });
  }
  return { cells };
}

/** Whether an item says more than the requirement's own words: a mechanism or target it lacks, or words of its own. */
function addsToIt(item: Piece, q: TopicQuery): boolean {
  for (const m of (item.mechanisms ??= [...q.mechanismsIn(item.text)])) if (!q.terms.has(m)) return true;
  // A target of a quantity the requirement does not bound ("sessions expire after 30 min"); not
  // its own restated, nor another value of it ("navigation < 2 s" beside its "< 3 s").
  if (targetsOf(item).some((x) => !q.targets.some((t) => restatesTarget(t, x) || sameMeasure(t, x) || sameQuantity(t, x)))) return true;
  let added = 0;
  for (const t of (item.allTerms ??= [...termCounts(item.text).keys()])) if (!q.terms.has(t) && !isConcept(t) && !TOPIC_TERMS.has(t) && ++added >= OWN_WORDS) return true;
  return false;
}

/**
 * What a line is labelled by: a table row's first cell ("性能 < 2s | ✅ | SSG + next/image"), else
 * a short label before a colon ("Security: tokens are validated …", bold or not); null when none.
 */
export function leadLabel(text: string): string | null {
  const cell = text.indexOf(' | ');
  if (cell !== -1) return text.slice(0, cell).trim() || null;
  const label = LABEL.exec(text);
  return label && wordCount(label[1]) <= 4 ? label[1] : null;
}

/**
 * Whether a line that names the requirement says how it is met: after its label ("Hotfix <24h :"),
 * a mechanism or target it lacks, or words of its own ("CI/CD workflows, rollback automatique").
 */
export function saysHowItIsMet(text: string, q: TopicQuery): boolean {
  const label = LABEL.exec(text);
  return addsToIt({ text: label && wordCount(label[1]) <= 4 ? text.slice(label[0].length) : text }, q);
}

/**
 * Whether a place is a list of several topics in which the requirement is named only in its own
 * words (its items add no mechanism, target or words of their own): where its topic is listed,
 * not where it is met. False for any other place, which is then read as usual.
 */
export function onlyListsItsTopic(place: string | TopicList, q: TopicQuery): boolean {
  const { cells } = typeof place === 'string' ? topicListOf(place) : place;
  let listed = false;
  let about = 0;
  let others = 0;
  const ours: Piece[] = [];
  for (const { label, body, items } of cells) {
    // "Rate limiting: search, auth, uploads", "Alertes automatiques : crash rate +50%, API errors
    // >5%, …": a label in the requirement's words (even words other NFRs use) makes the list its scope.
    if (label && ownTerms(termsOf(label), q, true).length) return false;
    // "Réactivité UI <100ms : AsyncValue Riverpod, shimmer placeholders": a label that restates its
    // target makes the list how it is met.
    if (label && targetsOf(label).some((x) => q.targets.some((t) => restatesTarget(t, x)))) return false;
    if (!items) {
      // Prose or a cell that names the requirement: the place says more than a list.
      if (ownTerms(termsOf(body), q).length) return false;
      continue;
    }
    listed = true;
    for (const item of items) {
      if (ownTerms(termsOf(item), q).length) {
        about++;
        ours.push(item);
      } else others++;
    }
  }
  if (!listed || others < 2 || others < about) return false;
  return !ours.some((item) => addsToIt(item, q));
}
