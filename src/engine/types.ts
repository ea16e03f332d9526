// Requirement data the engine derives, shared by the rules and the formatters. Pure data: no I/O.
// Findings and inputs are core contracts (src/core/finding.ts), re-exported here for the engine's users.

import type { Location } from '../core/finding.js';

export type { Severity, SeveritySetting, DocKind, Location, Finding, SuggestedPlace, SourceFile, DocSetInput } from '../core/finding.js';

export type ReqKind = 'fr' | 'nfr' | 'other';

export interface Target {
  metric: string;
  comparator: '<' | '<=' | '>' | '>=' | '=';
  value: number;
  unit: string;
  percentile?: number;
  text: string;
  /** For a bare value ("cost factor ≥ 10", "Sharpe ≥ 0.5"): the word it is the value of, lower case. */
  quantity?: string;
}

export interface Requirement {
  id: string;
  /** Upper-cased, separators and leading zeros removed: NFR-001 and NFR1 are the same requirement. */
  key: string;
  kind: ReqKind;
  title: string;
  text: string;
  category: string | null;
  targets: Target[];
  /** A named standard that makes the requirement checkable without a number (WCAG 2.1, ISO 27001, ...). */
  standards: string[];
  location: Location;
  /**
   * A quality scenario's stimulus, source and environment cells (arc42's "Stimulus | Response"
   * table): what happens to the system, not how it answers. Absent for any other requirement.
   */
  stimulus?: string;
}

export interface Reference {
  id: string;
  key: string;
  kind: ReqKind;
  location: Location;
  /** Why this occurrence cannot count as evidence, if it cannot. */
  noise?: 'front-matter' | 'change-log' | 'checklist' | 'claim' | 'generated';
  /** Set when the ID was not written out but lies inside a range ("NFR1-4"). */
  range?: string;
}

/** A range without the kind prefix ("P1–P5"), resolved against the PRD's IDs later. */
export interface BareRange {
  letters: string;
  from: number;
  to: number;
  /** The table row, list item or paragraph it stands in: it must name the category. */
  context: string;
  location: Location;
  noise?: Reference['noise'];
}
