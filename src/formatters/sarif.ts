import { createRequire } from 'node:module';
import type { Report } from '../report/report.js';
import type { Rule } from '../core/rule.js';
import { docsUrl } from '../core/rule.js';
import { findingFingerprints } from '../engine/fingerprint.js';
import { LazyJsonArray, writeJson, type ChunkSink } from './json-chunks.js';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

/**
 * The partialFingerprints key code scanning reads: it uses primaryLocationLineHash and no other
 * (GitHub's "SARIF support for code scanning"). The value is the finding's fingerprint, the one
 * --baseline matches on, in GitHub's own form (16 hex digits of a hash, ":" and the occurrence),
 * so code scanning and --baseline agree on what is new. upload-sarif keeps a value it is given
 * (it computes one from the line's text only when there is none) and logs that the two differ.
 */
export const FINGERPRINT_KEY = 'primaryLocationLineHash';

// node:crypto when SARIF is written, not whenever the CLI loads its formatters.
const builtin = createRequire(import.meta.url);
const sha256 = (text: string) => (builtin('node:crypto') as typeof import('node:crypto')).createHash('sha256').update(text).digest('hex');

/** One SARIF result per finding, made as it is written: a big doc set's results are never all held. */
function* sarifResults(report: Report, index: Map<string, number>) {
  for (const set of report.docSets) {
    // Per doc set, as the baseline compares: the same finding in two doc sets sharing a file is
    // one alert in code scanning.
    const fingerprints = findingFingerprints(set.findings).map((fp) => `${sha256(fp.identity).slice(0, 16)}:${fp.occurrence}`);
    for (const [i, f] of set.findings.entries()) yield {
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
      partialFingerprints: { [FINGERPRINT_KEY]: fingerprints[i] },
      ...(f.baseline ? { baselineState: f.baseline === 'new' ? 'new' : 'unchanged' } : {}),
    };
  }
}

/** SARIF 2.1.0 for code scanning, written in chunks: one run, every rule described, one result per finding. */
export function writeSarif(report: Report, rules: readonly Rule[], version: string, sink: ChunkSink): void {
  const index = new Map(rules.map((r, i) => [r.meta.id, i]));
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
        results: new LazyJsonArray(sarifResults(report, index)),
      },
    ],
  };
  writeJson(sarif, sink);
}

/** SARIF 2.1.0 as one string (writeSarif's chunks joined). */
export function formatSarif(report: Report, rules: readonly Rule[], version: string): string {
  const chunks: string[] = [];
  writeSarif(report, rules, version, (c) => chunks.push(c));
  return chunks.join('');
}
