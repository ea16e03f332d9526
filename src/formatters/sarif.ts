import { createHash } from 'node:crypto';
import type { Report } from '../report/report.js';
import type { Rule } from '../core/rule.js';
import { docsUrl } from '../core/rule.js';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

/** SARIF 2.1.0 for code scanning: one run, every rule described, one result per finding. */
export function formatSarif(report: Report, rules: readonly Rule[], version: string): string {
  const index = new Map(rules.map((r, i) => [r.meta.id, i]));
  const results = report.docSets.flatMap((set) =>
    set.findings.map((f) => ({
      ruleId: f.rule,
      ...(index.has(f.rule) ? { ruleIndex: index.get(f.rule) } : {}),
      level: f.severity,
      message: { text: `${f.message} Fix: ${f.fix}` },
      locations: [{ physicalLocation: { artifactLocation: { uri: f.file, uriBaseId: '%SRCROOT%' }, region: { startLine: f.line, startColumn: f.column } } }],
      ...(f.related || f.suggestions?.length
        ? {
            relatedLocations: [
              ...(f.related ? [{ message: { text: f.related.message }, physicalLocation: { artifactLocation: { uri: f.related.file, uriBaseId: '%SRCROOT%' }, region: { startLine: f.related.line, startColumn: f.related.column } } }] : []),
              ...(f.suggestions ?? []).map((s) => ({
                message: { text: `${s.confidence === 'likely' ? 'Likely' : 'Possibly'} addressed here${s.heading ? ` (${s.heading})` : ''}: ${s.evidence}` },
                physicalLocation: { artifactLocation: { uri: s.file, uriBaseId: '%SRCROOT%' }, region: { startLine: s.line } },
              })),
            ].map((l, id) => ({ id, ...l })),
          }
        : {}),
      partialFingerprints: { 'archgate/v1': createHash('sha256').update([f.rule, f.file, f.message].join('\u0000')).digest('hex') },
      ...(f.baseline ? { baselineState: f.baseline === 'new' ? 'new' : 'unchanged' } : {}),
    })),
  );
  const sarif = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'archgate',
            version,
            informationUri: 'https://github.com/archgate/archgate',
            rules: rules.map((r) => ({
              id: r.meta.id,
              name: r.meta.id.replace(/[/-](\w)/g, (_, c: string) => c.toUpperCase()),
              shortDescription: { text: r.meta.description },
              fullDescription: { text: r.meta.rationale },
              helpUri: docsUrl(r.meta.id),
              defaultConfiguration: { level: r.meta.defaultSeverity === 'off' ? 'none' : r.meta.defaultSeverity },
            })),
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { uri: 'file:///' } },
        results,
      },
    ],
  };
  return JSON.stringify(sarif, null, 2) + '\n';
}
