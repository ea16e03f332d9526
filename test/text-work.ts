import { RegExpParser, type AST } from '@eslint-community/regexpp';

// Counting the work of regular expressions, without a clock.
//
// V8's irregexp is a backtracking engine and exposes no step count, so while `countWork` runs,
// every RegExp#exec (which test, match, matchAll, replace and split all go through) is first
// replayed on a plain backtracking matcher written here, which counts what such an engine does:
// each start position tried, each character compared, each way back taken. Then the native exec
// gives the real answer. V8 adds optimisations on top (first-character filters, Boyer-Moore), but
// none of them turns a super-linear pattern linear, so a pattern whose count grows like the input
// is linear in V8 too, and one whose count grows as the square or the cube is exactly the kind
// that hangs a CI job. Past `limit` steps the replay stops and the work counts as Infinity, so a
// regression fails at once instead of hanging the test.

export class TooMuchWork extends Error {}

/** When set, the steps of each pattern (by source) are added up here: to find which one grows. */
export let byPattern: Map<string, number> | null = null;
export function attribute(map: Map<string, number> | null): void {
  byPattern = map;
}

type Next = (i: number) => boolean;
type Matcher = (i: number, next: Next) => boolean;

interface Ctx {
  text: string;
  /** What each capturing group matched last ([start, end]), for back-references. */
  captures: Map<AST.CapturingGroup, [number, number]>;
  flags: { i: boolean; m: boolean; s: boolean; u: boolean };
  count: () => void;
}

const isWordChar = (c: string | undefined) => c !== undefined && /\w/.test(c);
const LINE_BREAK = /[\n\r\u2028\u2029]/;

function charAt(ctx: Ctx, i: number, dir: 1 | -1): { cp: number; len: number } | null {
  const { text } = ctx;
  if (dir === 1) {
    if (i >= text.length) return null;
    const cp = ctx.flags.u ? text.codePointAt(i)! : text.charCodeAt(i);
    return { cp, len: cp > 0xffff ? 2 : 1 };
  }
  if (i <= 0) return null;
  const low = text.charCodeAt(i - 1);
  if (ctx.flags.u && low >= 0xdc00 && low <= 0xdfff && i >= 2) {
    const cp = text.codePointAt(i - 2)!;
    if (cp > 0xffff) return { cp, len: 2 };
  }
  return { cp: low, len: 1 };
}

const foldCache = new Map<number, number[]>();
function folds(cp: number): number[] {
  let f = foldCache.get(cp);
  if (!f) {
    const s = String.fromCodePoint(cp);
    f = [...new Set([cp, s.toLowerCase().codePointAt(0)!, s.toUpperCase().codePointAt(0)!])];
    foldCache.set(cp, f);
  }
  return f;
}

type CharTest = (cp: number) => boolean;

function setTest(node: AST.CharacterSet, ctx: Ctx): CharTest {
  let t: CharTest;
  switch (node.kind) {
    case 'any':
      t = ctx.flags.s ? () => true : (cp) => !LINE_BREAK.test(String.fromCodePoint(cp));
      return t;
    case 'digit':
      t = (cp) => cp >= 48 && cp <= 57;
      break;
    case 'space':
      t = (cp) => /\s/.test(String.fromCodePoint(cp));
      break;
    case 'word':
      t = (cp) => /\w/.test(String.fromCodePoint(cp));
      break;
    case 'property': {
      const re = new RegExp(`\\p{${node.value === null ? node.key : `${node.key}=${node.value}`}}`, 'u');
      t = (cp) => re.test(String.fromCodePoint(cp));
      break;
    }
    default:
      throw new Error(`regex-work: unsupported character set ${(node as AST.CharacterSet).raw}`);
  }
  return node.negate ? (cp) => !t(cp) : t;
}

function classElementTest(node: AST.CharacterClassElement, ctx: Ctx): CharTest {
  switch (node.type) {
    case 'Character':
      return (cp) => cp === node.value;
    case 'CharacterClassRange':
      return (cp) => cp >= node.min.value && cp <= node.max.value;
    case 'CharacterSet':
      return setTest(node as AST.CharacterSet, ctx);
    default:
      throw new Error(`regex-work: unsupported class element ${node.raw}`);
  }
}

/** A test for one character, or null when the node matches more than one character. */
function singleChar(node: AST.Node, ctx: Ctx): CharTest | null {
  let t: CharTest;
  if (node.type === 'Character') t = (cp) => cp === node.value;
  else if (node.type === 'CharacterSet') {
    if (node.kind === 'any') return setTest(node, ctx);
    t = setTest(node, ctx);
  } else if (node.type === 'CharacterClass') {
    if (node.unicodeSets) throw new Error('regex-work: the v flag is not supported');
    const parts = node.elements.map((e) => classElementTest(e as AST.CharacterClassElement, ctx));
    const any: CharTest = (cp) => parts.some((p) => p(cp));
    t = node.negate ? (cp) => !any(cp) : any;
    if (ctx.flags.i) {
      const inner = node.negate ? any : t;
      return node.negate ? (cp) => !folds(cp).some(inner) : (cp) => folds(cp).some(inner);
    }
    return t;
  } else return null;
  if (ctx.flags.i) {
    const base = t;
    return (cp) => folds(cp).some(base);
  }
  return t;
}

function compile(node: AST.Node, ctx: Ctx, dir: 1 | -1): Matcher {
  const one = singleChar(node, ctx);
  if (one) {
    return (i, next) => {
      ctx.count();
      const c = charAt(ctx, i, dir);
      return c !== null && one(c.cp) && next(i + dir * c.len);
    };
  }
  switch (node.type) {
    case 'Alternative':
      return sequence(node.elements.map((e) => compile(e, ctx, dir)), dir);
    case 'CapturingGroup': {
      const inner = alternatives(node.alternatives.map((a) => compile(a, ctx, dir)), ctx);
      return (i, next) =>
        inner(i, (j) => {
          const before = ctx.captures.get(node);
          ctx.captures.set(node, dir === 1 ? [i, j] : [j, i]);
          if (next(j)) return true;
          if (before) ctx.captures.set(node, before);
          else ctx.captures.delete(node);
          return false;
        });
    }
    case 'Backreference': {
      if (Array.isArray(node.resolved)) throw new Error(`regex-work: unsupported ${node.raw}`);
      const group = node.resolved as AST.CapturingGroup;
      return (i, next) => {
        const c = ctx.captures.get(group);
        if (!c) return next(i);
        const want = ctx.text.slice(c[0], c[1]);
        const from = dir === 1 ? i : i - want.length;
        ctx.count();
        const got = from < 0 ? null : ctx.text.slice(from, from + want.length);
        const same = got !== null && got.length === want.length && (ctx.flags.i ? got.toLowerCase() === want.toLowerCase() : got === want);
        return same && next(dir === 1 ? i + want.length : from);
      };
    }
    case 'Group':
    case 'Pattern':
      return alternatives(node.alternatives.map((a) => compile(a, ctx, dir)), ctx);
    case 'Quantifier':
      return quantifier(node, ctx, dir);
    case 'Assertion':
      return assertion(node, ctx);
    default:
      throw new Error(`regex-work: unsupported ${node.type} ${node.raw}`);
  }
}

function sequence(parts: Matcher[], dir: 1 | -1): Matcher {
  // Backwards (inside a lookbehind) the last element is matched first, as V8 does.
  const ordered = dir === 1 ? parts : [...parts].reverse();
  const from = (k: number): Matcher => (k === ordered.length ? (i, next) => next(i) : (i, next) => ordered[k](i, (j) => from(k + 1)(j, next)));
  return from(0);
}

function alternatives(alts: Matcher[], ctx: Ctx): Matcher {
  return (i, next) => {
    for (const a of alts) {
      ctx.count();
      if (a(i, next)) return true;
    }
    return false;
  };
}

function quantifier(node: AST.Quantifier, ctx: Ctx, dir: 1 | -1): Matcher {
  const { min, max, greedy } = node;
  const one = singleChar(node.element, ctx);
  if (one) {
    // A run of one character class: read the run once, then try the continuation at each length
    // (longest first when greedy), which is the work a backtracking engine does.
    return (i, next) => {
      const ends: number[] = [i];
      let j = i;
      while (ends.length - 1 < max) {
        ctx.count();
        const c = charAt(ctx, j, dir);
        if (c === null || !one(c.cp)) break;
        j += dir * c.len;
        ends.push(j);
        if (!greedy && ends.length - 1 > min) break;
      }
      if (greedy) {
        for (let n = ends.length - 1; n >= min; n--) {
          ctx.count();
          if (next(ends[n])) return true;
        }
        return false;
      }
      // Lazy: the shortest first, reading one more character only when the rest failed.
      for (let n = min; ; n++) {
        if (n >= ends.length) {
          if (n - 1 >= max) return false;
          ctx.count();
          const c = charAt(ctx, ends[n - 1], dir);
          if (c === null || !one(c.cp)) return false;
          ends.push(ends[n - 1] + dir * c.len);
        }
        ctx.count();
        if (next(ends[n])) return true;
        if (n >= max) return false;
      }
    };
  }
  const body = compile(node.element, ctx, dir);
  const loop = (count: number, i: number, next: Next): boolean => {
    ctx.count();
    const more = () => count < max && body(i, (j) => j !== i && loop(count + 1, j, next));
    if (greedy) return more() || (count >= min && next(i));
    return (count >= min && next(i)) || more();
  };
  return (i, next) => loop(0, i, next);
}

function assertion(node: AST.Assertion, ctx: Ctx): Matcher {
  const { text } = ctx;
  switch (node.kind) {
    case 'start':
      return (i, next) => (i === 0 || (ctx.flags.m && LINE_BREAK.test(text[i - 1]))) && next(i);
    case 'end':
      return (i, next) => (i === text.length || (ctx.flags.m && LINE_BREAK.test(text[i]))) && next(i);
    case 'word':
      return (i, next) => (isWordChar(text[i - 1]) !== isWordChar(text[i])) !== node.negate && next(i);
    case 'lookahead':
    case 'lookbehind': {
      const inner = alternatives(node.alternatives.map((a) => compile(a, ctx, node.kind === 'lookahead' ? 1 : -1)), ctx);
      return (i, next) => inner(i, () => true) !== node.negate && next(i);
    }
  }
}

const cache = new Map<string, (text: string, from: number, sticky: boolean, count: () => void) => void>();

function replayer(re: RegExp) {
  const key = `/${re.source}/${re.flags}`;
  let r = cache.get(key);
  if (!r) {
    const literal = new RegExpParser().parseLiteral(key);
    const flags = { i: re.flags.includes('i'), m: re.flags.includes('m'), s: re.flags.includes('s'), u: re.flags.includes('u') };
    r = (text, from, sticky, count) => {
      const ctx: Ctx = { text, flags, count, captures: new Map() };
      const pattern = compile(literal.pattern, ctx, 1);
      for (let start = from; start <= text.length; start++) {
        count();
        ctx.captures.clear();
        if (pattern(start, () => true) || sticky) return;
      }
    };
    cache.set(key, r);
  }
  return r;
}

/**
 * The work of `fn` on text (Infinity past `limit`), and fn's result: the backtracking steps of every
 * regex it runs, plus the characters every String#indexOf reads (the scanners' own work).
 * Synchronous code only: the count is global while fn runs.
 */
export function countWork<T>(fn: () => T, limit = 20_000_000): { steps: number; result: T | undefined } {
  const nativeExec = RegExp.prototype.exec;
  const nativeIndexOf = String.prototype.indexOf;
  let steps = 0;
  const count = () => {
    if (++steps > limit) throw new TooMuchWork();
  };
  String.prototype.indexOf = function (this: string, search: string, from?: number) {
    const at = nativeIndexOf.call(this, search, from);
    steps += (at === -1 ? this.length : at + search.length) - Math.max(0, from ?? 0);
    if (steps > limit) throw new TooMuchWork();
    return at;
  };
  RegExp.prototype.exec = function (this: RegExp, text: string) {
    const s = String(text);
    const from = this.global || this.sticky ? this.lastIndex : 0;
    // Replayed with the native exec switched back on: the replay itself uses small regexes.
    RegExp.prototype.exec = nativeExec;
    String.prototype.indexOf = nativeIndexOf;
    const before = steps;
    try {
      replayer(this)(s, from, this.sticky, count);
    } finally {
      if (byPattern) byPattern.set(this.source, (byPattern.get(this.source) ?? 0) + steps - before);
      RegExp.prototype.exec = patched;
      String.prototype.indexOf = patchedIndexOf;
    }
    return nativeExec.call(this, s);
  };
  const patched = RegExp.prototype.exec;
  const patchedIndexOf = String.prototype.indexOf;
  try {
    const result = fn();
    return { steps, result };
  } catch (e) {
    if (e instanceof TooMuchWork) return { steps: Infinity, result: undefined };
    throw e;
  } finally {
    RegExp.prototype.exec = nativeExec;
    String.prototype.indexOf = nativeIndexOf;
  }
}

/** How much more regex work `fn` does on an input `factor` times as big: about `factor` when linear. */
export function workGrowth(fn: (size: number) => unknown, size: number, factor = 4, limit?: number): { small: number; big: number; ratio: number } {
  const small = countWork(() => fn(size), limit).steps;
  const big = countWork(() => fn(size * factor), limit).steps;
  return { small, big, ratio: big / small };
}

/**
 * How many characters `fn` reads by index (String#charCodeAt calls): the measure for hand-written
 * scanners, which use no regular expression for countWork to replay.
 */
export function charactersRead(fn: () => unknown): number {
  const native = String.prototype.charCodeAt;
  let calls = 0;
  String.prototype.charCodeAt = function (this: string, i: number) {
    calls++;
    return native.call(this, i);
  };
  try {
    fn();
  } finally {
    String.prototype.charCodeAt = native;
  }
  return calls;
}
