import { describe, expect, it } from 'vitest';
import { check } from './helpers.js';
import { isIdsOnly, statusContent } from '../src/engine/nfr-table-columns.js';
import { workGrowth } from './text-work.js';

// lunesko/I_am_OK's ISO 29148 SRS writes its NFRs as table rows with a "Measurement" column
// ("Unit test") or a "Priority" column ("P0"): how urgent it is and a generic way to check it are
// not what it asks, and "test" ranked the architecture's "Test plans" line first for six NFRs.
// A check naming its tool ("Verification | pytest coverage report") is still how it is checked, not
// what it asks: left out too (fixes19); a check cell that states a target is kept.

const prd = [
  '## 6. Non-Functional Requirements',
  ['| ID | Requirement | Target | Measurement |', '|----|-------------|--------|-------------|', '| NFR-PERF-001 | Message encryption time | <100ms | Unit test |'].join('\n'),
  ['| ID | Requirement | Target | Priority |', '|----|-------------|--------|----------|', '| NFR-REL-002 | Message delivery success (co-located) | >95% | P0 |'].join('\n'),
  ['| NFR | Requirement | Verification |', '|-----|-------------|--------------|', '| NFR-T1 | Test suite must achieve ≥ 90% code coverage | pytest coverage report |'].join('\n'),
].join('\n\n');

describe('an SRS table row', () => {
  it('leaves its priority and its check out of the NFR text, a generic one or one naming a tool', () => {
    const rows = check(prd, '# Architecture\n\nNothing yet.\n').coverage.rows;
    expect(rows.map((r) => [r.requirement.id, r.requirement.text])).toEqual([
      ['NFR-PERF-001', 'Message encryption time | <100ms'],
      ['NFR-REL-002', 'Message delivery success (co-located) | >95%'],
      ['NFR-T1', 'Test suite must achieve ≥ 90% code coverage'],
    ]);
  });

  // Its portability table writes each target in a "Status" column: a state alone is left out, what it says beyond it is kept.
  it('keeps what a Status cell says beyond a state ("✅ Compiles for Android, iOS"), and leaves a state alone out', () => {
    const portability = [
      '## 6.6 Portability Requirements',
      ['| ID | Requirement | Status |', '|----|-------------|--------|', '| NFR-PORT-004 | Rust core portability | ✅ Compiles for Android, iOS |', '| NFR-PORT-005 | Message format portability | ✅ Done |', '| NFR-PORT-006 | Web client portability | Draft |'].join('\n'),
    ].join('\n\n');
    const rows = check(portability, '# Architecture\n\nNothing yet.\n').coverage.rows;
    expect(rows.map((r) => [r.requirement.id, r.requirement.text])).toEqual([
      ['NFR-PORT-004', 'Rust core portability | Compiles for Android, iOS'],
      ['NFR-PORT-005', 'Message format portability'],
      ['NFR-PORT-006', 'Web client portability'],
    ]);
  });
});

// The same columns in the other languages archgate reads: a Japanese table's 状態 ("要承認") and
// 検証方法 ("負荷試験"), a Chinese one's 验收方式 ("集成测试"), Spanish Estado and Verificación,
// Portuguese Verificação, German Prüfung. Each was read into the NFR's text.
describe('an NFR table in other languages', () => {
  const nfrsOf = (table: string[]) => check(['## 非機能要件', table.join('\n')].join('\n\n'), '# Architecture\n\nNothing yet.\n').coverage.rows.map((r) => [r.requirement.id, r.requirement.text]);

  it('Japanese: a state, a source ("基礎資料上の要求") and a check are left out; a check stating a target is kept', () => {
    expect(
      nfrsOf([
        '| ID | 分類 | 要求 | 目標 | 検証方法 | 状態 |',
        '|---|---|---|---|---|---|',
        '| NFR-01 | 性能 | 検索結果を表示する | 95%が2秒以内 | 負荷試験 | 要承認 |',
        '| NFR-02 | 可用性 | 業務時間中に利用できる | 月間99.9% | 稼働監視ダッシュボードで月次集計 | 未確定 |',
        '| NFR-03 | 認証 | SSOを利用する | 全利用者 | 単体テスト | 基礎資料上の要求 |',
        '| NFR-04 | 容量 | 同時に利用できる | 年度末の集中に耐える | JMeterで同時接続1,000以上 | 既存資料から詳細化 |',
      ]),
    ).toEqual([
      ['NFR-01', '性能 | 検索結果を表示する | 95%が2秒以内'],
      ['NFR-02', '可用性 | 業務時間中に利用できる | 月間99.9%'],
      ['NFR-03', '認証 | SSOを利用する | 全利用者'],
      ['NFR-04', '容量 | 同時に利用できる | 年度末の集中に耐える | JMeterで同時接続1,000以上'],
    ]);
    expect(nfrsOf(['| ID | 要求 | 確認方法 | ステータス |', '|---|---|---|---|', '| NFR-04 | 監査ログを保存する | レビュー | 完了 |'])).toEqual([['NFR-04', '監査ログを保存する']]);
  });

  it('Chinese, Spanish, Portuguese and German: the same columns', () => {
    expect(nfrsOf(['| 编号 | 要求 | 验收方式 | 状态 |', '|---|---|---|---|', '| NFR-P01 | 接口响应≤200ms | 集成测试 | 进行中 |', '| NFR-P02 | ≥1000TPS | JMeter 压测报告 | 草稿 |', '| NFR-P03 | 断点续传 | 性能+功能测试 | 来源于招标文件 |'])).toEqual([
      ['NFR-P01', '接口响应≤200ms'],
      ['NFR-P02', '≥1000TPS'],
      ['NFR-P03', '断点续传'],
    ]);
    expect(nfrsOf(['| ID | Requisito | Verificación | Estado |', '|---|---|---|---|', '| RNF-01 | Respuesta en menos de 2 segundos | Pruebas de carga | Pendiente |'])).toEqual([['RNF-01', 'Respuesta en menos de 2 segundos']]);
    expect(nfrsOf(['| ID | Requisito | Verificação | Status |', '|---|---|---|---|', '| RNF-02 | Disponibilidade de 99,9% | Testes unitários | Aprovado |'])).toEqual([['RNF-02', 'Disponibilidade de 99,9%']]);
    expect(nfrsOf(['| ID | Anforderung | Prüfung | Status |', '|---|---|---|---|', '| NFR-9 | Antwort in 2 Sekunden | Lasttest | Entwurf |', '| NFR-10 | TLS 1.3 | Pentest durch Dritte | Offen |'])).toEqual([
      ['NFR-9', 'Antwort in 2 Sekunden'],
      ['NFR-10', 'TLS 1.3'],
    ]);
  });

  it('a source column and a cell of IDs alone are left out; a scenario table\'s Source is its stimulus, kept', () => {
    expect(nfrsOf(['| ID | Requirement | Target | Source |', '|---|---|---|---|', '| NFR-1 | Search responds quickly | p95 < 2 s | BRD §4.2 |'])).toEqual([['NFR-1', 'Search responds quickly | p95 < 2 s']]);
    expect(nfrsOf(['| ID | Anforderung | Zielwert | Quelle |', '|---|---|---|---|', '| NFA-1 | Antwortzeit der Suche | < 2 s | Lastenheft Kap. 3 |'])).toEqual([['NFA-1', 'Antwortzeit der Suche | < 2 s']]);
    expect(nfrsOf(['| ID | Requisito | Umbral | Trazas |', '|---|---|---|---|', '| RNF-1 | Respuesta de búsqueda | ≤ 2 s | BRD-KPI-01, MRD-N-09 |', '| RNF-2 | Cifrado en reposo | AES-256 | P95 |'])).toEqual([
      ['RNF-1', 'Respuesta de búsqueda | ≤ 2 s'],
      ['RNF-2', 'Cifrado en reposo | AES-256 | P95'],
    ]);
    expect(nfrsOf(['| ID | Stimulus | Source | Response | Measure |', '|---|---|---|---|---|', '| QS-1 | Peak load | End users | Scale out | p95 < 1 s |'])).toEqual([['QS-1', 'Peak load | End users | Scale out | p95 < 1 s']]);
  });

  it('its patterns are linear on hostile cells: spaces, repeated state and check words', () => {
    const cases: ((n: number) => string)[] = [
      (n) => `${' '.repeat(n)}x`,
      (n) => `✅${' '.repeat(n)}done x`,
      (n) => `${'負荷'.repeat(n / 2)}x`,
      (n) => `${'test '.repeat(n / 5)}x`,
      (n) => `pruebas${' de carga'.repeat(n / 9)}`,
      (n) => `${'-'.repeat(n)}test`,
      (n) => `from the brd${' x'.repeat(n / 2)}`,
      (n) => `来源于${'资料'.repeat(n / 2)}`,
      (n) => `${'基礎'.repeat(n / 2)}資料上の要求`,
      (n) => `${'FR-1, '.repeat(n / 6)}x`,
      (n) => `BRD-${'A'.repeat(n)}1`,
    ];
    for (const make of cases) {
      expect(workGrowth((n) => [statusContent(make(n)), isIdsOnly(make(n))], 2_000).ratio, make(20)).toBeLessThan(4.5);
    }
  });
});
