import { isMap, isSeq, parseDocument } from 'yaml';
import type { ParsedDoc, ParsedFile } from '../engine/document.js';
import { inlineWaivers } from '../engine/waivers.js';
import { applyInserts, waiverComment, type LineInsert } from '../engine/cite-edit.js';
import { loadConfig } from '../config/load-config.js';
import type { Requirement } from '../engine/types.js';

// Where archgate cite writes a waiver: where the doc set's waivers already are, else where the
// README and the findings' fixes send the author.
//  1. Next to the last inline waiver, if a document has one (the architecture's first, then the PRD's).
//  2. Else in the config file, if there is one: after the last entry of its `waivers:` list, or in
//     a `waivers:` list added at its end.
//  3. Else in the PRD, at the end of the section that defines the NFR: read with the requirement.

export interface WaiverPlace {
  file: string;
  insert: LineInsert;
}

export interface WaiverDocuments {
  architecture: ParsedDoc;
  prd: ParsedDoc | null;
  /** The config file's path in the checked directory and its text, when there is one. */
  config: { file: string; text: string } | null;
}

/** The line of the last inline waiver standing on a line of its own, with that line's indentation. */
function lastOwnLineWaiver(file: ParsedFile): { line: number; indent: string } | null {
  const lines = file.text.split('\n');
  let found: { line: number; indent: string } | null = null;
  for (const w of inlineWaivers({ files: [file] } as ParsedDoc)) {
    const text = lines[w.source.line - 1]?.replace(/\r$/, '') ?? '';
    // Inside a paragraph, a list item or a table a new line would change what it belongs to.
    if (/^\s*<!--.*-->\s*$/.test(text)) found = { line: w.source.line, indent: /^\s*/.exec(text)![0] };
  }
  return found;
}

/** The last line with text before line `before`, and not before line `floor`. */
function lastTextLine(file: ParsedFile, before: number, floor: number): number {
  const lines = file.text.split('\n');
  let end = Math.min(before - 1, lines.length);
  while (end > floor && !lines[end - 1].trim()) end--;
  return end;
}

/** The last line with text of the section holding `line`: before the next heading at the top level. */
function sectionEnd(file: ParsedFile, line: number): number {
  const next = file.root.children.find((n) => n.type === 'heading' && (n.position?.start.line ?? 0) > line);
  return lastTextLine(file, next ? next.position!.start.line : Number.MAX_SAFE_INTEGER, line);
}

/** The config entry lines, the reason quoted as JSON (a YAML double-quoted string). */
function configEntry(id: string, reason: string, indent: string): string[] {
  return [`${indent}- id: ${id}`, `${indent}  reason: ${JSON.stringify(reason.replace(/\s+/g, ' ').trim())}`];
}

/** After the config's last waiver, or a `waivers:` list at its end; null where the YAML would not read back so. */
function configPlace(config: { file: string; text: string }, id: string, reason: string, earlier: LineInsert[]): WaiverPlace | null {
  const doc = parseDocument(config.text);
  if (doc.errors.length || !isMap(doc.contents)) return null;
  const waivers = doc.get('waivers', true);
  const lines = config.text.split('\n');
  const lineAt = (offset: number) => config.text.slice(0, offset).split('\n').length;
  let insert: LineInsert;
  if (isSeq(waivers) && !waivers.flow && waivers.items.length) {
    const last = waivers.items[waivers.items.length - 1] as { range?: [number, number, number] };
    if (!last.range) return null;
    const first = lineAt(last.range[0]);
    const indent = /^(\s*)-\s/.exec(lines[first - 1])?.[1];
    if (indent === undefined) return null;
    // The last line with text of the entry (its value's end may be the next line's start).
    let end = lineAt(last.range[1]);
    while (end > first && !lines[end - 1].trim()) end--;
    insert = { after: end, lines: configEntry(id, reason, indent) };
  } else if (waivers === undefined || waivers === null) {
    const end = lines.length - (config.text.endsWith('\n') ? 1 : 0);
    // A second waiver of the same run joins the list the first one added.
    const adding = earlier.some((e) => e.after === end && e.lines[0] === 'waivers:');
    insert = { after: end, lines: adding ? configEntry(id, reason, '  ') : ['waivers:', ...configEntry(id, reason, '  ')] };
  } else return null;
  // Written only if the config then reads with this waiver last and the others as they were.
  const before = loadConfig(config.text, config.file).waivers ?? [];
  let after: ReturnType<typeof loadConfig>['waivers'];
  try {
    after = loadConfig(applyInserts(config.text, [...earlier, insert]), config.file).waivers ?? [];
  } catch {
    return null;
  }
  const wanted = [...before.map((w) => JSON.stringify(w)), ...earlier.map(() => null), JSON.stringify({ id, reason: reason.replace(/\s+/g, ' ').trim() })];
  if (after.length !== wanted.length || after.some((w, i) => wanted[i] !== null && JSON.stringify(w) !== wanted[i])) return null;
  return { file: config.file, insert };
}

/**
 * Where the waiver of `requirement` goes, given the inserts already planned in this run (file ->
 * inserts). A comment in a document, or an entry in the config.
 */
export function waiverPlace(docs: WaiverDocuments, requirement: Requirement, reason: string, planned: Map<string, LineInsert[]>): WaiverPlace {
  const comment = waiverComment(requirement.id, reason);
  for (const file of [...docs.architecture.files, ...(docs.prd?.files ?? [])]) {
    const last = lastOwnLineWaiver(file);
    if (last) return { file: file.path, insert: { after: last.line, lines: [`${last.indent}${comment}`] } };
  }
  if (docs.config) {
    const place = configPlace(docs.config, requirement.id, reason, planned.get(docs.config.file) ?? []);
    if (place) return place;
  }
  // A blank line parts the comment from the block above; a second waiver at the same place follows the first.
  const atEnd = (file: ParsedFile, after: number): WaiverPlace => ({ file: file.path, insert: { after, lines: (planned.get(file.path) ?? []).some((i) => i.after === after) ? [comment] : ['', comment] } });
  const defining = docs.prd?.files.find((f) => f.path === requirement.location.file);
  if (defining) return atEnd(defining, sectionEnd(defining, requirement.location.line));
  // An NFR read from a file outside the PRD (the config names no PRD): the architecture's end.
  const file = docs.architecture.files[0];
  return atEnd(file, lastTextLine(file, Number.MAX_SAFE_INTEGER, 0));
}
