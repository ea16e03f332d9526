import type { ParsedDoc, Section } from '../engine/document.js';
import type { DocKind, Location, Severity } from '../engine/types.js';
import type { DocSetView } from './rule.js';

export const DIAGRAM_KINDS = ['context', 'container', 'component', 'sequence', 'deployment', 'any'] as const;
export type DiagramKind = (typeof DIAGRAM_KINDS)[number];

/**
 * One checklist item: a record of a kind. Built-in checklists and users' customRules are the
 * same records; built-ins may name a vocabulary topic (whose heading synonyms the config and
 * the languages extend) where a custom rule lists its headings.
 */
export interface ChecklistRecord {
  /** Built-in: the item's key within its rule ("authorization"); custom: namespace/name. */
  id: string;
  kind: string;
  document: DocKind;
  /** Headings the record looks for, or looks within. */
  section?: string[];
  /** A topic of the heading vocabulary (view.synonyms): its phrases are the headings. */
  topic?: string | string[];
  /** With topic: look only within the topic's sections (else they only say where a finding goes). */
  scoped?: boolean;
  pattern?: RegExp;
  /** A second pattern that must match in the same paragraph, list item or table row as pattern. */
  near?: RegExp;
  min?: number;
  columns?: string[];
  diagram?: DiagramKind;
  level: Severity;
  /** What is missing, as the finding says it. */
  message: string;
  fix: string;
  link?: string;
  /** A core topic: the gate counts how many of these an architecture lacks. */
  core?: boolean;
  /** What the item is, for the docs: one line. */
  label?: string;
}

export interface KindReport {
  location: Location;
  message: string;
  fix: string;
}

export interface KindContext {
  view: DocSetView;
  doc: ParsedDoc;
  /** The sections the record names, best first ([] when it names none or none is there). */
  sections: Section[];
  /** The sections to look within; [] means the whole document. */
  scope: Section[];
  /** Where a finding about a missing item goes: its section or label, else the document's start. */
  where: Location;
}

/** A rule kind: one documented option shape and one check. */
export interface RuleKind {
  name: string;
  description: string;
  /** Record fields this kind needs, beyond id, kind, document, level and message. */
  required: readonly string[];
  /** Record fields this kind reads (required ones included). */
  fields: readonly string[];
  check(record: ChecklistRecord, ctx: KindContext): KindReport[];
}
