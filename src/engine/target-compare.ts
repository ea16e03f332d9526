import { baseValue } from './targets.js';
import type { Target } from './types.js';

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

export const sameValue = (a: Target, b: Target): boolean => baseValue(a)?.value === baseValue(b)?.value;

/** "p95 < 200 ms", "≥ 99.9%": how a finding names a target. */
export function targetText(t: Target): string {
  return `${t.percentile ? `p${t.percentile} ` : ''}${t.comparator} ${t.value}${t.unit === '%' ? '%' : t.unit ? ` ${t.unit}` : ''}`;
}

/**
 * "API latency P50 < 100 ms" read for a p95 < 100 ms target: the text names another percentile,
 * so its number is another quantity, whatever the parser attached it to.
 */
export function namesOtherPercentile(t: Target, text: string): boolean {
  if (t.percentile === undefined) return false;
  for (const m of text.matchAll(/\bp(\d{2})\b|(\d{2})(?:th|e) percentile/gi)) if (Number(m[1] ?? m[2]) !== t.percentile) return true;
  return false;
}
