import type { Target } from './types.js';

// Minimum versions as targets: "iOS 14+", "Android 8.0 or later", "Node ≥ 20", "PostgreSQL 15+",
// "VSCode 1.75+". The supported platform version is a measurable bound like a latency: an
// architecture that writes "Node 16+ minimum" restates the PRD's "supports Node 16+", and one that
// writes "Node 18+" states another value of it. Only a version marked as a minimum is one: "Node 20
// LTS" names the runtime chosen, not the oldest one supported.

/** The products a minimum version is written for, by the names documents give them. */
const PRODUCTS: [string, string, string][] = [
  // [pattern source, key, name shown]
  ['node(?:\\.?js)?', 'node', 'Node.js'],
  ['python', 'python', 'Python'],
  ['java', 'java', 'Java'],
  ['kotlin', 'kotlin', 'Kotlin'],
  ['swift', 'swift', 'Swift'],
  ['dart', 'dart', 'Dart'],
  ['flutter', 'flutter', 'Flutter'],
  ['php', 'php', 'PHP'],
  ['ruby', 'ruby', 'Ruby'],
  ['go(?:lang)?', 'go', 'Go'],
  ['\\.net', 'dotnet', '.NET'],
  ['typescript', 'typescript', 'TypeScript'],
  ['ipados', 'ipados', 'iPadOS'],
  ['ios', 'ios', 'iOS'],
  ['android', 'android', 'Android'],
  ['mac ?os(?: ?x)?', 'macos', 'macOS'],
  ['windows', 'windows', 'Windows'],
  ['ubuntu', 'ubuntu', 'Ubuntu'],
  ['chrome', 'chrome', 'Chrome'],
  ['chromium', 'chromium', 'Chromium'],
  ['firefox', 'firefox', 'Firefox'],
  ['safari', 'safari', 'Safari'],
  ['edge', 'edge', 'Edge'],
  ['postgres(?:ql)?', 'postgresql', 'PostgreSQL'],
  ['mysql', 'mysql', 'MySQL'],
  ['mariadb', 'mariadb', 'MariaDB'],
  ['redis', 'redis', 'Redis'],
  ['mongodb', 'mongodb', 'MongoDB'],
  ['sqlite', 'sqlite', 'SQLite'],
  ['docker', 'docker', 'Docker'],
  ['kubernetes', 'kubernetes', 'Kubernetes'],
  ['(?:vs ?code|visual studio code)', 'vscode', 'VS Code'],
];

const KEY_OF = new Map<string, { key: string; name: string; re: RegExp }>();
for (const [source, key, name] of PRODUCTS) KEY_OF.set(key, { key, name, re: new RegExp(`^(?:${source})$`, 'i') });
// "Android API 24+", "Android API level 26+": an API level, not a release (API 24 is Android 7.0,
// and Android 14 is API 34): another quantity than "Android 8.0 or later", never the same value.
const ANDROID_API = { key: 'android-api', name: 'Android API level' };
KEY_OF.set(ANDROID_API.key, { ...ANDROID_API, re: /^$/ });
const API_FILLER = /\b(?:api|level)\b/i;

// Words that may stand between the product and its version: "VSCode Extension API 1.75+",
// "Android API level 26+", "Python version 3.11 or later", "Node.js v20+". At most three.
const FILLER = String.raw`(?:[ \t]{1,3}(?:extension|api|level|runtime|sdk|versions?|version:))`;
// Bounded runs only: linear on any text (see targets.ts).
const VERSION = String.raw`v?(?<ver>\d{1,4}(?:\.\d{1,4}){0,2})`;
// What marks a version as the oldest supported, after it ("+", "or later", "ou supérieur",
// "oder höher", "veya üzeri", "以上") or before it ("≥", "at least", "minimum", "mindestens").
const AFTER = String.raw`(?:\+|[ \t]{1,3}(?:or (?:later|higher|newer|above|greater)|and (?:above|later|up|newer|higher)|minimum|min\b|ou (?:supérieure?|plus récente?|ultérieure?|superior|posterior)|o (?:superior|posterior|más reciente)|oder (?:höher|neuer)|veya (?:üzeri|üstü)|и выше|или выше)|[ \t]{0,3}(?:以上|及以上|或更高版本))`;
const BEFORE = String.raw`(?:>=|≥|=>|at least|minimum(?: of)?|min\.?|au moins|mindestens|al menos|pelo menos|en az)`;

const PRODUCT_ALTERNATIVES = PRODUCTS.map(([source]) => source).join('|');
// "Node 16+", "Node.js ≥ 20", "minimum iOS 14", "at least Android 8.0", "PostgreSQL >= 15".
const VERSION_RE = new RegExp(
  String.raw`(?<![\p{L}\d.])(?:(?<pre>${BEFORE})[ \t]{1,3})?(?<product>${PRODUCT_ALTERNATIVES})(?![\p{L}\d])${FILLER}{0,3}[ \t]{0,3}(?:(?<mid>>=|≥|=>)[ \t]{0,3})?${VERSION}(?<after>${AFTER})?(?![\d\p{L}]|\.\d)`,
  'giu',
);
// The cheap test most text fails: a known product's name next to a digit, near enough.
const HINT = new RegExp(String.raw`(?:${PRODUCT_ALTERNATIVES})[^\n]{0,40}\d`, 'i');

const METRIC = 'version:';
const COMMON_WORDS = new Set(['go', 'edge', 'swift', 'dart', 'java', 'windows']);

/** Whether a target is a minimum version ("version:node"). */
export const isVersionTarget = (t: Target): boolean => t.metric.startsWith(METRIC);

/** "1.75" -> 1_075_000: versions compare part by part, so 1.75 is newer than 1.8. */
function encode(version: string): number {
  const [major = 0, minor = 0, patch = 0] = version.split('.').map(Number);
  return major * 1_000_000 + minor * 1_000 + patch;
}

function decode(value: number): string {
  const major = Math.floor(value / 1_000_000);
  const minor = Math.floor(value / 1_000) % 1_000;
  const patch = value % 1_000;
  return patch ? `${major}.${minor}.${patch}` : minor ? `${major}.${minor}` : `${major}`;
}

/** "Node.js ≥ 16": how a finding names a minimum version. */
export function versionText(t: Target): string {
  const key = t.metric.slice(METRIC.length);
  return `${KEY_OF.get(key)?.name ?? key} ≥ ${decode(t.value)}`;
}

/**
 * How the JSON report gives a minimum version: metric "version", the product as its unit, the
 * version as written, and the value that compares (major × 1,000,000 + minor × 1,000 + patch).
 */
export function reportedVersion(t: Target): { metric: string; comparator: Target['comparator']; value: number; unit: string; version: string } {
  const key = t.metric.slice(METRIC.length);
  return { metric: 'version', comparator: t.comparator, value: t.value, unit: KEY_OF.get(key)?.name ?? key, version: decode(t.value) };
}

/** The version in the base unit targets compare by: one family per product, so Node 16 is never Android 16. */
export function versionBase(t: Target): { family: string; value: number } {
  return { family: t.metric, value: t.value };
}

/**
 * The minimum versions a text states, each marked as a minimum before or after its number;
 * `isFree` says whether a span is clear of targets already read, `take` marks one taken.
 */
export function versionTargets(text: string, isFree: (m: RegExpMatchArray) => boolean, take: (m: RegExpMatchArray) => void): Target[] {
  if (!HINT.test(text)) return [];
  const out: Target[] = [];
  for (const m of text.matchAll(VERSION_RE)) {
    const g = m.groups ?? {};
    if (!g.pre && !g.mid && !g.after) continue;
    const product = PRODUCTS.find(([, key]) => KEY_OF.get(key)!.re.test(g.product ?? ''));
    // "go 5+ times", "edge 3+": a product named by an English word is one only capitalised.
    if (!product || (COMMON_WORDS.has(product[1]) && !/^[A-Z]/.test(g.product ?? '')) || !isFree(m)) continue;
    take(m);
    const key = product[1] === 'android' && API_FILLER.test(m[0]) ? ANDROID_API.key : product[1];
    out.push({ metric: `${METRIC}${key}`, comparator: '>=', value: encode(g.ver ?? ''), unit: '', text: m[0].trim() });
  }
  return out;
}
