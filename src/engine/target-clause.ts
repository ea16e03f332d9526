import type { Target } from './types.js';

// "Chargement initial < 3s, navigation < 500ms": the 3 s belongs to the initial load, not to the
// navigation the sentence names next. Where a sentence states several targets, each in a clause
// of its own, a restated value is read with its own clause only: the requirement's words must be
// there, not in a neighbour's. A sentence stating one target is read whole ("The p95 latency of
// the search API, measured at the gateway, is under 200 ms").
// clauseOf and ownClause read the same clause; they differ in when a sentence is read whole instead
// (see each). Not the clause of a citation (citationClauses in citation-drift.ts): the words a
// document gives an ID run over commas ("AES-256, keys in KMS (NFR-5)").

// Clause breaks: a comma or semicolon before a space (not "10,000"), their full-width forms, a
// spaced dash, a sentence end.
const BREAK = /[,;]\s|[、，；]|\s[-–—]\s|[.!?。]\s/g;

/** A word that can be a clause's subject: three letters, or one Han or kana character. */
const SUBJECT = /\p{L}{3,}|[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** The clauses of a text, in order. */
function clausesOf(text: string): string[] {
  return text.split(BREAK).filter((c) => c.trim());
}

/**
 * The clause of `text` that states `target` when another clause states a target that is not the
 * requirement's (`ours` tells); null when the sentence is to be read whole: one clause, or every
 * target in it the requirement's own ("< 5s at 3 months, < 2s at 12 months").
 */
export function ownClause(text: string, target: Target, targets: readonly Target[], ours: (x: Target) => boolean): string | null {
  if (targets.length < 2) return null;
  const clauses = clausesOf(text);
  if (clauses.length < 2) return null;
  const clause = clauses.find((c) => c.includes(target.text));
  if (clause === undefined) return null;
  // A clause without a subject of its own shares the sentence's: "CI pipeline: <22 min (cold
  // cache), <15 min (warm cache)" — its words in brackets only qualify the value.
  if (!hasSubject(clause, targets)) return null;
  const another = clauses.some((c) => c !== clause && targets.some((x) => !ours(x) && c.includes(x.text)));
  return another ? clause : null;
}

/**
 * The clause of `text` that states `target`, when the text has several clauses; null when it has
 * one. "Navigation < 2s (épics), optimisation pour 300+ prospects, export rapide Excel": the 2 s
 * is the navigation's, whatever else the line names.
 */
export function clauseOf(text: string, target: Target, targets: readonly Target[]): string | null {
  const clauses = clausesOf(text);
  if (clauses.length < 2) return null;
  const clause = clauses.find((c) => c.includes(target.text));
  return clause === undefined || !hasSubject(clause, targets) ? null : clause;
}

/** Whether a clause has words of its own beside its values and brackets: "<15 min (cache chaud)" has none. */
function hasSubject(clause: string, targets: readonly Target[]): boolean {
  let bare = clause.replace(/\([^()]*\)/g, ' ');
  for (const x of targets) bare = bare.replace(x.text, ' ');
  return SUBJECT.test(bare);
}
