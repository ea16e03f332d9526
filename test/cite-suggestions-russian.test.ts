import { describe, expect, it } from 'vitest';
import { check } from './helpers.js';
import { stem, termCounts } from '../src/engine/terms.js';
import { workGrowth } from './text-work.js';

// Russian inflects by endings, often inside the first six letters a term keeps: "пароли" and
// "паролей", "создание" and "создании" were two words each, and a requirement on how passwords
// are stored never met the section named after password hashing. Its function words ("при",
// "через", "одного") and generic words ("система", "данные") were distinctive terms.

describe('Russian words', () => {
  it('the forms of one word are one term, and a noun ending in -ут or -ет keeps it', () => {
    expect(['пароли', 'паролей', 'паролям'].map(stem)).toEqual(['парол', 'парол', 'парол']);
    expect(['создание', 'создании', 'созданием'].map(stem)).toEqual(['создан', 'создан', 'создан']);
    expect(['таймаут', 'таймаута', 'бюджет', 'бюджета'].map(stem)).toEqual(['таймау', 'таймау', 'бюджет', 'бюджет']);
  });

  it('function words and generic words are no terms; a password is the concern of authentication', () => {
    expect([...termCounts('При входе система проверяет пароль через сервис').keys()]).toEqual(['вход', 'провер', 'парол', 'сервис', '~authentication']);
  });

  it('the section on password hashing is offered first for "passwords are stored hashed"', () => {
    const prd = ['# PRD', '## Нефункциональные требования', '- NFR-1: Пароли пользователей хранятся только в хешированном виде'].join('\n');
    const arch = [
      '# Архитектура',
      '## Журнал событий',
      'События хранятся в отдельной таблице, старые записи удаляются раз в сутки.',
      '## Хеширование паролей',
      'Алгоритм bcrypt с фактором стоимости 12; соль генерируется для каждой записи.',
      '## Кэш',
      'Ответы каталога хранятся в Redis пять минут.',
    ].join('\n\n');
    const row = check(prd, arch).coverage.rows[0];
    expect(row.suggestions.map((s) => [s.location.line, s.heading, s.confidence])).toEqual([
      [9, 'Хеширование паролей', 'possible'],
    ]);
  });

  it('reading Russian text grows with its length (each word is cut at one of a fixed list of endings)', () => {
    expect(workGrowth((n) => termCounts('хранятся паролями '.repeat(n)), 50).ratio).toBeLessThan(4.5);
  });
});
