import type { DocSetResult } from '../engine/engine.js';
import type { Finding, Requirement, Target } from '../engine/types.js';
import type { FailOn } from '../config/resolve-config.js';

export const REPORT_VERSION = 1;

export interface RequirementReport {
  id: string;
  kind: Requirement['kind'];
  title: string;
  category: string | null;
  targets: Omit<Target, 'text'>[];
  standards: string[];
  location: { file: string; line: number };
}

export interface DocSetReport {
  name: string;
  prd: { files: string[] };
  architecture: { files: string[] };
  requirements: RequirementReport[];
  coverage: { id: string; status: string; citations: { file: string; line: number }[] }[];
  findings: Finding[];
  suppressed: number;
}

/** The versioned JSON report (schema/report.schema.json): the contract scripts rely on. */
export interface Report {
  version: typeof REPORT_VERSION;
  result: 'pass' | 'fail';
  failOn: FailOn;
  docSets: DocSetReport[];
  summary: { errors: number; warnings: number; nfrTotal: number; nfrCovered: number };
}

export function gateFails(findings: Finding[], failOn: FailOn): boolean {
  if (failOn === 'never') return false;
  return findings.some((f) => f.severity === 'error' || (failOn === 'warning' && f.severity === 'warning'));
}

export function buildReport(results: DocSetResult[], failOn: FailOn): Report {
  const docSets: DocSetReport[] = results.map((r) => ({
    name: r.name,
    prd: { files: r.prdFiles },
    architecture: { files: r.architectureFiles },
    requirements: r.requirements.map((q) => ({
      id: q.id,
      kind: q.kind,
      title: q.title,
      category: q.category,
      targets: q.targets.map(({ text: _text, ...t }) => t),
      standards: q.standards,
      location: { file: q.location.file, line: q.location.line },
    })),
    coverage: [],
    findings: r.findings,
    suppressed: r.suppressed,
  }));
  const all = results.flatMap((r) => r.findings);
  return {
    version: REPORT_VERSION,
    result: gateFails(all, failOn) ? 'fail' : 'pass',
    failOn,
    docSets,
    summary: {
      errors: all.filter((f) => f.severity === 'error').length,
      warnings: all.filter((f) => f.severity === 'warning').length,
      nfrTotal: results.reduce((n, r) => n + r.requirements.filter((q) => q.kind === 'nfr').length, 0),
      nfrCovered: 0,
    },
  };
}
