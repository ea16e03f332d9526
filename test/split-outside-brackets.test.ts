import { describe, expect, it } from 'vitest';
import { splitOutsideBrackets } from '../src/engine/split-outside-brackets.js';

const atCommaOrSemicolon = (t: string, i: number) => t[i] === ',' || t[i] === ';';

describe('a text split outside brackets', () => {
  it('keeps what brackets enclose, ASCII or full-width, as one piece', () => {
    expect(splitOutsideBrackets('Fernet (AES-128, HMAC), TLS 1.3; {a, b} [c; d]', atCommaOrSemicolon)).toEqual(['Fernet (AES-128, HMAC)', 'TLS 1.3', '{a, b} [c; d]']);
    expect(splitOutsideBrackets('暗号化（AES、TLS）、監査ログ', (t, i) => t[i] === '、')).toEqual(['暗号化（AES、TLS）', '監査ログ']);
  });

  it('ignores a stray closing bracket, and leaves out empty pieces', () => {
    expect(splitOutsideBrackets('1) rate limits; ; 2) audit log;', atCommaOrSemicolon)).toEqual(['1) rate limits', '2) audit log']);
  });
});
