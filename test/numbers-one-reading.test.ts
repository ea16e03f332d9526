import { describe, expect, it } from 'vitest';
import { check, rulesOf } from './helpers.js';
import { amountsIn, numbersIn } from '../src/engine/numbers.js';
import { parseTargets } from '../src/engine/targets.js';
import { countWork } from './text-work.js';

// Numbers are read one way (numbers.ts) by the targets archgate parses and by the amounts it
// compares when it asks whether a place says anything of a requirement (says-nothing-of.ts). The
// amounts used to skip every number glued to a letter of any script, so "最大1200人" wrote no
// amount while targets read "99.9%" out of "可用性99.9%": a citation restating an NFR by its own
// number, written in Japanese in the PRD, was called one that "says nothing of it".
const PRD = ['## 非機能要件', '', '| ID | 分類 | 要求 |', '|---|---|---|', '| NFR-01 | 性能 | 検索は3秒以内に応答する |', '| NFR-02 | 拡張性 | 同時接続ユーザー数は最大1200人 |', '| NFR-03 | セキュリティ | 管理者はMFAでログインする |', ''].join('\n');
const arch = (row: string) => ['# Architecture', '', '## Plan', '', '| Requirement | Design |', '|---|---|', row, ''].join('\n');

describe('one reading of numbers', () => {
  it('a place citing NFR-02 with its own number, written after Japanese in the PRD, says something of it', () => {
    const result = check(PRD, arch('| NFR-02 | Performance: WebSocket gateway pool sized for 1200 |'));
    expect(rulesOf(result, 'trace/citation-drift')).toEqual([]);
    expect(result.coverage.rows.find((r) => r.requirement.id === 'NFR-02')!.status).toBe('covered');
  });

  it('another number is still nothing of it', () => {
    expect(rulesOf(check(PRD, arch('| NFR-02 | Performance: WebSocket gateway pool sized for 800 |')), 'trace/citation-drift').map((f) => `${f.line} ${f.message}`)).toEqual([
      '7 This place cites NFR-02 (同時接続ユーザー数は最大1200人) but describes it as "Performance: WebSocket gateway pool sized for 800", which says nothing of it.',
    ]);
  });

  it('every number a target is read from is an amount, and the numbers of names and IDs are neither', () => {
    const texts = ['可用性99.9%', '响应时间3秒以内', '最大１２００人', '99.9%,99.95%', 'p95 < 1,000 ms', 'moins de 2,5 secondes', 'K8s, EC2, NFR-01, FR_12', 'version 1.2.3'];
    expect(texts.map((t) => [t, amountsIn(t), parseTargets(t).map((x) => x.value)])).toEqual([
      ['可用性99.9%', ['99.9'], [99.9]],
      ['响应时间3秒以内', ['3'], [3]],
      ['最大１２００人', ['1200'], [1200]],
      ['99.9%,99.95%', ['99.9', '99.95'], [99.9, 99.95]],
      ['p95 < 1,000 ms', ['1000'], [1000]],
      ['moins de 2,5 secondes', ['2.5'], [2.5]],
      ['K8s, EC2, NFR-01, FR_12', [], []],
      ['version 1.2.3', ['1.2'], []],
    ]);
  });

  it('reads 4 times the text with about 4 times the work: 10,000 digits, commas and CJK-glued numbers', () => {
    const hostile = (n: number) => `${'1,'.repeat(n)}${'量1'.repeat(n)}${' 1 000'.repeat(n)}${'9'.repeat(n)}`;
    const small = countWork(() => amountsIn(hostile(2_500))).steps;
    const big = countWork(() => amountsIn(hostile(10_000))).steps;
    expect(big / small).toBeLessThan(4.5);
  });

  // The places-to-cite index reads every number, a name's and an ID's too, but as amounts are
  // written: "10 000" is one number, "１００００" is 10000, "1.2.3" writes no 3.
  it('numbersIn: every number as NUMBER writes it, names\' and IDs\' included', () => {
    expect(numbersIn('P95 < 2s, 10 000 rows, ９９．９%, NFR-01, v1.2.3')).toEqual(['95', '2', '10000', '99.9', '1', '1.2']);
    expect(amountsIn('P95 < 2s, 10 000 rows, ９９．９%, NFR-01, v1.2.3')).toEqual(['2', '10000', '99.9']);
    const small = countWork(() => numbersIn('p1 1,'.repeat(2_500))).steps;
    const big = countWork(() => numbersIn('p1 1,'.repeat(10_000))).steps;
    expect(big / small).toBeLessThan(4.5);
  });
});
