import { describe, expect, it } from 'vitest';
import { check } from './helpers.js';
import { containsSection, sectionNumberOf } from '../src/engine/headings.js';

// Documents converted from a word processor often keep every numbered heading at one level:
// "## 5. Non-functional requirements", then "## 5.1 Usability", "## 5.2 Reliability", each with
// its requirements as "### <ID> – <title>" headings. The numbers say 5.1 lies inside 5; the
// markdown levels do not. Requirement IDs of a project's own shape (XY-NFA-USE-001) are known
// only by the section that defines them, so losing section 5 lost every NFR.
const PRD = [
  '# Lastenheft: Werkzeug',
  '',
  '## 4. Funktionale Anforderungen',
  '',
  '### XY-FA-CLI-001 – CLI-Aufruf',
  '',
  'Das Werkzeug wird als `tool` aufgerufen.',
  '',
  '## 5. Nichtfunktionale Anforderungen',
  '',
  '## 5.1 Benutzbarkeit',
  '',
  '### XY-NFA-USE-001 – Verständliche Bedienung',
  '',
  'Fehlermeldungen nennen die Ursache und den nächsten Schritt.',
  '',
  '## 5.2 Zuverlässigkeit',
  '',
  '### XY-NFA-REL-001 – Kein stilles Überschreiben',
  '',
  'Bestehende Dateien werden nie ohne Rückfrage überschrieben.',
  '',
  '## 6. Schnittstellen',
  '',
  '### XY-IF-001 – Dateischnittstelle',
  '',
  'Konfiguration liegt in `tool.yaml`.',
].join('\n');
const ARCH = ['# Architektur', '', '## Überblick', '', 'Ein einzelnes Go-Binary.'].join('\n');

describe('numbered headings kept at one markdown level', () => {
  it('nest by their numbers: the requirements under "5.1" and "5.2" are non-functional, those under 4 and 6 are not', () => {
    const rows = check(PRD, ARCH).coverage.rows.map((r) => [r.requirement.id, r.requirement.kind, r.requirement.category]);
    expect(rows).toEqual([
      ['XY-FA-CLI-001', 'fr', null],
      ['XY-NFA-USE-001', 'nfr', 'usability'],
      ['XY-NFA-REL-001', 'nfr', 'reliability'],
    ]);
  });

  it('the same document with nested levels reads the same', () => {
    const nested = PRD.replace('## 5.1 Benutzbarkeit', '### 5.1 Benutzbarkeit').replace('## 5.2 Zuverlässigkeit', '### 5.2 Zuverlässigkeit').replaceAll('### XY-NFA', '#### XY-NFA');
    expect(check(nested, ARCH).coverage.rows.map((r) => [r.requirement.id, r.requirement.kind])).toEqual([
      ['XY-FA-CLI-001', 'fr'],
      ['XY-NFA-USE-001', 'nfr'],
      ['XY-NFA-REL-001', 'nfr'],
    ]);
  });

  it('a number only nests under its own parent: "51" is not inside "5", and "6" ends section 5', () => {
    expect([sectionNumberOf('5. Nichtfunktionale Anforderungen'), sectionNumberOf('5.1 Benutzbarkeit'), sectionNumberOf('§ 4.10: Konfiguration'), sectionNumberOf('2026 Roadmap'), sectionNumberOf('Usability')]).toEqual(['5', '5.1', '4.10', '2026', null]);
    expect([containsSection('5', '5.1'), containsSection('5', '5.1.2'), containsSection('5', '51'), containsSection('5.1', '5.1'), containsSection('5', '6')]).toEqual([true, true, false, false, false]);
  });
});

describe('German usability and the USE and PORT infixes', () => {
  it('name their category', async () => {
    const { categoryFromId, categoryFromText } = await import('../src/engine/categories.js');
    expect([categoryFromText('5.1 Benutzbarkeit'), categoryFromText('Bedienbarkeit der CLI'), categoryFromId('NFR-USE-02'), categoryFromId('NFR-PORT-01')]).toEqual(['usability', 'usability', 'usability', 'compatibility']);
  });
});

// The heading paths that suggestions, the comment and SARIF show come from the same section stack
// as the requirements: "## 5.1 Performance" after "## 5. Quality" reads "Quality › Performance".
describe('heading paths of numbered headings kept at one markdown level', () => {
  const prd = ['# PRD', '', '## Non-functional requirements', '', '- NFR-1: Search answers within 500 ms at p95.', '- NFR-2: Customer data is backed up nightly.', ''].join('\n');
  const arch = [
    '# Shop architecture',
    '',
    '## 4. Components',
    '',
    'A web app and an API.',
    '',
    '## 5. Quality',
    '',
    '## 5.1 Performance',
    '',
    'Search answers within 500 ms at p95, served from a Redis cache.',
    '',
    '## 5.2 Operations',
    '',
    'Nightly backup snapshots of the customer database go to S3.',
    '',
    '## 6. Deployment',
    '',
    'One container.',
  ].join('\n');

  it('name the numbered parent in suggestions and in the finding', () => {
    const result = check(prd, arch);
    expect(result.coverage.rows.map((r) => [r.requirement.id, r.status, r.suggestions.map((s) => `${s.location.line} ${s.heading}`)])).toEqual([
      ['NFR-1', 'implied', ['11 Quality › Performance']],
      ['NFR-2', 'uncovered', ['15 Quality › Operations']],
    ]);
    expect(result.findings.filter((f) => f.rule === 'trace/nfr-addressed').map((f) => `${f.line} ${f.message}`)).toEqual([
      '6 NFR-2 (Customer data is backed up nightly) is not cited in the architecture document. It seems addressed at docs/architecture.md:15 (Quality › Operations).',
    ]);
  });

  it('read the same as nested levels, and "6." closes section 5', async () => {
    const nested = check(prd, arch.replace('## 5.1', '### 5.1').replace('## 5.2', '### 5.2'));
    expect(nested.coverage.rows.map((r) => r.suggestions.map((s) => s.heading))).toEqual([['Quality › Performance'], ['Quality › Operations']]);
    const { parseDoc, sectionTree } = await import('../src/engine/document.js');
    const doc = parseDoc('architecture', [{ path: 'docs/architecture.md', text: arch }]);
    const quality = doc.sections.find((s) => s.title === '5. Quality')!;
    expect(sectionTree(doc, quality).map((s) => s.title)).toEqual(['5. Quality', '5.1 Performance', '5.2 Operations']);
    expect(doc.sections.map((s) => `${s.title} < ${s.parent?.title ?? '-'}`)).toEqual([
      'Shop architecture < -',
      '4. Components < Shop architecture',
      '5. Quality < Shop architecture',
      '5.1 Performance < 5. Quality',
      '5.2 Operations < 5. Quality',
      '6. Deployment < Shop architecture',
    ]);
  });
});
