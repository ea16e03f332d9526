// Heading text as the section matcher sees it: numbering, emoji, punctuation and
// accents removed, lower case, and the many spellings of "non-functional" made one.

const LEADING_NUMBER = /^\s*(?:(?:section|chapter|part|step|phase|appendix|annex)\s+)?(?:\d+(?:\.\d+)*\.?|[A-Z]\.|[IVXLC]+\.)\s*[:.)\-–—]?\s+/i;

export function stripNumbering(title: string): string {
  return title.replace(LEADING_NUMBER, '');
}

const SECTION_NUMBER = /^\s*(?:§\s*)?(\d{1,4}(?:\.\d{1,4}){0,8})\.?(?=[\s:)\-–—]|$)/;

/** The section number a heading opens with ("5.1 Benutzbarkeit" -> "5.1", "5. NFRs" -> "5"), if any. */
export function sectionNumberOf(title: string): string | null {
  return SECTION_NUMBER.exec(title)?.[1] ?? null;
}

/** Whether section number `parent` contains `child` ("5" contains "5.1" and "5.1.2"; "5" does not contain "51"). */
export function containsSection(parent: string, child: string): boolean {
  return child.length > parent.length && child.startsWith(`${parent}.`);
}

/** A heading still open on a section stack: its markdown level and its section number, if any. */
export interface OpenHeading {
  depth: number;
  number?: string | null;
}

/**
 * Closes the sections a new heading ends: those at its markdown level or deeper, except that a
 * numbered heading stays inside the same-level heading whose number contains its own ("## 5."
 * then "## 5.1", as documents converted from a word processor keep them). The one rule for
 * every section stack (requirements, heading paths, section trees): they cannot disagree.
 */
export function closeSections<T extends OpenHeading>(stack: T[], depth: number, number: string | null): void {
  const keeps = (open: T) => number !== null && open.number != null && open.depth === depth && containsSection(open.number, number);
  while (stack.length && stack[stack.length - 1].depth >= depth && !keeps(stack[stack.length - 1])) stack.pop();
}

// Every rule asks about the same few hundred headings: each is folded once.
const normalized = new Map<string, string>();

export function normalizeHeading(title: string): string {
  let n = normalized.get(title);
  if (n === undefined) {
    n = foldHeading(title);
    if (normalized.size > 50_000) normalized.clear(); // bounded, for long-running processes
    normalized.set(title, n);
  }
  return n;
}

function foldHeading(title: string): string {
  const folded = stripNumbering(title.trim())
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    // Recompose what NFD split but the line above kept: Japanese voiced kana (デ, ブ) stay one letter.
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return folded.replace(/\bnon ?functional\b/g, 'nonfunctional');
}

const CJK = /[\u3040-\u30ff\u4e00-\u9fff]/;

// Rules ask headingHas about the same few hundred phrases thousands of times per run: whether a
// phrase is Chinese or Japanese is decided once per phrase, not by a regex on every call.
const cjkPhrase = new Map<string, boolean>();

function isCjkPhrase(phrase: string): boolean {
  let cjk = cjkPhrase.get(phrase);
  if (cjk === undefined) {
    cjk = CJK.test(phrase);
    if (cjkPhrase.size > 50_000) cjkPhrase.clear(); // bounded, for long-running processes
    cjkPhrase.set(phrase, cjk);
  }
  return cjk;
}

/** True when `phrase` (already normalized) occurs as whole words in the normalized heading. */
export function headingHas(normalized: string, phrase: string): boolean {
  if (!phrase) return false;
  // Chinese and Japanese headings have no spaces between words.
  if (isCjkPhrase(phrase)) return cjkHas(normalized, phrase);
  return hasWords(normalized, phrase);
}

/** `${text} `.includes(` ${phrase} `) with the spaces around `text` implied: no string is built per call. */
function hasWords(text: string, phrase: string): boolean {
  const end = text.length - phrase.length;
  for (let i = text.indexOf(phrase); i !== -1 && i <= end; i = text.indexOf(phrase, i + 1)) {
    if ((i === 0 || text.charCodeAt(i - 1) === 32) && (i === end || text.charCodeAt(i + phrase.length) === 32)) return true;
  }
  return false;
}

// "非機能要件" (non-functional requirements) contains "機能要件" (functional requirements): a
// match right after a negating character is the other topic.
const CJK_NEGATION = /[非无無不未]/;

function cjkHas(normalized: string, phrase: string): boolean {
  for (let i = normalized.indexOf(phrase); i !== -1; i = normalized.indexOf(phrase, i + 1)) {
    if (i === 0 || !CJK_NEGATION.test(normalized[i - 1])) return true;
  }
  return false;
}
