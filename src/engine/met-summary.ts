// A requirements summary that says how each requirement is met, or that it is met, is a coverage
// summary: where a careful reader cites the requirement, not a restatement of the PRD. Found by
// what its lines say, whatever the section's title: a status word standing as a label or a cell
// ("**Cumplido:** contraseñas con bcrypt; …", "| 4. Open Standards | ✅ | REST, OpenAPI |"), or a
// table column saying how ("| Requirement | Target | How Achieved |", "Approach", "Mechanism").
// And a line or cell that enumerates clauses ("bcrypt; JWT de acceso + refresh; CORS con origen
// dinámico", "Backend: Zod, Helmet, rate limiting") is read clause by clause, so that the length
// of the whole line does not dilute each clause's share (see cite-suggestions.ts unitPart).

import type { Passage } from './passages.js';
import { splitOutsideBrackets } from './split-outside-brackets.js';

/** A check mark: a status whatever the language. */
const STATUS_MARK = /[✅✔☑✓]/u;

/** Words saying a requirement is met, in the languages archgate reads. */
const STATUS_WORDS = [
  'met', 'implemented', 'achieved', 'satisfied', 'addressed', 'fulfilled', 'done', 'in place',
  'cumplido', 'cumplida', 'implementado', 'implementada', 'satisfecho', 'logrado', 'atendido', 'atendida', 'cumprido', 'satisfeito', 'alcançado',
  'réalisé', 'réalisée', 'implémenté', 'implémentée', 'atteint', 'satisfait', 'respecté', 'couvert',
  'erfüllt', 'umgesetzt', 'implementiert',
  'soddisfatto', 'implementato',
  '達成', '対応済み?', '実装済み?', '充足', '已实现', '已满足', '满足',
].join('|');

/**
 * A status word as a status: the label of what follows ("**Cumplido:** …", "Met: …"), a cell of
 * its own ("| Met |", "| ✅ Implemented |"), or a line's last word ("… — Implemented"). Not a
 * word of a sentence ("the requirement is met by …" says it too, but so does a plan).
 */
const STATUS_LABEL = new RegExp(`(?:^|\\n|\\|)\\s*(?:status\\s*[:：]\\s*)?[✅✔☑✓]?\\s*(?:${STATUS_WORDS})\\s*(?:[:：]|\\||$|\\n|\\()`, 'imu');

/**
 * A column saying how each requirement is met. Its cell is the design's answer ("Multi-AZ,
 * auto-failover"): the row is where the requirement is met, in the summary's words.
 */
const HOW_COLUMN = new RegExp(
  [
    'how (?:it is |they are |is it )?(?:achieved|met|addressed|satisfied|implemented|fulfilled)', 'approach', 'mechanisms?', 'implementation', 'solution', '(?:design|architectural|architecture) (?:response|decision|approach)', 'tactics?',
    'mise en (?:œ|oe)uvre', 'approche', 'm[ée]canismes?', 'impl[ée]mentation', 'r[ée]ponse (?:de l[\'’])?architecture',
    'enfoque', 'mecanismos?', 'implementaci[óo]n', 'soluci[óo]n', 'c[óo]mo se (?:cumple|logra|atiende)',
    'abordagem', 'implementa[çc][ãa]o', 'solu[çc][ãa]o', 'como (?:[ée] )?(?:atendido|atendida|cumprido|alcan[çc]ado)',
    'umsetzung', 'ansatz', 'mechanismus', 'l[öo]sung',
    '実現方法', '対応方法', '対応策', '実装方法', '実装', '対策', '实现方式', '实现方法',
  ].join('|'),
  'iu',
);
const HOW_CELL = new RegExp(`^\\s*(?:${HOW_COLUMN.source})\\s*$`, 'iu');

/**
 * Whether a place of a requirements summary says how the requirement it lists is met, or that it
 * is met: a status word as a label or cell, a check mark, or a row under a column saying how.
 */
export function saysItIsMet(passage: Passage): boolean {
  const text = passage.text;
  if (STATUS_MARK.test(text) || STATUS_LABEL.test(text) || (passage.lead !== undefined && STATUS_LABEL.test(passage.lead))) return true;
  if (passage.kind !== 'row') return false;
  // A row is read with its table's header row, after its heading path.
  const header = passage.context.startsWith(passage.heading) ? passage.context.slice(passage.heading.length) : passage.context;
  return header.split('|').some((cell) => HOW_CELL.test(cell));
}

/** Clause separators: a semicolon, a middle dot, a bullet. */
const SEPARATORS = /[;；·•]/u;
/** A label before a colon ("Backend: Zod, Helmet"; "Seguridad: Cumplido: …"). */
const LABEL = /^\s*([^:：|\n]{1,40}?)\s*[:：]\s+/u;
/** A line enumerates when it has at least this many clauses. */
const MIN_CLAUSES = 3;
/** A clause of a comma list is a name or a short phrase, not a sentence. */
const MAX_COMMA_CLAUSE_WORDS = 6;

const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

/**
 * A text split at a separator outside brackets: "Protokoll-Abstraktion (MQTT, OPC UA, HTTP/CoAP)"
 * is one clause, its brackets list what it abstracts.
 */
function splitOutside(text: string, separator: RegExp): string[] {
  // A comma only before a space: "1,000" and "a,b" are no enumeration.
  return splitOutsideBrackets(text, (t, i) => separator.test(t[i]) && (t[i] !== ',' || /\s/.test(t[i + 1] ?? '')));
}

/** A piece's clauses, when it enumerates them; null when it does not. */
function enumerated(piece: string, namesMechanism: (text: string) => boolean): string[] | null {
  const parts = splitOutside(piece, SEPARATORS);
  if (parts.length >= MIN_CLAUSES) return parts;
  // ", " between mechanisms after a label: "Backend: Zod, Helmet.js, JWT RS256". The label is no
  // clause of its own (its words keep the whole line's part): "Phase 2 (parallel fan-out):
  // claimreview-matcher, coverage-left, …" lists names, and its label is no short place.
  const label = LABEL.exec(piece);
  if (!label || words(label[1]) > 4) return null;
  const items = splitOutside(piece.slice(label[0].length), /,/);
  if (items.length < MIN_CLAUSES || items.some((s) => words(s) > MAX_COMMA_CLAUSE_WORDS)) return null;
  return items.filter(namesMechanism).length * 2 >= items.length ? items : null;
}

/**
 * The clauses of a line or cell that enumerates them, each to be scored as a place of its own;
 * null when none does. A word of the place outside them keeps the whole place's part, as every
 * word does where a clause reads it less well (see cite-suggestions.ts unitPart).
 */
export function clausesOf(text: string, kind: Passage['kind'], namesMechanism: (text: string) => boolean): string[] | null {
  if (kind === 'code') return null;
  const out: string[] = [];
  for (const piece of text.split(kind === 'row' ? / \| |\n/ : /\n/)) out.push(...(enumerated(piece, namesMechanism) ?? []));
  return out.length ? out : null;
}
