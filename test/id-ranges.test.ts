import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { check, ROOT, rulesOf } from './helpers.js';
import { DEFAULT_ID_SETTINGS, normalizeId } from '../src/engine/ids.js';
import { expandRanges, expandShortLists, MAX_EXPANDED, rangeBudget } from '../src/engine/ranges.js';
import { workGrowth } from './text-work.js';
import { parseDoc } from '../src/engine/document.js';
import { scanIds } from '../src/engine/requirements.js';

// Modelled on a Japanese BMAD project (stanah/irys-poc): NFR tables whose first cell is
// "**NFR-S5:** the requirement itself", and an architecture that cites them as "NFR-P1〜P5",
// "NFR-S1~S6", "NFR-S6準拠" and "NFR-I3:" flush against the text.
const FIXTURE = path.join(ROOT, 'test/fixtures/ja-ranges/docs');
const PRD = readFileSync(path.join(FIXTURE, 'prd.md'), 'utf8');
const ARCH = readFileSync(path.join(FIXTURE, 'architecture.md'), 'utf8');

const cited = (text: string) => expandRanges(text, DEFAULT_ID_SETTINGS).map((x) => x.id);

describe('a Japanese PRD and architecture (test/fixtures/ja-ranges)', () => {
  const result = check(PRD, ARCH);

  it('defines every NFR of the tables, a long "**NFR-S3:** …" first cell too, titled by that cell', () => {
    expect(result.requirements.map((r) => [r.id, r.location.line, r.category, r.title])).toEqual([
      ['NFR-P1', 9, 'performance', '公開アルバムの初回表示時間'],
      ['NFR-P2', 10, 'performance', '写真アップロードの完了時間'],
      ['NFR-P3', 11, 'performance', 'サムネイル生成時間'],
      ['NFR-S1', 17, 'security', '認証トークンはブラウザのlocalStorageに保存しない'],
      ['NFR-S2', 18, 'security', '非公開アルバムの写真は所有者と所有者が招待したユーザーだけが閲覧・ダウンロードできる'],
      ['NFR-S3', 19, 'security', 'サーバー専用の秘密鍵がNEXT_PUBLIC_付きの環境変数でクライアントのバンドルに含まれない'],
      ['NFR-I1', 25, 'integration', '外部ストレージAPIの呼び出しにタイムアウトを設定する'],
      ['NFR-I2', 26, 'integration', '画像変換サービスが停止しても保存済みの写真は表示できる'],
    ]);
  });

  it('reads "NFR-P1〜P3" and "NFR-S1~S2" as ranges, and "NFR-S3準拠" and "NFR-I1：" as citations', () => {
    expect(result.coverage.rows.map((r) => [r.requirement.id, r.status, r.citations.map((c) => c.line)])).toEqual([
      ['NFR-P1', 'covered', [7]],
      ['NFR-P2', 'covered', [7]],
      ['NFR-P3', 'covered', [7]],
      ['NFR-S1', 'covered', [8]],
      ['NFR-S2', 'covered', [8]],
      ['NFR-S3', 'covered', [14]],
      ['NFR-I1', 'covered', [20]],
      ['NFR-I2', 'uncovered', []],
    ]);
  });

  it('says exactly what is missing: NFR-I2, at its row, and nothing is an orphan', () => {
    expect(rulesOf(result, 'trace/nfr-addressed').map((f) => [f.file, f.line, f.message])).toEqual([
      ['docs/prd.md', 26, 'NFR-I2 (画像変換サービスが停止しても保存済みの写真は表示できる) is not cited in the architecture document. Nothing in the architecture document resembles it.'],
    ]);
    expect(rulesOf(result, 'trace/orphan-reference')).toEqual([]);
  });
});

describe('definitions written the Japanese way', () => {
  it('full-width colons and brackets after the ID, in a list, a heading, a bold label and a table', () => {
    const prd = [
      '## 非機能要件',
      '### パフォーマンス',
      '- **NFR-P1：** 検索結果は2秒以内に表示する',
      '- NFR-P2：一覧画面は1秒以内に表示する',
      '### セキュリティ',
      '#### NFR-S1：パスワードはbcryptでハッシュ化する',
      '本文。',
      '**NFR-S2（通信の暗号化）**：すべての通信はTLS 1.2以上',
      '',
      '| ID | 要件 |',
      '|---|---|',
      '| NFR-S3：監査ログを90日間保持する | 必須 |',
      '| NFR-S4 | 管理画面はIP制限する |',
    ].join('\n');
    const r = check(prd, 'NFR-P1〜P2、NFR-S1・S2、NFR-S3/S4準拠');
    expect(r.requirements.map((q) => [q.id, q.location.line, q.category, q.title])).toEqual([
      ['NFR-P1', 3, 'performance', '検索結果は2秒以内に表示する'],
      ['NFR-P2', 4, 'performance', '一覧画面は1秒以内に表示する'],
      ['NFR-S1', 6, 'security', 'パスワードはbcryptでハッシュ化する'],
      ['NFR-S2', 8, 'security', '通信の暗号化'],
      ['NFR-S3', 12, 'security', '監査ログを90日間保持する'],
      ['NFR-S4', 13, 'security', '管理画面はIP制限する'],
    ]);
    expect(r.coverage.rows.filter((c) => c.status === 'covered').map((c) => c.requirement.id)).toEqual(['NFR-P1', 'NFR-P2', 'NFR-S1', 'NFR-S2', 'NFR-S3', 'NFR-S4']);
  });
});

// Modelled on a Spanish BMAD project (AntonioTamez/crdtext): "**NFR-P.1** La latencia …", a dot
// between the category letter and the number, cited the same way in the architecture.
describe('IDs with a dot between the category and the number (NFR-P.1)', () => {
  const prd = [
    '## Requerimientos No Funcionales',
    '### Performance',
    '**NFR-P.1** La sincronización entre dos clientes tarda menos de 1 segundo.',
    '',
    '**NFR-P.2** El motor aplica una operación en menos de 10 ms.',
    '',
    '**NFR-P.3** La demo aguanta 2 usuarios durante 30 minutos.',
    '### Corrección',
    '**NFR-C.1** Ninguna operación hecha sin conexión se pierde.',
  ].join('\n');

  it('are defined and cited, alone and in a range', () => {
    const r = check(prd, 'El broadcast por WebSocket mantiene la latencia (NFR-P.1). Las NFR-P.2〜P.3 se miden en CI.');
    expect(r.requirements.map((q) => [q.id, q.location.line, q.category])).toEqual([
      ['NFR-P.1', 3, 'performance'],
      ['NFR-P.2', 5, 'performance'],
      ['NFR-P.3', 7, 'performance'],
      ['NFR-C.1', 9, null],
    ]);
    expect(r.coverage.rows.map((c) => [c.requirement.id, c.status])).toEqual([
      ['NFR-P.1', 'covered'],
      ['NFR-P.2', 'covered'],
      ['NFR-P.3', 'covered'],
      ['NFR-C.1', 'uncovered'],
    ]);
    expect(rulesOf(r, 'trace/orphan-reference')).toEqual([]);
  });

  it('NFR-P.1 and NFR-P1 are one requirement; FR-1.2 keeps its dot', () => {
    expect(normalizeId('NFR-P.1')).toBe(normalizeId('NFR-P1'));
    expect(normalizeId('FR-1.2')).toBe('FR1.2');
    expect(cited('NFR-P.1 to P.3')).toEqual(['NFR-P.2', 'NFR-P.3']);
    // Sub-requirements are no range: FR-1.1 to FR-1.3 names two of them.
    expect(cited('FR-1.1 to FR-1.3')).toEqual([]);
  });
});

// Modelled on a Rust CLI's BMAD PRD (AharonR/downloader): a heading per category carries an ID,
// and the table under it numbers the requirements within it.
describe('a heading ID that groups sub-numbered requirements (### NFR-1: Performance)', () => {
  const prd = [
    '## Non-Functional Requirements',
    '### NFR-1: Performance',
    '| ID | Requirement | Target |',
    '|---|---|---|',
    '| NFR-1.1 | Parse 150 references | < 5 seconds |',
    '| NFR-1.2 | Startup time | < 1 second |',
    '### NFR-2: Reliability',
    '| ID | Requirement | Target |',
    '|---|---|---|',
    '| NFR-2.1 | Download success rate | ≥ 90% |',
    '### NFR-3 Observability',
    'Every download attempt is logged with its outcome.',
  ].join('\n');

  it('is no requirement itself, and citing it is no orphan; a heading ID without sub-IDs stays one', () => {
    const r = check(prd, 'The parser streams its input (NFR-1.1). Retries with backoff serve NFR-2. NFR-3 is met by the event log.');
    expect(r.requirements.map((q) => [q.id, q.location.line, q.title])).toEqual([
      ['NFR-1.1', 5, 'Parse 150 references'],
      ['NFR-1.2', 6, 'Startup time'],
      ['NFR-2.1', 10, 'Download success rate'],
      ['NFR-3', 11, 'Observability'],
    ]);
    expect(r.coverage.rows.map((c) => [c.requirement.id, c.status])).toEqual([
      ['NFR-1.1', 'covered'],
      ['NFR-1.2', 'uncovered'],
      ['NFR-2.1', 'uncovered'],
      ['NFR-3', 'covered'],
    ]);
    expect(rulesOf(r, 'trace/orphan-reference')).toEqual([]);
  });
});

describe('a range whose end repeats only the last groups of the start', () => {
  it.each([
    ['〜', 'NFR-P1〜P4'],
    ['～', 'NFR-P1～P4'],
    ['~', 'NFR-P1~P4'],
    ['–', 'NFR-P1–P4'],
    ['—', 'NFR-P1—P4'],
    ['-', 'NFR-P1-P4'],
    ['…', 'NFR-P1…P4'],
    ['...', 'NFR-P1...P4'],
    ['..', 'NFR-P1..P4'],
    ['… between spaces', 'NFR-P1 … P4'],
    ['to', 'NFR-P1 to P4'],
    ['through', 'NFR-P1 through P4'],
    ['bis', 'NFR-P1 bis P4'],
    ['a', 'NFR-P1 a P4'],
    ['à', 'NFR-P1 à P4'],
    ['から (Japanese)', 'NFR-P1からP4まで'],
    ['至 (Chinese)', 'NFR-P1至P4'],
    ['到 (Chinese)', 'NFR-P1 到 P4'],
  ])('"%s": %s cites P2, P3 and the shortened end P4', (_sep, text) => {
    expect(cited(`性能要件 ${text} を満たす。`)).toEqual(['NFR-P2', 'NFR-P3', 'NFR-P4']);
  });

  it('keeps the padding and the groups: FR-AUTH-01〜05, NFR-UX-001〜UX-003, NFR-P1–3', () => {
    expect(cited('FR-AUTH-01〜05')).toEqual(['FR-AUTH-02', 'FR-AUTH-03', 'FR-AUTH-04', 'FR-AUTH-05']);
    expect(cited('NFR-UX-001〜UX-003')).toEqual(['NFR-UX-002', 'NFR-UX-003']);
    expect(cited('NFR-UX-001〜026')).toEqual(Array.from({ length: 25 }, (_, i) => `NFR-UX-${String(i + 2).padStart(3, '0')}`));
    expect(cited('NFR-UX-001 to NFR-UX-004')).toEqual(['NFR-UX-002', 'NFR-UX-003']);
    expect(cited('NFR-P1–3')).toEqual(['NFR-P2', 'NFR-P3']);
  });

  it('an end that belongs to no range of the start may start its own', () => {
    expect(cited('NFR-P1 – NFR-S1~S3')).toEqual(['NFR-S2', 'NFR-S3']);
  });

  it('ends flush against Japanese text and full-width punctuation', () => {
    expect(cited('（NFR-S1~S3）、NFR-I1〜I2準拠。')).toEqual(['NFR-S2', 'NFR-S3', 'NFR-I2']);
  });

  it.each([
    ['another category', 'NFR-P1〜S5'],
    ['part of a group', 'NFR-PERF1~F5'],
    ['a version', 'v1~2 と NFR-P1'],
    ['a year after a bare number', 'NFR1-2024'],
    ['a huge span', 'NFR1-NFR99999'],
    ['a backwards range', 'NFR-P5〜P1'],
    ['an end that goes on', 'NFR-P1〜P5x'],
  ])('is no range: %s (%s)', (_name, text) => {
    expect(cited(text)).toEqual([]);
  });

  it('a PRD row that opens with a range is no definition', () => {
    const r = check('## Non-Functional Requirements\n\n| NFR | 基準 |\n|---|---|\n| **NFR-P1〜P3:** 応答時間 | 1秒以内 |\n| **NFR-P4:** 起動時間 | 2秒以内 |', 'NFR-P4');
    expect(r.requirements.map((q) => q.id)).toEqual(['NFR-P4']);
  });

  it('a long first cell that only opens with an ID defines nothing; one labelled "ID:" does', () => {
    const prd = [
      '## Non-Functional Requirements',
      '',
      '| NFR | Target |',
      '|---|---|',
      '| NFR-1 and NFR-2 share the read cache that the search service keeps warm | 1 s |',
      '| **NFR-3:** Exports of a whole album finish while the user keeps browsing | 2 min |',
    ].join('\n');
    expect(check(prd, 'NFR-3').requirements.map((q) => [q.id, q.title])).toEqual([['NFR-3', 'Exports of a whole album finish while the user keeps…']]);
  });
});

// Modelled on a BMAD project (mertefesensoy/Ephesus) whose architecture says "NFR-1…NFR-16" for
// all its NFRs and "NFR15–18" for a group, the upper bound without the prefix.
describe('ranges written with an ellipsis, and ends without the prefix', () => {
  const prd = ['## Non-Functional Requirements', '', ...[1, 2, 3, 4, 5, 6].map((n) => `- **NFR-${n}:** requirement ${n} is measured in CI`)].join('\n');
  const covered = (arch: string) => check(prd, arch).coverage.rows.filter((r) => r.status === 'covered').map((r) => r.requirement.id);

  it.each([
    ['…', 'NFR-2…NFR-5'],
    ['...', 'NFR-2...NFR-5'],
    ['..', 'NFR-2..NFR-5'],
    ['… between spaces', 'NFR-2 … NFR-5'],
    ['... between spaces', 'NFR-2 ... NFR-5'],
    ['an end without the prefix', 'NFR-2–5'],
  ])('%s: "%s" in an architecture covers NFR-2 to NFR-5', (_name, range) => {
    expect(covered(`The job runner is measured against ${range} on every build.`)).toEqual(['NFR-2', 'NFR-3', 'NFR-4', 'NFR-5']);
  });

  it('"NFR15–18": a bare upper bound after an unpadded ID', () => {
    expect(cited('Offline sync meets NFR15–18.')).toEqual(['NFR16', 'NFR17', 'NFR18']);
    expect(cited('NFR-1…NFR-16')).toEqual(Array.from({ length: 14 }, (_, i) => `NFR-${i + 2}`));
  });

  it.each([
    ['a sentence trailing off, then another', 'The cache serves NFR-2... NFR-5 is met by the queue.'],
    ['words between the IDs', 'The cache serves NFR-2 ... and later NFR-5.'],
    ['four dots', 'The cache serves NFR-2....NFR-5.'],
  ])('is no range: %s', (_name, text) => {
    expect(cited(text)).toEqual([]);
    expect(covered(text)).toEqual(['NFR-2', 'NFR-5']);
  });

  it.each([
    ['"to" and seconds', 'The index keeps NFR-2 to 5 seconds.', 'The index keeps NFR-2 to 5.', ['NFR-3', 'NFR-4', 'NFR-5']],
    ['"~" and s', 'Cold start NFR-2 ~ 3 s.', 'Cold start NFR-2 ~ 3.', ['NFR-3']],
    ['"a" and minutos', 'La copia cumple NFR-2 a 5 minutos.', 'La copia cumple NFR-2 a 5.', ['NFR-3', 'NFR-4', 'NFR-5']],
    ['"bis" and Sekunden', 'Antwort NFR-2 bis 5 Sekunden.', 'Antwort NFR-2 bis 5.', ['NFR-3', 'NFR-4', 'NFR-5']],
  ])('a bare end with a unit is a value, no range: %s (without the unit it is one)', (_name, text, withoutUnit, ids) => {
    expect(cited(text)).toEqual([]);
    expect(cited(withoutUnit)).toEqual(ids);
  });

  it.each([
    ['"through" and regions', 'Failover spans NFR-2 through 4 regions.', 'Failover spans NFR-2 through 4.', ['NFR-3', 'NFR-4']],
    ['"a" and usuarios', 'El servidor atiende NFR-2 a 5 usuarios.', 'El servidor atiende NFR-2 a 5.', ['NFR-3', 'NFR-4', 'NFR-5']],
    ['"to" and concurrent users', 'Scaling NFR-2 to 5 concurrent users.', 'Scaling NFR-2 to 5.', ['NFR-3', 'NFR-4', 'NFR-5']],
    ['"bis" and Knoten', 'Cluster NFR-2 bis 4 Knoten.', 'Cluster NFR-2 bis 4.', ['NFR-3', 'NFR-4']],
  ])('a bare end before a count noun is a value, no range: %s (without the noun it is one)', (_name, text, withoutNoun, ids) => {
    expect(cited(text)).toEqual([]);
    expect(cited(withoutNoun)).toEqual(ids);
  });

  it('a bare end before a verb is still a range: "NFR1-4 are met", "NFR-1 to 4 cover security"', () => {
    expect(cited('NFR1-4 are met by the cache.')).toEqual(['NFR2', 'NFR3', 'NFR4']);
    expect(cited('NFR-1 to 4 cover security.')).toEqual(['NFR-2', 'NFR-3', 'NFR-4']);
  });

  it('a heading whose ID a wave dash gives a value is titled without the dash ("### NFR-1 ~ 3 s cold start")', () => {
    const r = check(['## Non-Functional Requirements', '', '### NFR-1 ~ 3 s cold start', '', 'The app opens fast.', '', '### NFR-2 〜 99.9% uptime', '', 'The API stays up.'].join('\n'), 'NFR-1, NFR-2');
    expect(r.requirements.map((q) => [q.id, q.location.line, q.title])).toEqual([
      ['NFR-1', 3, '3 s cold start'],
      ['NFR-2', 7, '99.9% uptime'],
    ]);
  });

  it('a PRD item whose ID a dash between spaces gives a value defines it ("NFR1 — 99.9% uptime"); a sub-ID ("FR-USER-001-01") defines no parent', () => {
    const items = check(['## Non-Functional Requirements', '', '- **NFR1** — 99.9% uptime', '- **NFR2** — 2 s page load', '- **NFR3** - 4 …'].join('\n'), 'NFR1, NFR2');
    expect(items.requirements.map((q) => [q.id, q.location.line, q.title])).toEqual([
      ['NFR1', 3, '99.9% uptime'],
      ['NFR2', 4, '2 s page load'],
    ]);
    const table = check(['## Functional Requirements', '', '| ID | Requirement |', '|----|-------------|', '| FR-USER-001-01 | On first launch, system SHALL generate a unique keypair (X25519) |'].join('\n'), 'x');
    expect(table.requirements.map((q) => q.id)).toEqual([]);
  });

  it.each([
    ['an ellipsis', '| NFR-1…NFR-3 | Apply to every service |'],
    ['"to" between prefixed IDs with groups', '| NFR-UX-001 to NFR-UX-003 | Apply to every screen |'],
  ])('a PRD row that opens with a range (%s) defines nothing', (_name, row) => {
    const ids = row.includes('UX') ? ['NFR-UX-001', 'NFR-UX-002', 'NFR-UX-003'] : ['NFR-1', 'NFR-2', 'NFR-3'];
    const table = ['## Non-Functional Requirements', '', '| ID | Requirement |', '|---|---|', row, ...ids.map((id, i) => `| ${id} | Requirement ${i + 1} is measured |`)].join('\n');
    const r = check(table, `${ids[0]} to ${ids[2]}`);
    expect(r.requirements.map((q) => [q.id, q.location.line, q.title])).toEqual(ids.map((id, i) => [id, 6 + i, `Requirement ${i + 1} is measured`]));
    expect(r.coverage.rows.map((c) => [c.requirement.id, c.status])).toEqual(ids.map((id) => [id, 'covered']));
  });
});

describe('a list whose later items repeat only the last groups of the first', () => {
  const listed = (text: string) => expandShortLists(text, DEFAULT_ID_SETTINGS).map((x) => x.id);

  it.each([
    ['/', '障害分離がNFR-I2/I6を支える', ['NFR-I6']],
    ['・ and 、', 'NFR-S1・S2、S4準拠', ['NFR-S2', 'NFR-S4']],
    [', with the groups', 'NFR-UX-001, UX-003', ['NFR-UX-003']],
    ['items written in full (found as IDs of their own)', 'NFR-I2/NFR-I6', []],
    ['another category', 'NFR-P1/S2', []],
    ['a bare number', 'NFR1, 2 and 3', []],
    ['an item that runs on', 'NFR-P1/P2x', []],
    // A Russian SAD: "Грубые ориентиры (см. PRD NFR-04, 05)".
    ['a zero-padded number as wide as the start', 'см. PRD NFR-04, 05', ['NFR-05']],
    ['zero-padded, after a slash', 'NFR-007/008/010', ['NFR-008', 'NFR-010']],
    ['a zero-padded number after an unpadded start', 'NFR-4, 05', []],
    ['a zero-padded number of another width', 'NFR-004, 05', []],
    ['a number that is no item', 'NFR-04, 2025', []],
    // A date after an ID list: its month (and day) are zero-padded as wide as the ID's number.
    ['a month and year after the list', 'Signed off: NFR-01, 09/2025', []],
    ['a day, month and year after the list', 'NFR-01, 05/06/2025 review', []],
    ['a month and year with a dash', 'NFR-01, 09-2025', []],
    ['a month and a short year', 'NFR-01, 09/25', []],
    ['an item, then a date', 'NFR-01, 02, 09/2025', ['NFR-02']],
    ['items flush, then a date spaced (no date of theirs)', 'NFR-007/008 / 2025', ['NFR-008']],
  ])('%s: %s', (_name, text, ids) => {
    expect(listed(text)).toEqual(ids);
  });

  it('covers only the ID before a date ("NFR-01, 09/2025"), in a check', () => {
    const prd = '## Non-Functional Requirements\n\n| ID | Requirement |\n|---|---|\n| NFR-01 | Search answers within 500 ms |\n| NFR-09 | Backups are kept 30 days |';
    expect(check(prd, '## Search\n\nThe index answers within 500 ms (NFR-01, 09/2025).').coverage.rows.map((r) => [r.requirement.id, r.status, r.citations.map((c) => c.line)])).toEqual([
      ['NFR-01', 'covered', [3]],
      ['NFR-09', 'uncovered', []],
    ]);
  });

  it('a range whose bare end a date goes on from is no range ("NFR-01 – 09/2025")', () => {
    expect(cited('Reviewed NFR-01 – 09/2025.')).toEqual([]);
    expect(cited('Reviewed NFR-01 – 09-2025.')).toEqual([]);
    expect(cited('Reviewed NFR-01 – 09.')).toEqual(['NFR-02', 'NFR-03', 'NFR-04', 'NFR-05', 'NFR-06', 'NFR-07', 'NFR-08', 'NFR-09']);
  });

  it('covers the NFR a list names in an architecture', () => {
    const prd = '## Non-Functional Requirements\n\n### Integration\n\n- **NFR-I2:** 画像変換の障害時も閲覧できる\n- **NFR-I6:** ストレージ障害時も保存済みの写真を表示できる';
    expect(check(prd, '1. パイプラインの独立性がNFR-I2/I6を直接支える').coverage.rows.map((r) => [r.requirement.id, r.status, r.citations.map((c) => c.line)])).toEqual([
      ['NFR-I2', 'covered', [1]],
      ['NFR-I6', 'covered', [1]],
    ]);
  });

  it('covers both NFRs of a zero-padded list', () => {
    const prd = '## Non-Functional Requirements\n\n| ID | Requirement |\n|---|---|\n| NFR-04 | Полный пайплайн на 50k строк: < 5 минут |\n| NFR-05 | Полный пайплайн на 1М строк: ≤ 4 часа |\n| NFR-06 | Polling интервал — 10 секунд |';
    expect(check(prd, '## Производительность\n\nГрубые ориентиры (см. PRD NFR-04, 05):').coverage.rows.map((r) => [r.requirement.id, r.status, r.citations.map((c) => c.line)])).toEqual([
      ['NFR-04', 'covered', [3]],
      ['NFR-05', 'covered', [3]],
      ['NFR-06', 'uncovered', []],
    ]);
  });
});

describe('a range without the kind prefix (P1–P5), in a row that names the category', () => {
  const prd = ['## Non-Functional Requirements', '### Performance', ...[1, 2, 3, 4].map((n) => `- **NFR-P${n}:** ${n} s`)].join('\n');
  it.each(['P1〜P3', 'P1 a P3', 'P1 to P3', 'P1–3', 'P1からP3'])('%s', (range) => {
    const arch = `| Area | NFRs | How |\n|---|---|---|\n| Performance | ${range} | CDN cache |`;
    expect(check(prd, arch).coverage.rows.map((r) => [r.requirement.id, r.status])).toEqual([
      ['NFR-P1', 'covered'],
      ['NFR-P2', 'covered'],
      ['NFR-P3', 'covered'],
      ['NFR-P4', 'uncovered'],
    ]);
  });
});

describe('a task or priority ID of the same letter is no range (P0-04, T1-03)', () => {
  const prd = ['## Non-Functional Requirements', '### Performance', ...[1, 2, 3, 4].map((n) => `- **NFR-P0${n}:** ${n} s`)].join('\n');
  it.each(['P0-04', 'P1-04', 'P0–P3'])('a performance task %s', (task) => {
    const arch = `| Task | What | Done when |\n|---|---|---|\n| ${task} | API performance cache | p95 measured |`;
    expect(check(prd, arch).coverage.rows.map((r) => [r.requirement.id, r.status])).toEqual([
      ['NFR-P01', 'uncovered'],
      ['NFR-P02', 'uncovered'],
      ['NFR-P03', 'uncovered'],
      ['NFR-P04', 'uncovered'],
    ]);
  });
  it('a padded range of the same width still is one (P01–04)', () => {
    const arch = '| Area | NFRs | How |\n|---|---|---|\n| Performance | P01–04 | CDN cache |';
    expect(check(prd, arch).coverage.rows.map((r) => [r.requirement.id, r.status])).toEqual([
      ['NFR-P01', 'covered'],
      ['NFR-P02', 'covered'],
      ['NFR-P03', 'covered'],
      ['NFR-P04', 'covered'],
    ]);
  });
});

describe('ranges stay bounded', () => {
  it('the work of reading ranges and lists grows linearly with the text', () => {
    for (const text of [(n: number) => `NFR-01, 02${'/02'.repeat(n / 3)}/2025`, (n: number) => `NFR-01${', 09/2025'.repeat(n / 9)}`, (n: number) => `NFR-01, 0${'9'.repeat(n)}/2025`, (n: number) => `NFR-P1${'/P1'.repeat(n / 3)}x`, (n: number) => `NFR-P1${' '.repeat(n)}x`, (n: number) => 'NFR-P1〜'.repeat(n / 7), (n: number) => `NFR-P1${'-P'.repeat(n / 2)}1`]) {
      expect(workGrowth((n) => [expandRanges(text(n), DEFAULT_ID_SETTINGS), expandShortLists(text(n), DEFAULT_ID_SETTINGS)], 4000).ratio).toBeLessThan(4.5);
    }
  });

  it('one document\'s ranges add at most MAX_EXPANDED IDs, whole ranges first', () => {
    const budget = rangeBudget();
    const text = 'NFR1-NFR500 '.repeat(100);
    const ids = expandRanges(text, DEFAULT_ID_SETTINGS, budget);
    // 498 IDs strictly inside each range: 40 whole ranges fit, the 41st would pass the limit.
    expect(ids.length).toBe(40 * 498);
    expect(ids.length).toBeLessThanOrEqual(MAX_EXPANDED);
    expect(ids.slice(0, 2).map((x) => x.id)).toEqual(['NFR2', 'NFR3']);
    expect(budget.left).toBe(MAX_EXPANDED - 40 * 498);
  });

  it('an architecture of a thousand ranges makes no more references than the limit allows', () => {
    const arch = parseDoc('architecture', [{ path: 'docs/architecture.md', text: `# A\n\n${'Covers NFR1-NFR499. '.repeat(1000)}` }]);
    const scan = scanIds(arch, DEFAULT_ID_SETTINGS, false);
    // Two written ends per range, and the budget's worth of IDs inside them.
    expect(scan.references.filter((r) => !r.range)).toHaveLength(2000);
    expect(scan.references.filter((r) => r.range)).toHaveLength(Math.floor(MAX_EXPANDED / 497) * 497);
  });
});
