import type { List, ListItem, Nodes, Paragraph, RootContent, Table } from 'mdast';
import type { ParsedDoc } from './document.js';
import { NESTED_LIST_LEVELS, plainText, plainTextWithin, lineOf, columnOf, paragraphLines, offsetLocator } from './markdown.js';
import { closeSections, normalizeHeading, sectionNumberOf, stripNumbering } from './headings.js';
import { ANY_ID_SOURCE, canBeRequirementId, configuredKindOf, idRegex, kindOf, normalizeId, prefixOf, type IdSettings } from './ids.js';
import { requirementKindOfSection, type SectionSynonyms } from './section-finder.js';
import { spelledOutPrefixes } from './spelled-prefixes.js';
import { parseStandards, parseTargets, MAX_REQUIREMENT_TARGETS } from './targets.js';
import { sameQuantity } from './target-compare.js';
import { categoryFromId, categoryFromTargets, categoryFromText, singleLetterInfix } from './categories.js';
import type { BareRange, Reference, ReqKind, Requirement } from './types.js';
import { expandRanges, expandShortLists, findBareRanges, opensRange, RANGE_SEPARATOR, rangeBudget } from './ranges.js';
import { isCategoryColumn, isCheckColumn, isIdsOnly, isSourceColumn, isStatusColumn, isTitleColumn, statusContent } from './nfr-table-columns.js';

export interface IdScan {
  definitions: Requirement[];
  /** Later definitions of an ID already defined, with the first one. */
  duplicates: { requirement: Requirement; first: Requirement }[];
  /**
   * Later definitions of an ID that restate its first (a summary table and the detailed list): read
   * as one requirement, from the fuller text. prd/consistent-targets compares their targets.
   */
  restated: { requirement: Requirement; first: Requirement }[];
  references: Reference[];
  bareRanges: BareRange[];
  /**
   * The ID settings to read the rest of the doc set with: the configured ones, plus the kinds the
   * PRD's sections gave IDs whose prefix says nothing, and those IDs' prefixes.
   */
  settings: IdSettings;
}

// After an ID found by its shape alone, in a list item or paragraph: "RNF-01:", "QS-1 –", "SC-001."
// A word straight after it ("P95 latency") makes it prose, not a definition.
const DEFINITION_SEPARATOR = /^\s*(?:[*_`]+\s*)?(?:[:：.)\]|–—-]|$)/;

// Read on normalized headings (lower case, accents taken off): "Sürüm Geçmişi" reads "surum
// gecmisi". Chinese and Japanese titles take no \b, which never matches beside them (JavaScript's
// word characters are ASCII): "修订记录" and "变更历史" were never change logs. A change by itself
// ("数据变更通知", data change notices) is no log of the document's changes.
const CHANGE_LOG = /\b(?:change ?log|changes|revision history|version history|document history|historique|historique des versions|degisiklik|surum gecmisi)\b|(?:修订|修改|变更|版本)(?:记录|历史|日志|说明)|(?:変更|改訂|改版)履歴/;
const CLAIM = /\b(?:all|every|each|tous|toutes|tüm)\b[^.]{0,60}\b(?:nfrs?|requirements|exigences)\b[^.]{0,60}\b(?:addressed|covered|met|satisfied|handled|traced|couvert|adress)/i;
// What every CLAIM names: a cheap test that most text fails, before the costly pattern.
const CLAIM_NOUN = /nfr|requirements|exigences/i;
const LEADING_NOISE = /^[\s\u200b]*(?:<a\b[^>]*>\s*<\/a>\s*)*[\s\p{Extended_Pictographic}\uFE0F*_#>|-]*/u;
// "NFR1-4 …", "NFR2–NFR4", "NFR-UX-001 to NFR-UX-026", "NFR-1…NFR-16": an ID that opens a range.
const OPENS_RANGE = new RegExp(String.raw`^${RANGE_SEPARATOR}(?:[A-Z][A-Z0-9]{0,19}[-.]?){0,5}\d`);
const VALUE_AFTER_ID = /^\s+[-–—~〜～]\s+\d/u;
// A wave dash too: "### NFR-1 ~ 3 s cold start" is titled "3 s cold start".
const SEPARATOR_AFTER_ID = /^[\s*_`]*(?:\[[^\]]*\][\s`]*)?[:：.)\]–—~〜～-]?\s*/;
// What a title ends on that is no part of it: a half-width separator the clause left, or Chinese
// and Japanese punctuation (。、，；：！？ and their full-width stops).
// Read from a run's start only: tried at every comma of a run, it read the run as its square.
const TRAILING_PUNCTUATION = /(?<![\s,;:、，；：。．！？])[\s,;:、，；：。．！？]+$/;
const withoutTrailingPunctuation = (title: string) => title.replace(TRAILING_PUNCTUATION, '');
// An ID used as a label: a colon and then the words it labels ("NFR-S5: …", "NFR-S5：…").
const LABEL_AFTER_ID = /^[\s*_`]*[:：]\s*\S/;
/** A quality scenario table's columns (arc42, ATAM): its response, and what happens to the system before it. */
// A column that says how urgent a requirement is ("Priority | P0"), or how it will be checked in
// generic words only ("Measurement | Unit test"): not what it asks, and its words ("test") would
// rank a test plan first. A check that names a tool ("pytest coverage report") is kept: it names
// the mechanism the architecture describes.
const BOOKKEEPING_COLUMN = /^(?:priority|priorit[ée]|prioridad|prioridade|priorit[äa]t|priorita|oncelik|moscow|owner|優先度|優先順位|优先级|優先級)$/;
// A status column ("Status | Draft", "状態 | 要承認") and a check column ("Verification | Unit test",
// "検証方法 | 負荷試験"): nfr-table-columns.ts.
const SCENARIO_RESPONSE = /^(?:(?:expected |system )?response|r[ée]ponse|respuesta|resposta|risposta|antwort|reaktion|systemreaktion|tepki)(?: measure)?$/u;
const SCENARIO_STIMULUS = /^(?:stimul(?:us|i)|(?:stimulus )?source|environment|context|scenario|situation|quelle|ausl[öo]ser|umgebung|kontext|szenario|environnement|sc[ée]nario|contexte|est[íi]mulo|fuente|entorno|escenario|cen[áa]rio|ambiente|origem|stimolo|sorgente|scenario|uyar[ıi]c[ıi]|kaynak|ortam|senaryo)$/u;

interface Context {
  file: string;
  sectionTitles: string[];
  /** The headings that say what the content is about: the document's title left out ("… Platform PRD"). */
  topicTitles?: string[];
  noise?: Reference['noise'];
}

const words = (text: string) => text.toLowerCase().match(/\p{L}{3,}/gu) ?? [];
const stems = (text: string) => new Set(words(text).filter((w) => w.length >= 4).map((w) => w.slice(0, 4)));

/** Initialisms of consecutive words: "architecture decision records" gives "adr". */
function initialisms(text: string): Set<string> {
  const w = words(text);
  const out = new Set<string>();
  for (let i = 0; i < w.length; i++) for (let n = 2; n <= 4 && i + n <= w.length; n++) out.add(w.slice(i, i + n).map((x) => x[0]).join(''));
  return out;
}

/** True when two definitions of one ID share enough words to be the same requirement restated. */
export function restates(a: Requirement, b: Requirement): boolean {
  const [ta, tb] = [`${a.title} ${a.text}`, `${b.title} ${b.text}`];
  const [short, long, longText] = stems(ta).size <= stems(tb).size ? [stems(ta), stems(tb), tb] : [stems(tb), stems(ta), ta];
  if (short.size === 0) return true;
  const acronyms = initialisms(longText);
  let shared = 0;
  for (const s of short) if (long.has(s) || acronyms.has(s.replace(/s$/, ''))) shared++;
  return shared / short.size >= 0.3;
}

/** Prefixes that abbreviate "non-functional requirement" (Spanish, Portuguese, Italian, French RNF; French ENF; German NFA). */
const NON_FUNCTIONAL_PREFIXES: ReadonlySet<string> = new Set(['RNF', 'ENF', 'NFA']);

/** "N7" -> N and 7; null for anything else (N-7 and NFR7 are IDs by shape already). */
function letterNumbered(id: string): { letter: string; number: number } | null {
  const m = /^([A-Z])(\d{1,4})$/.exec(id);
  return m ? { letter: m[1], number: Number(m[2]) } : null;
}

// Enough numbers to tell a run; more change nothing (a hostile table of 10,000 rows stays cheap).
const LETTER_RUN_CAP = 64;

/**
 * Whether the numbers a requirements section's rows or headings open with under one letter are a
 * run of requirement IDs ("| N1 | Zusätzliche Latenz … |" … N9, "### F1 – Listener" … F8): three or
 * more, counted from 1, no gap wider than one missing number. A percentile, quarter or version
 * (P95, Q3, V2) opening a row there is one token, not a numbered series from the start.
 */
function letterRun(numbers: ReadonlySet<number>): boolean {
  if (numbers.size < 3) return false;
  const sorted = [...numbers].sort((a, b) => a - b);
  if (sorted[0] > 1) return false;
  for (let i = 1; i < sorted.length; i++) if (sorted[i] - sorted[i - 1] > 2) return false;
  return true;
}

/**
 * A target or standard the shorter definition states of a quantity the fuller one does not ("p95 ≤
 * 300 ms" in the summary table, prose in the section): kept with the fuller one, never dropped. A
 * quantity both state is the fuller one's (prd/consistent-targets reports a difference).
 */
function keepTargetsOf(shorter: Requirement, fuller: Requirement): void {
  const extra = shorter.targets.filter((t) => !fuller.targets.some((x) => x.percentile === t.percentile && sameQuantity(x, t)));
  // No more than one definition keeps: the work on targets stays bounded.
  if (extra.length) fuller.targets = [...fuller.targets, ...extra].slice(0, Math.max(MAX_REQUIREMENT_TARGETS, fuller.targets.length));
  const standards = shorter.standards.filter((s) => !fuller.standards.includes(s));
  if (standards.length) fuller.standards = [...fuller.standards, ...standards];
}

/**
 * Definitions and references of requirement IDs in one document. With `synonyms` (the PRD), an
 * ID defined in a non-functional or functional section is that kind of requirement whatever its
 * prefix (RNF-01, QS-1, SC-001); a configured prefix still decides its own IDs' kind.
 */
export function scanIds(doc: ParsedDoc, settings: IdSettings, collectDefinitions: boolean, synonyms?: SectionSynonyms): IdScan {
  let re = idRegex(settings);
  // IDs of any prefix, recognised only where a requirements section defines them; a configured
  // pattern replaces this (the user said what an ID is).
  const anyId = collectDefinitions && synonyms && !settings.pattern ? new RegExp(ANY_ID_SOURCE, 'y') : null;
  const sectionKinds = new Map<string, ReqKind>();
  // A PRD that numbers its NFRs with a configured prefix (NFR-AVAIL-01) has said what its NFRs
  // are: other IDs in that section (quality gates QG-0, success criteria SC-A1) are something else.
  const schemeKnown = { nfr: false, fr: false };
  const learnedPrefixes = new Set<string>();
  // One letter and a number (N1, F3) is an ID only as part of a run a requirements section
  // defines (see letterRun): by kind and letter, the numbers seen, and the runs accepted.
  const letterCandidates = new Map<string, Set<number>>();
  const letterRuns = new Set<string>();
  const definitions: Requirement[] = [];
  const duplicates: IdScan['duplicates'] = [];
  const restated: IdScan['restated'] = [];
  const references: Reference[] = [];
  const bareRanges: BareRange[] = [];
  const budget = rangeBudget();
  const byKey = new Map<string, Requirement>();
  const defPositions = new Set<string>();

  /** The ID a text opens with. `marked`: the ID stands where nothing else could (a heading, a table's first cell, bold). */
  const startsWithId = (text: string, marked = true): { id: string; rest: string; byShape: boolean } | null => {
    const lead = LEADING_NOISE.exec(text)?.[0].length ?? 0;
    const body = text.slice(lead);
    re.lastIndex = 0;
    let m = re.exec(body);
    let byShape = false;
    if ((!m || m.index !== 0) && anyId) {
      anyId.lastIndex = 0;
      m = anyId.exec(body);
      byShape = true;
      if (m && !marked && !DEFINITION_SEPARATOR.test(body.slice(m[0].length))) return null;
    }
    if (!m || m.index !== 0) return null;
    const after = body.slice(m[0].length);
    // "NFR1-4 ..." or "NFR2–NFR4" opens a range: a reference, not a definition.
    // Unless a dash between spaces gives it a value: "NFR1 — 99.9% uptime", "NFR-2 – 5 s search".
    if (OPENS_RANGE.test(after) && !(VALUE_AFTER_ID.test(after) && !opensRange(body, settings))) return null;
    return { id: m[0], rest: after, byShape };
  };

  // Blocks under the same headings share one titles array (see eachBlock): its kind is found once.
  const kindsByTitles = new Map<string[], ReturnType<typeof requirementKindOfSection>>();
  const sectionKindOf = (titles: string[], synonyms: SectionSynonyms) => {
    let kind = kindsByTitles.get(titles);
    if (kind === undefined) kindsByTitles.set(titles, (kind = requirementKindOfSection(titles, synonyms)));
    return kind;
  };

  // Prefixes the PRD spells out as its non-functional requirements ("Requisitos No Funcionales (RNF)").
  const spelledNfr = anyId && synonyms ? spelledOutPrefixes(doc, synonyms['nonfunctional-requirements'] ?? []) : new Set<string>();

  /** The kind of a defined ID: its configured prefix's, else the prefix the PRD spells out, else its section's; null when it is no requirement. */
  const kindAt = (ctx: Context, id: string, byShape: boolean): ReqKind | null => {
    const configured = byShape ? null : configuredKindOf(id, settings);
    if (configured) return configured;
    // Unless the PRD numbers its NFRs with a configured prefix: then other IDs are something else (see schemeKnown).
    if (spelledNfr.size && !schemeKnown.nfr && spelledNfr.has(prefixOf(id).toUpperCase()) && (!byShape || canBeRequirementId(id))) {
      sectionKinds.set(normalizeId(id), 'nfr');
      if (byShape) learnedPrefixes.add(prefixOf(id).toUpperCase());
      return 'nfr';
    }
    const section = synonyms ? sectionKindOf(ctx.sectionTitles, synonyms) : null;
    // A prefix that abbreviates "non-functional requirement" (RNF, ENF, NFA) says what its IDs
    // are, where a heading says otherwise: a catalogue of RNF-01… titled "Requisitos Funcionales" by mistake.
    const bySection = section === 'fr' && byShape && NON_FUNCTIONAL_PREFIXES.has(prefixOf(id).toUpperCase()) ? 'nfr' : section;
    const numbered = byShape && bySection && !canBeRequirementId(id) ? letterNumbered(id) : null;
    if (numbered && bySection && !schemeKnown[bySection]) {
      // N1 … N9 down a requirements table: seen now, accepted on the second reading if it is a run.
      const key = `${bySection}:${numbered.letter}`;
      if (!letterRuns.has(key)) {
        const seen = letterCandidates.get(key) ?? new Set<number>();
        if (seen.size < LETTER_RUN_CAP) seen.add(numbered.number);
        letterCandidates.set(key, seen);
        return null;
      }
    }
    if (bySection && !schemeKnown[bySection] && (!byShape || canBeRequirementId(id) || numbered)) {
      sectionKinds.set(normalizeId(id), bySection);
      if (byShape) learnedPrefixes.add(prefixOf(id).toUpperCase());
      return bySection;
    }
    return byShape ? null : 'other';
  };

  /**
   * hints: `category` is what a category cell names (null: the row has one, naming no quality);
   * `wording` is the row's statement without its source and check cells, the only words a
   * category is guessed from.
   */
  const define = (ctx: Context, node: Nodes, hit: { id: string; byShape: boolean }, title: string, text: string, hints: { category?: string | null; stimulus?: string; wording?: string }) => {
    const id = hit.id;
    const kind = kindAt(ctx, id, hit.byShape);
    if (!kind) return;
    const key = normalizeId(id);
    const targets = parseTargets(text).slice(0, MAX_REQUIREMENT_TARGETS);
    // What the PRD says first: a category column, the nearest heading naming one, an ID infix
    // (NFR-PERF-01); the requirement's own words (then what its target measures) only after.
    const titles = ctx.topicTitles ?? ctx.sectionTitles;
    let headingCategory: string | null = null;
    for (let i = titles.length - 1; i >= 0 && !headingCategory; i--) headingCategory = categoryFromText(titles[i]);
    const stated = hints.category ?? headingCategory ?? categoryFromId(id);
    const wording = hints.wording ?? text;
    const req: Requirement = {
      id,
      key,
      kind,
      title: title.trim().slice(0, 160),
      text: text.trim(),
      category: stated ?? categoryFromText(title) ?? (kind === 'nfr' ? (categoryFromText(wording) ?? categoryFromTargets(targets)) : null),
      targets,
      standards: parseStandards(text),
      location: { file: ctx.file, line: lineOf(node), column: columnOf(node) },
      ...(hints.stimulus ? { stimulus: hints.stimulus } : {}),
    };
    defPositions.add(`${ctx.file}:${req.location.line}:${id}`);
    const letter = singleLetterInfix(id);
    if (letter && stated) infixCategories.set(letter, stated);
    // A category cell naming no quality ("Release", "Abnahme", "证据可追溯") is the PRD's own word
    // for this row: its infix's siblings do not decide it (NFR-R04 "信息安全" made NFR-R01 security).
    else if (letter && hints.category !== null) byKeywords.push(req);
    const first = byKey.get(key);
    if (first && restates(first, req)) {
      restated.push({ requirement: req, first });
      // A summary table and the detailed list say the same thing: one requirement, and the
      // fuller text is the one to read targets from.
      const [fuller, other] = req.text.length > first.text.length ? [req, first] : [first, req];
      keepTargetsOf(other, fuller);
      if (fuller === req) {
        definitions[definitions.indexOf(first)] = req;
        byKey.set(key, req);
      }
    } else if (first) duplicates.push({ requirement: req, first });
    else {
      byKey.set(key, req);
      definitions.push(req);
    }
  };

  const titleFrom = (rest: string): string => {
    // "NFR-S2 (Encryption)", "NFR-S2（通信の暗号化）": the half- or full-width brackets hold the title.
    const paren = /^[(（]([^)）]{1,80})[)）]/.exec(rest.trim());
    const trimmed = rest.replace(SEPARATOR_AFTER_ID, '');
    if (paren) return withoutTrailingPunctuation(paren[1]);
    // A colon ends the title, and so does a full stop: "." before a space, "。" anywhere (Chinese
    // and Japanese put no space after it).
    const clause = /^([^:：\n]{1,80}?)(?:[:：。]|\.(?=\s|$))/.exec(trimmed);
    if (clause && clause[1].split(/\s+/).length <= 10) return withoutTrailingPunctuation(clause[1]);
    // Cut at ten words: the ellipsis says so (a title ending "(Fire TV Stick" reads as the whole requirement).
    const words = trimmed.trim().split(/\s+/);
    return words.length > 10 ? `${words.slice(0, 10).join(' ').replace(/[\s,;:(\-–—]+$/, '')}…` : withoutTrailingPunctuation(words.join(' '));
  };

  const inChangeLog = (ctx: Context) => ctx.sectionTitles.some((t) => CHANGE_LOG.test(normalizeHeading(t)));

  const considerParagraph = (ctx: Context, p: Paragraph, next: RootContent | undefined) => {
    const lines = paragraphLines(p);
    const leads = lines.map((line) => {
      const first = line.find((c) => !(c.type === 'text' && /^[\s]*(?:<a\b[^>]*>\s*<\/a>\s*)*$/.test(c.value)) && c.type !== 'html');
      if (!first || first.type !== 'strong') return null;
      const strongText = plainText(first);
      const hit = startsWithId(strongText);
      return hit ? { first, strongText, hit } : null;
    });
    lines.forEach((line, k) => {
      const lead = leads[k];
      if (!lead) return;
      const { first, strongText, hit } = lead;
      const whole = line.map((c) => plainText(c)).join('');
      const afterStrong = whole.slice(whole.indexOf(strongText) + strongText.length);
      const strongRest = hit.rest.replace(SEPARATOR_AFTER_ID, '').trim();
      let body = whole;
      if (!afterStrong.trim()) {
        // "**NFR-P1: Scan time**" alone on its line: the requirement is what follows it, the
        // paragraph's next lines up to the next such ID ("**REQ-PERF-005: Memory Usage**" over
        // "**Description:** The system shall operate within 2GB …"), or, when the paragraph ends
        // there, the block that follows.
        let end = k + 1;
        while (end < lines.length && !leads[end]) end++;
        const rest = lines.slice(k + 1, end).map((l) => l.map((c) => plainText(c)).join(''));
        if (rest.length) body = [whole, ...rest].join('\n');
        else if (k === lines.length - 1 && next && (next.type === 'list' || next.type === 'paragraph')) body = `${whole}\n${plainText(next)}`;
      }
      define(ctx, first, hit, titleFrom(strongRest || afterStrong), body, {});
    });
  };

  // Lists nested as deep as a pull request writes them: on a stack of their own, in document order.
  const considerList = (ctx: Context, outer: List) => {
    const stack: { list: List; next: number }[] = [{ list: outer, next: 0 }];
    while (stack.length) {
      const top = stack[stack.length - 1];
      if (top.next >= top.list.children.length) {
        stack.pop();
        continue;
      }
      const item = top.list.children[top.next++] as ListItem;
      const checklist = item.checked !== null && item.checked !== undefined;
      if (!checklist) {
        const para = item.children[0];
        if (para && para.type === 'paragraph') {
          const text = plainText(para);
          const lead = para.children[0];
          const hit = startsWithId(text, lead && (lead.type === 'strong' || lead.type === 'inlineCode'));
          if (hit) {
            const strong = para.children.find((c) => c.type === 'strong');
            const strongRest = strong ? (startsWithId(plainText(strong))?.rest ?? '').replace(SEPARATOR_AFTER_ID, '').trim() : '';
            define(ctx, item, hit, titleFrom(strongRest || hit.rest), plainText(item), {});
          }
        }
      }
      const nested = item.children.filter((child): child is List => child.type === 'list');
      for (let i = nested.length - 1; i >= 0; i--) stack.push({ list: nested[i], next: 0 });
    }
  };

  const considerTable = (ctx: Context, table: Table) => {
    const [header, ...rows] = table.children;
    // The header is read once a row defines an ID: most tables define none.
    let columns: { titleCol: number; categoryCol: number; stimulusCols: number[]; bookkeepingCols: number[]; statusCols: number[]; checkCols: number[]; sourceCols: number[] } | null = null;
    const columnsOf = () => {
      const names = header.children.map((c) => normalizeHeading(plainText(c)));
      const scenario = names.some((n) => SCENARIO_RESPONSE.test(n));
      return {
        titleCol: names.findIndex((n, i) => i > 0 && isTitleColumn(n)),
        categoryCol: names.findIndex((n, i) => i > 0 && isCategoryColumn(n)),
        // A quality scenario's columns that say what happens to the system; its response says how
        // the system answers, which is what the architecture describes. Only beside a response column.
        stimulusCols: scenario ? names.flatMap((n, i) => (i > 0 && SCENARIO_STIMULUS.test(n) ? [i] : [])) : [],
        bookkeepingCols: names.flatMap((n, i) => (i > 0 && BOOKKEEPING_COLUMN.test(n) ? [i] : [])),
        statusCols: names.flatMap((n, i) => (i > 0 && isStatusColumn(n) ? [i] : [])),
        checkCols: names.flatMap((n, i) => (i > 0 && isCheckColumn(n) ? [i] : [])),
        // Where a requirement comes from ("Source | BRD-KPI-01"); a scenario's "Source" is its stimulus's.
        sourceCols: scenario ? [] : names.flatMap((n, i) => (i > 0 && isSourceColumn(n) ? [i] : [])),
      };
    };
    for (const row of rows) {
      // The first cell decides; the others are read only for a row that defines an ID.
      const first = row.children[0] ? plainText(row.children[0]).trim() : '';
      const hit = first ? startsWithId(first) : null;
      if (!hit) continue;
      // "NFR-S5: 秘密情報が…" labels the cell's own statement, however long; a long cell that merely
      // opens with an ID ("NFR-3 and NFR-4 share the cache …") defines nothing.
      const labelled = LABEL_AFTER_ID.test(hit.rest);
      if (!labelled && first.replace(LEADING_NOISE, '').length > hit.id.length + 40) continue;
      const statement = labelled ? hit.rest.replace(SEPARATOR_AFTER_ID, '').trim() : '';
      const { titleCol, categoryCol, stimulusCols, bookkeepingCols, statusCols, checkCols, sourceCols } = (columns ??= columnsOf());
      const cells = row.children.map((c, i) => (i === 0 ? first : statusCols.includes(i) ? statusContent(plainText(c)) : plainText(c).trim()));
      // What the row asks: not its priority, its source, IDs it points at ("BRD-REQ-011"), nor how
      // it will be checked ("Load test", "JMeter 压测报告"), unless the check states a target
      // ("Measurement | p95 < 200 ms"): its words ranked the test plan first and guessed categories.
      const asks = (c: string, i: number) => c !== '' && !bookkeepingCols.includes(i) && !sourceCols.includes(i) && !isIdsOnly(c);
      const said = (c: string, i: number) => asks(c, i) && (!checkCols.includes(i) || parseTargets(c).length > 0);
      const title = statement || (titleCol > 0 ? cells[titleCol] : cells[1] ?? '');
      const categoryCell = categoryCol > 0 ? (cells[categoryCol] ?? '') : '';
      const category = categoryCell ? categoryFromText(categoryCell) : undefined;
      const stimulus = stimulusCols.map((i) => cells[i] ?? '').filter(Boolean).join(' | ');
      const text = [...(statement ? [statement] : []), ...cells.slice(1).filter((c, i) => said(c, i + 1))].join(' | ');
      const wording = [...(statement ? [statement] : []), ...cells.slice(1).filter((c, i) => asks(c, i + 1) && !checkCols.includes(i + 1))].join(' | ');
      define(ctx, row, hit, titleFrom(title + '.'), text, { category, wording, ...(stimulus ? { stimulus } : {}) });
    }
  };

  const collectReferences = (ctx: Context, node: Nodes) => {
    // A list item is read with the items under it ("All NFRs are addressed:" over a list of IDs),
    // NESTED_LIST_LEVELS levels down at most: each item read with every level below it built and
    // scanned the text of a list nested d deep d times ("- - - … x", two characters a level).
    const textOf = (n: Nodes): string => (n.type === 'listItem' ? plainTextWithin(n, NESTED_LIST_LEVELS) : plainText(n));
    // Depth first on a stack of its own, in document order: what is inherited is kept per node.
    const pending: { n: Nodes; noise: Reference['noise']; inRow: boolean }[] = [{ n: node, noise: ctx.noise, inRow: false }];
    while (pending.length) {
      const { n, noise: inherited, inRow: inheritedRow } = pending.pop()!;
      visit(n, inherited, inheritedRow);
    }
    function visit(n: Nodes, inherited: Reference['noise'], inheritedRow: boolean): void {
      let noise = inherited;
      // A node's text is read at most once here, and only where it is asked for.
      let text: string | undefined;
      if (n.type === 'listItem' && n.checked !== null && n.checked !== undefined) noise = noise ?? 'checklist';
      if ((n.type === 'paragraph' || n.type === 'listItem' || n.type === 'tableRow') && !noise) {
        text = textOf(n);
        if (CLAIM_NOUN.test(text) && CLAIM.test(text)) noise = 'claim';
      }
      if (n.type === 'code' && n.lang !== 'mermaid') return;
      if (n.type === 'tableRow' || (n.type === 'paragraph' && !inheritedRow)) {
        text ??= plainText(n);
        for (const b of findBareRanges(text)) bareRanges.push({ ...b, context: text, location: { file: ctx.file, line: lineOf(n), column: columnOf(n) }, ...(noise ? { noise } : {}) });
      }
      if (n.type === 'text' || n.type === 'inlineCode' || n.type === 'code' || n.type === 'yaml' || n.type === 'html') {
        // HTML comments (archgate directives, notes to editors) are not text a reader sees.
        const value = n.type === 'html' && n.value.includes('<!--') ? n.value.replace(/<!--[\s\S]*?-->/g, (c) => c.replace(/[^\n]/g, ' ')) : n.value;
        // The line index of the text is built only when an ID is found in it.
        let locate: ReturnType<typeof offsetLocator> | null = null;
        const baseLine = lineOf(n) + (n.type === 'code' ? 1 : 0);
        const place = (offset: number) => {
          const { lineOffset, column } = (locate ??= offsetLocator(value))(offset);
          // Inline text starts at the node's column; a code block's lines start at column 1.
          return { file: ctx.file, line: baseLine + lineOffset, column: lineOffset === 0 && n.type !== 'code' ? columnOf(n) + offset : column };
        };
        const nodeNoise = n.type === 'yaml' ? 'front-matter' : noise;
        re.lastIndex = 0;
        let ids = 0;
        for (const m of value.matchAll(re)) {
          const ref: Reference = { id: m[0], key: normalizeId(m[0]), kind: kindOf(m[0], settings), location: place(m.index ?? 0) };
          if (nodeNoise) ref.noise = nodeNoise;
          references.push(ref);
          ids++;
        }
        // A range or list starts with an ID: text without one has none.
        if (ids) for (const r of [...expandRanges(value, settings, budget), ...expandShortLists(value, settings, budget)]) {
          const ref: Reference = { id: r.id, key: normalizeId(r.id), kind: kindOf(r.id, settings), location: place(r.index), range: r.text };
          if (nodeNoise) ref.noise = nodeNoise;
          references.push(ref);
        }
        return;
      }
      const inRow = inheritedRow || n.type === 'tableRow';
      if ('children' in n) {
        const children = n.children as Nodes[];
        for (let i = children.length - 1; i >= 0; i--) pending.push({ n: children[i], noise, inRow });
      }
    }
  };

  /** Every top-level node with the headings above it and why it cannot be evidence, if it cannot. */
  const eachBlock = (visit: (ctx: Context, node: RootContent, i: number, children: RootContent[]) => void) => {
    for (const file of doc.files) {
      const stack: { depth: number; title: string; number?: string; isTitle?: true }[] = [];
      const children = file.root.children;
      // A file's only H1 is its title: a word in it never decides what a requirement is about.
      const titles = children.filter((n) => n.type === 'heading' && n.depth === 1);
      const documentTitle = titles.length === 1 ? titles[0] : null;
      let generated = false;
      // One context per run of blocks under the same headings (nobody changes it): built again
      // only after a heading or a generated-block marker.
      let ctx: Context | null = null;
      for (let i = 0; i < children.length; i++) {
        const node = children[i];
        // What archgate generated between its markers is derived, never evidence of its own.
        if (node.type === 'html' && /<!--\s*archgate:begin\b/.test(node.value)) {
          generated = true;
          ctx = null;
        }
        if (node.type === 'html' && /<!--\s*archgate:end\b/.test(node.value)) {
          generated = false;
          ctx = null;
        }
        if (node.type === 'heading') {
          const title = plainText(node);
          const number = sectionNumberOf(title);
          closeSections(stack, node.depth, number);
          stack.push({ depth: node.depth, title, ...(number ? { number } : {}), ...(node === documentTitle ? { isTitle: true } : {}) });
          ctx = null;
        }
        if (!ctx) {
          ctx = { file: file.path, sectionTitles: stack.map((s) => s.title), topicTitles: stack.filter((s) => !('isTitle' in s)).map((s) => s.title) };
          if (inChangeLog(ctx)) ctx.noise = 'change-log';
          if (generated) ctx.noise = 'generated';
        }
        visit(ctx, node, i, children);
      }
    }
  };

  const defineAll = () => eachBlock((ctx, node, i, children) => {
      if (ctx.noise) return;
      if (node.type === 'heading') {
        const hit = startsWithId(stripNumbering(plainText(node)));
        if (hit) {
          headingKeys.add(normalizeId(hit.id));
          // The requirement is the heading's whole section: its paragraph and the subsections that
          // detail it ("# NFR-001: Run latency" over "## Context", "## Specification" with its
          // Must/Plan table, "## Stimulus Scenario"), up to a heading as high as its own or one that
          // names another ID. A subsection that says how it will be checked is not what it asks.
          // Every block belongs to one ID heading at most: the reading stays linear.
          const body = [];
          let checking = false;
          for (let j = i + 1; j < children.length; j++) {
            const block = children[j];
            if (block.type === 'heading') {
              const title = stripNumbering(plainText(block));
              if (block.depth <= node.depth || startsWithId(title)) break;
              checking = isCheckColumn(normalizeHeading(title));
              continue;
            }
            if (!checking) body.push(plainText(block));
          }
          define({ ...ctx, sectionTitles: ctx.sectionTitles.slice(0, -1), topicTitles: ctx.topicTitles?.slice(0, -1) }, node, hit, titleFrom(hit.rest), `${plainText(node)}\n${body.join('\n')}`, {});
        }
      } else if (node.type === 'list') considerList(ctx, node);
      else if (node.type === 'table') considerTable(ctx, node);
      else if (node.type === 'paragraph') considerParagraph(ctx, node, children[i + 1]);
      else if (node.type === 'blockquote') {
        for (const c of node.children) if (c.type === 'list') considerList(ctx, c);
      }
    });
  // "### NFR-1: Performance" above "NFR-1.1 | Parse 150 references | < 5 s": the heading groups
  // the requirements numbered under it and is none itself.
  const headingKeys = new Set<string>();
  const groupKeys = new Set<string>();
  const dropGroups = () => {
    const subKeys = definitions.filter((d) => /\d\.\d+$/.test(d.key)).map((d) => d.key);
    if (!subKeys.length) return;
    for (const key of headingKeys) if (subKeys.some((k) => k.startsWith(`${key}.`))) groupKeys.add(key);
    const kept = definitions.filter((d) => !groupKeys.has(d.key));
    definitions.length = 0;
    definitions.push(...kept);
    for (const key of groupKeys) byKey.delete(key);
    for (const list of [duplicates, restated]) {
      const kept = list.filter((d) => !groupKeys.has(d.requirement.key));
      list.length = 0;
      list.push(...kept);
    }
  };
  // NFR-S1 under "Security" explains the infix S: NFR-S4 in a table without a category column is
  // security too, whatever its words suggest.
  const infixCategories = new Map<string, string>();
  const byKeywords: Requirement[] = [];
  const applyInfixes = () => {
    for (const req of byKeywords) req.category = infixCategories.get(singleLetterInfix(req.id)!) ?? req.category;
  };
  if (collectDefinitions) {
    defineAll();
    const configured = (kind: ReqKind) => definitions.some((d) => configuredKindOf(d.id, settings) === kind);
    const bySectionKinds = new Set(sectionKinds.values());
    schemeKnown.nfr = bySectionKinds.has('nfr') && configured('nfr');
    schemeKnown.fr = bySectionKinds.has('fr') && configured('fr');
    for (const [key, numbers] of letterCandidates) if (letterRun(numbers)) letterRuns.add(key);
    if (schemeKnown.nfr || schemeKnown.fr || letterRuns.size) {
      // Read again, with position deciding only the kinds the prefixes leave open.
      for (const list of [definitions, duplicates, restated] as unknown[][]) list.length = 0;
      byKey.clear();
      defPositions.clear();
      sectionKinds.clear();
      learnedPrefixes.clear();
      infixCategories.clear();
      byKeywords.length = 0;
      defineAll();
    }
    applyInfixes();
    dropGroups();
  }

  // References are read with what the definitions taught: RNF-01 is an ID once the PRD defines one.
  const known = new Set([...settings.prefixes.nfr, ...settings.prefixes.fr, ...settings.prefixes.other, ...(settings.learnedPrefixes ?? [])].map((p) => p.toUpperCase()));
  const learned = [...learnedPrefixes].filter((p) => !known.has(p));
  if (learned.length || sectionKinds.size) {
    settings = {
      ...settings,
      ...(learned.length ? { learnedPrefixes: [...(settings.learnedPrefixes ?? []), ...learned] } : {}),
      sectionKinds: new Map([...(settings.sectionKinds ?? []), ...sectionKinds]),
    };
    re = idRegex(settings);
  }
  if (groupKeys.size) settings = { ...settings, groupKeys: new Set([...(settings.groupKeys ?? []), ...groupKeys]) };
  eachBlock((ctx, node) => collectReferences(ctx, node));

  const refs = references.filter((r) => !defPositions.has(`${r.location.file}:${r.location.line}:${r.id}`));
  return { definitions, duplicates, restated, references: refs, bareRanges, settings };
}
