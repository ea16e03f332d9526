import { describe, expect, it } from 'vitest';
import { check, rulesOf } from './helpers.js';
import { termCounts } from '../src/engine/terms.js';

// A PRD names a concern in its own words (and language); the design meets it with its mechanism,
// under words that share nothing with the NFR. Modelled on a French BMAD PRD whose tenants' data is
// "isolées par cabinet" where its English architecture keeps a tenant id and row-level security, a
// Russian SAD whose "данные ... изолированы" is met by an index "для изоляции данных", a Portuguese
// "acesso restrito" met by an auth middleware, and an English BMAD NFR on "transient failures" met
// by an ADR's retry policy. Before, each place shared no word with its NFR (or one word, outweighed
// by the pages that repeat the NFR's other words).

const prd = [
  '## Non-Functional Requirements',
  '- NFR1: Les commandes doivent être isolées par agence (multi-tenant) ; une agence ne voit que ses propres commandes.',
  '- NFR2: Данные одного арендатора изолированы от данных других арендаторов.',
  '- NFR3: Calls to the payment provider must handle transient failures without losing an order.',
].join('\n');

const architecture = [
  '# Architecture',
  '## Clients and Agencies',
  'Each agency manages its orders from one dashboard.',
  '## Data Architecture',
  '- Row-level security on every table, keyed by `tenant_id`; each query runs with the caller’s tenant.',
  '- Orders and payments are stored in PostgreSQL.',
  '## Payment Provider',
  'The payment provider is called from the order service; calls time out after 5 s.',
  '## ADR-004: Error Classification',
  '- Provider calls are retried with exponential backoff (3 attempts), then parked in a dead-letter queue.',
  '## API Layer',
  '- Auth middleware checks the caller’s role before any handler runs.',
  '- Operators of the central desk use the back office.',
].join('\n\n');

const places = () =>
  check(prd, architecture).coverage.rows.map((r) => [r.requirement.id, r.status, r.suggestions.map((s) => [s.location.line, s.score, s.confidence])]);

describe('a concern met under the words of its mechanism', () => {
  it('ranks the tenant isolation first for the French and the Russian NFR, and the retry policy among the three places for transient failures', () => {
    // Line 15 shares the NFR's own words (payment provider, calls); line 19 only its concern, third.
    expect(places()).toEqual([
      ['NFR1', 'uncovered', [[9, 0.14, 'possible']]],
      ['NFR2', 'uncovered', [[9, 0.12, 'possible']]],
      ['NFR3', 'uncovered', [[15, 0.24, 'possible'], [11, 0.14, 'possible'], [19, 0.12, 'possible']]],
    ]);
  });

  it('a word common to many designs is no bridge: isolated tests, a single table, a restored snapshot are not tenant isolation', () => {
    const concerns = (text: string) => [...termCounts(text).keys()].filter((t) => t.startsWith('~'));
    expect(concerns('Unit tests run isolated from each other; each test gets its own database.')).toEqual(['~testing']);
    expect(concerns('Данные одного арендатора изолированы')).toEqual(['~tenancy']);
    expect(concerns('Providers may fail with transient errors.')).toEqual(['~retry']);
    expect(concerns('Auth middleware checks the role; access is restricted to operators.')).toEqual(['~authorization']);
    expect(concerns('Pay-per-use compute; orçamento limitado.')).toEqual(['~cost']);
  });

  it('says where in the finding', () => {
    expect(rulesOf(check(prd, architecture), 'trace/nfr-addressed').map((f) => f.message)).toEqual([
      'NFR1 (Les commandes doivent être isolées par agence (multi-tenant) ; une…) is not cited in the architecture document. It seems addressed at docs/architecture.md:9 (Data Architecture).',
      'NFR2 (Данные одного арендатора изолированы от данных других арендаторов) is not cited in the architecture document. It seems addressed at docs/architecture.md:9 (Data Architecture).',
      'NFR3 (Calls to the payment provider must handle transient failures without…) is not cited in the architecture document. It seems addressed at docs/architecture.md:15 (Payment Provider); docs/architecture.md:11 (Data Architecture); docs/architecture.md:19 (ADR-004: Error Classification).',
    ]);
  });
});
