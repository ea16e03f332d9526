import type { Nodes } from 'mdast';
import type { ParsedDoc } from './document.js';
import { offsetLocator, walk } from './markdown.js';
import { htmlComments } from './html-comments.js';
import type { Location } from './types.js';

// A waiver says "we know, and here is why": for an NFR (by ID) or for a rule's findings.
// Always with a reason; optionally with an expiry date, after which it is itself a finding.

export interface Waiver {
  /** A requirement ID, e.g. NFR-007. */
  id?: string;
  /** A rule ID, e.g. arch/backup-recovery: its findings are waived. */
  rule?: string;
  /** Limit a rule waiver to one file. */
  file?: string;
  reason: string;
  /** YYYY-MM-DD: the last day the waiver holds. */
  expires?: string;
  /** Where the waiver is written: the config file or the markdown comment. */
  source: Location;
}

export interface ActiveWaiver extends Waiver {
  expired: boolean;
}

// <!-- archgate-waive NFR-007 until 2027-03-31: the hosting decision is pending -->
// Matched on one comment's body (see html-comments.ts): the reason runs to the body's end.
const INLINE = /^\s*archgate-waive\s+([\w./-]+)(?:\s+until\s+(\d{4}-\d{2}-\d{2}))?\s*(?::([\s\S]*))?$/;

export function inlineWaivers(doc: ParsedDoc | null): Waiver[] {
  if (!doc) return [];
  const out: Waiver[] = [];
  for (const file of doc.files) {
    // Every inline waiver writes "archgate-waive": a file without it is not walked.
    if (!file.text.includes('archgate-waive')) continue;
    walk(file.root, (node: Nodes) => {
      if (node.type === 'code' || node.type === 'inlineCode') return false;
      if (node.type !== 'html') return;
      const locate = offsetLocator(node.value);
      for (const comment of htmlComments(node.value)) {
        const m = INLINE.exec(comment.body);
        if (!m) continue;
        const line = (node.position?.start.line ?? 1) + locate(comment.index).lineOffset;
        const target = m[1];
        const waiver: Waiver = { reason: (m[3] ?? '').trim(), source: { file: file.path, line, column: 1 } };
        if (target.includes('/')) waiver.rule = target;
        else waiver.id = target;
        if (m[2]) waiver.expires = m[2];
        out.push(waiver);
      }
    });
  }
  return out;
}

/** A waiver holds through its expiry day; `today` is YYYY-MM-DD, given by the shell. */
export function activate(waivers: Waiver[], today: string): ActiveWaiver[] {
  return waivers.map((w) => ({ ...w, expired: !!w.expires && w.expires < today }));
}
