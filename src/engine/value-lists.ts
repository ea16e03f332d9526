import { baseValue } from './targets.js';
import { sameQuantity, sameValue } from './target-compare.js';
import { foldWidth } from './numbers.js';
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

// "Node 1+, Node 2+, … Node 99+", "< 1 s < 2 s < 3 s", "less than 1 second, 2 seconds, 3 seconds":
// a run of values of one quantity, one after another with nothing but separators between them,
// states no one of them. Were a member of it a restated target, a line listing every value would
// restate whatever an NFR asks (and make it implied) without saying which the design meets.

/** What may stand between two members of a run: separators and a list's joining word, no word of its own, no bracket. */
const RUN_GAP = /^[\s,;、，/~–—-]{0,6}(?:(?:and|or|und|oder|et|ou|y|o|e|to|bis|à|a|ve|veya|и|или|和|或|及|、)[\s,;、，/~–—-]{0,6})?$/iu;
/** Between two cells of a table row: each value has its column ("| <100ms | <500ms | <1000ms |" under p50, p95, p99). */
const CELL_GAP = /^\s{0,3}\|\s{0,3}$/;
/** How many other values of the quantity make a run a list: in a line, two; across a table row's cells, whose columns may each name one, four. */
const RUN_OTHERS = 2;
const ROW_OTHERS = 4;
const MAX_GAP = 12;
/** Where each target of a text stands, in order (the first MAX_VALUES): found once per list of targets. */
const spans = new WeakMap<readonly Target[], { t: Target; at: number; end: number }[]>();

function spansOf(text: string, targets: readonly Target[]): { t: Target; at: number; end: number }[] {
  let found = spans.get(targets);
  if (found) return found;
  found = [];
  const after = new Map<string, number>();
  for (const t of targets.slice(0, MAX_VALUES)) {
    const at = text.indexOf(t.text, after.get(t.text) ?? 0);
    if (at < 0) continue;
    after.set(t.text, at + t.text.length);
    found.push({ t, at, end: at + t.text.length });
  }
  found.sort((a, b) => a.at - b.at);
  spans.set(targets, found);
  return found;
}

/**
 * Whether `target` stands in a run of values of its quantity in `text` (whose parsed targets are
 * `targets`) beside other values of it that are not the requirement's own (`ours` tells): at least
 * two in a line, four across a table row's cells. Then the text lists values, and restates none of
 * them. Two values side by side ("< 200 ms, < 500 ms under load") may still be a target and its
 * exception, three cells of a row a p50, a p95 and a p99.
 */
export function inValueRun(text: string, target: Target, targets: readonly Target[], ours: (x: Target) => boolean): boolean {
  if (targets.length < RUN_OTHERS + 1) return false;
  const all = spansOf(text, targets);
  const i = all.findIndex((s) => s.t === target);
  if (i < 0) return false;
  // How two members are joined: in a line, across cells, or not at all.
  const joint = (a: number, b: number): 'line' | 'cell' | null => {
    if (all[b].at - all[a].end > MAX_GAP) return null;
    const gap = text.slice(all[a].end, all[b].at);
    return RUN_GAP.test(gap) ? 'line' : CELL_GAP.test(gap) ? 'cell' : null;
  };
  const other = (x: Target) => x !== target && sameQuantity({ ...target, comparator: x.comparator }, x) && !sameValue(target, x) && !ours(x);
  const count = (step: -1 | 1) => {
    let line = 0;
    let cells = 0;
    let inLine = true;
    for (let j = i; j + step >= 0 && j + step < all.length && line + cells < ROW_OTHERS; j += step) {
      const how = step < 0 ? joint(j - 1, j) : joint(j, j + 1);
      if (!how) break;
      if (how === 'cell') inLine = false;
      if (other(all[j + step].t)) {
        if (inLine) line++;
        else cells++;
      }
    }
    return { line, cells };
  };
  const [before, after] = [count(-1), count(1)];
  return before.line + after.line >= RUN_OTHERS || before.line + before.cells + after.line + after.cells >= ROW_OTHERS;
}
