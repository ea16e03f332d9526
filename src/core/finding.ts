// The contracts every layer shares: what a finding is and where it points, and what the shells
// hand the engine. Pure data; imports nothing.

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
  /**
   * What the finding is about when its message also carries advice that edits elsewhere change
   * (where an uncited NFR seems addressed): the fingerprint reads this instead of the message.
   */
  identity?: string;
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
  /** What the reader decided about the layout that the user should know (an arc42 §10 read as the PRD). */
  notices?: string[];
}
