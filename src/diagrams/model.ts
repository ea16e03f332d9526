import type { Nodes } from 'mdast';
import type { ParsedDoc } from '../engine/document.js';
import { inGenerated, sectionTree } from '../engine/document.js';
import { plainText } from '../engine/markdown.js';
import { headingHas, normalizeHeading, stripNumbering } from '../engine/headings.js';
import { findSections, type SectionSynonyms } from '../engine/section-finder.js';
import { idRegex, normalizeId, type IdSettings } from '../engine/ids.js';
import type { Coverage } from '../engine/coverage.js';
import { readCatalogue, resolveDependencies, type Component } from './catalogue.js';
import type { Decision, DiagramModel } from './generate.js';

const MAX_PERSONAS = 8;
const MAX_EXTERNALS = 12;

/** "Invoice Hub — Architecture" -> "Invoice Hub". */
export function systemNameOf(doc: ParsedDoc | null): string {
  const h1 = doc?.sections.find((s) => s.depth === 1)?.title ?? '';
  const name = h1
    .split(/\s+[-–—:|]\s+/)[0]
    .replace(/\b(?:fullstack |technical |system |software )?(?:architecture(?: document| design| specification)?|system design|design document)\b.*$/i, '')
    .replace(/[*_`]/g, '')
    .trim();
  return name || 'The system';
}

/** Personas from the PRD's users section: first column of its tables, list labels, subheadings. */
export function personasOf(prd: ParsedDoc | null, synonyms: SectionSynonyms): string[] {
  if (!prd) return [];
  const section = findSections(prd, synonyms, 'users')[0];
  if (!section) return [];
  const out: string[] = [];
  for (const s of sectionTree(prd, section)) {
    if (s !== section) out.push(stripNumbering(s.title));
    for (const b of s.blocks) {
      if (b.type === 'table') for (const row of b.children.slice(1)) out.push(plainText(row.children[0] as Nodes));
      if (b.type === 'list') {
        for (const li of b.children) {
          const first = li.children[0];
          const strong = first?.type === 'paragraph' && first.children[0]?.type === 'strong' ? plainText(first.children[0]) : null;
          const text = strong ?? plainText(li).split(/[:\n–—]| - /)[0];
          out.push(text);
        }
      }
    }
  }
  const clean = out.map((p) => p.replace(/[:：]\s*$/, '').replace(/[*_`]/g, '').trim()).filter((p) => p.length > 1 && p.length <= 50);
  return [...new Set(clean)].slice(0, MAX_PERSONAS);
}

const EXTERNAL_SECTION = /\b(?:external (?:apis?|systems?|services?|integrations?|dependencies)|third party|integrations?|apis externes|dis sistemler)\b/;

/** External systems: headings under an "External APIs" / "External Systems" section. */
export function externalsOf(arch: ParsedDoc | null): string[] {
  if (!arch) return [];
  const out: string[] = [];
  for (const s of arch.sections) {
    if (!EXTERNAL_SECTION.test(s.key)) continue;
    for (const child of sectionTree(arch, s).slice(1)) if (child.parent === s) out.push(stripNumbering(child.title).replace(/\s*\(.*\)\s*$/, '').trim());
  }
  return [...new Set(out.filter((n) => n.length > 1 && n.length <= 60))].slice(0, MAX_EXTERNALS);
}

/** Decision records: headings under a decisions section (or ADR-n headings), with the IDs they cite. */
export function decisionsOf(arch: ParsedDoc | null, synonyms: SectionSynonyms, ids: IdSettings): Decision[] {
  if (!arch) return [];
  const re = idRegex(ids);
  const phrases = synonyms.decisions ?? [];
  const out: Decision[] = [];
  const used = new Set<string>();
  for (const s of arch.sections) {
    const isAdr = /^adr[\s-]*\d+/i.test(stripNumbering(s.title));
    // "# Architecture Decision Document" is the document's title, not a decisions section.
    const parent = s.parent;
    const isTitle = parent?.depth === 1 && parent.file === arch.files[0]?.path;
    const underDecisions = parent && !isTitle && phrases.some((p) => headingHas(parent.key, p));
    if (!isAdr && !underDecisions) continue;
    const file = arch.files.find((f) => f.path === s.file)!;
    const text = sectionTree(arch, s)
      .map((t) => [t.title, ...t.blocks.filter((b) => !inGenerated(file, b.position?.start.line ?? 0)).map((b) => plainText(b as Nodes))].join('\n'))
      .join('\n');
    const requirements = [...new Set([...text.matchAll(re)].map((m) => normalizeId(m[0])))];
    let key = `dec_${normalizeHeading(s.title).replace(/[^a-z0-9]+/g, '_').slice(0, 40) || out.length + 1}`;
    while (used.has(key)) key += '_';
    used.add(key);
    out.push({ key, title: stripNumbering(s.title), requirements });
  }
  return out;
}

export interface DiagramContext {
  catalogue: Component[];
  model: DiagramModel;
}

export function buildDiagramModel(prd: ParsedDoc | null, arch: ParsedDoc | null, coverage: Coverage, synonyms: SectionSynonyms, ids: IdSettings): DiagramContext {
  const catalogue = readCatalogue(arch, synonyms.components ?? [], ids);
  return {
    catalogue,
    model: {
      systemName: systemNameOf(arch),
      components: catalogue,
      dependencies: resolveDependencies(catalogue),
      personas: personasOf(prd, synonyms),
      externals: externalsOf(arch),
      requirements: coverage.rows.filter((r) => r.requirement.kind === 'nfr').map((r) => ({ id: r.requirement.id, key: r.requirement.key, title: r.requirement.title, status: r.status })),
      decisions: decisionsOf(arch, synonyms, ids),
    },
  };
}
