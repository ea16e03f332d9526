import { describe, expect, it } from 'vitest';
import { wordAlternatives } from '../src/engine/word-boundary.js';
import { check, rulesOf } from './helpers.js';
import { workGrowth } from './text-work.js';

// JavaScript's \b knows only ASCII word characters: "\bза" never matches after a space, "\b理由\b"
// never matches "理由：", and a word matched without any boundary matches inside others ("за" in
// "база"). word-boundary.ts bounds words of spaced scripts by those scripts' letters, and leaves
// Chinese and Japanese words unbounded.
describe('wordAlternatives', () => {
  const re = new RegExp(wordAlternatives(['за', 'до', 'over', 'dưới', 'έως', '理由', '<='], true), 'u');
  it.each([
    ['за 5 минут', 'за'],
    ['база 5 минут', null],
    ['из-за 5 минут', null],
    ['(до 2 с)', 'до'],
    ['подо 2 с', null],
    ['over 30 s', 'over'],
    ['failover 30 s', null],
    ['fail-over 30 s', null],
    ['overall', null],
    ['dưới 2 giây', 'dưới'],
    ['έως 2 s', 'έως'],
    ['μέχριέως 2 s', null],
    ['理由：团队熟悉', '理由'],
    ['选择理由', '理由'],
    ['x<=5', '<='],
  ])('%s', (text, word) => {
    expect(re.exec(text)?.[0] ?? null).toBe(word);
  });

  it('the work grows like the text on hostile input', () => {
    const g = new RegExp(wordAlternatives(['за', 'over', 'dưới', '理由'], true), 'gu');
    for (const make of [(n: number) => `${'ба'.repeat(n / 2)}за`, (n: number) => `${'из-'.repeat(n / 3)}за`, (n: number) => `${' '.repeat(n)}x`, (n: number) => 'over'.repeat(n / 4), (n: number) => `${'ư'.normalize('NFD').repeat(n / 2)}dưới`, (n: number) => '理'.repeat(n)]) {
      expect(workGrowth((n) => [...make(n).matchAll(g)].length, 4000).ratio).toBeLessThan(4.5);
    }
  });
});

const PRD = '## Non-Functional Requirements\n\n- **NFR1:** 99.9% uptime';

describe('checklist words in Chinese are whole words without \\b', () => {
  const stack = (reason: string) => `# 架构\n\n## 技术栈\n\n- 数据库：PostgreSQL\n- 缓存：Redis\n\n${reason}\n`;
  it('a statement opening with "理由：" gives the reason for the stack', () => {
    expect(rulesOf(check(PRD, stack('理由：团队熟悉 PostgreSQL，Redis 延迟低。')), 'arch/technology-rationale')).toEqual([]);
    expect(rulesOf(check(PRD, stack('**理由**：团队熟悉。')), 'arch/technology-rationale')).toEqual([]);
    expect(rulesOf(check(PRD, stack('说明：团队熟悉。')), 'arch/technology-rationale').map((f) => [f.line, f.message])).toEqual([[3, 'The technology stack does not say why each technology was chosen.']]);
  });

  const deployment = (body: string) => rulesOf(check(PRD, `# 架构\n\n## 部署\n\n${body}\n`), 'arch/deployment-options').map((f) => [f.line, f.message]);
  const tooFew = [3, 'The architecture document does not compare enough deployment options (found one, need 2).'];
  it('a table with a "成本" (cost) column compares its rows as options', () => {
    expect(deployment('| 平台 | 成本 |\n|---|---|\n| Cloud Run | 每月 20 美元 |\n| GKE | 每月 80 美元 |')).not.toContainEqual(tooFew);
    expect(deployment('| 平台 | 说明 |\n|---|---|\n| Cloud Run | 托管 |\n| GKE | 集群 |')).toContainEqual(tooFew);
  });

  it('"方案 A" and "方案 B" are two options mentioned', () => {
    expect(deployment('我们比较了方案 A（Cloud Run）与方案 B（GKE），选择方案 A。')).not.toContainEqual(tooFew);
    expect(deployment('我们比较了两种部署。')).toContainEqual(tooFew);
  });
});
