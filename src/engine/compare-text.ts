// The one order archgate sorts text in (file paths, rule IDs, terms, messages): English
// collation, as `a.localeCompare(b, 'en')` gives it, the same on every machine. The first
// localeCompare of a process builds ICU's collator, 5-15 ms of CPU (node 20 and 24), more than
// the rest of a small check's sorting: strings of printable ASCII, nearly all of them, are
// compared here without it, in the order ICU gives them (checked against ICU in
// test/compare-text.test.ts); any other string is left to ICU.

/** Printable ASCII in ICU's root order: spaces and punctuation, symbols, digits, letters (a before A). */
const ICU_ORDER = ` _-,;:!?.'"()[]{}@*/\\&#%\`^+<=>|~$0123456789abcdefghijklmnopqrstuvwxyz`;

/** Each printable ASCII character's primary weight (its place in ICU_ORDER; a letter's case does not count), -1 for the rest. */
const PRIMARY = new Int8Array(128).fill(-1);
for (let i = 0; i < ICU_ORDER.length; i++) {
  PRIMARY[ICU_ORDER.charCodeAt(i)] = i;
  PRIMARY[ICU_ORDER[i].toUpperCase().charCodeAt(0)] = i;
}

function printableAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 || c > 0x7e) return false;
  }
  return true;
}

/** -1, 0 or 1 as `a.localeCompare(b, 'en')`: a sort comparator. */
export function compareText(a: string, b: string): number {
  if (a === b) return 0;
  if (!printableAscii(a) || !printableAscii(b)) return a.localeCompare(b, 'en');
  // ICU compares the letters first, case aside, then the case of the first letter that differs
  // only in case (lower before upper).
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const d = PRIMARY[a.charCodeAt(i)] - PRIMARY[b.charCodeAt(i)];
    if (d) return d < 0 ? -1 : 1;
  }
  if (a.length !== b.length) return a.length < b.length ? -1 : 1;
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    // Same letter, other case: the lower-case one (the higher code) comes first.
    if (x !== y) return x > y ? -1 : 1;
  }
  return 0;
}

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
/** ICU reads a run of at most this many digits as one number; longer runs are left to ICU. */
const MAX_NUMBER_DIGITS = 254;

/**
 * -1, 0 or 1 as `a.localeCompare(b, 'en', { numeric: true })` ("shard-2.md" before "shard-10.md";
 * leading zeros do not count, so "02" ties "2"), without ICU's collator for printable ASCII.
 */
export function compareNumbered(a: string, b: string): number {
  if (a === b) return 0;
  if (!printableAscii(a) || !printableAscii(b)) return a.localeCompare(b, 'en', { numeric: true });
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(j);
    if (isDigit(x) && isDigit(y)) {
      // Two numbers: by value (leading zeros skipped, then the longer is larger, then digit by digit).
      const ends = [digitsEnd(a, i), digitsEnd(b, j)];
      if (ends[0] - i > MAX_NUMBER_DIGITS || ends[1] - j > MAX_NUMBER_DIGITS) return a.localeCompare(b, 'en', { numeric: true });
      while (i < ends[0] - 1 && a.charCodeAt(i) === 0x30) i++;
      while (j < ends[1] - 1 && b.charCodeAt(j) === 0x30) j++;
      if (ends[0] - i !== ends[1] - j) return ends[0] - i < ends[1] - j ? -1 : 1;
      for (; i < ends[0]; i++, j++) if (a.charCodeAt(i) !== b.charCodeAt(j)) return a.charCodeAt(i) < b.charCodeAt(j) ? -1 : 1;
      continue;
    }
    // A number against another character weighs as any digit does: after punctuation, before letters.
    const d = PRIMARY[x] - PRIMARY[y];
    if (d) return d < 0 ? -1 : 1;
    i++;
    j++;
  }
  if (i < a.length || j < b.length) return i < a.length ? 1 : -1;
  // The same letters and numbers: the first letter that differs only in case, the lower-case one first.
  for (i = 0, j = 0; i < a.length; ) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(j);
    if (isDigit(x)) {
      i = digitsEnd(a, i);
      j = digitsEnd(b, j);
      continue;
    }
    if (x !== y) return x > y ? -1 : 1;
    i++;
    j++;
  }
  return 0;
}

function digitsEnd(s: string, from: number): number {
  let k = from;
  while (k < s.length && isDigit(s.charCodeAt(k))) k++;
  return k;
}
