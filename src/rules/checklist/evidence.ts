import type { Nodes, RootContent, Table } from 'mdast';
import { ancestors, inGenerated, sectionTree, type ParsedDoc, type Section } from '../../engine/document.js';
import { lineOf, plainText } from '../../engine/markdown.js';
import { normalizeHeading } from '../../engine/headings.js';
import type { Location } from '../../engine/types.js';
import { LinearRegExp } from '../../engine/linear-regexp.js';
import { builtByWords, isWordsPattern, narrowWords, sourceOf, type TextWords } from './topic-patterns.js';

// The text a checklist record may take as evidence, cut into units a reader takes as one
// statement: a paragraph, a list item, a table row (read with its header), a config code block.
// Headings are not evidence (a heading with no text under it says nothing), nor are
// self-assessment and checklist sections ("✅ Security addressed"), ticked task items,
// generated blocks, or source code.

export interface TextUnit {
  text: string;
  /** The titles of the unit's section and its parents: "Risks" above "- Vendor lock-in: an adapter". */
  headings: string;
  location: Location;
  section: Section | null;
}

/** Code blocks in these languages hold configuration, which is evidence (encryption flags, backup schedules). */
const CONFIG_LANGS = /^(?:ya?ml|hcl|terraform|tf|toml|ini|conf|cfg|env|dotenv|properties|text|txt|plain|plaintext|json|jsonc)$/i;

/** Sections that grade the document rather than describe the system. */
const SELF_ASSESSMENT = /\b(?:checklists?|self assessment|assessment results|review results|validation (?:results|summary|report|checklist)|architecture validation|document validation|readiness|completeness check|gap analysis|compliance check|sign off|signoff|changelog|change log|revision history)\b/;

const TICKED = /^\s*(?:[✅✔✓☑☐❌⚠️]|\[[ xX]\])/u;

export function isSelfAssessment(section: Section | null): boolean {
  for (let s = section; s; s = s.parent) if (SELF_ASSESSMENT.test(s.key)) return true;
  return false;
}

function tableUnits(table: Table, push: (text: string, node: Nodes) => void): void {
  const header = (table.children[0]?.children ?? []).map((c) => plainText(c).trim());
  for (const row of table.children.slice(1)) {
    // "Risk: vendor lock-in | Mitigation: an adapter layer": a row reads with its header.
    const text = row.children.map((c, i) => (header[i] ? `${header[i]}: ${plainText(c).trim()}` : plainText(c).trim())).join(' | ');
    push(text, row);
  }
}

/**
 * A block's units in reading order, on a stack of its own (quotes and lists nest as deep as a pull
 * request writes them): a list item's nested lists are read before the next item.
 */
function blockUnits(block: RootContent | Nodes, push: (text: string, node: Nodes) => void): void {
  const pending: (RootContent | Nodes)[] = [block];
  while (pending.length) blockUnit(pending.pop()!, push, pending);
}

function blockUnit(node: RootContent | Nodes, push: (text: string, node: Nodes) => void, pending: (RootContent | Nodes)[]): void {
  switch (node.type) {
    case 'paragraph':
      push(plainText(node), node);
      return;
    case 'list':
      for (let i = node.children.length - 1; i >= 0; i--) pending.push(node.children[i]);
      return;
    case 'listItem': {
      if (node.checked === true || node.checked === false) return; // a task-list tick grades, it does not describe
      const own = node.children.filter((c) => c.type !== 'list');
      const text = own.map((c) => plainText(c)).join('\n');
      if (!TICKED.test(text)) push(text, node);
      const nested = node.children.filter((c) => c.type === 'list');
      for (let i = nested.length - 1; i >= 0; i--) pending.push(nested[i]);
      return;
    }
    case 'table':
      tableUnits(node, push);
      return;
    case 'blockquote':
      for (let i = node.children.length - 1; i >= 0; i--) pending.push(node.children[i]);
      return;
    case 'code':
      if (!node.lang || CONFIG_LANGS.test(node.lang)) push(node.value, node);
      return;
    default:
      return;
  }
}

const unitCache = new WeakMap<ParsedDoc, TextUnit[]>();

/** Every evidence unit of the document, in reading order; computed once per document. */
export function docUnits(doc: ParsedDoc): TextUnit[] {
  const cached = unitCache.get(doc);
  if (cached) return cached;
  const units: TextUnit[] = [];
  const sectionOf = new Map<RootContent, Section>();
  for (const s of doc.sections) for (const b of s.blocks) sectionOf.set(b, s);
  for (const file of doc.files) {
    for (const block of file.root.children) {
      if (block.type === 'heading' || block.type === 'yaml') continue;
      const section = sectionOf.get(block) ?? null;
      if (isSelfAssessment(section)) continue;
      const headings = section ? ancestors(section).map((s) => s.title).join('\n') : '';
      blockUnits(block, (text, node) => {
        const line = lineOf(node);
        if (!text.trim() || inGenerated(file, line)) return;
        units.push({ text, headings, location: { file: file.path, line, column: 1 }, section });
      });
    }
  }
  unitCache.set(doc, units);
  return units;
}

/** The units inside the given sections and their subsections. */
export function sectionUnits(doc: ParsedDoc, sections: Section[]): TextUnit[] {
  const inside = new Set(sections.flatMap((s) => sectionTree(doc, s)));
  return docUnits(doc).filter((u) => u.section && inside.has(u.section));
}

/** True when a section (with its subsections) has text under its headings: a heading alone is not a section. */
export function hasBody(doc: ParsedDoc, section: Section): boolean {
  return sectionTree(doc, section).some((s) => s.blocks.some((b) => b.type !== 'html' && (b.type === 'code' || b.type === 'table' || plainText(b).trim().length > 0 || b.type === 'list')));
}

const NEGATION = /\b(?:no|not|without|never|none|nor|neither|lacks?|lacking|n't|cannot|won't|isn't|aren't|don't|doesn't|ne|pas|sans|yok|değil|sin|nicht|kein|keine)\b|不|没有|无/iu;

/** A match preceded, in its own clause, by a negation ("no materialized snapshots") is not evidence. */
export function negated(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 60), index);
  const clause = before.split(/[.;:,!?()|\n]/).pop() ?? '';
  const words = clause.trim().split(/\s+/).slice(-4).join(' ');
  return NEGATION.test(words);
}

/** The pattern with these flags, on the same engine: a config's pattern stays on RE2 (linear). */
export function withFlags(re: RegExp, flags: string): RegExp {
  return re instanceof LinearRegExp ? new LinearRegExp(re, flags) : new RegExp(sourceOf(re), flags);
}

// A record's pattern is tried on every unit of the document: its global twin is built once per
// pattern, not once per unit. Callers are synchronous and never nest, so one twin per pattern is safe.
const globalTwins = new WeakMap<RegExp, RegExp>();

function globalOf(re: RegExp): RegExp {
  let global = globalTwins.get(re);
  if (!global) globalTwins.set(re, (global = withFlags(re, re.flags.includes('g') ? re.flags : re.flags + 'g')));
  global.lastIndex = 0;
  return global;
}

/** The first non-negated match of re in text, or null. */
export function affirmed(text: string, re: RegExp): RegExpExecArray | null {
  const global = globalOf(re);
  let n = 0;
  for (let m = global.exec(text); m; m = global.exec(text)) {
    if (!negated(text, m.index)) return m;
    if (m[0].length === 0) global.lastIndex++;
    if (++n > 200) break;
  }
  return null;
}

/** How many non-negated matches re has in text (at most cap). */
export function countAffirmed(text: string, re: RegExp, cap = 100): number {
  const global = globalOf(re);
  let n = 0;
  for (let m = global.exec(text); m && n < cap; m = global.exec(text)) {
    if (m[0].length === 0) global.lastIndex++;
    if (!negated(text, m.index)) n++;
  }
  return n;
}

// Whether a pattern can match in any unit, asked of one text instead of every unit: the units'
// texts and heading chains in reading order, one line break between them. That is exact for a
// pattern that has no anchor and no negative look-around (words() patterns look around only at
// letters): a match inside a unit is then a match in the joined text, where the unit's edges meet
// a line break, which is neither a letter nor a word character. A pattern that matches across two
// units passes the test and is then read unit by unit, as before.
const JOINABLE_LOOKAROUND = /\(\?<?!\[\\p\{sc=Latin\}\\p\{sc=Greek\}\\p\{sc=Cyrillic\}\\p\{N\}\]\)/g;
const joinedTexts = new WeakMap<ParsedDoc, string>();
const joinable = new WeakMap<RegExp, boolean>();

function joinedText(doc: ParsedDoc): string {
  let joined = joinedTexts.get(doc);
  if (joined === undefined) {
    const parts: string[] = [];
    let headings: string | null = null;
    for (const u of docUnits(doc)) {
      if (u.headings !== headings) parts.push((headings = u.headings));
      parts.push(u.text);
    }
    joinedTexts.set(doc, (joined = parts.join('\n')));
  }
  return joined;
}

/** Whether joining units cannot hide one of the pattern's matches. */
function isJoinable(re: RegExp): boolean {
  let plain = joinable.get(re);
  if (plain === undefined) joinable.set(re, (plain = (re.constructor === RegExp || builtByWords(re)) && !re.sticky && !/[\^$]|\(\?<?!/.test(sourceOf(re).replace(JOINABLE_LOOKAROUND, ''))));
  return plain;
}

/** False only when no unit of the document (text or heading chain) can hold a match of re. */
export function mayMatchInUnits(doc: ParsedDoc, re: RegExp): boolean {
  // The global twin, as affirmed uses: V8 compiles a pattern once per set of flags.
  return !isJoinable(re) || globalOf(re).test(joinedText(doc));
}

/** Whether re matches in text, on the global twin that affirmed and countAffirmed use (one compilation). */
export function found(text: string, re: RegExp): boolean {
  return globalOf(re).test(text);
}

// Each document's words, for narrowWords: the runs of ASCII letters and digits of its units'
// texts and headings, case folded as the i flag folds them (ſ is s, the Kelvin sign k), sorted.
const docWords = new WeakMap<ParsedDoc, TextWords>();
const narrowedPatterns = new WeakMap<ParsedDoc, Map<RegExp, RegExp>>();

function wordsOf(doc: ParsedDoc): TextWords {
  let known = docWords.get(doc);
  if (!known) {
    const joined = joinedText(doc);
    const sorted = [...new Set(joined.toLowerCase().replace(/\u017f/g, 's').match(/[a-z0-9]+/g))].sort();
    known = {
      hasCjk: /[\u3040-\u30ff\u4e00-\u9fff]/.test(joined),
      hasWordStartingWith(prefix) {
        // The first word not before the prefix is the one that starts with it, if any does.
        let lo = 0;
        let hi = sorted.length;
        while (lo < hi) {
          const mid = (lo + hi) >>> 1;
          if (sorted[mid] < prefix) lo = mid + 1;
          else hi = mid;
        }
        return lo < sorted.length && sorted[lo].startsWith(prefix);
      },
    };
    docWords.set(doc, known);
  }
  return known;
}

/**
 * The pattern as it can match in this document's units: a words() pattern without the
 * alternatives none of its words can start (narrowWords); any other pattern as it is.
 */
export function narrowed(doc: ParsedDoc, re: RegExp): RegExp {
  let byPattern = narrowedPatterns.get(doc);
  if (!byPattern) narrowedPatterns.set(doc, (byPattern = new Map()));
  let narrow = byPattern.get(re);
  if (!narrow) byPattern.set(re, (narrow = isWordsPattern(re) ? narrowWords(re, wordsOf(doc)) : re));
  return narrow;
}

export const keyOf = normalizeHeading;

/** The units a record reads: its sections' when it names sections that are there, else the whole document's. */
export function scopeUnits(ctx: { doc: ParsedDoc; scope: Section[] }): TextUnit[] {
  return ctx.scope.length ? sectionUnits(ctx.doc, ctx.scope) : docUnits(ctx.doc);
}
