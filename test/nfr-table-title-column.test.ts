import { describe, expect, it } from 'vitest';
import { check } from './helpers.js';
import { isCategoryColumn, isTitleColumn } from '../src/engine/nfr-table-columns.js';
import { normalizeHeading } from '../src/engine/headings.js';

// An NFR table's title column in the languages archgate reads. "| 编号 | 类别 | 需求描述 |" was read
// with no title column, so each NFR took its category cell as its title: every finding named
// "NF-01 (性能)", "NF-02 (性能)", and the NFR's statement was not its title. Spanish Requisito,
// Portuguese Descrição, German Anforderung, Italian Descrizione, Turkish Açıklama and French
// Libellé were missed the same way; so were the category columns Categoría, Kategorie, 分类, 区分.
const ARCH = '# Architecture\n\n## Overview\n\nA monolith.\n';
const firstRow = (heading: string, header: string, row: string) => {
  const prd = ['# PRD', '', heading, '', header, header.replace(/[^|]+/g, '---'), row, ''].join('\n');
  const r = check(prd, ARCH);
  const req = r.coverage.rows[0].requirement;
  return [req.id, req.title, req.category, r.findings.find((f) => f.rule === 'trace/nfr-addressed')?.message];
};

describe('the title column of an NFR table', () => {
  it('Chinese 需求描述 beside 类别: the statement is the title, the category cell the category', () => {
    expect(firstRow('## 非功能需求', '| 编号 | 类别 | 需求描述 | 验收标准 |', '| NF-01 | 性能 | 单条查询响应时间 | ≤ 2s |')).toEqual([
      'NF-01',
      '单条查询响应时间',
      'performance',
      'NF-01 (单条查询响应时间) is not cited in the architecture document. Nothing in the architecture document resembles it.',
    ]);
  });

  it('Japanese 要件 and 要求内容, Chinese 需求 and 要求, beside 分類, 区分, 类型, 类别', () => {
    expect(firstRow('## 非機能要件', '| ID | 分類 | 要件 | 検証方法 |', '| NFR-01 | 性能 | 検索は2秒以内に応答する | 負荷試験 |').slice(0, 3)).toEqual(['NFR-01', '検索は2秒以内に応答する', 'performance']);
    expect(firstRow('## 非機能要件', '| ID | 区分 | 要求内容 |', '| NFR-01 | 可用性 | 業務時間中に利用できる |').slice(0, 3)).toEqual(['NFR-01', '業務時間中に利用できる', 'availability']);
    expect(firstRow('## 非功能需求', '| 编号 | 类型 | 需求 |', '| NFR-01 | 安全 | 密码使用bcrypt哈希存储 |').slice(0, 3)).toEqual(['NFR-01', '密码使用bcrypt哈希存储', 'security']);
    expect(firstRow('## 非功能需求', '| 编号 | 类别 | 要求 | 验收方式 |', '| NFR-P06 | 性能-缓存 | 热点命中率≥90%，查询≤10ms | 性能测试报告 |').slice(0, 3)).toEqual(['NFR-P06', '热点命中率≥90%，查询≤10ms', 'performance']);
  });

  it('Spanish, Portuguese, German, Italian, Turkish and French header words', () => {
    const rows = [
      firstRow('## Requisitos no funcionales', '| ID | Categoría | Requisito | Verificación |', '| RNF-01 | Rendimiento | La búsqueda responde en menos de 2 s | Prueba de carga |'),
      firstRow('## Requisitos não funcionais', '| ID | Categoria | Descrição |', '| RNF-01 | Desempenho | A busca responde em menos de 2 s |'),
      firstRow('## Nichtfunktionale Anforderungen', '| ID | Kategorie | Anforderung |', '| NFA-01 | Leistung | Die Suche antwortet in unter 2 s |'),
      firstRow('## Requisiti non funzionali', '| ID | Categoria | Descrizione |', '| RNF-01 | Prestazioni | La ricerca risponde in meno di 2 s |'),
      firstRow('## Fonksiyonel olmayan gereksinimler', '| ID | Kategori | Açıklama |', '| NFR-01 | Performans | Arama 2 saniyeden kısa sürede yanıt verir |'),
      firstRow('## Exigences non fonctionnelles', '| ID | Catégorie | Libellé |', '| ENF-01 | Performance | La recherche répond en moins de 2 s |'),
    ];
    expect(rows.map((r) => r.slice(0, 3))).toEqual([
      ['RNF-01', 'La búsqueda responde en menos de 2 s', 'performance'],
      ['RNF-01', 'A busca responde em menos de 2 s', 'performance'],
      ['NFA-01', 'Die Suche antwortet in unter 2 s', 'performance'],
      ['RNF-01', 'La ricerca risponde in meno di 2 s', 'performance'],
      ['NFR-01', 'Arama 2 saniyeden kısa sürede yanıt verir', 'performance'],
      ['ENF-01', 'La recherche répond en moins de 2 s', 'performance'],
    ]);
  });

  it('a feature table names its feature before describing it: 功能 is the title, as Name is', () => {
    expect(firstRow('## 非功能需求', '| 编号 | 功能 | 需求描述 | 优先级 |', '| NFR-01 | 批量查询 | 上限 ≤200 | 中 |').slice(0, 2)).toEqual(['NFR-01', '批量查询']);
  });

  it('a Chinese or Japanese column name is read whole: an ID or a priority column is no title, and 非機能要件 is', () => {
    const names = ['需求编号', '要件ID', '优先级', '要求レベル', '非機能要件', '要件名', '需求名称', '内容', '分類', '品質特性', '质量属性', 'タイトル'];
    expect(names.map((n) => [n, isTitleColumn(normalizeHeading(n)), isCategoryColumn(normalizeHeading(n))])).toEqual([
      ['需求编号', false, false],
      ['要件ID', false, false],
      ['优先级', false, false],
      ['要求レベル', false, false],
      ['非機能要件', true, false],
      ['要件名', true, false],
      ['需求名称', true, false],
      ['内容', true, false],
      ['分類', false, true],
      ['品質特性', false, true],
      ['质量属性', false, true],
      ['タイトル', true, false],
    ]);
  });

  it('a Feature column names the feature, in English and its siblings, as 功能 does', () => {
    expect(firstRow('## Non-Functional Requirements', '| ID | Feature | Target |', '| NFR-01 | Bulk search | p95 < 2 s |').slice(0, 2)).toEqual(['NFR-01', 'Bulk search']);
    expect(firstRow('## Exigences non fonctionnelles', '| ID | Fonctionnalité | Cible |', '| ENF-01 | Recherche groupée | < 2 s |').slice(0, 2)).toEqual(['ENF-01', 'Recherche groupée']);
    expect(firstRow('## Nichtfunktionale Anforderungen', '| ID | Funktion | Zielwert |', '| NFA-01 | Sammelsuche | < 2 s |').slice(0, 2)).toEqual(['NFA-01', 'Sammelsuche']);
    expect(firstRow('## Requisitos no funcionales', '| ID | Categoría | Requerimiento | Umbral |', '| RNF-01 | Rendimiento | Respuesta de la búsqueda | ≤ 2 s |').slice(0, 3)).toEqual(['RNF-01', 'Respuesta de la búsqueda', 'performance']);
  });
});

// Release gates in an NFR table: the category cell ("Release", "Go-live", "Abnahme") names no
// quality. The keyword guess named them "security": from NFR-R2's cell through the shared infix R,
// or from a word of the check column ("Security review").
describe('the category of an NFR table row', () => {
  const categories = (header: string, rows: string[]) =>
    check(['# PRD', '', '## Non-Functional Requirements', '', header, header.replace(/[^|]+/g, '---'), ...rows, ''].join('\n'), ARCH).coverage.rows.map((r) => [r.requirement.id, r.requirement.category]);

  it("is the PRD's own when its cell names a quality, else a guess from the row's own statement only", () => {
    expect(
      categories('| ID | Category | Requirement | Verification |', [
        '| NFR-R1 | Release | Every gate links a versioned artefact | Security review of the evidence |',
        '| NFR-R2 | Security | No production secrets in fixtures | Secret scan |',
        '| NFR-R3 | Go-live | Rollback keeps the service available | Drill |',
        '| NFR-R4 | Abnahme | Protokoll je Freigabe | Sicherheitsprüfung |',
      ]),
    ).toEqual([
      ['NFR-R1', null],
      ['NFR-R2', 'security'],
      ['NFR-R3', 'availability'],
      ['NFR-R4', null],
    ]);
  });

  it('no check word guesses it; a row with an empty category cell still takes its infix from a sibling (NFR-S4 beside NFR-S1)', () => {
    expect(categories('| ID | Requirement | Verification |', ['| NFR-X1 | Sessions end on logout | Authentication test |'])).toEqual([['NFR-X1', null]]);
    expect(categories('| ID | Category | Requirement |', ['| NFR-S1 | Security | Sessions expire | ', '| NFR-S4 | | Keys rotate every 90 days |'])).toEqual([
      ['NFR-S1', 'security'],
      ['NFR-S4', 'security'],
    ]);
  });
});
