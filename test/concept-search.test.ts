import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { conceptsJoined, conceptsOneByOne, conceptWork, isConcept, termCounts, TOPIC_TERMS, TOPIC_WORDS } from '../src/engine/terms.js';

// termCounts finds the concerns a text names (~latency, ~encryption, …) with one search per group
// of pattern flags instead of one per pattern; these tests hold it to the same tokens as searching
// pattern by pattern, and count the searches (no clock).

const searches = (find: (text: string) => string[], text: string) => {
  const before = conceptWork.searches;
  const tokens = find(text);
  return { tokens, searches: conceptWork.searches - before };
};

// Passages written like real architecture documents (BMAD, arc42), in the languages archgate reads.
const PASSAGES = [
  'The API gateway terminates TLS 1.3 and forwards requests to the order service; p95 latency stays under 300 ms.',
  'Backups run nightly to S3 with point-in-time recovery (RPO 15 min, RTO 1 h).',
  'Les journaux applicatifs sont centralisés ; la sauvegarde quotidienne est chiffrée (AES-256).',
  'レスポンスタイムアウトは30秒。ログイン画面ではパスワードを検証する。',
  'アプリケーションログは監視基盤へ送られる。',
  '所有接口的响应时间不超过200毫秒，数据库每日备份。',
  'Der Dienst protokolliert jeden Zugriff; Datenschutz nach DSGVO.',
  'Sign in with OAuth; RBAC decides who may edit; the CI/CD pipeline deploys containers to Kubernetes.',
  'Unit tests (Vitest) and end-to-end tests (Playwright) run on every pull request; tests tests tests tests tests tests tests tests tests, then a11y.',
  '🚀 Deploy: ✅ `docker compose up`; 📈 metrics in Grafana, alerts to Slack.',
  'The board shows columns of cards; a drag moves a card between columns.',
  'ſso and \u212Aubernetes are not the words they look like to a case-insensitive pattern without the u flag.',
  '',
];

describe('concept search', () => {
  it('runs no concept pattern while the module loads, and the topic terms are the topic words\' terms without concepts', async () => {
    vi.resetModules();
    const fresh = await import('../src/engine/terms.js');
    expect(fresh.conceptWork.searches).toBe(0);
    expect([...TOPIC_TERMS].sort()).toEqual([...termCounts(TOPIC_WORDS).keys()].filter((t) => !isConcept(t)).sort());
  });

  it.each(PASSAGES.map((p) => [p]))('finds the same concerns joined as one by one: %s', (text) => {
    expect(conceptsJoined(text)).toEqual(conceptsOneByOne(text));
  });

  it('finds them in a passage exactly', () => {
    expect(conceptsJoined(PASSAGES[0])).toEqual(['~latency', '~encryption']);
    expect(conceptsJoined(PASSAGES[3])).toEqual(['~authentication']);
    expect(conceptsJoined(PASSAGES[4])).toEqual(['~observability']);
    expect(conceptsJoined(PASSAGES[10])).toEqual([]);
  });

  it('finds the same concerns on any text made of concern words, separators and other scripts', () => {
    const pieces = ['latency', 'Response Time', 'p95', 'TLS', 'https', 'log in', 'login', 'logs', 'ログ', 'ログイン', 'アプリ', 'レスポンスタイム', 'アウト', 'langue', 'langues', 'test', 'tests', 'chiffré', 'ſ', '\u212A', 'K', '😀', '\ud83d', 'é', ' ', '-', '.', '_', '1', 'x', 'ω'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 24 }), (parts) => {
        const text = parts.join('');
        expect(conceptsJoined(text)).toEqual(conceptsOneByOne(text));
      }),
      { numRuns: 400 },
    );
  });

  it('searches prose that names no concern once per group of flags, not once per pattern', () => {
    const prose = PASSAGES[10];
    expect(searches(conceptsOneByOne, prose).searches).toBe(54);
    expect(searches(conceptsJoined, prose)).toEqual({ tokens: [], searches: 2 });
  });

  it('searches a passage naming two concerns a few times, and a long repetitive one a bounded number of times', () => {
    expect(searches(conceptsJoined, PASSAGES[0])).toEqual({ tokens: ['~latency', '~encryption'], searches: 5 });
    // Each place where a found concern is named again costs a search: past eight, what is left is searched pattern by pattern.
    const repeated = 'The tests run nightly. '.repeat(2000);
    const { tokens, searches: n } = searches(conceptsJoined, repeated);
    expect(tokens).toEqual(['~testing']);
    expect(n).toBeLessThanOrEqual(2 * 8 + 54);
  });

  it('termCounts searches pattern by pattern on a small document, and joined once 2 MB have been read', () => {
    const prose = PASSAGES[10];
    const small = searches((t) => [...termCounts(t).keys()], prose);
    expect(small.searches).toBe(54);
    termCounts('A card moves between columns. '.repeat(72_000)); // 2.1 MB read in all
    const big = searches((t) => [...termCounts(t).keys()], prose);
    expect(big).toEqual({ tokens: small.tokens, searches: 2 });
  });

  it('termCounts gives the concern tokens after the words, in the families order', () => {
    expect([...termCounts(PASSAGES[1]).keys()]).toEqual(['backup', 'run', 'night', 'point', 'recove', 'rpo', 'rto', '~backup']);
  });
});

// The families of privacy, testing and cost in French, Spanish, Portuguese and German were written
// with a backspace character where a word boundary was meant, so they never matched.
it('names privacy, testing and cost in the other languages (RGPD, pruebas, coûts, Kosten)', () => {
  expect(['Conformité RGPD', 'LGPD e dados', 'Las pruebas de integración', 'Os testes unitários', 'Les coûts mensuels', 'Costos de infraestructura', 'Custos mensais', 'Die Kosten pro Monat'].map((t) => conceptsOneByOne(t))).toEqual([
    ['~privacy'],
    ['~privacy'],
    ['~testing'],
    ['~testing'],
    ['~cost'],
    ['~cost'],
    ['~cost'],
    ['~cost'],
  ]);
});
