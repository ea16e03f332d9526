import { walk } from './markdown.js';
import { inGenerated, type ParsedDoc, type ParsedFile } from './document.js';
import type { Passage, PassageKind } from './passages.js';

// Where `archgate cite --accept implied` writes a citation whose implied place is inside a code
// block (a TOON row of a spec-kit plan: "API read ops,p95 <500ms"). Nothing is written inside a
// fence: a citation there would change the code, or end the fence. It goes to the nearest place of
// the same section before the block: the text before it (its lead-in, "**Performance Goals**:"),
// else the section's heading; else (under the document's title) the text after it. Never into an
// archgate-generated block.

/** A place a citation can be written at, as insertCitation takes it. */
export interface WritablePlace {
  file: string;
  kind: PassageKind;
  line: number;
  endLine: number;
}

/** The line a citation is written on (see insertCitation). */
export const writtenLine = (p: { kind: PassageKind; line: number; endLine: number }) => (p.kind === 'row' || p.kind === 'heading' ? p.line : p.endLine);

/** Every line of a fenced or indented code block of the file, fences included. */
function codeLines(file: ParsedFile): Set<number> {
  const lines = new Set<number>();
  walk(file.root, (node) => {
    if (node.type === 'code' && node.position) for (let l = node.position.start.line; l <= node.position.end.line; l++) lines.add(l);
    // A code block never stands inside a paragraph, heading or table: their inline nodes are not visited.
    return node.type !== 'paragraph' && node.type !== 'heading' && node.type !== 'table' && node.type !== 'code';
  });
  return lines;
}

/**
 * The place outside the code block of `code` where its citation is written, or null when its
 * section has none. A list item or paragraph whose last line is a fence (an
 * item holding a code block) is passed over: its citation would be written on the fence.
 */
export function placeOutsideCode(doc: ParsedDoc, passages: readonly Passage[], code: Passage): WritablePlace | null {
  const file = doc.files.find((f) => f.path === code.file);
  if (!file) return null;
  const inCode = codeLines(file);
  const writable = (p: WritablePlace) => !inCode.has(writtenLine(p)) && !inGenerated(file, writtenLine(p));
  const own = passages.filter((p) => p.file === code.file && p.section === code.section && p.kind !== 'code' && writable(p));
  const before = own.filter((p) => p.endLine < code.line).sort((a, b) => b.endLine - a.endLine)[0];
  if (before) return before;
  // A block that opens its section ("### UI/UX Compliance" over a TOON table) is what the heading
  // names: the text after it may be about the whole section ("**Gate Status**: ✅ PASS"). Not the
  // document's title.
  const section = code.section;
  const heading: WritablePlace | null = section && section.depth > 1 ? { file: code.file, kind: 'heading', line: section.line, endLine: section.line } : null;
  if (heading && writable(heading)) return heading;
  return own.filter((p) => p.line > code.endLine).sort((a, b) => a.line - b.line)[0] ?? null;
}
