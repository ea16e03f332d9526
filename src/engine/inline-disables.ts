import type { Nodes } from 'mdast';
import type { ParsedFile } from './document.js';
import { offsetLocator, walk } from './markdown.js';
import { htmlComments } from './html-comments.js';
import type { Finding } from './types.js';
import { disableKey, type Suppression } from './suppressions.js';

// <!-- archgate-disable-next-line rule-a rule-b -->   the next non-blank line
// <!-- archgate-disable rule-a --> ... <!-- archgate-enable rule-a -->   a range
// <!-- archgate-disable-file rule-a -->   the whole file
// No rule IDs means every rule.

// Matched on one comment's body (see html-comments.ts); a ">" in it makes it no directive.
const DIRECTIVE = /^\s*archgate-(disable-next-line|disable-line|disable-file|disable|enable)\b([^>]*)$/;

export interface Span {
  rules: string[] | null;
  from: number;
  to: number;
  /** The directive that opened the span. */
  suppression: Suppression;
}

function nextNonBlankLine(lines: string[], after: number): number {
  for (let i = after; i < lines.length; i++) if (lines[i].trim() !== '') return i + 1;
  return after + 1;
}

export function disabledSpans(file: ParsedFile): Span[] {
  const spans: Span[] = [];
  // Every directive writes "archgate-" (an HTML node's value is the source's own text): a file
  // without it has none, and is not walked.
  if (!file.text.includes('archgate-')) return spans;
  const lines = file.text.split('\n');
  const open = new Map<string, { from: number; suppression: Suppression }>();
  const directives: { kind: string; rules: string[] | null; line: number; endLine: number }[] = [];
  walk(file.root, (node: Nodes) => {
    if (node.type === 'code' || node.type === 'inlineCode') return false;
    if (node.type !== 'html') return;
    const start = node.position?.start.line ?? 1;
    const locate = offsetLocator(node.value);
    for (const comment of htmlComments(node.value)) {
      const m = DIRECTIVE.exec(comment.body);
      if (!m) continue;
      const ids = m[2].trim().split(/[\s,]+/).filter(Boolean);
      const offset = locate(comment.index).lineOffset;
      const endOffset = locate(comment.end - 1).lineOffset;
      directives.push({ kind: m[1], rules: ids.length ? ids : null, line: start + offset, endLine: start + endOffset });
    }
  });
  const suppression = (d: (typeof directives)[number]): Suppression => ({ key: disableKey(file.path, d.kind, d.rules), file: file.path, line: d.line, text: `<!-- archgate-${d.kind}${d.rules ? ' ' + d.rules.join(' ') : ''} -->` });
  for (const d of directives) {
    const key = d.rules?.join(' ') ?? '*';
    if (d.kind === 'disable-next-line') {
      const target = nextNonBlankLine(lines, d.endLine);
      spans.push({ rules: d.rules, from: target, to: target, suppression: suppression(d) });
    } else if (d.kind === 'disable-line') spans.push({ rules: d.rules, from: d.line, to: d.endLine, suppression: suppression(d) });
    else if (d.kind === 'disable-file') spans.push({ rules: d.rules, from: 1, to: Number.MAX_SAFE_INTEGER, suppression: suppression(d) });
    else if (d.kind === 'disable') open.set(key, { from: d.line, suppression: suppression(d) });
    else if (d.kind === 'enable') {
      for (const [k, o] of open) {
        if (key === '*' || k === key) {
          spans.push({ rules: k === '*' ? null : k.split(' '), from: o.from, to: d.line, suppression: o.suppression });
          open.delete(k);
        }
      }
    }
  }
  for (const [k, o] of open) spans.push({ rules: k === '*' ? null : k.split(' '), from: o.from, to: Number.MAX_SAFE_INTEGER, suppression: o.suppression });
  return spans;
}

export function isDisabled(finding: Finding, spansByFile: Map<string, Span[]>): boolean {
  const spans = spansByFile.get(finding.file);
  if (!spans) return false;
  return spans.some((s) => finding.line >= s.from && finding.line <= s.to && (s.rules === null || s.rules.includes(finding.rule)));
}
