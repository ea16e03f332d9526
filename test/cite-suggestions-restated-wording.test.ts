import { describe, expect, it } from 'vitest';
import { check } from './helpers.js';

// ForgeUE's SRS (Chinese, IEEE 830-style) states its reliability NFRs as failure-mode mappings,
// and its HLD's "FailureMode ↔ Decision 映射" table writes the same mapping. Each of the NFR's
// words is shared with a sibling NFR (timeout, retry_same_step, fallback_model), so none is its
// own: the row that writes nearly all of them restates it all the same.

const prd = [
  '## 4. 非功能性需求',
  '### 4.3 可靠性(NFR-REL)',
  [
    '| ID | 需求 |',
    '| --- | --- |',
    '| NFR-REL-002 | `provider_timeout` 默认 `retry_same_step → fallback_model` |',
    '| NFR-REL-003 | `schema_validation_fail` / `worker_timeout` 默认 `retry_same_step`,最多 2 次 |',
    '| NFR-REL-008 | `worker_error` 默认 `fallback_model`,provider 不可用时切换 |',
  ].join('\n'),
].join('\n\n');

const otherSections = Array.from({ length: 30 }, (_, i) => `## 模块 ${i}\n\nStep ${i} 产出 artifact 并写入 Store。\n`).join('\n');

const arch = [
  '# ForgeUE 概要设计',
  '## 5.5 FailureMode ↔ Decision 映射',
  [
    '| FailureMode | 默认 Decision |',
    '| --- | --- |',
    '| provider_timeout | retry_same_step → fallback_model |',
    '| schema_validation_fail | retry_same_step |',
    '| worker_error | fallback_model |',
  ].join('\n'),
  otherSections,
].join('\n\n');

describe('a place that writes nearly every word of a short NFR', () => {
  it('is likely, and the NFR implied at it, though each word is shared with another NFR', () => {
    const row = check(prd, arch).coverage.rows.find((r) => r.requirement.id === 'NFR-REL-002')!;
    expect([row.status, row.suggestions[0].location.line, row.suggestions[0].confidence, row.implied?.location.line]).toEqual(['implied', 7, 'likely', 7]);
  });

  it('a row that writes only some of its words (not the provider falling over) stays possible', () => {
    const row = check(prd, arch).coverage.rows.find((r) => r.requirement.id === 'NFR-REL-008')!;
    expect([row.status, row.suggestions.map((s) => [s.location.line, s.confidence])]).toEqual(['uncovered', [[9, 'possible'], [7, 'possible']]]);
  });
});
