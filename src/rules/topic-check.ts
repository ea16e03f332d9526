import { docProse, sectionText, type ParsedDoc } from '../engine/document.js';
import { findLabel } from '../engine/section-finder.js';
import type { DocKind, Location } from '../engine/types.js';
import { docStart, type RuleContext } from './rule.js';

// Shared by the checklist rules that ask "does the document cover X?": a heading or a
// bold label on the topic, or enough prose about it, counts. Prose counts because real
// documents often cover a topic inside a differently named section.

export interface Aspect {
  /** What is missing, as it reads in a message: "encryption at rest". */
  name: string;
  /** Evidence in the prose (code blocks excluded). */
  evidence: RegExp;
  /** How many matches count as covering it (default 1). */
  minHits?: number;
  fix: string;
}

export const DOC_NAMES: Record<DocKind, string> = { prd: 'The PRD', architecture: 'The architecture document' };

export function countMatches(text: string, re: RegExp, cap = 50): number {
  const global = new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g');
  let n = 0;
  for (const _ of text.matchAll(global)) if (++n >= cap) break;
  return n;
}

/** The topic's section, else its bold label, else null. */
export function topicLocation(ctx: RuleContext, kind: DocKind, topic: string): Location | null {
  const section = ctx.view.findSection(kind, topic);
  if (section) return { file: section.file, line: section.line, column: 1 };
  const doc = ctx.view.doc(kind);
  const phrases = ctx.view.synonyms[topic];
  return doc && phrases ? findLabel(doc, phrases) : null;
}

/** Text of the topic's section (with subsections), or the whole document when there is none. */
export function topicText(ctx: RuleContext, doc: ParsedDoc, topic: string): string {
  const section = ctx.view.findSection(doc.kind, topic);
  return section ? sectionText(doc, section) : docProse(doc);
}

/**
 * Report each aspect the document lacks. Aspects are searched in the whole document's prose,
 * so a topic covered under another heading still counts; the finding points at the topic's
 * section when there is one, else at the top of the document.
 */
export function requireAspects(ctx: RuleContext, kind: DocKind, topic: string, aspects: Aspect[]): void {
  const doc = ctx.view.doc(kind);
  if (!doc) return;
  const prose = docProse(doc);
  const where = topicLocation(ctx, kind, topic) ?? docStart(doc);
  for (const aspect of aspects) {
    if (countMatches(prose, aspect.evidence) >= (aspect.minHits ?? 1)) continue;
    ctx.report({ location: where, message: `${DOC_NAMES[kind]} does not describe ${aspect.name}.`, fix: aspect.fix });
  }
}
