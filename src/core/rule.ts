import type { ParsedDoc, Section } from '../engine/document.js';
import type { IdScan } from '../engine/requirements.js';
import type { DocKind, Location, Requirement, Severity, SeveritySetting, SuggestedPlace } from '../engine/types.js';
import type { SectionSynonyms } from '../engine/section-finder.js';
import type { Coverage } from '../engine/coverage.js';
import type { ActiveWaiver } from '../engine/waivers.js';
import type { DiagramView } from '../diagrams/diagram-view.js';

export const DOCS_BASE = 'https://github.com/archgate/archgate/blob/main/docs/rules';

export type RuleScope = 'file' | 'docSet';

export interface RuleMeta {
  /** Stable kebab-case ID in a namespace: prd/nfr-measurable. */
  id: string;
  description: string;
  defaultSeverity: SeveritySetting;
  /**
   * What a finding depends on. 'file': one document's own text and the config (a missing section,
   * a placeholder, a marker), so doc sets sharing the file find the same thing and the review
   * reports it once. 'docSet': the PRD and the architecture together (coverage, citations,
   * generated blocks), reported by each doc set.
   */
  scope: RuleScope;
  /** Severity in the minimal preset; rules without it are off there. */
  minimal?: SeveritySetting;
  /** A paragraph for the generated docs page: what it checks, why, how to fix. */
  rationale: string;
  /** JSON Schema of the rule's options (properties only), for the config schema and docs. */
  options?: Record<string, unknown>;
  /** Markdown examples for the docs and tests: one that passes, one that fails, and what it reports ("line severity: message"). */
  examples?: { pass: string; fail: string; reports?: string[] };
}

export interface Report {
  location: Location;
  message: string;
  fix: string;
  related?: Location & { message: string };
  suggestions?: SuggestedPlace[];
  /** The message without advice that edits elsewhere change: what the finding's fingerprint reads. */
  identity?: string;
  /** A checklist item's own severity; without it the finding takes the rule's. */
  severity?: Severity;
}

/** What a rule sees: the parsed documents and what the engine derived from them. Read-only. */
export interface DocSetView {
  name: string;
  /** Paths the config named that resolved to no file. */
  missing: { kind: DocKind; path: string; noMarkdown?: boolean }[];
  /** How the documents were read, said once to the user (e.g. a PRD file left out of the architecture). */
  notices: string[];
  prd: ParsedDoc | null;
  architecture: ParsedDoc | null;
  prdIds: IdScan;
  architectureIds: IdScan;
  requirements: Requirement[];
  coverage: Coverage;
  /** Config and inline waivers, with their expiry worked out. */
  waivers: ActiveWaiver[];
  /** Component catalogue, generated blocks, mermaid blocks. */
  diagrams: DiagramView;
  synonyms: SectionSynonyms;
  /** IDs of the rules this run has (built-in and custom): what a waiver may name. */
  ruleIds: string[];
  doc(kind: DocKind): ParsedDoc | null;
  /** Every section on the topic, best first. */
  findSections(kind: DocKind, topic: string): Section[];
}

/** A rule's severity and options after the preset and the config. */
export interface RuleSetting {
  severity: SeveritySetting;
  options: Record<string, unknown>;
  /** Set by the strict preset or a severity in the config: it overrides checklist items' own severities. */
  fixed?: boolean;
}

export interface RuleContext {
  view: DocSetView;
  options: Record<string, unknown>;
  /** The rule's severity from the preset and config. */
  severity: Severity;
  /** True when the preset (strict) or the config set the severity: it then overrides each item's own. */
  severityFixed: boolean;
  report(report: Report): void;
}

export interface Rule {
  meta: RuleMeta;
  /** It reads mermaid's verdicts (view.diagrams.mermaidProblems): it runs once they are in, every other rule while mermaid works. */
  readsMermaidVerdicts?: true;
  check(context: RuleContext): void;
}

export const DOC_NAMES: Record<DocKind, string> = { prd: 'The PRD', architecture: 'The architecture document' };

export function docsUrl(id: string): string {
  return `${DOCS_BASE}/${id.replace('/', '-')}.md`;
}

/** Where a document-level finding goes: the first line of the document's first file. */
export function docStart(doc: ParsedDoc): Location {
  return { file: doc.files[0]?.path ?? '', line: 1, column: 1 };
}
