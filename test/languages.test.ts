import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, check } from './helpers.js';
import type { RawConfig } from '../src/config/load-config.js';
import { runCheck } from '../src/cli/run-check.js';
import { normalizeId } from '../src/engine/ids.js';

// Two never-seen projects written in Spanish and Japanese, modelled on public university and
// municipal requirement documents. Each checked with no config: the IDs, the coverage and every
// finding are stated exactly. Rows marked "false today" are architecture findings a careful
// reader rejects: the C4 check does not read the diagram topics of the vocabulary yet, and the
// checklist's whole-word match misses Latin words glued to Japanese text ("通信はTLS", "RTOは").
const fixture = (name: string) => path.join(ROOT, 'test/fixtures', name);
const rows = (findings: { rule: string; file: string; line: number; message: string }[]) => findings.map((f) => [f.rule, f.file, f.line, f.message]);

describe('a Spanish project: RNF IDs, an ADR folder', () => {
  it('finds RF and RNF requirements by their sections, reads Spanish targets, and reports exactly these findings', async () => {
    const report = await runCheck({ dir: fixture('es'), prd: ['docs/requisitos.md'], architecture: ['docs/arquitectura.md', 'docs/adr'] });
    const set = report.docSets[0];
    expect(set.requirements.map((r) => [r.id, r.kind, r.kind === 'nfr' ? r.category : '-'])).toEqual([
      ['RF-01', 'fr', '-'], ['RF-02', 'fr', '-'], ['RF-03', 'fr', '-'],
      ['RNF-01', 'nfr', 'performance'], ['RNF-02', 'nfr', 'availability'], ['RNF-03', 'nfr', 'security'],
      ['RNF-04', 'nfr', 'scalability'], ['RNF-05', 'nfr', 'reliability'], ['RNF-06', 'nfr', 'usability'],
    ]);
    expect(set.coverage.filter((c) => c.kind === 'nfr' && c.status === 'covered').map((c) => normalizeId(c.id))).toEqual(['RNF1', 'RNF2', 'RNF3', 'RNF4', 'RNF5']);
    expect(rows(set.findings)).toEqual([
      ['prd/nfr-measurable', 'docs/requisitos.md', 32, 'RNF-06 has no measurable target.'],
      ['trace/nfr-addressed', 'docs/requisitos.md', 32, 'RNF-06 (La interfaz debe ser intuitiva.) is not cited in the architecture document. Nothing in the architecture document resembles it.'],
      ['arch/c4-diagrams', 'docs/arquitectura.md', 1, 'The architecture document has no container (C4 level 2) diagram.'],
      ['arch/data-model', 'docs/arquitectura.md', 1, 'The architecture document does not describe its data model.'],
      ['arch/error-handling', 'docs/arquitectura.md', 1, 'The architecture document does not define the error response format.'],
      ['arch/error-handling', 'docs/arquitectura.md', 1, 'The architecture document does not say how errors are handled.'],
      ['trace/target-mismatch', 'docs/arquitectura.md', 39, 'The architecture says >= 99% where RNF-02 in the PRD says >= 99.9% (availability).'],
      ['arch/security', 'docs/arquitectura.md', 41, 'The architecture document does not describe authorization.'],
      ['arch/security', 'docs/arquitectura.md', 41, 'The architecture document does not describe encryption at rest.'],
      ['arch/decision-records', 'docs/adr/0001-monolito-modular.md', 11, 'The decision records do not give the options considered.'],
      ['arch/technology-rationale', 'docs/adr/0001-monolito-modular.md', 11, 'The technology stack does not say why each technology was chosen.'],
    ]);
  });
});

describe('a Japanese project: one file per requirement in nested folders', () => {
  // The requirements folder, read whole and by path (its README links nothing): セキュリティ,
  // 可用性, 性能, 運用保守 is their order by path.
  const prd = ['docs/要件定義'];

  it('reads Japanese targets: only the NFRs without a measure are unmeasurable (3 of 12, at most 35%)', async () => {
    const report = await runCheck({ dir: fixture('ja'), prd, architecture: ['docs/設計/アーキテクチャ.md'] });
    const set = report.docSets[0];
    const nfrs = set.requirements.filter((r) => r.kind === 'nfr');
    expect(nfrs.map((r) => r.id)).toEqual(['NFR-007', 'NFR-008', 'NFR-009', 'NFR-004', 'NFR-005', 'NFR-006', 'NFR-001', 'NFR-002', 'NFR-003', 'NFR-010', 'NFR-011', 'NFR-012']);
    const unmeasurable = set.findings.filter((f) => f.rule === 'prd/nfr-measurable').map((f) => f.message);
    expect(unmeasurable).toEqual(['NFR-010 has no measurable target.', 'NFR-011 has no measurable target.', 'NFR-012 has no measurable target.']);
    expect(unmeasurable.length / nfrs.length).toBeLessThanOrEqual(0.35);
    expect(set.coverage.filter((c) => c.kind === 'nfr' && c.status === 'covered').map((c) => c.id)).toEqual(['NFR-007', 'NFR-004', 'NFR-005', 'NFR-006', 'NFR-001']);
    expect(rows(set.findings)).toEqual([
      ['trace/nfr-addressed', 'docs/要件定義/非機能要件/セキュリティ/NFR-008.md', 1, 'NFR-008 (アクセシビリティ) is not cited in the architecture document. Nothing in the architecture document resembles it.'],
      ['trace/nfr-addressed', 'docs/要件定義/非機能要件/セキュリティ/NFR-009.md', 1, 'NFR-009 (ログイン試行) is not cited in the architecture document. Nothing in the architecture document resembles it.'],
      ['trace/nfr-addressed', 'docs/要件定義/非機能要件/性能/NFR-002.md', 1, 'NFR-002 (同時接続数) is not cited in the architecture document. Nothing in the architecture document resembles it.'],
      ['trace/nfr-addressed', 'docs/要件定義/非機能要件/性能/NFR-003.md', 1, 'NFR-003 (画面表示) is not cited in the architecture document. Nothing in the architecture document resembles it.'],
      ['prd/nfr-measurable', 'docs/要件定義/非機能要件/運用保守/NFR-010.md', 1, 'NFR-010 has no measurable target.'],
      ['trace/nfr-addressed', 'docs/要件定義/非機能要件/運用保守/NFR-010.md', 1, 'NFR-010 (操作性) is not cited in the architecture document. Nothing in the architecture document resembles it.'],
      ['prd/nfr-measurable', 'docs/要件定義/非機能要件/運用保守/NFR-011.md', 1, 'NFR-011 has no measurable target.'],
      ['trace/nfr-addressed', 'docs/要件定義/非機能要件/運用保守/NFR-011.md', 1, 'NFR-011 (保守性) is not cited in the architecture document. Nothing in the architecture document resembles it.'],
      ['prd/nfr-measurable', 'docs/要件定義/非機能要件/運用保守/NFR-012.md', 1, 'NFR-012 has no measurable target.'],
      ['trace/nfr-addressed', 'docs/要件定義/非機能要件/運用保守/NFR-012.md', 1, 'NFR-012 (ログ出力) is not cited in the architecture document. It seems addressed at docs/設計/アーキテクチャ.md:38 (ログと監視).'],
      ['arch/c4-diagrams', 'docs/設計/アーキテクチャ.md', 1, 'The architecture document has no component (C4 level 3) diagram.'],
      ['arch/data-model', 'docs/設計/アーキテクチャ.md', 1, 'The architecture document does not describe its data model.'],
      ['arch/decision-records', 'docs/設計/アーキテクチャ.md', 1, 'The architecture document has no decision records.'],
      ['arch/deployment-options', 'docs/設計/アーキテクチャ.md', 1, 'The architecture document gives no cost estimate.'],
      ['arch/error-handling', 'docs/設計/アーキテクチャ.md', 1, 'The architecture document does not define the error response format.'],
      ['arch/error-handling', 'docs/設計/アーキテクチャ.md', 1, 'The architecture document does not say how errors are handled.'],
      ['arch/interfaces', 'docs/設計/アーキテクチャ.md', 1, 'The architecture document does not describe its interfaces.'],
      ['arch/technology-rationale', 'docs/設計/アーキテクチャ.md', 1, 'The architecture document has no technology stack section.'],
      ['arch/deployment-options', 'docs/設計/アーキテクチャ.md', 28, 'The architecture document does not compare enough deployment options (found one, need 2).'],
      ['arch/security', 'docs/設計/アーキテクチャ.md', 32, 'The architecture document does not describe encryption at rest.'],
      ['arch/backup-recovery', 'docs/設計/アーキテクチャ.md', 40, 'The architecture document does not state a recovery point objective (RPO).'],
    ]);
  });
});

describe('a config\'s section synonyms', () => {
  it('reach the checklist: the findings point at the headings the config names', () => {
    const arch = '# Architektur\n\n## Überblick\n\nEin modularer Monolith.\n\n## Betriebsumgebung\n\nEin Server in Frankfurt.\n\n## Gefahren\n\nAusfall des Servers.\n';
    const at = (config: RawConfig) => check('# PRD\n', arch, config).findings.filter((f) => /deployment|risks/.test(f.rule)).map((f) => [f.rule, f.line, f.message]);
    expect(at({})).toEqual([
      ['arch/deployment-options', 1, 'The architecture document does not compare enough deployment options (found one, need 2).'],
      ['arch/deployment-options', 1, 'The architecture document gives no cost estimate.'],
      ['arch/risks', 1, 'The architecture document does not give its risks a mitigation.'],
      ['arch/risks', 1, 'The architecture document does not list its risks.'],
    ]);
    expect(at({ sections: { deployment: ['Betriebsumgebung'], risks: ['Gefahren'] } })).toEqual([
      ['arch/deployment-options', 1, 'The architecture document gives no cost estimate.'],
      ['arch/deployment-options', 7, 'The architecture document does not compare enough deployment options (found one, need 2).'],
      ['arch/risks', 11, 'The architecture document does not give its risks a mitigation.'],
      ['arch/risks', 11, 'The architecture document does not list its risks.'],
    ]);
  });

  it('reach the C4 check: a diagram under a heading the config names for a level counts as that level', () => {
    // A plain box drawing says nothing of its level by itself; the team's heading does.
    const arch = '# Architektur\n\n## Umfeld\n\n```mermaid\nflowchart LR\n  A --> B\n```\n';
    const c4 = (config: RawConfig) => check('# PRD\n', arch, config).findings.filter((f) => f.rule === 'arch/c4-diagrams').map((f) => f.message);
    expect(c4({})).toContain('The architecture document has no system context (C4 level 1) diagram.');
    expect(c4({ sections: { 'context-diagram': ['Umfeld'] } })).not.toContain('The architecture document has no system context (C4 level 1) diagram.');
  });
});

// A PRD's sections written in Russian, Vietnamese and Korean, modelled on a public Russian SRS
// ("Нефункциональные требования" as a table of IDs with targets): each section is found, so no
// prd/* finding says one is missing, and an ID under the non-functional heading is an NFR
// whatever its prefix.
describe('a PRD in Russian, Vietnamese or Korean', () => {
  const prd = (h: string[], nfrs: string[]) =>
    [`## ${h[0]}`, '', 'Goal text.', '', `## ${h[1]}`, '', 'Users text.', '', `## ${h[2]}`, '', '- **FR-01:** CSV upload.', '', `## ${h[3]}`, '', '| ID | Requirement |', '|---|---|', ...nfrs.map((n, i) => `| REQ-${i + 7} | ${n} |`), '', `## ${h[4]}`, '', 'Docker Compose only.', '', `## ${h[5]}`, '', 'First dataset within 10 minutes.', '', `## ${h[6]}`, '', 'A mobile app.'].join('\n');
  it.each([
    ['Russian', ['1. Цели и задачи', '2. Пользователи', '3. Функциональные требования', '4. Нефункциональные требования', '5. Ограничения и допущения', '6. Метрики успеха', '7. Вне рамок'], ['Запуск возвращает 202 за < 500 мс на 95-м перцентиле', 'Доступность не менее 99,5 % в месяц']],
    ['Vietnamese', ['Mục tiêu', 'Người dùng', 'Yêu cầu chức năng', 'Yêu cầu phi chức năng', 'Ràng buộc và giả định', 'Tiêu chí thành công', 'Ngoài phạm vi'], ['Thời gian phản hồi dưới 2 giây', 'Khả dụng tối thiểu 99,5 %']],
    ['Korean', ['목표', '사용자', '기능 요구사항', '비기능 요구사항', '제약 사항', '성공 지표', '범위 외'], ['응답은 3초 이내', '가용성 99.5% 이상']],
  ])('%s: every section is found, and the IDs under the non-functional heading are NFRs with targets', (_lang, headings, nfrs) => {
    const result = check(prd(headings, nfrs), '# Architecture\n\nREQ-7 and REQ-8 are met by the gateway.');
    expect(result.requirements.map((r) => [r.id, r.kind, r.kind === 'nfr' ? r.category : '-'])).toEqual([['FR-01', 'fr', '-'], ['REQ-7', 'nfr', 'performance'], ['REQ-8', 'nfr', 'availability']]);
    expect(result.findings.filter((f) => f.rule.startsWith('prd/')).map((f) => [f.rule, f.line, f.message])).toEqual([]);
  });
});
