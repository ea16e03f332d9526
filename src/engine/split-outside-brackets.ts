const OPENING = new Set(['(', '[', '{', '（', '［', '｛']);
const CLOSING = new Set([')', ']', '}', '）', '］', '｝']);

/**
 * A text cut where `splitsAt(text, i)` says, never inside brackets (ASCII or full-width): the
 * pieces, trimmed, empty ones left out. "Fernet (AES-128, HMAC), TLS 1.3" is two pieces, not three.
 * An unmatched closing bracket is ignored, so one stray ")" does not hide every later separator.
 */
export function splitOutsideBrackets(text: string, splitsAt: (text: string, i: number) => boolean): string[] {
  const pieces: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (OPENING.has(c)) depth++;
    else if (CLOSING.has(c)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && splitsAt(text, i)) {
      pieces.push(text.slice(start, i));
      start = i + 1;
    }
  }
  pieces.push(text.slice(start));
  return pieces.map((s) => s.trim()).filter(Boolean);
}
