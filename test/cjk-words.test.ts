import { describe, expect, it } from 'vitest';
import { cjkVocabulary, cjkWords, usesWord } from '../src/engine/cjk-words.js';
import { termCounts } from '../src/engine/terms.js';

describe('words of Japanese text, as a reader sees them', () => {
  it('splits at every change of script; grammar (hiragana) and one-character Han words are left out', () => {
    expect(cjkWords('タイムアウト値の設定場所が未定義 | Zodスキーマの環境変数で外部化')).toEqual(['タイムアウト', '設定場所', '未定義', 'zod', 'スキーマ', '環境変数', '外部化']);
  });

  it('a loanword inside a longer one is one of its words; a two-character one is not (ログ is not in ログイン)', () => {
    const timeouts = cjkVocabulary('外部APIのレスポンスタイムアウトを設定する');
    expect(['タイムアウト', '設定場所', '外部化', 'api', '環境変数'].map((w) => usesWord(timeouts, w))).toEqual([true, true, true, true, false]);
    expect(usesWord(cjkVocabulary('ログイン試行を制限する'), 'ログ')).toBe(false);
  });

  it('a katakana run longer than a loanword compound is matched whole only (its parts would grow as its square)', () => {
    const long = 'アイウエオカキクケコサシスセソタチツテト';
    expect([long, 'カキク'].map((w) => usesWord(cjkVocabulary(`${long}を使う`), w))).toEqual([true, false]);
  });

  it('a response timeout is not a response time', () => {
    expect(termCounts('レスポンスタイムアウトを設定する').has('~latency')).toBe(false);
    expect(termCounts('レスポンスタイムは1秒以内').has('~latency')).toBe(true);
  });

  it('nor in English: "response timeout" is no latency word, "response times" is', () => {
    expect(termCounts('The payment client has a response timeout of 30 s').has('~latency')).toBe(false);
    expect(termCounts('Response times stay under 2 s').has('~latency')).toBe(true);
  });
});
