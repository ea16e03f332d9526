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
