import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ABOUT_DATA } from '../src/engine/data-definitions.js';
import { RESTATEMENT_HEADING_ELSEWHERE } from '../src/engine/section-titles.js';
import { CONCEPTS_ELSEWHERE } from '../src/engine/terms.js';

// With the i and u flags, V8 runs a pattern with an alternative that opens on \b several times
// slower than the same pattern opening on (?<!\w): it no longer scans ahead for the alternatives'
// first letters. Before a letter the two mean the same thing (\b there is "no word character
// before", and \w under iu includes ſ and the Kelvin sign, as \b does). Each rewritten pattern
// is checked against the pattern as it was, at every place of every string: the family's own
// words in lower, upper and title case, next to the characters where case folding differs (ſ,
// K, İ, ı, ß, ẞ, final ς, ᲀ), and random strings of any code point.

/** Each rewritten pattern and the pattern it replaced, as it was written. */
const REWRITTEN: [string, RegExp, RegExp][] = [
  [
    'privacy family',
    /dati personali|riservatezza|donn[ée]es personnelles|vie priv[ée]e|\brgpd\b|datos personales|dados pessoais|\blgpd\b|datenschutz|\bkvkk\b|ki[şs]isel veri|個人情報|プライバシー|隐私|个人信息|confidentialit[ée]|персональн(?:ые|ых) данн|конфиденциальн|개인 ?정보|프라이버시/iu,
    CONCEPTS_ELSEWHERE['~privacy']!,
  ],
  ['testing family', /\bpruebas\b|\btestes\b|テスト|测试|couverture de (?:code|tests)|тест|테스트/iu, CONCEPTS_ELSEWHERE['~testing']!],
  [
    'restatement headings in other languages',
    new RegExp(String.raw`^(?:vue d['’]ensemble|aper[çc]u|r[ée]sum[ée]|r[ée]capitulatif|synth[èe]se|liste|matrice) des exigences\b|^exigences(?: non[- ]fonctionnelles| de qualit[ée])?$|^(?:resumen|visi[óo]n general|lista|matriz) de (?:los )?requisitos\b|^(?:vis[ãa]o geral|resumo|lista) dos requisitos\b|^requisitos(?: no funcionales| n[ãa]o funcionais)?$|^anforderungs[üu]bersicht$|^(?:[üu]bersicht|zusammenfassung) (?:der|[üu]ber die) anforderungen\b|^(?:nicht[- ]?funktionale )?anforderungen$|^gereksinim(?:ler)?(?:e genel bak[ıi][şs]| [öo]zeti)\b|^fonksiyonel olmayan gereksinimler$|^(?:panoramica|riepilogo|sintesi|elenco|matrice) dei requisiti\b|^requisiti(?: non funzionali| di qualit[àa])?$|\b(?:copertura|tracciabilit[àa]|mappatura|matrice)\b.{0,25}\brequisiti\b|^(?:要件概要|要件一覧|要件の概要|非機能要件|需求概述|需求概览|需求总览|非功能需求)$|^(?:요구 ?사항 (?:개요|목록|요약)|(?:비기능 )?요구 ?사항|요구 ?사항 추적(?: 매트릭스)?|추적 매트릭스|(?:설계 |요구 ?사항 )?추적성?(?: 매트릭스)?)$|\b(?:couverture|tra[çc]abilit[ée]|correspondance|mapping|matrice)(?!\p{L}).{0,25}\bexigences\b|\bexigences\b.{0,25}\b(?:couverture|tra[çc]abilit[ée]|correspondance|mapping|matrice)(?!\p{L})|\b(?:cobertura|trazabilidad|rastreabilidade|mapeo|mapeamento|matriz)\b.{0,25}\brequisitos\b|\brequisitos\b.{0,25}\b(?:cobertura|trazabilidad|rastreabilidade|mapeo|mapeamento|matriz)\b|\banforderungs(?:abdeckung|zuordnung|matrix|verfolgung)\b|\babdeckung der anforderungen\b|\bgereksinim(?:ler)?(?:in)? (?:kapsam|izlenebilirli|e[şs]leme)`, 'iu'),
    RESTATEMENT_HEADING_ELSEWHERE,
  ],
  ['requirements about the data itself', new RegExp(String.raw`\benv(?:ironment)?[ _-]?var(?:iable)?s?\b|\.env\b|variables? d['’]environnement|variables? de entorno|vari[áa]veis? de ambiente|umgebungsvariablen?|переменн\p{L}* окружени|環境変数|环境变量|\bschemas?\b|\bdata ?models?\b|\bfields?\b|\bcolumns?\b|sch[ée]ma|esquema|champs?|colonnes?|campos?|\b(?:decimal|numeric|varchar|char|timestamp(?:tz)?|uuid|jsonb?|bigint|integer)\s*\(|字段|数据模型|スキーマ|カラム`, 'iu'), ABOUT_DATA],
];

/** Whole texts of the shape the patterns are written for, beside the words of their alternatives. */
const SAMPLES = [
  'Validation de la couverture des exigences', 'Matrice de traçabilité des exigences', 'Exigences et correspondance', 'Matriz de trazabilidad de requisitos',
  'Requisitos: cobertura', 'Copertura dei requisiti', 'Anforderungsabdeckung', 'Abdeckung der Anforderungen', 'Gereksinimlerin kapsamı', 'Gereksinim izlenebilirliği',
  'Matrice des exigences', 'Vue d’ensemble des exigences', 'Elenco dei requisiti', 'Les données personnelles (RGPD)', 'LGPD e dados pessoais', 'KVKK kapsamında',
  'Pruebas unitarias', 'Testes de integração', 'Couverture de tests',
  'Configuration through ENV_VARS and a .env file', 'amount DECIMAL(10,4)', 'The data model and its schemas', 'user_fields, columns',
];

/** Characters around which /i and /iu, \b and \w, or one and two code units differ. */
const EDGES = ['', ' ', '-', '_', '1', 'x', 'ſ', '\u212a', 'K', 'k', 'S', 's', 'İ', 'ı', 'I', 'i', 'ß', 'ẞ', 'Σ', 'σ', 'ς', 'Д', 'д', 'ᲀ', 'é', 'É', '😀', '\ud83d', '\n'];

/** The words of a pattern's alternatives, roughly: each alternative with its syntax taken out and a class as its first member. */
function wordsOf(re: RegExp): string[] {
  return re.source.split('|').map((w) =>
    w
      .replace(/\(\?<?[!=][^)]*\)|\.\{\d+,\d+\}|\\b|\(\?:|[()?*+^$]/g, '')
      .replace(/\[(.)[^\]]*\]/g, '$1')
      .replace(/\\(.)/g, '$1'),
  );
}

const title = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

/** The words in three cases, with s and k as ſ and K, each between every pair of edge characters. */
function variants(re: RegExp): string[] {
  const out: string[] = [];
  for (const word of [...wordsOf(re), ...SAMPLES]) {
    const forms = [word, word.toUpperCase(), title(word), word.replace(/s/g, 'ſ').replace(/k/g, '\u212a'), word.toLowerCase().replace(/i/g, 'İ')];
    for (const form of forms) for (const before of EDGES) for (const after of EDGES) out.push(`${before}${form}${after}`);
  }
  return out;
}

const compiled = new WeakMap<RegExp, [RegExp, RegExp]>();

/** The match of each pattern at every place of the text, as sticky searches find them, and the whole text's test. */
function everyPlace(re: RegExp, text: string): (string | null)[] {
  let both = compiled.get(re);
  if (!both) compiled.set(re, (both = [new RegExp(re.source, re.flags.replace(/[gy]/g, '')), new RegExp(re.source, `${re.flags.replace(/[gy]/g, '')}y`)]));
  const [whole, sticky] = both;
  const out: (string | null)[] = [String(whole.test(text))];
  for (let at = 0; at <= text.length; at++) {
    sticky.lastIndex = at;
    out.push(sticky.exec(text)?.[0] ?? null);
  }
  return out;
}

describe('a \\b before a letter written as (?<!\\w)', () => {
  for (const [name, before, after] of REWRITTEN) {
    it(`${name}: matches exactly where the pattern as it was matched`, () => {
      expect(after.source).not.toBe(before.source);
      expect(after.flags).toBe(before.flags);
      const texts = variants(before);
      expect(texts.length).toBeGreaterThan(500);
      const wrong = texts.filter((t) => JSON.stringify(everyPlace(before, t)) !== JSON.stringify(everyPlace(after, t)));
      expect(wrong).toEqual([]);
      const pieces = fc.oneof(fc.constantFrom(...EDGES, ...wordsOf(before), ...SAMPLES), fc.string({ unit: 'binary', maxLength: 6 }));
      fc.assert(
        fc.property(fc.array(pieces, { maxLength: 8 }), (parts) => {
          const text = parts.join('');
          expect(everyPlace(after, text)).toEqual(everyPlace(before, text));
        }),
        { numRuns: 2000 },
      );
    });
  }
});
