import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { check, rulesOf } from './helpers.js';
import { runCheck } from '../src/cli/run-check.js';
import { loadConfigWithLines } from '../src/config/load-config.js';
import { resolveConfig } from '../src/config/resolve-config.js';
import { checkDocSet } from '../src/engine/engine.js';

const PRD = [
  '## Non-Functional Requirements',
  '### Performance',
  '- **NFR1:** Search answers in under 200 ms at p95.',
  '- **NFR2:** Upload of a 10 MB file completes within 5 seconds.',
  '- **NFR3:** Export of 1,000 entries completes within 2 minutes.',
  '- **NFR4:** Reports render within 3 seconds.',
  '### Availability',
  '- **NFR5:** The API is available 99.9% of each month.',
].join('\n');

const status = (arch: string, prd = PRD) => Object.fromEntries(check(prd, arch).coverage.rows.map((r) => [r.requirement.id, r.status]));
const covered = (arch: string, prd = PRD) => Object.entries(status(arch, prd)).filter(([, s]) => s === 'covered').map(([id]) => id);

describe('citations that count', () => {
  it.each([
    ['prose', 'The index keeps search fast (NFR1).', ['NFR1']],
    ['a heading', '## NFR2 — uploads go straight to object storage', ['NFR2']],
    ['a table cell', '| Concern | Requirement |\n|---|---|\n| Search | NFR1, NFR5 |', ['NFR1', 'NFR5']],
    ['a mermaid node label', '```mermaid\ngraph TD\n  A[Search API<br/>NFR1] --> B[(Index)]\n```', ['NFR1']],
    ['a mermaid subgraph label', '```mermaid\nflowchart LR\n  subgraph Z["Zones (NFR5)"]\n    A --> B\n  end\n```', ['NFR5']],
    ['a range NFR1-4', 'The worker pool serves NFR1-4.', ['NFR1', 'NFR2', 'NFR3', 'NFR4']],
    ['a range NFR2-NFR4', 'Queues serve NFR2-NFR4.', ['NFR2', 'NFR3', 'NFR4']],
    ['an en-dash range NFR2–NFR4', 'Queues serve NFR2–NFR4.', ['NFR2', 'NFR3', 'NFR4']],
    ['a worded range', 'Queues serve NFR2 to NFR4.', ['NFR2', 'NFR3', 'NFR4']],
    ['a range with "through"', 'Queues serve NFR2 through NFR4.', ['NFR2', 'NFR3', 'NFR4']],
    ['a German range with "bis"', 'Die Queues bedienen NFR2 bis NFR4.', ['NFR2', 'NFR3', 'NFR4']],
    ['a Spanish range with "a"', 'Las colas cubren NFR2 a NFR4.', ['NFR2', 'NFR3', 'NFR4']],
    ['a French range with "à"', 'Les files couvrent NFR2 à NFR4.', ['NFR2', 'NFR3', 'NFR4']],
    ['an em-dash range', 'Queues serve NFR2—NFR4.', ['NFR2', 'NFR3', 'NFR4']],
    ['a tilde range', 'Queues serve NFR2~NFR4.', ['NFR2', 'NFR3', 'NFR4']],
    ['a Japanese wave-dash range', 'キューが NFR2〜NFR4 を満たす。', ['NFR2', 'NFR3', 'NFR4']],
    ['a full-width tilde range', 'キューが NFR2～4 を満たす。', ['NFR2', 'NFR3', 'NFR4']],
    ['an "a" that is a word, not a range', 'NFR2 a new queue; NFR4 too.', ['NFR2', 'NFR4']],
  ])('%s', (_name, arch, ids) => {
    expect(covered(arch)).toEqual(ids);
  });

  it('a padded range NFR-008 to NFR-012', async () => {
    const prd = ['- **NFR-007:** 1 s', '- **NFR-008:** 1 s', '- **NFR-009:** 1 s', '- **NFR-010:** 1 s', '- **NFR-011:** 1 s', '- **NFR-012:** 1 s', '- **NFR-013:** 1 s'].join('\n');
    expect(covered('Caching addresses NFR-008 to NFR-012.', prd)).toEqual(['NFR-008', 'NFR-009', 'NFR-010', 'NFR-011', 'NFR-012']);
  });

  it('a prefixed range NFR-UX-001〜003 (the end written without its prefix)', async () => {
    const prd = ['### Usability', ...[1, 2, 3, 4].map((n) => `- **NFR-UX-00${n}:** ${n} clicks`)].join('\n');
    expect(covered('画面設計は NFR-UX-001〜003 を満たす。', prd)).toEqual(['NFR-UX-001', 'NFR-UX-002', 'NFR-UX-003']);
  });

  it('a prefix-less range P1–P5 in a row that names the category whose IDs use that prefix', async () => {
    const prd = ['### Performance', ...[1, 2, 3, 4, 5, 6].map((n) => `- **NFR-P${n}:** ${n} s`), '### Security', '- **NFR-S1:** TLS 1.3'].join('\n');
    const arch = '| Area | Requirements | How |\n|---|---|---|\n| Performance | P1–P5 | caching, CDN |\n| Other | S1–S3 | nothing |';
    expect(covered(arch, prd)).toEqual(['NFR-P1', 'NFR-P2', 'NFR-P3', 'NFR-P4', 'NFR-P5']);
  });
});

describe('occurrences that do not count', () => {
  it.each([
    ['front matter', '---\nrequirements: [NFR1, NFR2]\n---\n# Architecture'],
    ['a change log', '## Change Log\n| Date | Change |\n|---|---|\n| 2025-01-01 | Addressed NFR1 |'],
    // Change logs titled in Turkish, Chinese and Japanese (\b never matched beside a CJK title, nor the accented Turkish one on a normalized heading).
    ['a change log in Turkish', '## Sürüm Geçmişi\n| Tarih | Değişiklik |\n|---|---|\n| 2025-01-01 | NFR1 eklendi |'],
    ['a change log in Chinese', '## 修订记录\n| 日期 | 变更 |\n|---|---|\n| 2025-01-01 | 新增 NFR1 |'],
    ['a change log in Chinese, another title', '## 8. 变更历史\n\n- 2025-01-01：补充 NFR1'],
    ['a change log in Japanese', '## 変更履歴\n| 日付 | 内容 |\n|---|---|\n| 2025-01-01 | NFR1 を追加 |'],
    ['a checklist', '- [x] NFR1 reviewed\n- [ ] NFR2 reviewed'],
    ['a bare claim', 'All NFRs (NFR1-NFR5) are addressed by this design.'],
    ['a generated block', '<!-- archgate:begin traceability-table -->\n| NFR | Component |\n|---|---|\n| NFR1 | Search |\n<!-- archgate:end -->'],
    ['a code block that is not mermaid', '```yaml\nnfr: NFR1\n```'],
  ])('%s', (_name, arch) => {
    expect(covered(arch)).toEqual([]);
  });
});

it('a section about changes of data is no change log: its citations count ("数据变更通知")', () => {
  expect(covered('## 数据变更通知\n\n变更事件在 1 秒内推送（NFR1）。')).toEqual(['NFR1']);
});

describe('implied and uncovered', () => {
  it('a restated target next to the requirement\'s words is implied, with the place', () => {
    const r = check(PRD, '# Arch\n\n## Search\n\nSearch answers in under 200 ms at p95 thanks to the index.');
    const row = r.coverage.rows.find((x) => x.requirement.id === 'NFR1')!;
    expect(row.status).toBe('implied');
    expect(row.implied?.location.line).toBe(5);
    const f = rulesOf(r, 'trace/nfr-cited')[0];
    expect(f).toMatchObject({ severity: 'warning', line: 5, fix: 'Cite NFR1 at docs/architecture.md:5 so the link is explicit.' });
  });

  it('the same number about something else does not imply it', async () => {
    expect(status('Builds take under 200 ms at p95 on the CI runner.').NFR1).toBe('uncovered');
  });

  it('an uncovered NFR is an error at its definition in the PRD', async () => {
    const r = check(PRD, '# Arch\n\nNFR1, NFR2, NFR3, NFR5 are met by caching.');
    expect(rulesOf(r, 'trace/nfr-addressed').map((f) => [f.severity, f.file, f.line, f.message])).toEqual([
      ['error', 'docs/prd.md', 6, 'NFR4 (Reports render within 3 seconds) is not cited in the architecture document. Nothing in the architecture document resembles it.'],
    ]);
  });

  it('functional requirements are traced only when trace/fr-addressed is on', async () => {
    const prd = '- **FR1:** upload\n- **FR2:** export';
    expect(rulesOf(check(prd, 'FR1 is the Upload Service.'), 'trace/fr-addressed')).toEqual([]);
    const on = check(prd, 'FR1 is the Upload Service.', { rules: { 'trace/fr-addressed': 'error' } });
    expect(rulesOf(on, 'trace/fr-addressed').map((f) => f.message)).toEqual(['FR2 (export) is not cited in the architecture document.']);
  });
});

describe('orphans and duplicates', () => {
  it('a cited ID the PRD does not define is an orphan', async () => {
    const r = check(PRD, 'NFR1 via the index; NFR9 via magic.');
    expect(r.coverage.orphans.map((o) => o.id)).toEqual(['NFR9']);
    expect(rulesOf(r, 'trace/orphan-reference')[0].message).toBe('NFR9 is cited, but the PRD does not define it.');
  });
});

describe('target mismatches', () => {
  it.each([
    ['ms against s', '- **NFR1:** Invoice processing completes in under 5 seconds.', '- Invoice processing: under 30000 ms (NFR1).', '< 30000 ms', '< 5 s'],
    ['min against s', '- **NFR1:** Export completes within 2 minutes.', '- Export completes within 300 s (NFR1).', '<= 300 s', '<= 2 min'],
    ['percent', '- **NFR1:** The API is available 99.9% of the time.', '- Availability: 99.5% uptime (NFR1).', '>= 99.5%', '>= 99.9%'],
    ['RPS against req/s', '- **NFR1:** The gateway sustains 1,000 RPS.', '- The gateway sustains 500 req/s (NFR1).', '= 500 req/s', '= 1000 req/s'],
    ['MB against GB', '- **NFR1:** Memory use stays under 1 GB.', '- Memory use stays under 2048 MB (NFR1).', '< 2048 MB', '< 1 GB'],
  ])('%s', (_name, prd, arch, archTarget, prdTarget) => {
    const r = check(prd, arch);
    expect(rulesOf(r, 'trace/target-mismatch').map((f) => f.message)).toEqual([expect.stringContaining(`says ${archTarget} where NFR1 in the PRD says ${prdTarget}`)]);
  });

  it('a stricter target on the better side is a warning that says so; a looser one stays an error', async () => {
    const findings = (prd: string, arch: string) => rulesOf(check(prd, arch), 'trace/target-mismatch').map((f) => [f.severity, f.message]);
    expect(findings('- **NFR1:** Reports are generated in under 60 seconds.', '- Report generation: p95 < 30 s (NFR1).')).toEqual([
      ['warning', 'The architecture says p95 < 30 s where NFR1 in the PRD says < 60 s (latency): a stricter target than the PRD asks for.'],
    ]);
    expect(findings('- **NFR1:** The API is available 99.9% of the time.', '- Availability: 99.95% uptime (NFR1).')).toEqual([
      ['warning', 'The architecture says >= 99.95% where NFR1 in the PRD says >= 99.9% (availability): a stricter target than the PRD asks for.'],
    ]);
    expect(findings('- **NFR1:** Reports are generated in under 60 seconds.', '- Report generation: under 90 s (NFR1).')).toEqual([
      ['error', 'The architecture says < 90 s where NFR1 in the PRD says < 60 s (latency).'],
    ]);
    // A timeout has no better side: a shorter one may cut off what the PRD allows.
    expect(findings('- **NFR1:** Calls time out after 30 seconds.', '- Upstream calls time out after 10 s (NFR1).').map(([severity]) => severity)).toEqual(['error']);
  });

  it('a stricter target is an error again where the config sets the rule\'s severity', async () => {
    const r = check('- **NFR1:** Reports are generated in under 60 seconds.', '- Report generation: p95 < 30 s (NFR1).', { rules: { 'trace/target-mismatch': 'error' } });
    expect(rulesOf(r, 'trace/target-mismatch').map((f) => f.severity)).toEqual(['error']);
  });

  it('the same value in other units is no mismatch', async () => {
    expect(rulesOf(check('- **NFR1:** Processing completes in under 5 seconds.', '- Processing: under 5000 ms (NFR1).'), 'trace/target-mismatch')).toEqual([]);
    expect(rulesOf(check('- **NFR1:** Memory stays under 1 GB.', '- Memory stays under 1024 MB (NFR1).'), 'trace/target-mismatch')).toEqual([]);
  });

  it('a different percentile or a different quantity is no mismatch', async () => {
    expect(rulesOf(check('- **NFR1:** Search answers p95 < 200 ms.', '- Search: p99 < 500 ms (NFR1).'), 'trace/target-mismatch')).toEqual([]);
    expect(rulesOf(check('- **NFR1:** Search answers p95 < 200 ms.', '- Search index holds 2 GB (NFR1).'), 'trace/target-mismatch')).toEqual([]);
  });

  it('an uncited sentence about the same thing is compared too (pair 07 style)', async () => {
    const r = check('**NFR1:** The system shall process individual invoices in under 5 seconds on standard hardware.', '- **Processing Time:** Maintain <30s per invoice (existing benchmark)');
    expect(rulesOf(r, 'trace/target-mismatch')).toHaveLength(1);
  });

  it('an uncited sentence restating another NFR\'s own target is that NFR\'s place, not a mismatch', async () => {
    const prd = ['## Non-Functional Requirements', '- NFR1: The search page loads within 2 seconds.', '- NFR2: The report page loads within 5 seconds.'].join('\n');
    const arch = ['# Architecture', '', '## Performance', '', 'The report page loads within 5 seconds because reports are rendered from a nightly cache.', '', 'The search page loads within 2 seconds thanks to the OpenSearch index.'].join('\n');
    const r = check(prd, arch);
    expect(rulesOf(r, 'trace/target-mismatch')).toEqual([]);
    expect(rulesOf(r, 'trace/nfr-cited').map((f) => `${f.line}: ${f.message}`)).toEqual([
      '5: NFR2 is not cited, but this place seems to address it (restates its target <= 5 s).',
      '7: NFR1 is not cited, but this place seems to address it (restates its target <= 2 s).',
    ]);
    // Cited there, the same sentence is compared with the NFR it cites.
    const cited = check(prd, arch.replace('nightly cache.', 'nightly cache (NFR1).'));
    expect(rulesOf(cited, 'trace/target-mismatch').map((f) => `${f.line}: ${f.message}`)).toEqual(['5: The architecture says <= 5 s where NFR1 in the PRD says <= 2 s (latency).']);
  });

  it('sentences that only share an NFR\'s words show it at most three mismatches, however many there are', async () => {
    // Every sentence shares the title's words with every NFR and states a value none of them has:
    // without a bound the findings grow as NFRs x sentences.
    const mismatches = (nfrs: number, places: number) => {
      const prd = ['## Non-Functional Requirements', ...Array.from({ length: nfrs }, (_, i) => `- NFR${i + 1}: The search page of catalogue ${i + 1} loads within 2 seconds.`)].join('\n');
      const arch = ['# Architecture', '', ...Array.from({ length: places }, (_, i) => `The search page of catalogue ${(i % nfrs) + 1} loads within 7 seconds.\n`)].join('\n');
      return rulesOf(check(prd, arch), 'trace/target-mismatch');
    };
    const small = mismatches(10, 100);
    expect(small).toHaveLength(30);
    expect(small[0].message).toBe('The architecture says <= 7 s where NFR1 in the PRD says <= 2 s (latency).');
    expect(mismatches(20, 400)).toHaveLength(60);
  });
});

describe('waivers', () => {
  const today = '2026-11-22';
  const run = (prd: string, arch: string, yaml: string) => {
    const loaded = loadConfigWithLines(yaml, '.github/archgate.yml');
    const config = resolveConfig(loaded.raw, loaded, today);
    return checkDocSet({ name: 't', prd: [{ path: 'docs/prd.md', text: prd }], architecture: [{ path: 'docs/architecture.md', text: arch }], missing: [] }, config.engine);
  };

  it('a config waiver with a reason waives the NFR', async () => {
    const r = run('- **NFR1:** 99.9% uptime', '# Arch', 'waivers:\n  - id: NFR1\n    reason: second region after launch\n    expires: 2027-03-31\n');
    expect(r.coverage.rows[0]).toMatchObject({ status: 'waived', waiver: { reason: 'second region after launch', expires: '2027-03-31' } });
    expect(rulesOf(r, 'trace/nfr-addressed')).toEqual([]);
  });

  it('an inline waiver in either document waives the NFR', async () => {
    const r = run('- **NFR1:** 99.9% uptime', '<!-- archgate-waive NFR1 until 2027-01-01: single zone for the pilot -->', '{}');
    expect(r.coverage.rows[0]).toMatchObject({ status: 'waived', waiver: { reason: 'single zone for the pilot', source: { file: 'docs/architecture.md', line: 1 } } });
  });

  it('an expired waiver no longer waives, and is itself a finding at the waiver', async () => {
    const r = run('- **NFR1:** 99.9% uptime', '# Arch', 'rules: {}\nwaivers:\n  - id: NFR1\n    reason: later\n    expires: 2026-11-21\n');
    expect(r.coverage.rows[0].status).toBe('uncovered');
    expect(rulesOf(r, 'trace/waivers').map((f) => [f.file, f.line, f.message])).toEqual([['.github/archgate.yml', 3, 'The waiver for NFR1 expired on 2026-11-21.']]);
    expect(rulesOf(r, 'trace/nfr-addressed')).toHaveLength(1);
  });

  it('a waiver holds through its expiry day', async () => {
    const r = run('- **NFR1:** 99.9% uptime', '# Arch', 'waivers:\n  - id: NFR1\n    reason: later\n    expires: 2026-11-22\n');
    expect(r.coverage.rows[0].status).toBe('waived');
  });

  it('an inline waiver without a reason, or naming an unknown ID, is a finding and waives nothing', async () => {
    const r = run('- **NFR1:** 99.9% uptime', '<!-- archgate-waive NFR1 -->\n<!-- archgate-waive NFR7: typo -->', '{}');
    expect(r.coverage.rows[0].status).toBe('uncovered');
    expect(rulesOf(r, 'trace/waivers').map((f) => f.message)).toEqual(['The waiver for NFR1 gives no reason.', 'The waiver names NFR7, which the PRD does not define.']);
  });

  it('a config reason is required by the schema', async () => {
    expect(() => loadConfigWithLines('waivers:\n  - id: NFR1\n', 'c.yml')).toThrow(/waivers\.0\.reason|must have required property 'reason'/);
  });

  it('a rule waiver silences that rule\'s findings, optionally in one file, and counts them', () => {
    const r = run('- **NFR1:** 99.9% uptime', '# Arch\n\nNFR1 in two zones.', 'waivers:\n  - rule: arch/backup-recovery\n    reason: stateless service, nothing to back up\n');
    expect(rulesOf(r, 'arch/backup-recovery')).toEqual([]);
    expect(r.waived).toBe(3);
  });
});

describe('baseline', () => {
  const git = (dir: string, ...args: string[]) => execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8' });
  const repo = () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'archgate-git-'));
    git(dir, 'init', '-q', '-b', 'main');
    git(dir, 'config', 'user.email', 't@example.com');
    git(dir, 'config', 'user.name', 'T');
    mkdirSync(path.join(dir, 'docs'));
    return dir;
  };
  const write = (dir: string, prd: string, arch: string) => {
    writeFileSync(path.join(dir, 'docs/prd.md'), prd);
    writeFileSync(path.join(dir, 'docs/architecture.md'), arch);
  };

  it('marks findings and coverage rows new, existing or fixed, and gates on the new ones alone', async () => {
    const dir = repo();
    write(dir, '- **NFR1:** p95 < 200 ms\n- **NFR2:** 99.9% uptime', '# Arch\n\nThe cache serves NFR2.');
    git(dir, 'add', '-A');
    git(dir, 'commit', '-qm', 'base');
    // The change: NFR2 gets addressed (fixed), a new NFR3 arrives unaddressed (new), NFR1 stays uncovered (existing).
    write(dir, '- **NFR1:** p95 < 200 ms\n- **NFR2:** 99.9% uptime\n- **NFR3:** 1,000 RPS', '# Arch\n\nIntro line that moves everything down.\n\nThe cache serves NFR2.');
    const report = await runCheck({ dir, baseline: 'HEAD' });
    const set = report.docSets[0];
    const uncovered = set.findings.filter((f) => f.rule === 'trace/nfr-addressed').map((f) => [f.message.slice(0, 4), f.baseline]);
    expect(uncovered).toEqual([['NFR1', 'existing'], ['NFR3', 'new']]);
    expect(Object.fromEntries(set.coverage.map((c) => [c.id, c.baseline]))).toEqual({ NFR1: 'existing', NFR2: undefined, NFR3: 'new' });
    expect(report.result).toBe('fail');
    expect(report.summary.newFindings).toBeGreaterThan(0);

    // Only the existing problem left: --fail-on-new-only passes.
    write(dir, '- **NFR1:** p95 < 200 ms\n- **NFR2:** 99.9% uptime', '# Arch\n\nThe cache serves NFR2.\n\nMore text.');
    expect((await runCheck({ dir, baseline: 'HEAD', failOnNewOnly: true })).result).toBe('pass');
    expect((await runCheck({ dir, baseline: 'HEAD' })).result).toBe('fail');
  });

  it('lists what the change fixed', async () => {
    const dir = repo();
    write(dir, '- **NFR1:** p95 < 200 ms', '# Arch\n\nRegion: TBD');
    git(dir, 'add', '-A');
    git(dir, 'commit', '-qm', 'base');
    write(dir, '- **NFR1:** p95 < 200 ms', '# Arch\n\nRegion: eu-west-1');
    const set = (await runCheck({ dir, baseline: 'HEAD' })).docSets[0];
    expect(set.fixed?.map((f) => f.rule)).toContain('arch/no-placeholders');
  });

  it('refuses a ref that is not a commit, and --fail-on-new-only without a baseline', async () => {
    const dir = repo();
    write(dir, '# P', '# A');
    git(dir, 'add', '-A');
    git(dir, 'commit', '-qm', 'base');
    await expect(runCheck({ dir, baseline: 'no-such-ref' })).rejects.toThrow('--baseline: "no-such-ref" is not a commit');
    await expect(runCheck({ dir, failOnNewOnly: true })).rejects.toThrow('--fail-on-new-only needs --baseline <git-ref>');
  });
});
