import { baseValue } from './targets.js';
import { foldWidth } from './localized-targets.js';
import type { Target } from './types.js';

// "buckets: 50ms–10s", "retries: 1s, 2s, 4s", "timeouts 5s/30s/60s", "p50/p95/p99: 40/120/400 ms":
// a range or a list of values configures something (histogram buckets, a backoff schedule, one
// timeout per tier); no member of it is the design's restated target for a requirement. A value
// written with its bound ("< 2 s", "p95 under 200 ms") is a target whatever stands next to it,
// so only bare values are read here.

// Between two members: a range sign or word, a list separator. Bounded runs: linear on any text.
const SEPARATOR = String.raw`\s{0,2}(?:[-–—~〜/]|,\s{0,2}(?:and\s|or\s)?|\s(?:to|through|bis|à|and|or)\s)\s{0,2}`;
// A unit a list's member may carry ("50ms–", "1s, "), or none ("40/120/400 ms").
const UNIT = String.raw`(?:ms|s|secs?|seconds?|min|mins|minutes?|h|hrs?|hours?|d|days?|%|[kmgt]b)?`;
/** The text before a member ends with another value (not an ID's number, like "NFR1") and a separator. */
const MEMBER_BEFORE = new RegExp(String.raw`(?<![\p{L}\d_.-])\d{1,15}(?:[.,]\d{1,9})?\s{0,2}${UNIT}${SEPARATOR}$`, 'iu');
/** The text after a member: a separator, then (checked by the caller) the next bare value. */
const MEMBER_AFTER = new RegExp(String.raw`^${SEPARATOR}`, 'u');
const MAX_VALUES = 64;

/**
 * The targets of `text` that are members of a range or a list of values, not a target of their
 * own. `targets` are the text's parsed targets; a member is a bare value ("50ms", "10s") with
 * another value of any unit, or a bare number, on its other side of a separator.
 */
export function listedValues(written: string, targets: readonly Target[]): Set<Target> {
  const listed = new Set<Target>();
  if (targets.length === 0) return listed;
  const text = foldWidth(written);
  // Bare: written as a number first, no bound, no percentile before it. A repeated "1s" is found
  // after the last one. The first MAX_VALUES only: a sentence of thousands of values (an author's
  // text) costs a bounded number of passes over it.
  const bare: { t: Target; at: number }[] = [];
  const after = new Map<string, number>();
  for (const t of targets.slice(0, MAX_VALUES)) {
    if (!/^\d/.test(t.text) || !baseValue(t)) continue;
    const at = text.indexOf(t.text, after.get(t.text) ?? 0);
    if (at < 0) continue;
    bare.push({ t, at });
    after.set(t.text, at + t.text.length);
  }
  const starts = new Set(bare.map((x) => x.at));
  for (const { t, at } of bare) {
    const end = at + t.text.length;
    const before = text.slice(Math.max(0, at - 40), at);
    const separator = MEMBER_AFTER.exec(text.slice(end, end + 12))?.[0];
    const nextIsValue = separator !== undefined && starts.has(end + separator.length);
    if (MEMBER_BEFORE.test(before) || nextIsValue) listed.add(t);
  }
  return listed;
}
