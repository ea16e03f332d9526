import { describe, expect, it } from 'vitest';
import { check, rulesOf } from './helpers.js';
import { workGrowth } from './text-work.js';
import { buildView } from '../src/engine/engine.js';
import { resolveConfig } from '../src/config/resolve-config.js';
import { findCitationDrift } from '../src/engine/citation-drift.js';
import { suggestionIndexOf } from '../src/engine/cite-suggestions.js';

// trace/citation-drift on an architecture that restates requirement IDs with its own meanings: a
// decision record's "Links" list, a plan's requirements table numbered from another document, a
// heading or a bold label naming the ID. The restatement (ID then a title or a sentence) says
// nothing at all of the NFR it cites, in any language, and reads like another NFR or names a
// quality other NFRs are of: the document gives the ID another meaning. Modelled on the class of
// ADRs and plan files that carry an older or another document's numbering.

const PRD = [
  '## Non-Functional Requirements',
  '',
  '### Reliability',
  '',
  '- **NFR-3 (Error recovery):** The service reconnects to the database on its own after a transient failure.',
  '',
  '### Scalability',
  '',
  '- **NFR-4 (Horizontal scalability):** Application instances scale out behind the load balancer without shared state.',
  '',
  '### Performance',
  '',
  '- **NFR-5 (Search latency):** Search answers within 500 ms at p95.',
  '',
  '### Security',
  '',
  '- **NFR-6 (Password storage):** Passwords are hashed with bcrypt.',
  '',
].join('\n');

const arch = (...lines: string[]) => ['# Architecture', '', '## Design', '', 'The booking API runs on Kubernetes.', '', ...lines, ''].join('\n');
const drift = (architecture: string, prd = PRD) => rulesOf(check(prd, architecture), 'trace/citation-drift').map((f) => [f.line, f.message, f.fix]);
const FIX = 'Cite NFR-4 here if this is where it is met, and cite NFR-3 where the architecture meets it.';

describe('a restatement that gives the cited ID another meaning', () => {
  it('a list item: the ID, then another NFR\'s title', () => {
    expect(drift(arch('## Links', '', '- NFR-3: Horizontal scaling', '- NFR-5: Search latency'))).toEqual([
      [9, 'This place cites NFR-3 (Error recovery) but describes it as "Horizontal scaling"; NFR-4 (Horizontal scalability) reads closer.', FIX],
    ]);
  });

  it('a table row whose ID fills a cell, alone or beside another document\'s IDs', () => {
    const table = ['| Area | Requirement | Approach |', '|---|---|---|', '| Scaling | NFR-3 | Stateless pods behind the load balancer |', '| Search | FR-2, NFR-5 | p95 under 400 ms from the index |'];
    expect(drift(arch(...table))).toEqual([
      [9, 'This place cites NFR-3 (Error recovery) but describes it as "Scaling | Stateless pods behind the load balancer"; NFR-4 (Horizontal scalability) reads closer.', FIX],
    ]);
    const swapped = ['| Area | Requirement | Approach |', '|---|---|---|', '| Scaling | FR-7, NFR-3 | Stateless pods behind the load balancer |'];
    expect(drift(arch(...swapped))).toEqual([
      [9, 'This place cites NFR-3 (Error recovery) but describes it as "Scaling | FR-7 | Stateless pods behind the load balancer"; NFR-4 (Horizontal scalability) reads closer.', FIX],
    ]);
  });

  it('a heading', () => {
    expect(drift(arch('### NFR-3: Horizontal Scaling', '', 'Pods run in two regions.'))).toEqual([
      [7, 'This place cites NFR-3 (Error recovery) but describes it as "Horizontal Scaling", which says nothing of it.', 'Use the PRD\'s meaning of NFR-3 here (docs/prd.md:5), or cite the requirement this place restates.'],
    ]);
  });

  it('a bold label', () => {
    expect(drift(arch('**NFR-3 — Horizontal scaling:** new pods join the pool.'))).toEqual([
      [7, 'This place cites NFR-3 (Error recovery) but describes it as "Horizontal scaling: new pods join the pool.", which says nothing of it.', 'Use the PRD\'s meaning of NFR-3 here (docs/prd.md:5), or cite the requirement this place restates.'],
    ]);
  });

  it('a restatement that names only a quality other NFRs are of names no NFR', () => {
    expect(drift(arch('- NFR-6: Scalability'))).toEqual([
      [7, 'This place cites NFR-6 (Password storage) but describes it as "Scalability", which says nothing of it.', 'Use the PRD\'s meaning of NFR-6 here (docs/prd.md:17), or cite the requirement this place restates.'],
    ]);
  });
});

describe('near misses stay silent', () => {
  it('a restatement sharing one word, a number or the quality of the NFR it cites is the author\'s wording of it', () => {
    expect(drift(arch('- NFR-3: Horizontal scaling; the database pool reconnects'))).toEqual([]);
    expect(drift(arch('- NFR-3: Reliability of the booking pods'))).toEqual([]);
    expect(drift(arch('- NFR-5: Horizontal scaling keeps 500 ms'))).toEqual([]);
  });

  it('a restatement that reads like no NFR and names no quality', () => {
    expect(drift(arch('- NFR-3: See the operations runbook'))).toEqual([]);
  });

  it('a mention in passing is read as before', () => {
    expect(drift(arch('Horizontal scaling meets NFR-3 in a later phase, after the booking launch and the first customer reviews of the reservation flow by the operations team.'))).toEqual([]);
  });

  it('a long restatement (more than a title or a sentence) is left to the other readings', () => {
    const long = `- NFR-3: Horizontal scaling ${'with one more booking pod '.repeat(10)}`;
    expect(drift(arch(long))).toEqual([]);
  });
});

describe('in Japanese', () => {
  const prd = [
    '## 非機能要件',
    '',
    '| ID | 分類 | 要求 | 目標 |',
    '|---|---|---|---|',
    '| NFR-01 | 可用性 | 予約サービスは営業時間中に利用できる | 月間99.9% |',
    '| NFR-02 | 性能 | 空席検索は速やかに応答する | 95%が3秒以内 |',
    '| NFR-03 | 認証 | 管理者はMFAでログインする | 全管理者 |',
    '',
  ].join('\n');
  const plan = (row: string) => ['# 実装計画', '', '## 対応表', '', '| 対象 | 要件ID | 内容 |', '|---|---|---|', row, ''].join('\n');

  it('a plan\'s table row that numbers the requirements otherwise', () => {
    expect(drift(plan('| 認証 | NFR-02 | 管理画面はMFAとパスワードハッシュで保護 |'), prd)).toEqual([
      [7, 'This place cites NFR-02 (空席検索は速やかに応答する) but describes it as "認証 | 管理画面はMFAとパスワードハッシュで保護"; NFR-03 (管理者はMFAでログインする) reads closer.', 'Cite NFR-03 here if this is where it is met, and cite NFR-02 where the architecture meets it.'],
    ]);
  });

  it('a row sharing one whole word with the NFR it cites stays silent', () => {
    expect(drift(plan('| 検索 | NFR-02 | 検索結果をキャッシュする |'), prd)).toEqual([]);
  });
});

describe('the work grows like the text (its author controls it)', () => {
  const LINEAR = 4.5;
  // The drift rule's own work, on documents parsed and indexed beforehand (the parse is counted
  // elsewhere), at sizes the step-counting replay can afford; then once at full size, natively.
  const driftRun = (prd: string, architecture: string) => {
    const docs = { name: 'test', prd: [{ path: 'docs/prd.md', text: prd }], architecture: [{ path: 'docs/architecture.md', text: architecture }], missing: [] };
    const view = buildView(docs, resolveConfig({}).engine);
    const index = suggestionIndexOf(view.architecture!);
    const references = view.architectureIds.references.filter((r) => !r.noise);
    return () => findCitationDrift(view.requirements, view.architecture!, references, index);
  };
  const growth = (make: (n: number) => [string, string], n: number) => {
    const [small, big] = [driftRun(...make(n)), driftRun(...make(n * 4))];
    return workGrowth((size) => (size === n ? small() : big()), n, 4, 200_000_000).ratio;
  };
  const found = (make: (n: number) => [string, string], n: number) => driftRun(...make(n))().map((d) => `${d.location.line} ${d.cited.id} ${d.closer?.id ?? '-'}`);

  it('1,000 restatement rows', () => {
    const rows = (n: number): [string, string] => [PRD, arch('| Area | Requirement | Approach |', '|---|---|---|', ...Array.from({ length: n }, (_, i) => `| Scaling ${i} | NFR-3 | Stateless pods behind the load balancer |`))];
    expect(growth(rows, 30)).toBeLessThan(LINEAR);
    const all = found(rows, 1_000);
    // A thousand rows make their words common in the architecture: NFR-4 no longer reads clearly closer.
    expect([all.length, all[0], all[999]]).toEqual([1_000, '9 NFR-3 -', '1008 NFR-3 -']);
  });

  it('10,000 IDs: in one cell, and NFRs in the PRD', () => {
    const cell = (n: number): [string, string] => [PRD, arch('| Area | Requirement | Approach |', '|---|---|---|', `| Scaling | ${Array.from({ length: n }, (_, i) => `FR-${i}`).join(', ')}, NFR-3 | Stateless pods behind the load balancer |`)];
    expect(growth(cell, 150)).toBeLessThan(LINEAR);
    expect(found(cell, 10_000)).toEqual(['9 NFR-3 NFR-4']);
    const many = (n: number): [string, string] => [
      ['## Non-Functional Requirements', '', ...Array.from({ length: n }, (_, i) => `- **NFR-${i + 1} (Scaling ${i}):** Shard ${i} scales out behind the load balancer.`)].join('\n'),
      arch('- NFR-1: Password hashing with bcrypt', '- NFR-2: Horizontal scaling'),
    ];
    expect(growth(many, 150)).toBeLessThan(LINEAR);
  });

  it('a restatement line of 1 MB', () => {
    const makes = [(n: number) => ' '.repeat(n), (n: number) => '| '.repeat(n / 2), (n: number) => '1,'.repeat(n / 2), (n: number) => 'A-A1'.repeat(n / 4)];
    makes.forEach((make, i) => {
      const line = (n: number): [string, string] => [PRD, arch('| Area | Requirement | Approach |', '|---|---|---|', `| Scaling | NFR-3 | ${make(n)} |`)];
      expect(growth(line, 250)).toBeLessThan(LINEAR);
      // Spaces leave "Scaling" alone, a restatement of NFR-4's quality. (A row of 500,000 empty
      // cells is read by the rule as fast, but parsing it is slow: not the rule's work.)
      if (i === 0) expect(found(line, 1_000_000)).toEqual(['9 NFR-3 -']);
    });
  });
});
