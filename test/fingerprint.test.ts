import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { check, describeWithShared, sharedPath } from './helpers.js';
import { compareWithBaseline } from '../src/engine/baseline.js';
import { findingFingerprints, maskPositions } from '../src/engine/fingerprint.js';
import { buildReport, type Report } from '../src/report/report.js';
import { FINGERPRINT_KEY, formatSarif } from '../src/formatters/sarif.js';
import { RULES } from '../src/rules/index.js';
import { VERSION } from '../src/version.js';
import type { Finding } from '../src/engine/types.js';

// One fingerprint for a finding: --baseline calls a finding new exactly when code scanning does
// (its SARIF fingerprint is absent from the base commit's SARIF), and neither moves with lines.

interface SarifResult {
  ruleId: string;
  message: { text: string };
  locations: { physicalLocation: { region: { startLine: number } } }[];
  partialFingerprints: Record<string, string>;
  baselineState?: string;
}

const sarifResults = (report: Report): SarifResult[] => JSON.parse(formatSarif(report, RULES, VERSION)).runs[0].results;
const line = (r: SarifResult) => r.locations[0].physicalLocation.region.startLine;

describe('a finding\'s fingerprint', () => {
  const placeholder = (line: number): Finding => ({ rule: 'arch/no-placeholders', severity: 'error', message: 'Unfilled unfinished marker "TBD".', fix: 'Replace "TBD" with the real content, or delete it.', file: 'docs/architecture.md', line, column: 1 });

  it('leaves out the places a message names, and numbers identical findings in file order', () => {
    expect(maskPositions('NFR-2 is defined again; it was first defined at docs/prd.md:12 ("Uptime").')).toBe('NFR-2 is defined again; it was first defined at docs/prd.md:# ("Uptime").');
    expect(maskPositions('The archgate:begin components marker has no archgate:end before the next begin marker (line 40).')).toBe('The archgate:begin components marker has no archgate:end before the next begin marker (line #).');
    expect(maskPositions('It seems addressed at docs/architecture.md:566:3 (External APIs).')).toBe('It seems addressed at docs/architecture.md:# (External APIs).');
    const identity = '["arch/no-placeholders","docs/architecture.md","Unfilled unfinished marker \\"TBD\\"."]';
    expect(findingFingerprints([placeholder(37), placeholder(271)])).toEqual([
      { identity, occurrence: 1 },
      { identity, occurrence: 2 },
    ]);
    // Moved down three lines: the same keys.
    expect(findingFingerprints([placeholder(40), placeholder(274)])).toEqual(findingFingerprints([placeholder(37), placeholder(271)]));
  });
});

describeWithShared('baseline and SARIF agree on what is new, on a real pair edited', () => {
  // CWE-ChatBot's architecture has two "To be determined" placeholders (lines 37 and 271), and
  // its uncited NFRs name the architecture lines where they seem addressed.
  const dir = sharedPath('corpus', '01-CWE-ChatBot__CWE-ChatBot');
  const prd = readFileSync(path.join(dir, 'docs/prd.md'), 'utf8');
  const architecture = readFileSync(path.join(dir, 'docs/architecture.md'), 'utf8');
  const lines = architecture.split('\n');
  // Three lines under the title move everything below them; a third placeholder at the end is new:
  // 1,675 lines, three more above them, the file's last blank line, then line 1680.
  const edited = [lines[0], '', '> Reviewed by the platform team; open and invite-only access points are tracked in the backlog.', '', ...lines.slice(1), '* **Support hours:** To be determined with the first customer.', ''].join('\n');

  const base = check(prd, architecture);
  const head = check(prd, edited);
  const baseReport = buildReport([{ result: base }], 'error');
  const headReport = buildReport([{ result: head, baseline: compareWithBaseline(head, base) }], 'error', { baseline: 'a1b2c3d' });
  const baseSarif = sarifResults(baseReport);
  const headSarif = sarifResults(headReport);
  const baseFingerprints = new Set(baseSarif.map((r) => r.partialFingerprints[FINGERPRINT_KEY]));

  it('the baseline calls exactly the added placeholder new, and every finding of the base existing', () => {
    const findings = headReport.docSets[0].findings;
    expect(findings.filter((f) => f.baseline === 'new').map((f) => `${f.file}:${f.line} ${f.rule} ${f.message}`)).toEqual([`docs/architecture.md:1680 arch/no-placeholders Unfilled unfinished marker "To be determined".`]);
    expect(findings.filter((f) => f.baseline === 'existing')).toHaveLength(base.findings.length);
    expect(headReport.docSets[0].fixed).toEqual([]);
  });

  it('a finding moved down three lines keeps its fingerprint in the baseline and in SARIF', () => {
    const placeholders = (results: SarifResult[]) => results.filter((r) => r.ruleId === 'arch/no-placeholders');
    expect(placeholders(baseSarif).map(line)).toEqual([37, 271]);
    expect(placeholders(headSarif).map(line)).toEqual([40, 274, 1680]);
    // The key code scanning reads, in its own form: one hash for the three, then which one it is.
    const hashes = placeholders(headSarif).map((r) => r.partialFingerprints.primaryLocationLineHash);
    expect(hashes.map((h) => h.replace(/^[0-9a-f]{16}:/, '#:'))).toEqual(['#:1', '#:2', '#:3']);
    expect(new Set(hashes.map((h) => h.split(':')[0])).size).toBe(1);
    expect(placeholders(headSarif).slice(0, 2).map((r) => r.partialFingerprints[FINGERPRINT_KEY])).toEqual(placeholders(baseSarif).map((r) => r.partialFingerprints[FINGERPRINT_KEY]));
    // An uncited NFR's message names architecture lines, which moved: same fingerprint all the same.
    const nfr3 = (results: SarifResult[]) => results.find((r) => r.ruleId === 'trace/nfr-addressed' && r.message.text.startsWith('NFR3 '))!;
    expect(nfr3(baseSarif).message.text).toContain('docs/architecture.md:566 ');
    expect(nfr3(headSarif).message.text).toContain('docs/architecture.md:569 ');
    expect(nfr3(headSarif).partialFingerprints[FINGERPRINT_KEY]).toBe(nfr3(baseSarif).partialFingerprints[FINGERPRINT_KEY]);
    expect(headReport.docSets[0].findings.find((f) => f.rule === 'trace/nfr-addressed' && f.message.startsWith('NFR3 '))!.baseline).toBe('existing');
  });

  it('an uncited NFR whose suggested places changed is the same finding: the advice is not its identity', () => {
    // The note added under the title reads like a place that addresses NFR13 (registration).
    const nfr13 = (results: SarifResult[]) => results.find((r) => r.ruleId === 'trace/nfr-addressed' && r.message.text.startsWith('NFR13 '))!;
    expect(nfr13(baseSarif).message.text).not.toMatch(/docs\/architecture\.md:3[;.]/);
    expect(nfr13(headSarif).message.text).toContain('It seems addressed at docs/architecture.md:3;');
    expect(nfr13(headSarif).partialFingerprints[FINGERPRINT_KEY]).toBe(nfr13(baseSarif).partialFingerprints[FINGERPRINT_KEY]);
    expect(headReport.docSets[0].findings.find((f) => f.rule === 'trace/nfr-addressed' && f.message.startsWith('NFR13 '))!.baseline).toBe('existing');
  });

  it('new in the baseline ⇔ the SARIF fingerprint is absent from the base commit\'s SARIF ⇔ baselineState "new"', () => {
    const findings = headReport.docSets[0].findings;
    expect(headSarif).toHaveLength(findings.length);
    expect(new Set(headSarif.map((r) => r.partialFingerprints[FINGERPRINT_KEY])).size).toBe(headSarif.length);
    headSarif.forEach((r, i) => {
      const absent = !baseFingerprints.has(r.partialFingerprints[FINGERPRINT_KEY]);
      expect(absent, `${r.ruleId} at line ${line(r)}`).toBe(findings[i].baseline === 'new');
      expect(r.baselineState).toBe(absent ? 'new' : 'unchanged');
    });
  });
});
