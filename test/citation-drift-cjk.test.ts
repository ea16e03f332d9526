import { describe, expect, it } from 'vitest';
import { check, rulesOf } from './helpers.js';

// trace/citation-drift on Japanese text, where words are written without spaces. Modelled on a
// real Japanese BMAD pair (an NFR table per category; a gap analysis row that cites an NFR and
// says how its timeouts will be set): terms made of character pairs count one shared word
// ("環境変数") several times and miss a word inside a longer loanword ("タイムアウト" in
// "接続タイムアウト"), so the place is judged again on whole words before it is called drifted.
const PRD = [
  '# 動画配信PoC 要件定義書',
  '',
  '## 非機能要件',
  '',
  '### 連携',
  '',
  '| NFR | 基準 | 備考 |',
  '|-----|------|------|',
  '| **NFR-C1:** 外部ストレージAPIのレスポンスタイムアウトをサービス別に設定する | 保存: 20秒、変換: 45秒 | 変換処理は混雑時に遅れるため長めにする |',
  '| **NFR-C2:** 配信CDNのエンドポイントは環境変数で設定可能 | 必須 | 本番と検証で別のCDNを使う |',
  '',
  '### セキュリティ',
  '',
  '| NFR | 基準 | 備考 |',
  '|-----|------|------|',
  '| **NFR-S1:** パスワードはbcryptでハッシュ化して保存する | 必須 | 平文では保存しない |',
].join('\n');

const arch = (rows: string[]) =>
  [
    '# 動画配信PoC アーキテクチャ',
    '',
    '## 連携設計',
    '',
    '外部サービスはすべてアダプター経由で呼び出し、失敗時はユーザー向けメッセージに変換する。',
    '',
    '## 認証',
    '',
    'パスワードはbcryptでハッシュ化し、平文は残さない (NFR-S1)。',
    '',
    '## ギャップ分析',
    '',
    '| ギャップ | 対応方針 |',
    '|-----|---------|',
    ...rows,
    '',
  ].join('\n');

const drift = (rows: string[]) => rulesOf(check(PRD, arch(rows)), 'trace/citation-drift').map((f) => [f.line, f.message]);

// Right: the row is about NFR-C1's timeouts, and says they may come from environment variables.
const RIGHT = '| NFR-C1: タイムアウト値の設定場所が未定義 | Zodスキーマの環境変数かアダプター生成時のオプションで外部化 |';
// Drifted: the row cites NFR-C1 but describes NFR-C2's switchable CDN endpoint.
const DRIFTED = '| NFR-C1: CDNのエンドポイントを環境変数で切り替える仕組みが未実装 | 起動時にCDNのURLを環境変数から読む |';

describe('citation drift in Japanese', () => {
  it('a row about the timeouts it cites is not drifted, although it names environment variables as another NFR does', () => {
    expect(drift([RIGHT])).toEqual([]);
  });

  it('a row citing the timeout NFR while describing the CDN endpoint is drifted', () => {
    expect(drift([RIGHT, DRIFTED])).toEqual([
      [
        16,
        'This place cites NFR-C1 (外部ストレージAPIのレスポンスタイムアウトをサービス別に設定する) but describes it as "CDNのエンドポイントを環境変数で切り替える仕組みが未実装 | 起動時にCDNのURLを環境変数から読む"; NFR-C2 (配信CDNのエンドポイントは環境変数で設定可能) reads closer.',
      ],
    ]);
  });
});

describe('citation drift in Chinese', () => {
  // Han text is read as whole runs too: swapped IDs in a small requirements table are still found.
  const prd = ['## 非功能需求', '', '- **NFR-P1:** 搜索结果应在2秒内返回。', '- **NFR-S1:** 密码使用bcrypt哈希存储，不保存明文。', '- **NFR-A1:** 服务可用性达到99.9%。'].join('\n');
  const architecture = ['# 架构', '', '## 需求落实', '', '| 需求 | 方案 |', '|---|---|', '| NFR-P1 | 密码使用bcrypt加盐哈希后存储 |', '| NFR-A1 | 多可用区部署，可用性99.9% |', '| NFR-S1 | 搜索结果走缓存，2秒内返回 |', ''].join('\n');

  it('flags the two swapped rows and leaves the right one alone', () => {
    expect(rulesOf(check(prd, architecture), 'trace/citation-drift').map((f) => [f.line, f.message])).toEqual([
      [7, 'This place cites NFR-P1 (搜索结果应在2秒内返回) but describes it as "密码使用bcrypt加盐哈希后存储"; NFR-S1 (密码使用bcrypt哈希存储，不保存明文) reads closer.'],
      [9, 'This place cites NFR-S1 (密码使用bcrypt哈希存储，不保存明文) but describes it as "搜索结果走缓存，2秒内返回"; NFR-P1 (搜索结果应在2秒内返回) reads closer.'],
    ]);
  });
});
