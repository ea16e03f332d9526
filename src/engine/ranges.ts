import { idPatternSource, type IdSettings } from './ids.js';
import { LinearRegExp } from './linear-regexp.js';
import { parseTargets } from './targets.js';

// "NFR1-4", "NFR2-NFR4", "NFR2–NFR4", "NFR-008 to NFR-012", "NFR-UX-001〜026", "NFR-1 a NFR-5",
// "NFR-P1〜P5", "FR-AUTH-01 to AUTH-05", "NFR-1…NFR-16": every ID in between is cited. The wave
// dashes are the Japanese and full-width ones, から (Japanese) and 至/到 (Chinese) the words; "a"
// (Spanish, Portuguese, Italian) only between spaces. An ellipsis ("…", "..", "...") only flush on
// both sides or spaced on both: "NFR-1... NFR-16 is met by" is a sentence trailing off, then another.
export const RANGE_SEPARATOR = String.raw`(?:\s*(?:[-–—~〜～]|to|through|thru|à|bis|から|至|到)\s*|\s+a\s+|(?:…|\.\.\.?)|\s+(?:…|\.\.\.?)\s+)`;
const SEPARATOR = RANGE_SEPARATOR;
// The end written with only the start's last groups ("P5" after "NFR-P1", "UX-026" after
// "NFR-UX-001"): which groups it repeats is checked after the match.
const SHORT_END = String.raw`[A-Z][A-Z0-9]{0,19}(?:-[A-Z][A-Z0-9]{0,19}){0,3}[-.]?\d{1,9}`;
const MAX_SPAN = 500;
// What a bare range end may count, in the languages targets read: "4 regions", "5 usuarios", "3
// Knoten". Verbs and words that follow a range ("NFR1-4 are met", "NFR-1 to 4 cover") are no nouns here.
const COUNT_NOUN = new RegExp(
  String.raw`^[\s\u00a0]{1,3}(?:(?:concurrent|simultaneous)\s{1,3})?(?:users?|usuarios|usuários|utenti|utilisateurs|benutzer|nutzer|kullanıcı|пользовател\p{L}{0,3}|користувач\p{L}{0,3}|người dùng|personas|pessoas|persone|personnes|requests?|sessions?|connections?|regions?|regiones|regiões|regioni|régions|zones?|nodes?|nodos|nós|nodi|nœuds|knoten|replicas?|réplicas|instances?|instancias|instâncias|istanze|servers?|servidores|serveurs|pods?|shards?|tenants?|clusters?|devices?|dispositivos)(?![\p{L}\p{N}])`,
  'iu',
);
/**
 * IDs one document's ranges may add in all. A range adds up to MAX_SPAN references, so without
 * a total a few hundred KB of "NFR1-NFR499" made five million of them (31 s, 1.1 GB); real
 * documents add a few hundred. Past it a range cites only its two ends: fewer citations, never more.
 */
export const MAX_EXPANDED = 20_000;

export interface ExpandedId {
  id: string;
  /** Where the range starts in the text. */
  index: number;
  /** The range as written. */
  text: string;
}

/** How many more IDs ranges may add in one document. */
export interface RangeBudget {
  left: number;
}

export const rangeBudget = (): RangeBudget => ({ left: MAX_EXPANDED });

const split = (id: string) => /^(.*?)(\d+)$/.exec(id);
const bare = (prefix: string) => prefix.replace(/[-_.\s]+$/, '').toUpperCase();
// "FR-1.2" is a sub-requirement, no number a range counts from; "NFR-P.1" is a plain ID.
const subNumbered = (id: string) => /\d\.\d/.test(id);

/**
 * True when an end's prefix is the start's, or its last groups: "NFR-P" then "P", "NFR-UX-" then
 * "UX-". Another category ("NFR-P1〜S5") or a partial group ("NFR-PERF1~F5") is no range.
 */
function endPrefixFits(startPrefix: string, endPrefix: string): boolean {
  const [start, end] = [bare(startPrefix), bare(endPrefix)];
  if (start === end) return true;
  return end !== '' && /^[A-Z]/.test(end) && (start.endsWith(`-${end}`) || start.endsWith(`_${end}`));
}

// "NFR-I2/I6", "NFR-S1・S2", "NFR-P1、P2": later items of a list written with only the start's
// last groups. A digit alone ("NFR1, 2") is left out: prose numbers follow IDs too often. A
// zero-padded number as wide as the start's ("см. NFR-04, 05", "NFR-007/008") is an item: prose
// numbers are not written so.
const LIST_SEPARATOR = String.raw`\s{0,3}[/／・、,，]\s{0,3}`;
const PADDED_ITEM = String.raw`0\d{1,8}`;
// A number that goes on after a slash or a dash ("09/2025", "09-2025") is a date's first part, not
// an ID's (a dot after it is checked where the item ends: "09.2025").
const DATE_GOES_ON = /^[/／-]\d/;
// An item written flush after the one before it ("/06" in "05/06/2025"): the same date's.
const FLUSH_ITEM = /^[/／-]/;
const MAX_LIST = 20;

const cache = new Map<string, RegExp | null>();
function rangeRegex(settings: IdSettings): RegExp | null {
  const src = idPatternSource(settings);
  let re = cache.get(src);
  if (re === undefined) {
    try {
      // A configured pattern runs on RE2, which has no look-ahead: the ends' "(?!\w|\.\d)" is checked after the match.
      re = settings.pattern
        ? new LinearRegExp(`(${src})${SEPARATOR}(?:(${src})|(${SHORT_END})|(\\d+))`, 'g')
        : new RegExp(`(${src})${SEPARATOR}(?:(${src})|(${SHORT_END})(?!\\w|\\.\\d)|(\\d+)(?!\\w|\\.\\d))`, 'g');
    } catch {
      re = null; // a pattern that cannot stand twice in one expression (a named group): no ranges
    }
    cache.set(src, re);
  }
  return re;
}

const listCache = new Map<string, { list: RegExp; item: RegExp } | null>();
function listRegex(settings: IdSettings): { list: RegExp; item: RegExp } | null {
  const src = idPatternSource(settings);
  let re = listCache.get(src);
  if (re === undefined) {
    try {
      // Without look-ahead (RE2) each item's end is checked after the match, as for ranges.
      const items = `(?:${LIST_SEPARATOR}(?:${SHORT_END}|${PADDED_ITEM})${settings.pattern ? '' : String.raw`(?!\w|\.\d)`}){1,${MAX_LIST}}`;
      re = {
        list: settings.pattern ? new LinearRegExp(`(${src})(${items})`, 'g') : new RegExp(`(${src})(${items})`, 'g'),
        item: new RegExp(`${LIST_SEPARATOR}(${SHORT_END}|${PADDED_ITEM})`, 'g'),
      };
    } catch {
      re = null;
    }
    listCache.set(src, re);
  }
  return re;
}

/**
 * The IDs each list in the text cites with only the start's last groups ("NFR-I2/I6" cites
 * NFR-I6); items written out in full are found as IDs of their own.
 */
export function expandShortLists(text: string, settings: IdSettings, budget: RangeBudget = rangeBudget()): ExpandedId[] {
  const out: ExpandedId[] = [];
  const re = listRegex(settings);
  if (!re) return out;
  for (const m of text.matchAll(re.list)) {
    const start = split(m[1]);
    if (!start || subNumbered(m[1])) continue;
    const itemsAt = (m.index ?? 0) + m[1].length;
    const items: RegExpMatchArray[] = [];
    let listEnd = itemsAt;
    for (const item of m[2].matchAll(re.item)) {
      const endsAt = itemsAt + (item.index ?? 0) + item[0].length;
      // An item that runs on ("P5x", "P5.1") ends the list: it and what follows are no IDs.
      if (/^(?:\w|\.\d)/.test(text.slice(endsAt, endsAt + 2))) break;
      items.push(item);
      listEnd = endsAt;
    }
    // A number the list stops in ("NFR-01, 09/2025", "NFR-01, 05/06/2025", "NFR-01, 09-2025"): its
    // last numbers written flush against it are a date's, no items.
    if (DATE_GOES_ON.test(text.slice(listEnd, listEnd + 2))) {
      while (items.length && /^\d+$/.test(items[items.length - 1][1])) if (!FLUSH_ITEM.test(items.pop()![0])) break;
    }
    for (const item of items) {
      if (/^\d+$/.test(item[1])) {
        // Only as wide as a zero-padded start: "NFR-04, 05", never "NFR-4, 05" nor "NFR-004, 05".
        if (!start[2].startsWith('0') || item[1].length !== start[2].length || item[1] === start[2] || budget.left < 1) continue;
        budget.left--;
        out.push({ id: `${start[1]}${item[1]}`, index: m.index ?? 0, text: m[0] });
        continue;
      }
      const end = split(item[1]);
      if (!end || bare(end[1]) === bare(start[1]) || !endPrefixFits(start[1], end[1]) || budget.left < 1) continue;
      budget.left--;
      out.push({ id: `${start[1]}${end[2]}`, index: m.index ?? 0, text: m[0] });
    }
  }
  return out;
}

/**
 * The IDs each range in the text cites beyond its written-out ends: those strictly inside, and
 * an end written without the start's prefix ("NFR1-4", "NFR-P1〜P5"), which no ID pattern finds.
 */
export function expandRanges(text: string, settings: IdSettings, budget: RangeBudget = rangeBudget()): ExpandedId[] {
  const out: ExpandedId[] = [];
  const re = rangeRegex(settings);
  if (!re) return out;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const [, startId, fullEnd, shortEnd, digitsEnd] = m;
    // The next search starts after this start, not after its end: an end that is no end of this
    // one ("NFR-P1 – NFR-S1~S3": another category) may start a range of its own.
    re.lastIndex = m.index + startId.length;
    const endsAt = (m.index ?? 0) + m[0].length;
    if ((shortEnd || digitsEnd) && re instanceof LinearRegExp && /^(?:\w|\.\d)/.test(text.slice(endsAt, endsAt + 2))) continue;
    const start = split(startId);
    if (!start || subNumbered(startId)) continue;
    const endId = fullEnd ?? shortEnd;
    let endNumber: number;
    if (endId) {
      const end = split(endId);
      if (!end || subNumbered(endId) || !endPrefixFits(start[1], end[1])) continue;
      endNumber = Number(end[2]);
    } else endNumber = Number(digitsEnd);
    const from = Number(start[2]);
    if (!(endNumber > from) || endNumber - from > MAX_SPAN) continue;
    // A bare end ("NFR1-4") is a range only when it is not itself longer than the start (no "NFR1-2024").
    if (digitsEnd && digitsEnd.length > Math.max(start[2].length, 2)) continue;
    // Nor one a date goes on from: "NFR-01 – 09/2025" is a requirement and a month.
    if (digitsEnd && DATE_GOES_ON.test(text.slice(endsAt, endsAt + 2))) continue;
    // Nor one with a unit after it: "NFR-2 to 5 seconds", "NFR-2 ~ 3 s", "NFR-2 a 5 minutos" state a value.
    if (digitsEnd && parseTargets(text.slice(endsAt - digitsEnd.length, endsAt + 24).split('\n')[0]).length) continue;
    // Nor one before a count noun: "NFR-2 through 4 regions", "NFR-2 a 5 usuarios" state how many.
    if (digitsEnd && COUNT_NOUN.test(text.slice(endsAt, endsAt + 40))) continue;
    // The written-out end is found as an ID of its own; a shortened one only here.
    const endFound = fullEnd !== undefined && bare(split(fullEnd)![1]) === bare(start[1]);
    const count = endNumber - from - (endFound ? 1 : 0);
    if (count > budget.left) continue;
    budget.left -= count;
    const width = start[2].startsWith('0') ? start[2].length : 0;
    const last = endFound ? endNumber - 1 : endNumber;
    for (let n = from + 1; n <= last; n++) out.push({ id: `${start[1]}${String(n).padStart(width, '0')}`, index: m.index ?? 0, text: m[0] });
  }
  return out;
}

const BARE_RANGE = new RegExp(String.raw`(?<![\w-])([A-Z]{1,4})(\d{1,3})${SEPARATOR}\1?(\d{1,3})(?![\w.])`, 'g');

/**
 * True when the text opens with a range ranges read ("NFR1-4 …", "NFR-UX-001 to NFR-UX-026"), not
 * with an ID and a value ("NFR1 — 99.9% uptime", "NFR-2 – 5 s search").
 */
export function opensRange(text: string, settings: IdSettings): boolean {
  const re = rangeRegex(settings);
  if (!re) return false;
  const head = text.slice(0, 200);
  re.lastIndex = 0;
  const m = re.exec(head);
  if (!m || m.index !== 0) return false;
  // An end written out ("NFR-1 – NFR-2") is a range even with nothing inside it.
  // The first range is read first, within one range's span: a row of many ranges (its author
  // writes it, and every row is asked) expands no more than that one, and no document budget.
  return m[2] !== undefined || expandRanges(head, settings, { left: MAX_SPAN }).some((r) => r.index === 0);
}

/**
 * "P1–P5": a range of bare IDs; which requirements it means depends on the PRD. Not a task or
 * priority ID ("P0-04", "T1-03"): requirements count from 1, and an end zero-padded wider than its
 * start ("0" then "04") is the second half of one ID, not an end.
 */
export function findBareRanges(text: string): { letters: string; from: number; to: number }[] {
  const out: { letters: string; from: number; to: number }[] = [];
  for (const m of text.matchAll(BARE_RANGE)) {
    const from = Number(m[2]);
    const to = Number(m[3]);
    if (from === 0 || (m[3].startsWith('0') && m[3].length !== m[2].length)) continue;
    if (to > from && to - from <= 100) out.push({ letters: m[1], from, to });
  }
  return out;
}
