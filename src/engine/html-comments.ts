// The HTML comments in an html node's value, found by scanning, not by one regex: a regex that
// runs from "<!--" to "-->" re-reads the text after every opener that has no end (200 KB of
// openers took 50 s), and a long comment overflowed V8's backtracking stack. Each character is
// read a constant number of times here.

export interface HtmlComment {
  /** Offset of "<!--" in the value. */
  index: number;
  /** Offset just after "-->". */
  end: number;
  /** The text between "<!--" and "-->". */
  body: string;
}

/** Each "<!--" with the first "-->" after it, unless another "<!--" comes first (then that one is tried). */
export function htmlComments(value: string): HtmlComment[] {
  const out: HtmlComment[] = [];
  let close = -1;
  for (let open = value.indexOf('<!--'); open !== -1; ) {
    // The end found for an earlier opener still holds for a later one before it: search once.
    if (close < open + 4) close = value.indexOf('-->', open + 4);
    if (close === -1) break;
    const next = value.indexOf('<!--', open + 4);
    if (next !== -1 && next < close) {
      open = next;
      continue;
    }
    out.push({ index: open, end: close + 3, body: value.slice(open + 4, close) });
    open = value.indexOf('<!--', close + 3);
  }
  return out;
}
