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
