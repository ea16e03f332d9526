// Data shared by the engine, the rules and the formatters. Pure data: no I/O.

export type Severity = 'error' | 'warning';
export type SeveritySetting = Severity | 'off';
export type DocKind = 'prd' | 'architecture';

export interface Location {
  file: string;
  line: number;
  column: number;
}

export interface Finding {
  rule: string;
  severity: Severity;
  message: string;
  fix: string;
  file: string;
  line: number;
  column: number;
  /** Where the finding's second place is, e.g. "first defined here". */
  related?: Location & { message: string };
  /** Places to act at, best first: where an uncited NFR seems addressed. */
  suggestions?: SuggestedPlace[];
}

/** A place where a requirement seems addressed, as the report shows it. */
export interface SuggestedPlace {
  file: string;
  line: number;
  heading: string;
  score: number;
  confidence: 'likely' | 'possible';
  evidence: string;
}

/** One markdown file handed to the engine: the shell reads it, the engine never does. */
export interface SourceFile {
  path: string;
  text: string;
}

export interface DocSetInput {
  name: string;
  prd: SourceFile[];
  architecture: SourceFile[];
  /** Paths the user asked for that did not resolve to any file. */
  missing: { kind: DocKind; path: string; noMarkdown?: boolean }[];
}

export type ReqKind = 'fr' | 'nfr' | 'other';

export interface Target {
  metric: string;
  comparator: '<' | '<=' | '>' | '>=' | '=';
  value: number;
  unit: string;
  percentile?: number;
  text: string;
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
