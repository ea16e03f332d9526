import type { SourceFile } from './types.js';

/**
 * Where a doc set nests deepest: block quotes, list items and footnote definitions written one
 * inside another at the start of a line ("> > > …", "- > - > …", "1. 1. 1. …", "[^a]: [^b]: …"),
 * and lists nested by indentation. A pull request's author can nest them thousands deep; what the
 * markdown parser itself cannot follow is reported at the line this names. One pass over the
 * text: each character is looked at once or twice.
 */
export interface DeepestNesting {
  file: string;
  /** The first line of the run of lines (up to a blank line) holding the deepest nesting. */
  line: number;
  /** Containers opened at the start of the deepest line (indentation counts one per two spaces). */
  depth: number;
}

// A footnote definition's label, bounded like CommonMark's (at most 999 characters).
const FOOTNOTE_LABEL = 1000;

/** Containers opened at the start of a line from `from` (to the line's end `to`). */
function containersAt(text: string, from: number, to: number): number {
  let depth = 0;
  let spaces = 0;
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    // Indentation before the first marker nests lists; spaces after a marker only separate it.
    if (c === 0x20 || c === 0x09) {
      if (depth === 0) spaces += c === 0x20 ? 1 : 4;
      i++;
    } else if (c === 0x3e /* > */) {
      depth++;
      i++;
    } else if ((c === 0x2d || c === 0x2a || c === 0x2b) /* - * + */ && (i + 1 === to || text.charCodeAt(i + 1) === 0x20 || text.charCodeAt(i + 1) === 0x09)) {
      depth++;
      i++;
    } else if (c >= 0x30 && c <= 0x39) {
      let j = i;
      while (j < to && j - i < 9 && text.charCodeAt(j) >= 0x30 && text.charCodeAt(j) <= 0x39) j++;
      const mark = text.charCodeAt(j);
      if ((mark !== 0x2e && mark !== 0x29) || !(j + 1 === to || text.charCodeAt(j + 1) === 0x20 || text.charCodeAt(j + 1) === 0x09)) break;
      depth++;
      i = j + 1;
    } else if (c === 0x5b /* [ */ && text.charCodeAt(i + 1) === 0x5e /* ^ */) {
      // Read only up to the label's bound: never past the line, never the rest of the text.
      const limit = Math.min(to, i + FOOTNOTE_LABEL);
      let j = i + 2;
      while (j < limit && text.charCodeAt(j) !== 0x5d /* ] */) j++;
      if (j >= limit || text.charCodeAt(j + 1) !== 0x3a /* : */) break;
      depth++;
      i = j + 2;
    } else break;
  }
  return depth + (spaces >> 1);
}

/** The deepest nesting of a doc set's files; the first file and line 1 when nothing nests. */
export function deepestNesting(files: readonly SourceFile[]): DeepestNesting {
  let best: DeepestNesting = { file: files[0]?.path ?? '', line: 1, depth: 0 };
  for (const f of files) {
    const text = f.text;
    let line = 1;
    let runStart = 1;
    for (let from = 0; from <= text.length; line++) {
      let to = text.indexOf('\n', from);
      if (to === -1) to = text.length;
      const blank = text.slice(from, to).trim() === '';
      if (blank) runStart = line + 1;
      else {
        const depth = containersAt(text, from, to);
        if (depth > best.depth) best = { file: f.path, line: runStart, depth };
      }
      from = to + 1;
    }
  }
  return best;
}

/** A stack overflow: JavaScript's RangeError, however the engine (or a dependency) recursed. */
export function isStackOverflow(error: unknown): boolean {
  return error instanceof RangeError && /call stack/i.test(error.message);
}
