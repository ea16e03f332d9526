import type { ParsedDoc } from './document.js';
import { headingHas, normalizeHeading } from './headings.js';

// The ID prefixes a PRD spells out as its name for non-functional requirements: "Requisitos No
// Funcionales (RNF)", "Quality Requirements (QR)". Such a prefix says what its IDs are, as a
// configured one does, whatever heading they stand under: a PRD of RNF-01…RNF-33 titled
// "Requisitos Funcionales" by mistake still lists non-functional requirements.

/** "(RNF)": an acronym in parentheses, the words before it on its line read as its spelling. */
const ACRONYM = /\((\p{Lu}{2,6})\)/gu;
/** Characters before the parenthesis read as the acronym's spelling, at most. */
const SPELLING_CHARS = 80;
/** Acronyms read per document, at most: a PRD of a million "(NFR)" is read no further. */
export const MAX_ACRONYMS = 2_000;

/**
 * The upper-case prefixes the document spells out as one of `phrases` (the names of the
 * non-functional requirements section): the phrase ends right before the parenthesis. `work`
 * counts the acronyms read (for the work-growth test).
 */
export function spelledOutPrefixes(doc: ParsedDoc, phrases: readonly string[], work?: { acronyms: number }): Set<string> {
  const out = new Set<string>();
  const names = phrases.map((p) => normalizeHeading(p)).filter((p) => p.length > 3);
  let read = 0;
  for (const file of doc.files) {
    for (const m of file.text.matchAll(ACRONYM)) {
      if (++read > MAX_ACRONYMS) return out;
      if (work) work.acronyms++;
      const at = m.index ?? 0;
      const from = Math.max(0, at - SPELLING_CHARS, file.text.lastIndexOf('\n', at) + 1);
      const spelling = normalizeHeading(file.text.slice(from, at).replace(/[*_]/g, ''));
      if (names.some((p) => spelling === p || (spelling.endsWith(p) && spelling[spelling.length - p.length - 1] === ' ' && headingHas(spelling, p)))) out.add(m[1]);
    }
  }
  return out;
}
