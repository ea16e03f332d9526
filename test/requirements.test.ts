import { describe, expect, it } from 'vitest';
import { parseDoc } from '../src/engine/document.js';
import { scanIds } from '../src/engine/requirements.js';
import { DEFAULT_ID_SETTINGS, normalizeId, idRegex } from '../src/engine/ids.js';
import { DEFAULT_SYNONYMS } from '../src/engine/section-finder.js';
import { check, rulesOf } from './helpers.js';

const scan = (md: string, settings = DEFAULT_ID_SETTINGS) => scanIds(parseDoc('prd', [{ path: 'prd.md', text: md }]), settings, true);
const ids = (md: string) => scan(md).definitions.map((r) => r.id);

describe('requirement IDs', () => {
  it('accepts the styles real documents use', () => {
    const text = 'FR-001 NFR-001 FR1 NFR12 NFR-PERF-01 FR-1.2 NFR-A1 FR-INFRA-TEST-01 NFR31b';
    expect(text.match(idRegex(DEFAULT_ID_SETTINGS))).toEqual(text.split(' '));
  });

  it('does not take anchors, words or longer tokens for IDs', () => {
    expect('NFR_PERFORMANCE_LATENCY NFRs FRIDAY XNFR1 NFR1ab NFR1A'.match(idRegex(DEFAULT_ID_SETTINGS))).toBeNull();
  });

  it('a requirement inserted with a letter (NFR31b, as an Italian BMAD PRD numbers one) is its own, cited apart from NFR31', () => {
    const prd = '## Requisiti Non Funzionali\n\n- NFR31: Il backend RAG è sostituibile.\n- NFR31b: Le risposte citano la fonte del diario.\n';
    const result = check(prd, '# Architettura\n\n## RAG\n\nOgni risposta cita la fonte (NFR31b).\n');
    expect(result.coverage.rows.map((r) => [r.requirement.id, r.status])).toEqual([
      ['NFR31', 'uncovered'],
      ['NFR31b', 'covered'],
    ]);
  });

  it('normalises separators and leading zeros', () => {
    expect(normalizeId('NFR-001')).toBe(normalizeId('NFR1'));
    expect(normalizeId('nfr-perf-01')).toBe('NFRPERF1');
    expect(normalizeId('FR-1.2')).not.toBe(normalizeId('FR-12'));
  });

  it('uses configured prefixes and decides the kind by the longest prefix', () => {
    const settings = { prefixes: { nfr: ['NFR', 'QR'], fr: ['FR', 'US'], other: [] } };
    const r = scan('- **QR-1:** p95 < 1 s\n- **US-2:** as a user ...\n- **NFR3:** 99% uptime', settings).definitions;
    expect(r.map((x) => [x.id, x.kind])).toEqual([['QR-1', 'nfr'], ['US-2', 'fr'], ['NFR3', 'nfr']]);
  });
});

describe('definitions versus references', () => {
  it('defines where an ID starts a heading, a list item, a table row or a bold label', () => {
    const md = [
      '### NFR1: Latency', 'p95 < 200 ms', '',
      '- NFR2: 99.9% uptime',
      '- **NFR3** (Throughput): 1,000 RPS', '',
      '| ID | Requirement |', '|---|---|', '| NFR4 | Memory < 50 MB |', '',
      '**NFR5:** The bundle is under 300 KB.', '',
      '1. <a id="x"></a>**NFR6: Security** All traffic uses TLS 1.3.',
    ].join('\n');
    expect(ids(md)).toEqual(['NFR1', 'NFR2', 'NFR3', 'NFR4', 'NFR5', 'NFR6']);
  });

  it('splits a paragraph of bold labels joined by line breaks', () => {
    expect(ids('**NFR1**: loads within 3 seconds  \n**NFR2**: responds within 1 second  \n**NFR3**: 1,000+ users')).toEqual(['NFR1', 'NFR2', 'NFR3']);
  });

  it('treats mentions in prose as references, not definitions', () => {
    const r = scan('The cache exists because of NFR1 and NFR2.\n\n- Supports NFR3');
    expect(r.definitions).toEqual([]);
    expect(r.references.map((x) => x.id)).toEqual(['NFR1', 'NFR2', 'NFR3']);
  });

  it('does not define in change logs, checklists or front matter, and marks those references as noise', () => {
    const md = ['---', 'covers: NFR9', '---', '## Change Log', '| Date | Change |', '|---|---|', '| 2025-07-18 | Added NFR8 |', '', '## Checklist', '- [x] NFR7 specified', '', '## Requirements', '- **NFR1:** 99% uptime'].join('\n');
    const r = scan(md);
    expect(r.definitions.map((d) => d.id)).toEqual(['NFR1']);
    expect(r.references.map((x) => [x.id, x.noise])).toEqual([['NFR9', 'front-matter'], ['NFR8', 'change-log'], ['NFR7', 'checklist']]);
  });

  it('marks claims such as "all NFRs are addressed" as noise', () => {
    const r = scan('All NFRs (NFR1-NFR9) are addressed by this design.');
    expect(r.references[0]).toMatchObject({ id: 'NFR1', noise: 'claim' });
  });

  it('does not define a range ("NFR1-4: ...")', () => {
    expect(ids('- NFR1-4: all performance')).toEqual([]);
  });

  it('takes no definitions from code blocks', () => {
    expect(ids('```\n- **NFR1:** fake\n```')).toEqual([]);
  });
});

describe('what a requirement carries', () => {
  it('title, kind, category from the heading, targets, standards and location', () => {
    const md = '# PRD\n\n## Non-Functional Requirements\n\n### Security\n\n- **NFR-SEC-1 (Transport):** All traffic uses TLS 1.3.\n\n### Performance\n\n- **NFR-2:** Search answers p95 < 200 ms.';
    const [sec, perf] = scan(md).definitions;
    expect(sec).toMatchObject({ id: 'NFR-SEC-1', kind: 'nfr', title: 'Transport', category: 'security', standards: ['TLS 1.3'], location: { file: 'prd.md', line: 7, column: 1 } });
    expect(perf).toMatchObject({ id: 'NFR-2', category: 'performance', targets: [{ metric: 'latency', comparator: '<', value: 200, unit: 'ms', percentile: 95 }] });
  });

  it('reads category and title from table columns', () => {
    const [r] = scan('| ID | Category | Requirement |\n|---|---|---|\n| NFR-3 | **Availability** | 99.5% uptime via Supabase |').definitions;
    expect(r).toMatchObject({ id: 'NFR-3', category: 'availability', targets: [{ metric: 'availability', value: 99.5, unit: '%' }] });
  });

  it('reads the block under a bold label that stands alone', () => {
    const [r] = scan('**NFR-P1: Temps de Scan OCR**\n- traiter un ticket en moins de **2 secondes** (95e percentile)').definitions;
    expect(r.title).toBe('Temps de Scan OCR');
    expect(r.targets[0]).toMatchObject({ comparator: '<', value: 2, unit: 's', percentile: 95 });
  });

  // An IEEE 830-style SRS: the bold label, then its fields on the next lines of the same paragraph.
  it('reads the lines after a bold label that stands alone on the first line of its paragraph', () => {
    const prd = [
      '## 6. Non-Functional Requirements',
      '',
      '**NFR-PERF-005: Memory Usage**',
      '**Description:** The system shall operate within 2GB total memory usage during 5-channel playback.',
      '**NFR-PERF-006: CPU Usage**',
      '**Description:** The system shall keep CPU usage below 80% during playback.',
      '**NFR-SAFE-001: Data Integrity**',
      '**Description:** The system shall not modify original video files.',
      '',
      '**Verification:** Test - Monitor memory usage with Instruments',
      '',
    ].join('\n');
    const [memory, cpu] = scan(prd).definitions;
    expect([memory.title, memory.text]).toEqual([
      'Memory Usage',
      'NFR-PERF-005: Memory Usage\nDescription: The system shall operate within 2GB total memory usage during 5-channel playback.',
    ]);
    expect(memory.targets[0]).toMatchObject({ comparator: '<=', value: 2, unit: 'GB' });
    expect([cpu.title, cpu.targets[0]]).toMatchObject(['CPU Usage', { comparator: '<', value: 80, unit: '%' }]);
    // Only the requirement that states no number is unmeasurable; its title alone had made all three so.
    expect(rulesOf(check(prd, '# Architecture\n'), 'prd/nfr-measurable').map((f) => [f.line, f.message])).toEqual([[7, 'NFR-SAFE-001 has no measurable target.']]);
  });
});

describe('Chinese and Japanese titles', () => {
  // Modelled on real Chinese and Japanese PRDs: a list item, a table row, a heading and a bold label
  // ending on 。、！ or a full-width colon, the way "Pages load in 2 s." ends on a stop.
  const prd = [
    '## 非功能需求',
    '',
    '- **NFR-P1：** 搜索结果应在2秒内返回。',
    '- **NFR-S1：** 密码使用bcrypt哈希存储，不保存明文。',
    '',
    '| ID | 需求 |',
    '|---|---|',
    '| NFR-A1 | 服务可用性达到99.9%。 |',
    '',
    '### NFR-R1：数据每日备份、',
    '',
    '- **NFR-U1**：画面は1秒以内に表示すること！',
    '- **NFR-U2：** 操作性：初回利用者が説明なしで登録できる。',
  ].join('\n');
  const architecture = '# 架构\n\n## 部署\n\n多可用区部署。\n';

  it('drop the trailing full-width punctuation in the findings, as a trailing stop is dropped in English', () => {
    expect(rulesOf(check(prd, architecture), 'trace/nfr-addressed').map((f) => [f.line, f.message])).toEqual([
      [3, 'NFR-P1 (搜索结果应在2秒内返回) is not cited in the architecture document. Nothing in the architecture document resembles it.'],
      [4, 'NFR-S1 (密码使用bcrypt哈希存储，不保存明文) is not cited in the architecture document. Nothing in the architecture document resembles it.'],
      [8, 'NFR-A1 (服务可用性达到99.9%) is not cited in the architecture document. Nothing in the architecture document resembles it.'],
      [10, 'NFR-R1 (数据每日备份) is not cited in the architecture document. Nothing in the architecture document resembles it.'],
      [12, 'NFR-U1 (画面は1秒以内に表示すること) is not cited in the architecture document. Nothing in the architecture document resembles it.'],
      [13, 'NFR-U2 (操作性) is not cited in the architecture document. Nothing in the architecture document resembles it.'],
    ]);
  });

  it('and in the coverage table', () => {
    expect(check(prd, architecture).coverage.rows.map((c) => c.requirement.title)).toEqual(['搜索结果应在2秒内返回', '密码使用bcrypt哈希存储，不保存明文', '服务可用性达到99.9%', '数据每日备份', '画面は1秒以内に表示すること', '操作性']);
  });
});

describe('duplicates', () => {
  it('reports an ID defined twice with different meanings', () => {
    const r = scan('- **NFR1:** Audit log is immutable\n\n## Later\n\n- **NFR1:** Single sign-on with SAML');
    expect(r.duplicates).toHaveLength(1);
    expect(r.duplicates[0].first.location.line).toBe(1);
  });

  it('treats a summary table restating the detailed list as one requirement, keeping the fuller text', () => {
    const md = '| ID | Summary |\n|---|---|\n| FR36 | Published ADRs |\n\n- **FR36** `[MVP]`: Developer can read architecture decision records explaining design choices';
    const r = scan(md);
    expect(r.duplicates).toEqual([]);
    expect(r.definitions[0].text).toContain('explaining design choices');
  });
});

describe('IDs found by the section that defines them', () => {
  const kinds = (md: string, settings = DEFAULT_ID_SETTINGS) =>
    scanIds(parseDoc('prd', [{ path: 'prd.md', text: md }]), settings, true, DEFAULT_SYNONYMS).definitions.map((r) => [r.id, r.kind]);

  it('makes any prefix an NFR in a non-functional section and an FR in a functional one, in Spanish', () => {
    const md = ['## Requisitos funcionales', '', '- **RF-01:** El usuario puede reservar una sala.', '', '## Requisitos no funcionales', '', '### Disponibilidad', '', '- **RNF-01:** Disponibilidad del 99.9% mensual.', '- RNF-02: Tiempo de respuesta menor a 2 segundos.'].join('\n');
    expect(kinds(md)).toEqual([['RF-01', 'fr'], ['RNF-01', 'nfr'], ['RNF-02', 'nfr']]);
  });

  it('reads arc42 quality scenarios from headings and table first cells, and spec-kit success criteria', () => {
    const md = ['## 10. Quality Requirements', '', '### QS-1 Response time', '', 'p95 under 300 ms.', '', '| ID | Scenario |', '|---|---|', '| QR-2 | 99.5% availability |', '', '## Success Criteria', '', '### Measurable Outcomes', '', '- **SC-001**: Users book a room in under 2 minutes.'].join('\n');
    expect(kinds(md)).toEqual([['QS-1', 'nfr'], ['QR-2', 'nfr'], ['SC-001', 'nfr']]);
  });

  it('keeps known prefixes and does not take standards, percentiles or prose for IDs', () => {
    const md = ['## Non-Functional Requirements', '', '- **NFR-AV-001:** 99.9% uptime.', '- FR-7: listed here by mistake, still an FR', '- P95 latency under 200 ms', '- **ISO-27001:** certified hosting', '- SLA99 is the target', '- RNF01 without a separator is prose'].join('\n');
    expect(kinds(md)).toEqual([['NFR-AV-001', 'nfr'], ['FR-7', 'fr']]);
  });

  it('stops at acceptance criteria: their IDs are not requirements', () => {
    const md = ['## Functional Requirements', '', '### Booking', '', '#### Acceptance Criteria', '', '- **AC-1:** a confirmation is shown'].join('\n');
    expect(kinds(md)).toEqual([]);
  });

  it('leaves other IDs alone in a PRD that numbers its NFRs with the NFR prefix', () => {
    const md = ['## Non-Functional Requirements', '', '- **NFR1:** 99.9% uptime.', '', '### Quality Gates', '', '| Gate | Check |', '|---|---|', '| QG-0 | Build without errors |'].join('\n');
    expect(kinds(md)).toEqual([['NFR1', 'nfr']]);
  });

  it('gives a configured pattern\'s IDs the kind of their section (the ids.pattern trap)', () => {
    const md = ['## Non-Functional Requirements', '', '- **REQ-12:** 99.9% uptime.', '', '## Functional Requirements', '', '- **REQ-13:** Export to CSV.', '', '## Notes', '', '- **REQ-14:** Parked.'].join('\n');
    expect(kinds(md, { ...DEFAULT_ID_SETTINGS, pattern: 'REQ-\\d+' })).toEqual([['REQ-12', 'nfr'], ['REQ-13', 'fr'], ['REQ-14', 'other']]);
  });

  it('reads the architecture with what the PRD taught: RNF-01 cited there covers the NFR', () => {
    const result = check('## Requisitos no funcionales\n\n- **RNF-01:** Disponibilidad del 99.9%.\n- **RNF-02:** Copias de seguridad diarias.\n', '## Despliegue\n\nDos zonas de disponibilidad (RNF-01).\n');
    expect(result.coverage.rows.map((c) => [c.requirement.id, c.requirement.kind, c.status])).toEqual([['RNF-01', 'nfr', 'covered'], ['RNF-02', 'nfr', 'uncovered']]);
  });
});
