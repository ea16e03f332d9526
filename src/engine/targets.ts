import type { Target } from './types.js';
import { localizedComparator, localizedRates, localizedTargets, spanIsFree, LOCALIZED_COMPARATOR_WORDS, METRIC_CONTEXT, TIMEOUT_WORDS } from './localized-targets.js';
import { foldWidth, NUMBER, NUMBER_START, parseNumber } from './numbers.js';
import { CasePattern, foldCase } from './case-fold.js';
import { STOP_WORDS } from './terms.js';
import { isVersionTarget, versionBase, versionTargets } from './version-targets.js';
import { wordAlternatives } from './word-boundary.js';

// Measurable targets in requirement text: "p95 < 200 ms", "99.9% uptime", "1,000 RPS",
// "within 2 seconds", "moins de 2 secondes (95e percentile)", "≤ 60 calls per minute".

interface UnitDef {
  unit: string;
  family: 'time' | 'percent' | 'rate' | 'data-rate' | 'size' | 'count' | 'frame-rate';
  factor: number;
}

const UNITS: [RegExp, UnitDef][] = [
  [/^(?:ms|msec|millisecond|milliseconds|millisecondes?|milisaniye)$/i, { unit: 'ms', family: 'time', factor: 1 }],
  [/^(?:s|sec|secs|second|seconds|secondes?|saniye|sn)$/i, { unit: 's', family: 'time', factor: 1000 }],
  [/^(?:min|mins|minute|minutes|dakika|dk)$/i, { unit: 'min', family: 'time', factor: 60_000 }],
  [/^(?:h|hr|hrs|hour|hours|heures?|saat)$/i, { unit: 'h', family: 'time', factor: 3_600_000 }],
  [/^(?:days?|jours?|gün)$/i, { unit: 'd', family: 'time', factor: 86_400_000 }],
  // Years come from localized-targets.ts ("5 años", "5年間"); listed here so they compare with days.
  [/^y$/, { unit: 'y', family: 'time', factor: 31_536_000_000 }],
  [/^(?:%|percent|pourcent)$/i, { unit: '%', family: 'percent', factor: 1 }],
  [/^(?:rps|req\/s|requests?\/s(?:ec)?|requests? per second|qps|tps|transactions? per second|queries per second)$/i, { unit: 'req/s', family: 'rate', factor: 1 }],
  [/^(?:rpm|req\/min|\/min|requests? per minute|calls? per minute|calls?\/min)$/i, { unit: 'req/min', family: 'rate', factor: 1 / 60 }],
  // Per hour and per day: "100 messages/hour", "60 req/h", "5 /hr", "1,000 emails per day". A
  // rate of things, never a time: "100 messages/hour" is no count of messages either.
  [/^(?:\/h(?:ou)?rs?|\/hour|(?:rate )?(?:req|reqs|requests?|msgs?|messages?|calls?|events?|jobs?|emails?|notifications?|transactions?|queries|query|uploads?|orders?|ops|operations?)(?:\/| per )(?:h|hr|hrs|hours?))$/i, { unit: 'req/h', family: 'rate', factor: 1 / 3600 }],
  [/^(?:\/day|(?:req|reqs|requests?|msgs?|messages?|calls?|events?|jobs?|emails?|notifications?|transactions?|queries|query|uploads?|orders?|ops|operations?)(?:\/| per )(?:d|days?))$/i, { unit: 'req/d', family: 'rate', factor: 1 / 86_400 }],
  // "messages/s", "msg/min": the same rates with the thing counted written before the slash.
  [/^(?:msgs?|messages?|events?|jobs?|emails?|notifications?|uploads?|orders?|ops|operations?)(?:\/| per )(?:s|sec|seconds?)$/i, { unit: 'req/s', family: 'rate', factor: 1 }],
  [/^(?:msgs?|messages?|events?|jobs?|emails?|notifications?|uploads?|orders?|ops|operations?)(?:\/| per )(?:min|minutes?)$/i, { unit: 'req/min', family: 'rate', factor: 1 / 60 }],
  // Data rates: "~50 KB/s" over BLE is how fast bytes move, not a size, nor a rate of messages.
  [/^(?:kb\/s|kb\/sec|ko\/s|kbps|kbit\/s)$/i, { unit: 'KB/s', family: 'data-rate', factor: 1 / 1024 }],
  [/^(?:mb\/s|mb\/sec|mo\/s)$/i, { unit: 'MB/s', family: 'data-rate', factor: 1 }],
  [/^(?:mbps|mbit\/s)$/i, { unit: 'Mbps', family: 'data-rate', factor: 1 / 8 }],
  [/^(?:gb\/s|go\/s)$/i, { unit: 'GB/s', family: 'data-rate', factor: 1024 }],
  [/^(?:gbps|gbit\/s)$/i, { unit: 'Gbps', family: 'data-rate', factor: 128 }],
  [/^(?:kb|ko)$/i, { unit: 'KB', family: 'size', factor: 1 / 1024 }],
  [/^(?:mb|mo)$/i, { unit: 'MB', family: 'size', factor: 1 }],
  [/^(?:gb|go)$/i, { unit: 'GB', family: 'size', factor: 1024 }],
  [/^(?:tb|to)$/i, { unit: 'TB', family: 'size', factor: 1024 * 1024 }],
  [/^(?:fps)$/i, { unit: 'fps', family: 'frame-rate', factor: 1 }],
  [/^(?:concurrent users|simultaneous users|users|utilisateurs(?: simultanés)?|kullanıcı|sessions|connections|requests|events|messages)$/i, { unit: '', family: 'count', factor: 1 }],
];

// Rates of counted things come first: "100 messages/hour" is not 100 messages, "50 KB/s" not 50 KB.
const RATE_UNIT_ALTERNATIVES =
  '(?:rate )?(?:req|reqs|requests?|msgs?|messages?|calls?|events?|jobs?|emails?|notifications?|transactions?|queries|query|uploads?|orders?|ops|operations?)(?:/| per )(?:hours?|hrs?|h|days?|d|minutes?|min|seconds?|sec|s)|/hours?|/hrs?|/day|kb/sec|kb/s|ko/s|kbps|kbit/s|mb/sec|mb/s|mo/s|mbps|mbit/s|gb/s|go/s|gbps|gbit/s|';
const UNIT_ALTERNATIVES =
  RATE_UNIT_ALTERNATIVES +
  'milliseconds?|millisecondes?|milisaniye|msec|ms|seconds?|secondes?|secs?|saniye|sn|s|minutes?|mins?|dakika|dk|hours?|heures?|hrs?|h|days?|jours?|gün|%|percent|pourcent|rps|req/s|requests?/sec|requests?/s|requests? per second|requests? per minute|calls? per minute|calls?/min|qps|tps|transactions? per second|queries per second|rpm|req/min|/min|kb|ko|mb|mo|gb|go|tb|fps|concurrent users|simultaneous users|users|utilisateurs simultanés|utilisateurs|kullanıcı|sessions|connections';

const COMPARATOR_WORDS: [RegExp, Target['comparator']][] = [
  [/^(?:<=|≤|=<|at most|no more than|not exceed(?:ing)?|up to|maximum(?: of)?|max\.?|within|au plus|au maximum|jusqu'à|en fazla|maksimum|maximal)$/i, '<='],
  [/^(?:<|less than|below|lower than|under|en moins de|moins de|inférieure? à|sous)$/i, '<'],
  [/^(?:>=|≥|=>|at least|minimum(?: of)?|min\.?|au moins|en az|minimal)$/i, '>='],
  [/^(?:>|more than|greater than|above|over|exceeds?|exceeding|plus de|supérieure? à)$/i, '>'],
];

// A comparator word starts a word: "over" of "failover 30 s", "under" of "thunder", "max" of
// "Climax" compare nothing (word-boundary.ts).
const COMPARATOR_ALTERNATIVES = wordAlternatives([
  ...'<=|≤|=<|>=|≥|=>|<|>|at most|no more than|not exceed(?:ing)?|up to|maximum of|maximum|max\\.?|within|under|less than|below|lower than|at least|minimum of|minimum|more than|greater than|above|over|exceeds?|exceeding|en moins de|moins de|au plus|au maximum|jusqu\'à|inférieure? à|supérieure? à|plus de|au moins|en az|en fazla|sous|maksimum|maximal|minimal'.split('|'),
  ...LOCALIZED_COMPARATOR_WORDS,
]);

// Every pattern here runs on text a pull request's author writes, so each is linear by
// construction: every run of spaces or digits is bounded (WS, NUMBER), and no two runs that can
// match the same characters stand next to each other ("\s*X?\s*" becomes "WS(?:X WS)?"). A
// start position then costs a bounded amount of work, and the whole text a constant times its
// length. (Before, "1", 1,000 spaces, "a" took 3.6 s; 20,000 spaces about five hours.)
// The word after a year ("2025 года", "2024 год", "2026 року"), read as a count's unit otherwise.
const YEAR_WORD = /^(?:год\p{L}{0,2}|рок\p{L}{0,2}|рік|лет|years?|años?|anos?|jahre?n?|anni|anno|yıl\p{L}{0,3}|năm)$/iu;
const WS = String.raw`\s{0,3}`;
const WS1 = String.raw`\s{1,3}`;
// NUMBER (numbers.ts) never starts inside a run of digits and reads at most 15 of them: a 100 KB
// run costs one pass. Never glued to a letter before it either: "K8s" is Kubernetes, not 8 seconds.
// "k", "k+" or "+" after the number, then an optional dash: "10k users", "1,000+ RPS", "5-minute".
const MULTIPLIER_AND_DASH = String.raw`${WS}(?:(?<mult>[kK]\+?|\+)${WS})?(?:-${WS})?`;

const TARGET_RE = new CasePattern(
  String.raw`(?:\b[pP](?<pct1>\d{2}(?:\.\d{1,3})?)\b${WS}(?:(?:latency|response time|of)${WS})?(?:[:=]${WS})?)?` +
    String.raw`(?:(?<cmp>${COMPARATOR_ALTERNATIVES})${WS})?` +
    String.raw`(?<num>${NUMBER})${MULTIPLIER_AND_DASH}(?<unit>${UNIT_ALTERNATIVES})(?![\p{L}\d])` +
    String.raw`(?:${WS}(?:\(${WS})?(?:at |for |at the )?(?:(?<pct2>\d{2})(?:th|e|ème)? percentile|[pP](?<pct3>\d{2})\b))?`,
  'giu',
);

// The part of TARGET_RE every match has (a number and a unit): a cheap test that most text fails.
const NUMBER_WITH_UNIT = new CasePattern(String.raw`\d${MULTIPLIER_AND_DASH.replace('?<mult>', '?:')}(?:${UNIT_ALTERNATIVES})(?![\p{L}\d])`, 'iu');

const PERCENT_OF_REQUESTS = new RegExp(String.raw`(?:for|in|of)${WS1}(\d{2}(?:\.\d{1,3})?)${WS}%${WS1}of${WS1}(?:requests|queries|calls|cases)`, 'i');

function unitOf(raw: string): UnitDef | null {
  const lowered = raw.toLowerCase();
  for (const [re, def] of UNITS) if (re.test(lowered)) return def;
  return null;
}

function comparatorOf(raw: string | undefined): Target['comparator'] | null {
  if (!raw) return null;
  for (const [re, cmp] of COMPARATOR_WORDS) if (re.test(raw.trim())) return cmp;
  return localizedComparator(raw);
}

function metricOf(def: UnitDef, context: string, near: string): string {
  const c = context.toLowerCase();
  // Acronyms are whole words: "Riverpod" holds "rpo", "translation" "sla", "program" "ram".
  switch (def.family) {
    case 'time':
      // Timeouts are read only next to the number: "answers within 2 s; calls time out after 30 s"
      // keeps its latency.
      if (TIMEOUT_WORDS.test(near)) return 'timeout';
      if (METRIC_CONTEXT.recoveryTime.test(c)) return 'recovery-time';
      if (METRIC_CONTEXT.recoveryPoint.test(c)) return 'recovery-point';
      return 'latency';
    case 'percent':
      if (METRIC_CONTEXT.availability.test(c)) return 'availability';
      if (METRIC_CONTEXT.errorRate.test(c) && !METRIC_CONTEXT.success.test(c)) return 'error-rate';
      if (METRIC_CONTEXT.coverage.test(c)) return 'coverage';
      if (METRIC_CONTEXT.accuracy.test(c)) return 'accuracy';
      if (/\bcpu\b/.test(c)) return 'cpu';
      return 'ratio';
    case 'rate':
    case 'data-rate':
      return 'throughput';
    case 'size':
      if (METRIC_CONTEXT.memory.test(c)) return 'memory';
      return 'size';
    case 'frame-rate':
      return 'frame-rate';
    case 'count':
      return 'concurrency';
  }
}

// Targets without a unit of their own: money, multipliers, "zero CVEs", "≥16 bytes", "10 concurrent members".
const CURRENCY_RE = new CasePattern(String.raw`(?:(?<cmp>${COMPARATOR_ALTERNATIVES})${WS})?(?:[$€£]\s?(?<a>${NUMBER})|(?<b>${NUMBER})\s?(?:€|\$|£|USD|EUR|GBP)(?![\p{L}]))`, 'giu');
const MULTIPLIER_RE = new CasePattern(String.raw`(?:(?<cmp>${COMPARATOR_ALTERNATIVES})${WS})?(?<num>${NUMBER_START}\d{1,15}(?:[.,]\d{1,9})?)\s?[x×](?![\p{L}\d])`, 'giu');
// Turkish writes the percent sign first: "%5", "-%10".
const PERCENT_FIRST_RE = new CasePattern(String.raw`(?:(?<cmp>${COMPARATOR_ALTERNATIVES})${WS})?-?%\s?(?<num>\d{1,15}(?:[.,]\d{1,9})?)`, 'giu');
// "Sharpe ≥ 0.5": a symbol comparison is measurable even without a unit.
const BARE_COMPARISON_RE = new RegExp(String.raw`(?<cmp><=|≤|>=|≥|<|>)${WS}(?<num>${NUMBER})(?![\d%])`, 'gu');
const ZERO_RE = new CasePattern(String.raw`\b(?:zero|0)${WS1}(?:(?:known|unpatched|direct)${WS1}){0,3}(?<unit>[\p{L}][\p{L}-]{2,40})`, 'giu');
const COUNTED_RE = new CasePattern(String.raw`(?:(?<cmp>${COMPARATOR_ALTERNATIVES})${WS}(?<num>${NUMBER})${WS}(?<unit>[\p{L}][\p{L}-]{2,40})|(?<num2>${NUMBER})${WS1}(?:concurrent|simultaneous|simultanés?|parallel)${WS1}(?<unit2>[\p{L}][\p{L}-]{2,40}))`, 'giu');

// A coverage gate written as the test runner's setting: "--cov-fail-under=90", "fail_under = 90"
// (pytest-cov, coverage.py), "--min-coverage 80": the coverage target restated.
const COVERAGE_GATE_RE = /(?:fail[-_]under|min[-_]coverage)[ \t]{0,3}[=:]?[ \t]{0,3}(?<num>\d{1,3}(?:\.\d{1,3})?)(?![\d%])/gi;

const COUNTED_HINT = new CasePattern(String.raw`(?:${COMPARATOR_ALTERNATIVES})${WS}\d|\d${WS1}(?:concurrent|simultaneous|simultan|parallel)`, 'iu');

/** The word a bare value is written after ("cost factor ≥10" -> "factor", "Sharpe ≥ 0.5" -> "sharpe"): what it measures. */
const QUANTITY_BEFORE = /(\p{L}{3,})[\s(]{0,3}$/u;
function quantityBefore(text: string, at: number): string | undefined {
  const word = QUANTITY_BEFORE.exec(text.slice(Math.max(0, at - 40), at))?.[1].toLowerCase();
  // "avec ≥ 3", "when > 5": a function word names no quantity.
  return word && !STOP_WORDS.has(word) && !QUANTITY_STOP.has(word) ? word : undefined;
}
const QUANTITY_STOP = new Set(['quand', 'lorsque', 'wenn', 'cuando', 'quando', 'if', 'est', 'sont', 'is', 'are', 'be', 'less', 'more', 'than', 'que', 'als']);

function extraTargets(text: string, folded: string | null, taken: Uint8Array): Target[] {
  const out: Target[] = [];
  const push = (m: RegExpMatchArray, t: Omit<Target, 'text'>) => {
    if (!spanIsFree(taken, m)) return;
    taken.fill(1, m.index ?? 0, (m.index ?? 0) + m[0].length);
    out.push({ ...t, text: m[0].trim() });
  };
  // Each pattern runs only on text with the one thing all its matches have.
  const has = (re: RegExp | CasePattern) => (re instanceof CasePattern ? re.test(text, folded) : re.test(text));
  if (has(/[$€£]|USD|EUR|GBP/i)) for (const m of CURRENCY_RE.matchAll(text, folded)) push(m, { metric: 'cost', comparator: comparatorOf(m.groups?.cmp) ?? '<=', value: parseNumber(m.groups?.a ?? m.groups?.b ?? ''), unit: /€|EUR/i.test(m[0]) ? 'EUR' : /£|GBP/i.test(m[0]) ? 'GBP' : 'USD' });
  if (has(/\d\s?[x×]/i)) for (const m of MULTIPLIER_RE.matchAll(text, folded)) push(m, { metric: 'multiplier', comparator: comparatorOf(m.groups?.cmp) ?? '>=', value: parseNumber(m.groups?.num ?? ''), unit: 'x' });
  if (has(/%\s?\d/)) for (const m of PERCENT_FIRST_RE.matchAll(text, folded)) push(m, { metric: 'ratio', comparator: comparatorOf(m.groups?.cmp) ?? '=', value: parseNumber(m.groups?.num ?? ''), unit: '%' });
  if (has(/[<>≤≥]/)) {
    for (const m of text.matchAll(BARE_COMPARISON_RE)) {
      const quantity = quantityBefore(text, m.index ?? 0);
      push(m, { metric: 'value', comparator: comparatorOf(m.groups?.cmp) ?? '=', value: parseNumber(m.groups?.num ?? ''), unit: '', ...(quantity ? { quantity } : {}) });
    }
  }
  if (has(/fail[-_]under|min[-_]coverage/i)) for (const m of text.matchAll(COVERAGE_GATE_RE)) push(m, { metric: 'coverage', comparator: '>=', value: parseNumber(m.groups?.num ?? ''), unit: '%' });
  if (has(/zero|0/i)) for (const m of ZERO_RE.matchAll(text, folded)) push(m, { metric: 'count', comparator: '=', value: 0, unit: (m.groups?.unit ?? '').toLowerCase() });
  for (const m of has(COUNTED_HINT) ? COUNTED_RE.matchAll(text, folded) : []) {
    const g = m.groups ?? {};
    // A year with its year word is a date: "до 2025 года" (until 2025), "за 2024 год", no count.
    if (YEAR_WORD.test(g.unit ?? g.unit2 ?? '') && /^(?:19|2[01])\d\d$/.test(g.num ?? g.num2 ?? '')) continue;
    push(m, { metric: g.unit2 ? 'concurrency' : 'count', comparator: comparatorOf(g.cmp) ?? '=', value: parseNumber(g.num ?? g.num2 ?? ''), unit: (g.unit ?? g.unit2 ?? '').toLowerCase() });
  }
  return out.filter((t) => Number.isFinite(t.value));
}

/**
 * Every measurable target in a requirement's text, in order of appearance. `fold: false` runs the
 * i-flag patterns themselves: the reading the folded one is tested against.
 */
/**
 * How many targets of one requirement, and of one place, are compared with each other. Every
 * comparison reads a target against all the others of its line (its clause, its metric), so a
 * pull request writing a thousand targets in one NFR and one paragraph (5 KB) made the check take
 * minutes. Real requirements state a few, real places a few dozen at most; past these only the
 * first are compared: fewer restatements found, never more.
 */
export const MAX_REQUIREMENT_TARGETS = 16;
export const MAX_PLACE_TARGETS = 48;

/** The targets of a place that are compared with a requirement's (the first MAX_PLACE_TARGETS). */
export const placeTargets = (text: string): Target[] => parseTargets(text).slice(0, MAX_PLACE_TARGETS);

export function parseTargets(written: string, fold = true): Target[] {
  const text = foldWidth(written);
  // Every target pattern needs a digit or "zero": most prose has neither, and is done at once.
  if (!/\d|zero/i.test(text)) return [];
  const targets: Target[] = [];
  const taken = new Uint8Array(text.length);
  // The i-flag patterns run without it on the case-folded text (see case-fold.ts): same matches.
  const folded = fold ? foldCase(text) : null;
  const requestShare = PERCENT_OF_REQUESTS.exec(text);
  for (const m of NUMBER_WITH_UNIT.test(text, folded) ? TARGET_RE.matchAll(text, folded) : []) {
    const g = m.groups ?? {};
    const def = unitOf(g.unit ?? '');
    if (!def) continue;
    let value = parseNumber(g.num ?? '');
    if (!Number.isFinite(value)) continue;
    if (g.mult && /k/i.test(g.mult)) value *= 1000;
    const start = m.index ?? 0;
    // "$0.526/hour", "> $10/day": a price per hour is a cost (CURRENCY_RE's), not a rate.
    if (g.unit?.startsWith('/') && /[$€£]\s?$/.test(text.slice(Math.max(0, start - 2), start + m[0].indexOf(g.num ?? '')))) continue;
    // Bare counts ("6 tables", "3 users") are targets only with a comparator or a "k".
    let cmp = comparatorOf(g.cmp) ?? (g.mult?.includes('+') ? '>=' : null);
    if (def.family === 'count' && !cmp && !g.mult) continue;
    // "95% of requests" is a percentile, not a target of its own.
    if (requestShare && def.family === 'percent' && requestShare[0].includes(m[0].trim())) continue;
    const context = text.slice(Math.max(0, start - 60), start + m[0].length + 30);
    const metric = metricOf(def, context, text.slice(Math.max(0, start - 30), start + m[0].length + 15));
    if (!cmp) cmp = def.family === 'time' ? '<=' : metric === 'availability' || metric === 'accuracy' || metric === 'coverage' ? '>=' : '=';
    const pctRaw = g.pct1 ?? g.pct2 ?? g.pct3 ?? (def.family === 'time' ? requestShare?.[1] : undefined);
    const target: Target = { metric, comparator: cmp, value, unit: def.unit, text: m[0].trim() };
    if (pctRaw) target.percentile = Number(pctRaw);
    targets.push(target);
    taken.fill(1, start, start + m[0].length);
  }
  // "Node ≥ 20" is a minimum version, not a bare value of "node".
  const versions = versionTargets(text, (m) => spanIsFree(taken, m), (m) => taken.fill(1, m.index ?? 0, (m.index ?? 0) + m[0].length));
  // Rates in words first: "100 solicitudes por segundo" is not a count of 100.
  const rates = localizedRates(text, taken, folded);
  return [...targets, ...versions, ...rates, ...localizedTargets(text, taken, folded), ...extraTargets(text, folded, taken)];
}

/** A value in the unit family's base unit (ms for time, MB for size), to compare targets written in different units. */
export function baseValue(target: Target): { family: string; value: number } | null {
  if (isVersionTarget(target)) return versionBase(target);
  // Money compares within its currency: "<500€/mois" restates "Budget total <500€/mois".
  if (target.metric === 'cost' && /^(?:EUR|USD|GBP)$/.test(target.unit)) return { family: target.unit, value: target.value };
  const def = unitOf(target.unit === '' ? 'users' : target.unit === 'req/s' ? 'rps' : target.unit === 'req/min' ? 'rpm' : target.unit);
  if (!def) return null;
  return { family: def.family, value: target.value * def.factor };
}

// Bounded runs, as above: linear on any text.
const STANDARDS =
  /\b(?:WCAG(?:\s{0,3}\d(?:\.\d)?)?(?:\s{0,3}(?:AAA|AA|A)\b)?|ISO[/ ]?(?:IEC\s{0,3})?\d{4,5}(?:-\d{1,4})?|OWASP(?:\s{1,3}(?:ASVS|Top\s{0,3}10|MASVS))?|GDPR|RGPD|KVKK|CCPA|COPPA|HIPAA|SOC\s{0,3}2|PCI[- ]DSS|FIPS\s{0,3}140(?:-\d)?|TLS(?:\s{0,3}1\.[0-3])?|HTTPS|OAuth\s{0,3}2(?:\.\d)?|OpenID Connect|SAML\s{0,3}2(?:\.0)?|AES-?\s?256|NIST(?:\s{1,3}SP\s{0,3}[\d-]{1,20})?|Section\s{1,3}508|EN\s{0,3}301\s{0,3}549|RFC\s{0,3}\d{3,5}|(?:Node(?:\.js)?|Python|Java|iOS|Android|Chrome|Firefox|Safari|Edge|PHP|Go|\.NET)\s{0,3}(?:version\s{0,3})?\d{1,4}(?:\.\d{1,4}){0,3}\+?|version\s{0,3}\d{1,4}(?:\.\d{1,4}){0,3}\+)/gi;

export function parseStandards(text: string): string[] {
  return [...new Set([...text.matchAll(STANDARDS)].map((m) => m[0].replace(/\s+/g, ' ').trim()))];
}
