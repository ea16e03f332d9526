// How archgate reads a number in text a person wrote: one reading for the targets it parses
// (targets.ts, localized-targets.ts) and the amounts it compares (says-nothing-of.ts), so that a
// number a target is read from is an amount too, in every script ("可用性99.9%" as "99.9% uptime").

/** Full-width ASCII ("９９．９％", common in Japanese) read as ASCII. */
export function foldWidth(text: string): string {
  return /[\uff01-\uff5e]/.test(text) ? text.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)) : text;
}

/**
 * Not after a letter of an alphabet: a number glued to the letter before it is part of a name,
 * not an amount ("K8s", "k3s-native", "EC2", "IPv6", "Win11"). Chinese, Japanese and Korean glue
 * numbers to the words before them legitimately ("响应时间3秒", "95%が3秒以内"), so their scripts
 * are not asked about; units after numbers ("3s", "500ms") are read as ever.
 */
export const NOT_AFTER_LETTER = String.raw`(?<![\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}])`;

/**
 * Where a number starts: not inside a run of digits, not in the fraction of one ("5" of "1.5", "2"
 * of "1.2.3"), and not glued to a letter (NOT_AFTER_LETTER). A comma or point after anything else
 * starts nothing: "99.9%,99.95%" and "2s,5s" are two numbers each.
 */
export const NUMBER_START = String.raw`(?<!\d)(?<!\d[.,])${NOT_AFTER_LETTER}`;

/**
 * A number: "1,000", "1 000" (a narrow or plain space between thousands), "2.5", "2,5" (a decimal
 * comma). Every run is bounded (15 digits, 5 groups, 9 decimals): linear on any text.
 */
const NUMBER_BODY = String.raw`(?:\d{1,3}(?:[,\u202f ]\d{3}){1,5}(?:\.\d{1,9})?|\d{1,15}(?:[.,]\d{1,9})?)`;
export const NUMBER = String.raw`${NUMBER_START}${NUMBER_BODY}`;

/** The value of a number as NUMBER reads it: "1,000" and "1 000" are 1000, "2,5" is 2.5. */
export function parseNumber(written: string): number {
  const compact = written.replace(/[\u202f ]/g, '');
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(compact)) return Number(compact.replace(/,/g, ''));
  return Number(compact.replace(',', '.'));
}

// An amount is a number that is not an ID's ("NFR-01", "要件-3", "FR_12"): those say which thing, not how much.
const AMOUNT = new RegExp(String.raw`(?<!\p{L}-)(?<!_)${NUMBER}`, 'gu');

/**
 * The amounts a text writes, each as its value ("10,000" and "10 000" are "10000", "2,5" is
 * "2.5"), read as targets are: not the numbers of a name or an ID ("NFR-01", "p95", "S3"), but
 * those glued to Chinese or Japanese words ("可用性99.9%").
 */
export function amountsIn(text: string): string[] {
  const folded = foldWidth(text);
  if (!/\d/.test(folded)) return [];
  return Array.from(folded.matchAll(AMOUNT), (m) => String(parseNumber(m[0])));
}

// Every number a text writes, a name's and an ID's too ("p95", "S3", "NFR-01"): only where a
// number starts and how it is written are read as NUMBER reads them.
const ANY_NUMBER = new RegExp(String.raw`(?<!\d)(?<!\d[.,])${NUMBER_BODY}`, 'gu');

/**
 * Every number a text writes, each as its value ("10,000" is "10000", "2,5" is "2.5"), the numbers
 * of names and IDs included: for a reader that looks a target's value up in a place ("p95" there
 * is the same 95 as the target's percentile). amountsIn is the reading of amounts alone.
 */
export function numbersIn(text: string): string[] {
  const folded = foldWidth(text);
  if (!/\d/.test(folded)) return [];
  return Array.from(folded.matchAll(ANY_NUMBER), (m) => String(parseNumber(m[0])));
}
