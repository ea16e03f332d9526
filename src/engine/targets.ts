import type { Target } from './types.js';

// Measurable targets in requirement text: "p95 < 200 ms", "99.9% uptime", "1,000 RPS",
// "within 2 seconds", "moins de 2 secondes (95e percentile)", "≤ 60 calls per minute".

interface UnitDef {
  unit: string;
  family: 'time' | 'percent' | 'rate' | 'size' | 'count' | 'frame-rate';
  factor: number;
}

const UNITS: [RegExp, UnitDef][] = [
  [/^(?:ms|msec|millisecond|milliseconds|millisecondes?|milisaniye)$/i, { unit: 'ms', family: 'time', factor: 1 }],
  [/^(?:s|sec|secs|second|seconds|secondes?|saniye|sn)$/i, { unit: 's', family: 'time', factor: 1000 }],
  [/^(?:min|mins|minute|minutes|dakika|dk)$/i, { unit: 'min', family: 'time', factor: 60_000 }],
  [/^(?:h|hr|hrs|hour|hours|heures?|saat)$/i, { unit: 'h', family: 'time', factor: 3_600_000 }],
  [/^(?:days?|jours?|gün)$/i, { unit: 'd', family: 'time', factor: 86_400_000 }],
  [/^(?:%|percent|pourcent)$/i, { unit: '%', family: 'percent', factor: 1 }],
  [/^(?:rps|req\/s|requests?\/s(?:ec)?|requests? per second|qps|tps|transactions? per second|queries per second)$/i, { unit: 'req/s', family: 'rate', factor: 1 }],
  [/^(?:rpm|req\/min|requests? per minute|calls? per minute|calls?\/min)$/i, { unit: 'req/min', family: 'rate', factor: 1 }],
  [/^(?:kb|ko)$/i, { unit: 'KB', family: 'size', factor: 1 / 1024 }],
  [/^(?:mb|mo)$/i, { unit: 'MB', family: 'size', factor: 1 }],
  [/^(?:gb|go)$/i, { unit: 'GB', family: 'size', factor: 1024 }],
  [/^(?:tb|to)$/i, { unit: 'TB', family: 'size', factor: 1024 * 1024 }],
  [/^(?:fps)$/i, { unit: 'fps', family: 'frame-rate', factor: 1 }],
  [/^(?:concurrent users|simultaneous users|users|utilisateurs(?: simultanés)?|kullanıcı|sessions|connections|requests|events|messages)$/i, { unit: '', family: 'count', factor: 1 }],
];

const UNIT_ALTERNATIVES =
  'milliseconds?|millisecondes?|milisaniye|msec|ms|seconds?|secondes?|secs?|saniye|sn|s|minutes?|mins?|dakika|dk|hours?|heures?|hrs?|h|days?|jours?|gün|%|percent|pourcent|rps|req/s|requests?/sec|requests?/s|requests? per second|requests? per minute|calls? per minute|calls?/min|qps|tps|transactions? per second|queries per second|rpm|req/min|kb|ko|mb|mo|gb|go|tb|fps|concurrent users|simultaneous users|users|utilisateurs simultanés|utilisateurs|kullanıcı|sessions|connections';

const COMPARATOR_WORDS: [RegExp, Target['comparator']][] = [
  [/^(?:<=|≤|=<|at most|no more than|not exceed(?:ing)?|up to|maximum(?: of)?|max\.?|within|under|en moins de|moins de|au plus|au maximum|jusqu'à|en az|en fazla)$/i, '<='],
  [/^(?:<|less than|below|lower than|inférieure? à|sous)$/i, '<'],
  [/^(?:>=|≥|=>|at least|minimum(?: of)?|min\.?|au moins|en az)$/i, '>='],
  [/^(?:>|more than|greater than|above|over|exceeds?|exceeding|plus de|supérieure? à)$/i, '>'],
];

const COMPARATOR_ALTERNATIVES =
  '<=|≤|=<|>=|≥|=>|<|>|at most|no more than|not exceed(?:ing)?|up to|maximum of|maximum|max\\.?|within|under|less than|below|lower than|at least|minimum of|minimum|more than|greater than|above|over|exceeds?|exceeding|en moins de|moins de|au plus|au maximum|jusqu\'à|inférieure? à|supérieure? à|plus de|au moins|en az|en fazla';

const NUMBER = String.raw`\d{1,3}(?:[,\u202f ]\d{3})+(?:\.\d+)?|\d+(?:[.,]\d+)?`;

const TARGET_RE = new RegExp(
  String.raw`(?:\b[pP](?<pct1>\d{2}(?:\.\d+)?)\b\s*(?:latency|response time|of)?\s*[:=]?\s*)?` +
    String.raw`(?:(?<cmp>${COMPARATOR_ALTERNATIVES})\s*)?` +
    String.raw`(?<num>${NUMBER})\s*(?<mult>[kK]\+?|\+)?\s*(?<unit>${UNIT_ALTERNATIVES})(?![\p{L}\d])` +
    String.raw`(?:\s*\(?\s*(?:at |for |at the )?(?:(?<pct2>\d{2})(?:th|e|ème)? percentile|[pP](?<pct3>\d{2})\b))?`,
  'giu',
);

const PERCENT_OF_REQUESTS = /(?:for|in|of)\s+(\d{2}(?:\.\d+)?)\s*%\s+of\s+(?:requests|queries|calls|cases)/i;

function parseNumber(raw: string): number {
  const compact = raw.replace(/[\u202f ]/g, '');
  // "1,000" is a thousands separator; "1,5" is a decimal comma (French texts).
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(compact)) return Number(compact.replace(/,/g, ''));
  return Number(compact.replace(',', '.'));
}

function unitOf(raw: string): UnitDef | null {
  const lowered = raw.toLowerCase();
  for (const [re, def] of UNITS) if (re.test(lowered)) return def;
  return null;
}

function comparatorOf(raw: string | undefined): Target['comparator'] | null {
  if (!raw) return null;
  for (const [re, cmp] of COMPARATOR_WORDS) if (re.test(raw.trim())) return cmp;
  return null;
}

function metricOf(def: UnitDef, context: string): string {
  const c = context.toLowerCase();
  switch (def.family) {
    case 'time':
      if (/recover|rto|restore|failover/.test(c)) return 'recovery-time';
      if (/rpo|data loss/.test(c)) return 'recovery-point';
      return 'latency';
    case 'percent':
      if (/uptime|availab|disponibilit|sla|erişilebilir/.test(c)) return 'availability';
      if (/error|failure|erreur|hata/.test(c)) return 'error-rate';
      if (/coverage|couverture/.test(c)) return 'coverage';
      if (/accura|précision|precision|doğruluk/.test(c)) return 'accuracy';
      if (/cpu/.test(c)) return 'cpu';
      return 'ratio';
    case 'rate':
      return 'throughput';
    case 'size':
      if (/memory|ram|heap|mémoire|bellek/.test(c)) return 'memory';
      if (/bundle|download|payload|file|fichier/.test(c)) return 'size';
      return 'size';
    case 'frame-rate':
      return 'frame-rate';
    case 'count':
      return 'concurrency';
  }
}

/** Every measurable target in a requirement's text, in order of appearance. */
export function parseTargets(text: string): Target[] {
  const targets: Target[] = [];
  const requestShare = PERCENT_OF_REQUESTS.exec(text);
  for (const m of text.matchAll(TARGET_RE)) {
    const g = m.groups ?? {};
    const def = unitOf(g.unit ?? '');
    if (!def) continue;
    let value = parseNumber(g.num ?? '');
    if (!Number.isFinite(value)) continue;
    if (g.mult && /k/i.test(g.mult)) value *= 1000;
    // Bare counts ("6 tables", "3 users") are targets only with a comparator or a "k".
    let cmp = comparatorOf(g.cmp);
    if (def.family === 'count' && !cmp && !g.mult) continue;
    // "95% of requests" is a percentile, not a target of its own.
    if (requestShare && def.family === 'percent' && requestShare[0].includes(m[0].trim())) continue;
    const start = m.index ?? 0;
    const context = text.slice(Math.max(0, start - 60), start + m[0].length + 30);
    const metric = metricOf(def, context);
    if (!cmp) cmp = def.family === 'time' ? '<=' : metric === 'availability' || metric === 'accuracy' || metric === 'coverage' ? '>=' : '=';
    const pctRaw = g.pct1 ?? g.pct2 ?? g.pct3 ?? (def.family === 'time' ? requestShare?.[1] : undefined);
    const target: Target = { metric, comparator: cmp, value, unit: def.unit, text: m[0].trim() };
    if (pctRaw) target.percentile = Number(pctRaw);
    targets.push(target);
  }
  return targets;
}

/** A value in the unit family's base unit (ms for time, MB for size), to compare targets written in different units. */
export function baseValue(target: Target): { family: string; value: number } | null {
  const def = unitOf(target.unit === '' ? 'users' : target.unit === 'req/s' ? 'rps' : target.unit === 'req/min' ? 'rpm' : target.unit);
  if (!def) return null;
  return { family: def.family, value: target.value * def.factor };
}

const STANDARDS =
  /\b(?:WCAG\s*\d(?:\.\d)?(?:\s*(?:AAA|AA|A)\b)?|ISO[/ ]?(?:IEC\s*)?\d{4,5}(?:-\d+)?|OWASP(?:\s+(?:ASVS|Top\s*10|MASVS))?|GDPR|RGPD|KVKK|CCPA|COPPA|HIPAA|SOC\s*2|PCI[- ]DSS|FIPS\s*140(?:-\d)?|TLS\s*1\.[0-3]|AES-?\s?256|NIST(?:\s+SP\s*[\d-]+)?|Section\s+508|EN\s*301\s*549|RFC\s*\d{3,5})/gi;

export function parseStandards(text: string): string[] {
  return [...new Set([...text.matchAll(STANDARDS)].map((m) => m[0].replace(/\s+/g, ' ').trim()))];
}
