import type { Nodes } from 'mdast';
import type { ParsedDoc } from '../engine/document.js';
import { walk } from '../engine/markdown.js';
import type { Coverage } from '../engine/coverage.js';
import type { SectionSynonyms } from '../engine/section-finder.js';
import type { IdSettings } from '../engine/ids.js';
import { KINDS, type Kind, type MarkedBlock, type MarkerProblem } from './markers.js';
import { buildDiagramModel } from './model.js';
import { generate, type DiagramModel } from './generate.js';
import type { Component } from './catalogue.js';
import { comparable, fileFix, type FileFix } from './plan-fixes.js';

export interface MermaidBlock {
  file: string;
  /** Line of the opening fence. */
  fenceLine: number;
  code: string;
  /** Set for blocks archgate generates. */
  generated: boolean;
}

export interface MermaidProblem {
  /** 1-based line inside the block's code. */
  line: number;
  message: string;
}

/** Syntax checking is asynchronous and needs a DOM: the shell supplies it. */
export interface MermaidValidator {
  validate(code: string): Promise<MermaidProblem | null>;
  /** Told the raw documents before parsing, so a validator can load mermaid (and guess at blocks) meanwhile. */
  prepare?(texts: string[]): void;
  /**
   * Told the raw documents whose judgement came from an earlier run (the Action's carried base):
   * the verdicts it already knows for their blocks count as asked, so that they are carried on, and
   * mermaid is asked nothing.
   */
  keep?(texts: string[]): void;
}

export interface GeneratedBlock {
  file: string;
  block: MarkedBlock;
  kind: Kind;
  expected: string;
  stale: boolean;
}

export interface DiagramView {
  catalogue: Component[];
  model: DiagramModel;
  generated: GeneratedBlock[];
  markerProblems: { file: string; problem: MarkerProblem }[];
  mermaid: MermaidBlock[];
  /** Filled by validateMermaid; absent when no validator ran. */
  mermaidProblems?: Map<MermaidBlock, MermaidProblem>;
  /** Whole new texts of the files whose generated blocks are stale, and the same as a patch. */
  fixes: FileFix[];
  /** Blocks left unjudged, and why (not findings: nothing says they are wrong). */
  notices: string[];
}

/** Which doc set is being checked, and every doc set the config names (absent when it names none). */
export interface DocSetNames {
  name?: string;
  configured?: readonly string[];
}

/**
 * Whether this doc set generates a block marked `for NAME`, else the marker problem or the
 * notice saying why nobody does. A name the config does not list would leave the block to no
 * doc set, silently: a typo, or a doc set renamed since.
 */
function owner(block: MarkedBlock, names: DocSetNames): { generates: boolean; problem?: MarkerProblem; notice?: string } {
  if (block.docSet === undefined || names.name === undefined) return { generates: true };
  if (!names.configured) {
    if (block.docSet === names.name) return { generates: true };
    return { generates: false, notice: `the archgate:begin ${block.kind} marker is for the doc set "${block.docSet}", but the config names no doc sets (this run checks one, "${names.name}"), so the block was neither checked nor regenerated. To have it checked, list the doc set "${block.docSet}" under docSets in the config, or remove "for ${block.docSet}".` };
  }
  if (names.configured.includes(block.docSet)) return { generates: block.docSet === names.name };
  return {
    generates: false,
    problem: {
      line: block.beginLine,
      message: `The archgate:begin ${block.kind} marker is for the doc set "${block.docSet}", which the config does not name (doc sets: ${names.configured.join(', ')}), so no doc set checks or regenerates this block.`,
      fix: `Write the name of a doc set from the config after "for", or remove "for ${block.docSet}" to let every doc set that reads this file generate the block.`,
    },
  };
}

/** `docSets` names the doc set being checked: a block marked for another doc set is left to that one. */
export function buildDiagramView(prd: ParsedDoc | null, arch: ParsedDoc | null, coverage: Coverage, synonyms: SectionSynonyms, ids: IdSettings, docSets: DocSetNames = {}): DiagramView {
  const { catalogue, model } = buildDiagramModel(prd, arch, coverage, synonyms, ids);
  const generated: GeneratedBlock[] = [];
  const markerProblems: DiagramView['markerProblems'] = [];
  const fixes: DiagramView['fixes'] = [];
  const notices: string[] = [];
  for (const file of arch?.files ?? []) {
    const { blocks, problems } = file.marked;
    for (const problem of problems) markerProblems.push({ file: file.path, problem });
    const eol = file.text.includes('\r\n') ? '\r\n' : '\n';
    const mine: GeneratedBlock[] = [];
    for (const block of blocks) {
      const { generates, problem, notice } = owner(block, docSets);
      if (problem) markerProblems.push({ file: file.path, problem });
      if (notice) notices.push(`${file.path}:${block.beginLine}: ${notice}`);
      if (!generates || !(KINDS as readonly string[]).includes(block.kind)) continue;
      const kind = block.kind as Kind;
      const expected = generate(kind, model).replace(/\n/g, eol);
      mine.push({ file: file.path, block, kind, expected, stale: comparable(block.content) !== comparable(expected) });
    }
    generated.push(...mine);
    const stale = mine.filter((g) => g.stale);
    if (stale.length) fixes.push(fileFix(file.path, file.text, stale));
  }
  const mermaid: MermaidBlock[] = [];
  for (const doc of [prd, arch]) {
    for (const file of doc?.files ?? []) {
      walk(file.root, (node: Nodes) => {
        // A code block is flow content: never inside a paragraph, heading or table, whose inline
        // nodes are most of a document's nodes.
        if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'table') return false;
        if (node.type !== 'code' || node.lang?.toLowerCase() !== 'mermaid') return;
        const fenceLine = node.position?.start.line ?? 1;
        mermaid.push({ file: file.path, fenceLine, code: node.value, generated: file.generated.some(([a, b]) => fenceLine > a && fenceLine < b) });
      });
    }
  }
  return { catalogue, model, generated, markerProblems, mermaid, fixes, notices };
}

/** Run the validator over every mermaid block, once per distinct code. */
export async function validateMermaid(view: DiagramView, validator: MermaidValidator): Promise<void> {
  const byCode = new Map<string, MermaidProblem | null>();
  const problems = new Map<MermaidBlock, MermaidProblem>();
  for (const block of view.mermaid) {
    if (!byCode.has(block.code)) byCode.set(block.code, await validator.validate(block.code));
    const p = byCode.get(block.code);
    if (p) problems.set(block, p);
  }
  view.mermaidProblems = problems;
}
