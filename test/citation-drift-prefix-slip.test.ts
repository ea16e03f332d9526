import { describe, expect, it } from 'vitest';
import { check } from './helpers.js';

// A citation whose prefix slipped: the place meets FR-011 and cites NFR-011. Modelled on a
// spec-kit feature (spec.md with "**FR-00n**:" and "**NFR-00n**:" items, plan.md's design
// decisions citing them), in English and in Chinese. Drift compares a place with the NFRs, and
// with the one requirement of another kind whose ID differs only in its prefix; never with FRs
// at large.

const spec = (fr5: string, fr11: string, nfr5: string, nfr11: string, nfr12: string, heads = ['Functional Requirements', 'Non-Functional Requirements']) =>
  [
    '# Feature Specification: Query Export Service',
    '## Requirements *(mandatory)*',
    `### ${heads[0]}`,
    `- **FR-005**: ${fr5}\n- **FR-011**: ${fr11}`,
    `### ${heads[1]}`,
    `- **NFR-005**: ${nfr5}\n- **NFR-011**: ${nfr11}\n- **NFR-012**: ${nfr12}`,
  ].join('\n\n');

const english = spec(
  'System MUST reject implicit type conversion between numeric and string columns; conversions are explicit CAST expressions only.',
  'System MUST serialize query results with Protobuf for the client wire format.',
  'Query planning MUST complete within 50 ms for queries joining up to 8 tables.',
  'A single response page MUST be limited to 10,000 rows.',
  'Connections to the database MUST use TLS 1.3.',
);

const plan = (decisions: string[]) => ['# Implementation Plan: Query Export Service', '## Technical Context', '**Language/Version**: Go 1.22\n**Storage**: PostgreSQL 16', '## Design Decisions', decisions.join('\n')].join('\n\n');

const drift = (prd: string, arch: string) => check(prd, arch).findings.filter((f) => f.rule === 'trace/citation-drift').map((f) => [f.line, f.message, f.fix]);

describe('trace/citation-drift: an NFR ID written for the FR of the same number', () => {
  it('names the FR whose number the NFR shares (English)', () => {
    const arch = plan([
      '- Result serialization: Protobuf instead of JSON for speed (NFR-011).',
      '- Type rules: no implicit conversion between numeric and string columns except through an explicit CAST (NFR-005).',
      '- Paging: cursor pages of at most 10,000 rows.',
      '- Transport: TLS 1.3 to the database (NFR-012).',
    ]);
    expect(drift(english, arch)).toEqual([
      [
        10,
        'This place cites NFR-011 (A single response page MUST be limited to 10,000 rows) but describes it as "Result serialization: Protobuf instead of JSON for speed."; FR-011 (System MUST serialize query results with Protobuf for the client…) reads closer.',
        'Cite FR-011 here if this is where it is met, and cite NFR-011 where the architecture meets it.',
      ],
      [
        11,
        'This place cites NFR-005 (Query planning MUST complete within 50 ms for queries joining…) but describes it as "Type rules: no implicit conversion between numeric and string columns except through an explicit CA…"; FR-005 (System MUST reject implicit type conversion between numeric and string…) reads closer.',
        'Cite FR-005 here if this is where it is met, and cite NFR-005 where the architecture meets it.',
      ],
    ]);
    // The slipped citation does not cover the NFR: it stays uncovered and says where it is cited wrongly.
    const row = check(english, arch).coverage.rows.find((r) => r.requirement.id === 'NFR-011')!;
    expect([row.status, row.drifted.map((d) => d.closer?.id)]).toEqual(['uncovered', ['FR-011']]);
  });

  it('names the FR whose number the NFR shares (Chinese)', () => {
    const prd = spec(
      '系统必须禁止数值列与字符串列之间的隐式类型转换，只允许显式 CAST。',
      '系统必须使用 Protobuf 序列化查询结果，作为客户端的传输格式。',
      '查询规划必须在 50 毫秒内完成。',
      '单个结果页不得超过 10000 行。',
      '数据库连接必须使用 TLS 1.3。',
      ['功能需求', '非功能需求'],
    );
    const arch = plan(['- 结果序列化：使用 Protobuf 代替 JSON 以提高速度（NFR-011）。', '- 类型规则：数值列与字符串列之间不允许隐式类型转换，只能显式 CAST（NFR-005）。', '- 分页：每页最多 10000 行。', '- 传输：数据库连接使用 TLS 1.3（NFR-012）。']);
    expect(drift(prd, arch).map(([line, message]) => [line, message])).toEqual([
      [10, 'This place cites NFR-011 (单个结果页不得超过 10000 行) but describes it as "结果序列化：使用 Protobuf 代替 JSON 以提高速度。"; FR-011 (系统必须使用 Protobuf 序列化查询结果，作为客户端的传输格式) reads closer.'],
      [11, 'This place cites NFR-005 (查询规划必须在 50 毫秒内完成) but describes it as "类型规则：数值列与字符串列之间不允许隐式类型转换，只能显式 CAST。"; FR-005 (系统必须禁止数值列与字符串列之间的隐式类型转换，只允许显式 CAST) reads closer.'],
    ]);
  });

  it('is silent where the place says what the NFR asks, even beside its FR', () => {
    const arch = plan([
      '- Paging: each response page holds at most 10,000 rows, Protobuf-encoded (NFR-011).',
      '- Planning: the planner caches join orders so that planning completes within 50 ms (NFR-005).',
    ]);
    expect(drift(english, arch)).toEqual([]);
  });

  // "使用 Protobuf 而非 JSON（NFR-011）" shares one word with FR-011 and nothing with NFR-011: one
  // name only FR-011 writes in the whole PRD carries it.
  const chinese = (fr5: string) =>
    spec(fr5, '系统必须使用 Protobuf 序列化查询结果，作为客户端的传输格式。', '查询规划必须在 50 毫秒内完成。', '单个结果页不得超过 10000 行。', '数据库连接必须使用 TLS 1.3。', ['功能需求', '非功能需求']);

  it('one name only the FR writes carries it, in a place that says nothing of the NFR', () => {
    const arch = plan(['- 使用 Protobuf 而非 JSON（NFR-011）', '- Results are encoded with Protobuf instead of JSON (NFR-011).']);
    expect(drift(chinese('系统必须禁止隐式类型转换，只允许显式 CAST。'), arch).map(([line, message]) => [line, message])).toEqual([
      [10, 'This place cites NFR-011 (单个结果页不得超过 10000 行) but describes it as "使用 Protobuf 而非 JSON"; FR-011 (系统必须使用 Protobuf 序列化查询结果，作为客户端的传输格式) reads closer.'],
      [11, 'This place cites NFR-011 (单个结果页不得超过 10000 行) but describes it as "Results are encoded with Protobuf instead of JSON."; FR-011 (系统必须使用 Protobuf 序列化查询结果，作为客户端的传输格式) reads closer.'],
    ]);
  });

  it('is silent when another requirement writes the name too, or the place says something of the NFR', () => {
    expect(drift(chinese('导出文件必须使用 Protobuf 或 CSV 格式。'), plan(['- 使用 Protobuf 而非 JSON（NFR-011）']))).toEqual([]);
    expect(drift(chinese('系统必须禁止隐式类型转换，只允许显式 CAST。'), plan(['- 使用 Protobuf 分页，每页 10000 行（NFR-011）']))).toEqual([]);
  });

  // The NFR's number written another way is still its number (numbers.ts reads both as 10000): a
  // space or a full-width digit between thousands made "每页 10 000 行" share nothing with "10000 行".
  it('is silent when the place writes the NFR\'s number another way: "10 000", "１００００", "10,000"', () => {
    const fr5 = '系统必须禁止隐式类型转换，只允许显式 CAST。';
    for (const n of ['10 000', '１００００', '10,000']) expect(drift(chinese(fr5), plan([`- 使用 Protobuf 分页，每页 ${n} 行（NFR-011）`])), n).toEqual([]);
  });

  it('never compares a place with an FR of another number', () => {
    // The place meets FR-011 but cites NFR-012: FR-011 is not NFR-012's slip, and no NFR reads closer.
    const arch = plan(['- Result serialization: Protobuf instead of JSON for speed (NFR-012).']);
    expect(drift(english, arch)).toEqual([]);
  });
});
