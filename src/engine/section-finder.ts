import type { ParsedDoc, Section } from './document.js';
import { headingHas, normalizeHeading } from './headings.js';
import { plainText, lineOf, columnOf, walk } from './markdown.js';
import type { Location, ReqKind } from './types.js';
import { NOT_REQUIREMENT_SECTIONS, QUALITY_CRITERIA_SECTIONS, SECTION_SYNONYMS, type SectionSynonyms } from './vocabulary.js';

export type { SectionSynonyms } from './vocabulary.js';

/** The built-in heading phrases of every topic, in every supported language (see vocabulary.ts). */
export const DEFAULT_SYNONYMS: SectionSynonyms = SECTION_SYNONYMS;

export function mergeSynonyms(base: SectionSynonyms, extra: SectionSynonyms | undefined): SectionSynonyms {
  const out: SectionSynonyms = {};
  for (const [topic, phrases] of Object.entries(base)) out[topic] = phrases.map(normalizeHeading);
  for (const [topic, phrases] of Object.entries(extra ?? {})) out[topic] = [...(out[topic] ?? []), ...phrases.map(normalizeHeading)];
  return out;
}

export function sectionMatches(section: Section, phrases: string[]): boolean {
  return phrases.some((p) => headingHas(section.key, p));
}

// Every checklist record asks for its topic's sections, and many records share a topic: the
// answer is kept per document and phrase list (a document's sections never change after parsing).
const foundSections = new WeakMap<ParsedDoc, Map<string, Section[]>>();

/** Every section on the topic, best first: a heading that is exactly a phrase, then one that starts with one, then one that contains one; then the shallowest, the earlier-listed phrase, the earliest. */
export function findSections(doc: ParsedDoc, synonyms: SectionSynonyms, topic: string): Section[] {
  const phrases = synonyms[topic] ?? [normalizeHeading(topic)];
  let byPhrases = foundSections.get(doc);
  if (!byPhrases) foundSections.set(doc, (byPhrases = new Map()));
  const key = phrases.join('\u0000');
  let found = byPhrases.get(key);
  if (!found) byPhrases.set(key, (found = rankSections(doc, phrases)));
  return found.slice(); // callers may sort or cut their copy
}

function rankSections(doc: ParsedDoc, phrases: string[]): Section[] {
  const score = (s: Section) => (phrases.includes(s.key) ? 0 : phrases.some((p) => s.key.startsWith(p + ' ')) ? 1 : 2);
  // Between two headings at one depth that are exactly a phrase, the topic's first-listed (most
  // telling) phrase wins: "Technology Stack" beats "Technical Context" for the tech stack.
  const rank = (s: Section) => phrases.findIndex((p) => s.key === p || s.key.startsWith(p + ' '));
  return doc.sections
    .filter((s) => sectionMatches(s, phrases))
    .sort((a, b) => score(a) - score(b) || a.depth - b.depth || (score(a) === 0 ? rank(a) - rank(b) : 0) || a.index - b.index);
}


/**
 * A bold label that opens a paragraph or list item ("**Out of Scope:** ...") counts as a heading:
 * many PRDs mark small sections that way.
 */
export function findLabel(doc: ParsedDoc, phrases: string[]): Location | null {
  // The first label any phrase names is the earliest of each phrase's first: topics share phrases,
  // so each phrase's first label is looked for once per document.
  const { labels, firstByPhrase } = boldLabels(doc);
  let first = labels.length;
  for (const phrase of phrases) {
    let at = firstByPhrase.get(phrase);
    if (at === undefined) {
      at = labels.findIndex(({ label }) => headingHas(label, phrase));
      if (at === -1) at = labels.length;
      firstByPhrase.set(phrase, at);
    }
    if (at < first) first = at;
  }
  return labels[first]?.location ?? null;
}

// Every record asks for its own phrases: the document's bold labels are found once, in reading order.
const labelsOf = new WeakMap<ParsedDoc, { labels: { label: string; location: Location }[]; firstByPhrase: Map<string, number> }>();

function boldLabels(doc: ParsedDoc): { labels: { label: string; location: Location }[]; firstByPhrase: Map<string, number> } {
  const known = labelsOf.get(doc);
  if (known) return known;
  const labels: { label: string; location: Location }[] = [];
  for (const file of doc.files) {
    // walk keeps its own stack: quotes and lists nest as deep as a pull request writes them.
    walk(file.root, (node) => {
      if (node.type === 'paragraph') {
        const first = node.children[0];
        if (first && first.type === 'strong') {
          const label = normalizeHeading(plainText(first));
          if (label.split(' ').length <= 6) labels.push({ label, location: { file: file.path, line: lineOf(first), column: columnOf(first) } });
        }
        return false;
      }
      if (node.type === 'code' || node.type === 'heading') return false;
    });
  }
  const found = { labels, firstByPhrase: new Map<string, number>() };
  labelsOf.set(doc, found);
  return found;
}

const notRequirementPhrases = NOT_REQUIREMENT_SECTIONS.map(normalizeHeading);
const qualityCriteriaPhrases = QUALITY_CRITERIA_SECTIONS.map(normalizeHeading);

/**
 * The kind of requirement a section defines, from its heading and its ancestors' (nearest first):
 * "nfr" under a non-functional or quality heading, "fr" under a functional one, null elsewhere.
 * A heading such as "Acceptance criteria" stops the search: its IDs are not requirements.
 */
export function requirementKindOfSection(titles: string[], synonyms: SectionSynonyms): Exclude<ReqKind, 'other'> | null {
  const nfr = synonyms['nonfunctional-requirements'] ?? [];
  const fr = synonyms['functional-requirements'] ?? [];
  for (let i = titles.length - 1; i >= 0; i--) {
    const key = normalizeHeading(titles[i]);
    if (nfr.some((p) => headingHas(key, p)) || qualityCriteriaPhrases.some((p) => headingHas(key, p))) return 'nfr';
    if (fr.some((p) => headingHas(key, p))) return 'fr';
    if (notRequirementPhrases.some((p) => headingHas(key, p))) return null;
  }
  return null;
}
