import { baseValue } from './targets.js';
import type { Target } from './types.js';
import { isVersionTarget, versionText } from './version-targets.js';

// Whether two parsed targets speak of the same quantity, and with the same value: shared by
// coverage (implied, mismatches) and the ranking of places to cite.

const direction = (c: Target['comparator']) => (c === '<' || c === '<=' ? 'max' : c === '>' || c === '>=' ? 'min' : 'eq');

/** Same quantity: same metric, same kind of bound, same percentile (or none given on one side). */
export function sameQuantity(a: Target, b: Target): boolean {
  if (a.metric !== b.metric || ['count', 'value', 'ratio', 'multiplier', 'concurrency'].includes(a.metric)) return false;
  if (direction(a.comparator) !== direction(b.comparator)) return false;
  if (a.percentile !== undefined && b.percentile !== undefined && a.percentile !== b.percentile) return false;
  const va = baseValue(a);
  const vb = baseValue(b);
  return !!va && !!vb && va.family === vb.family;
}

/** The same value in base units; a target with no base value (a bare count) equals nothing. */
export function sameValue(a: Target, b: Target): boolean {
  const va = baseValue(a);
  const vb = baseValue(b);
  return !!va && !!vb && va.value === vb.value;
}

/**
 * The target restated: the same quantity with the same value, or the same sum of the same
 * currency ("<500€/mois" in the PRD, "< 500 € par mois" in the design). A sum has no unit family to
 * compare, so it only restates: a different sum may be a part of the budget, not another value of it.
 * A value stated bare ("60 req/min") restates a bound with that value ("≤ 60 calls per minute"):
 * the design states what it does, the PRD what it allows.
 */
export function restatesTarget(t: Target, x: Target): boolean {
  const bounds = direction(t.comparator) === direction(x.comparator) || t.comparator === '=' || x.comparator === '=';
  if (t.metric === 'cost' && x.metric === 'cost') return bounds && t.unit === x.unit && t.value === x.value;
  // A bare value restates one written after the same word: "bcrypt (cost factor ≥10)" restates
  // "cost factor ≥ 10"; a "≥ 10" after another word is another quantity's.
  if (t.metric === 'value' && x.metric === 'value') return bounds && t.value === x.value && t.quantity !== undefined && t.quantity === x.quantity;
  if (!bounds) return false;
  return sameQuantity({ ...t, comparator: x.comparator }, x) && sameValue(t, x);
}

/**
 * A percentage read bare (no metric word archgate knows beside it: "99.9% citizen, 99.95% submission
 * API" is a ratio) with exactly the value of the requirement's own percentage target: the place
 * names the requirement's own number, if not its metric. Not a restatement for ranking (a bare
 * "99.9%" may be any quantity), but what a place citing that requirement says of it.
 */
export function carriesOwnPercentage(t: Target, x: Target): boolean {
  return x.metric === 'ratio' && x.unit === '%' && t.unit === '%' && t.value === x.value;
}

/** The same quantity and value whatever the bound: a risk "latency > 5 s" speaks of a "< 5 s" target. */
export const sameMeasure = (a: Target, b: Target): boolean => sameQuantity({ ...a, comparator: b.comparator }, b) && sameValue(a, b);

/** "p95 < 200 ms", "≥ 99.9%": how a finding names a target. */
export function targetText(t: Target): string {
  if (isVersionTarget(t)) return versionText(t);
  return `${t.percentile ? `p${t.percentile} ` : ''}${t.comparator} ${t.value}${t.unit === '%' ? '%' : t.unit ? ` ${t.unit}` : ''}`;
}

/** The percentiles a text names ("p50", "95th percentile"), read once per text by its callers. */
export function percentilesIn(text: string): number[] {
  return [...text.matchAll(/\bp(\d{2})\b|(\d{2})(?:th|e) percentile/gi)].map((m) => Number(m[1] ?? m[2]));
}

/**
 * "API latency P50 < 100 ms" read for a p95 < 100 ms target: the text names another percentile,
 * so its number is another quantity, whatever the parser attached it to.
 */
export function namesOtherPercentile(t: Target, named: readonly number[]): boolean {
  return t.percentile !== undefined && named.some((p) => p !== t.percentile);
}

// Metrics where one direction is plainly better: a lower latency, a higher availability. A
// timeout, a size or a bare ratio has no better side, so none of them is ever "stricter".
const LOWER_IS_BETTER = new Set(['latency', 'recovery-time', 'recovery-point', 'error-rate', 'memory', 'cpu']);
const HIGHER_IS_BETTER = new Set(['availability', 'accuracy', 'coverage', 'throughput', 'frame-rate']);

/**
 * The architecture bounds the same quantity more tightly than the PRD, on the side the metric is
 * better on: "< 2 s" for the PRD's "< 3 s", "≥ 99.95%" for "≥ 99.9%". Such a design meets the
 * requirement; only the numbers differ.
 */
export function stricterThan(prd: Target, arch: Target): boolean {
  const d = direction(arch.comparator);
  if (d !== direction(prd.comparator) || prd.metric !== arch.metric) return false;
  const better = LOWER_IS_BETTER.has(arch.metric) ? 'max' : HIGHER_IS_BETTER.has(arch.metric) ? 'min' : null;
  if (d !== better) return false;
  const a = baseValue(arch);
  const p = baseValue(prd);
  if (!a || !p || a.family !== p.family || a.value === p.value) return false;
  return d === 'max' ? a.value < p.value : a.value > p.value;
}

/**
 * The architecture's bound meets the PRD's: stricter on the metric's better side, of the same
 * order (within ten times: a "16 ms" frame budget is no answer to a "1 s" response) and at the same
 * percentile or with none named on one side. "p95 under 150 ms" meets "within 500 ms at p95".
 */
export function tightensTarget(prd: Target, arch: Target): boolean {
  if (!stricterThan(prd, arch)) return false;
  if (prd.percentile !== undefined && arch.percentile !== undefined && prd.percentile !== arch.percentile) return false;
  const a = baseValue(arch);
  const p = baseValue(prd);
  return !!a && !!p && Math.max(a.value, p.value) <= 10 * Math.min(a.value, p.value);
}

/**
 * Where two definitions of one requirement disagree (a summary table's "p95 < 200 ms" and the
 * detailed text's "p95 < 2 s"): each target of `later` whose quantity `first` states too, with the
 * same percentile or none in both, when no value of that quantity is in both. "< 200 ms" and
 * "< 200 ms for search, < 2 s for export" agree: the detail adds an operation.
 */
export function conflictingTargets(first: readonly Target[], later: readonly Target[]): { first: Target; later: Target }[] {
  const same = (a: Target, b: Target) => a.percentile === b.percentile && sameQuantity(a, b);
  // The first's targets the later restates: found once, so this reads each pair of targets twice at most.
  const agreed = new Set(first.filter((t) => later.some((y) => same(y, t) && sameValue(y, t))));
  const out: { first: Target; later: Target }[] = [];
  for (const x of later) {
    const stated = first.filter((t) => same(t, x));
    if (stated.length && !stated.some((t) => agreed.has(t))) out.push({ first: stated[0], later: x });
  }
  return out;
}
