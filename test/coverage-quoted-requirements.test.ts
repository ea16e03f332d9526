import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { check, ROOT } from './helpers.js';
import { buildReport } from '../src/report/report.js';
import { compileTemplate, renderDocSet } from '../src/report/render-markdown.js';

// lunesko/I_am_OK's C4 architecture quotes its security requirements from another document
// ("### 9.3 Security Requirements — From YA-OK-SEC-002: … OWASP MASVS L2 compliance") and its
// quality targets in a "Quality Attributes (ISO 25010)" table: both restate requirements, neither
// says how they are met, so neither implies an NFR nor is a likely place to cite it.
// No place is suggested either, by design: the three places that resemble the NFR (the table row,
// the two quoted list items) all stand in requirements summaries, and a summary is offered only
// beside a place in the design (rankPlaces in src/engine/cite-suggestions.ts): on its own it would
// send the author to cite the NFR where it is listed, not where it is met. The finding names them
// as what they are, summaries that restate it.

const prd = [
  '## 5. Non-Functional Requirements',
  '### 5.3 Security',
  ['| ID | Requirement | Target |', '| --- | --- | --- |', '| NFR-SEC-010 | Compliance | OWASP MASVS L2, ISO 27001 controls |'].join('\n'),
].join('\n\n');

const otherSections = Array.from({ length: 20 }, (_, i) => `### 5.${i} Component ${i}\n\nComponent ${i} stores messages in the local queue and forwards them over BLE.\n`).join('\n');

const arch = [
  '# C4 Architecture Model',
  '## 2. Architecture Principles',
  '### 2.2 Quality Attributes (ISO 25010)',
  ['| Attribute | Priority | Target |', '| --- | --- | --- |', '| Security | P0 | OWASP MASVS L2 compliance, ISO 27001 controls |'].join('\n'),
  otherSections,
  '## 9. Security Architecture',
  '### 9.3 Security Requirements',
  'From **YA-OK-SEC-002** (Security Requirements):\n- 82 formal security requirements across 11 categories\n- OWASP MASVS L2 compliance\n- ISO 27001 controls mapping',
].join('\n\n');

describe('requirements quoted in the architecture from elsewhere', () => {
  it('imply nothing and are no place to cite: the NFR stays uncovered with no suggestion', () => {
    const result = check(prd, arch);
    const row = result.coverage.rows.find((r) => r.requirement.id === 'NFR-SEC-010')!;
    expect(row.status).toBe('uncovered');
    expect(row.implied).toBeUndefined();
    expect(row.suggestions).toEqual([]);
    expect(result.findings.filter((f) => f.rule === 'trace/nfr-addressed').map((f) => [f.file, f.line, f.message])).toEqual([
      // Not "nothing resembles it": the summaries do, and the finding says only that.
      [
        'docs/prd.md',
        7,
        'NFR-SEC-010 (Compliance) is not cited in the architecture document. Only requirements summaries restate it: docs/architecture.md:9 (Architecture Principles › Quality Attributes (ISO 25010)); docs/architecture.md:98 (Security Architecture › Security Requirements); docs/architecture.md:99 (Security Architecture › Security Requirements).',
      ],
    ]);
  });

  it('a place in the design that meets it is suggested, and the quoted lines beside it', () => {
    const withDesign = `${arch}\n\n### 9.4 Mobile Hardening\n\nThe app passes an OWASP MASVS L2 audit before each release: certificate pinning, root detection and ISO 27001 controls for key custody.\n`;
    const row = check(prd, withDesign).coverage.rows.find((r) => r.requirement.id === 'NFR-SEC-010')!;
    // By line: the order between a summary and the design is the ranking's business (cite-suggestions tests).
    const byLine = row.suggestions.map((s) => [s.location.line, s.heading, s.confidence]).sort((a, b) => Number(a[0]) - Number(b[0]));
    expect(byLine).toEqual([
      [9, 'Architecture Principles › Quality Attributes (ISO 25010)', 'possible'],
      [98, 'Security Architecture › Security Requirements', 'possible'],
      [103, 'Security Architecture › Mobile Hardening', 'likely'],
    ]);
  });
});

describe('an NFR only requirements summaries restate, in the report and the PR comment', () => {
  it('carries their lines as summaries, and the comment says what they are', async () => {
    const report = buildReport([{ result: check(prd, arch) }], 'error');
    const row = report.docSets[0].coverage.find((c) => c.id === 'NFR-SEC-010')!;
    expect([row.status, row.suggestions, row.summaries?.map((s) => s.line)]).toEqual(['uncovered', [], [9, 98, 99]]);
    const comment = await compileTemplate(readFileSync(path.join(ROOT, 'templates/comment.md.hbs'), 'utf8'));
    const body = renderDocSet(comment, report, report.docSets[0], { marker: '<!-- archgate:sticky -->', version: '0.1.0', notes: [] });
    expect(body.split('\n').filter((l) => l.includes('NFR-SEC-010') && l.startsWith('|'))).toEqual([
      // Not "nothing resembles it", which it said before: the lines are named, as the finding names them.
      '| NFR-SEC-010 | Compliance | security | 🔴 uncovered | not cited; only requirements summaries restate it: `docs/architecture.md:9`, `docs/architecture.md:98`, `docs/architecture.md:99` |',
    ]);
  });
});
