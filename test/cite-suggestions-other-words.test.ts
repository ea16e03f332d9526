import { describe, expect, it } from 'vitest';
import { termCounts } from '../src/engine/terms.js';
import { check } from './helpers.js';
import { workGrowth } from './text-work.js';

// Places to cite where the design meets the NFR in words the NFR does not use: the other language
// of a bilingual doc set, a word written with or without its accents, a mechanism any architect
// reads as the quality itself.

const otherSections = Array.from({ length: 40 }, (_, i) => `## Module ${i}\n\nThe module ${i} renders a page of orders.\n`).join('\n');
const placesOf = (prd: string, arch: string) => check(prd, arch).coverage.rows[0].suggestions.map((s) => [`${s.location.file}:${s.location.line}`, s.heading, s.shared]);
const words = (text: string) => [...termCounts(text).keys()];

describe('accents', () => {
  it('an English NFR and a French design: "découplés" is "decoupled", "composants" components', () => {
    const prd = '## Non-Functional Requirements\n\n- **NFR-M3:** Components must stay decoupled behind interfaces, each replaceable on its own.';
    const arch = [
      '# Architecture',
      '## Persistance',
      '- Base PostgreSQL, migrations versionnées',
      '## Principes',
      '- Composants découplés derrière des interfaces (injection de dépendances)',
      otherSections,
    ].join('\n\n');
    expect(placesOf(prd, arch)).toEqual([['docs/architecture.md:9', 'Principes', ['compon', 'decoup', 'interf']]]);
  });

  it('a design that leaves the accents off: "operacao critica" is the PRD\'s "operação crítica"', () => {
    const prd = '## Requisitos Não Funcionais\n\n- **RNF-07:** Toda operação crítica gera um registro de auditoria imutável.';
    const arch = [
      '# Arquitetura',
      '## Pagamentos',
      '- Gateway de pagamento com idempotencia por chave',
      '## Auditoria',
      '- Cada operacao critica grava um registro imutavel na tabela audit_log',
      otherSections,
    ].join('\n\n');
    expect(placesOf(prd, arch)[0]).toEqual(['docs/architecture.md:9', 'Auditoria', ['audito', 'critic', 'imutav', 'operac', 'regist', '~observability']]);
  });

  it('words without accents that are stop words with them are stop words ("donnees", "systeme")', () => {
    expect(words('Les donnees du systeme sont chiffrees')).toEqual(['chiffr', '~encryption']);
  });

  it('a Vietnamese text keeps its marks: "mật" (secret) and "mất" (lose) stay two words', () => {
    expect(words('mật khẩu không được mất')).toEqual(['mật', 'khẩu', 'không', 'được', 'mất']);
  });
});

describe('a mechanism any architect reads as the quality itself', () => {
  it('"atomic, no partial state" is met where one database transaction writes both', () => {
    const prd = '## Non-Functional Requirements\n\n- **NFR-013:** Every ledger state transition must be atomic: no partial state on failure.';
    const arch = [
      '# Architecture',
      '## Ledger',
      '- The ledger keeps one row per transaction with its amount and currency.',
      '## Outbox',
      '- The ledger update and its outbox message are written in the same database transaction; a failure rolls both back.',
      otherSections,
    ].join('\n\n');
    expect(placesOf(prd, arch)[0]).toEqual(['docs/architecture.md:9', 'Outbox', ['fail', 'ledg', '~atomicity']]);
  });

  it('"graceful degradation" is met where a failed send tries the secondary transport', () => {
    const prd = '## Non-Functional Requirements\n\n| ID | Requirement | Target |\n|---|---|---|\n| NFR-REL-6 | Graceful degradation on transport failure | Switch to another transport |';
    const arch = [
      '# Architecture',
      '## Transport Manager',
      '1. Attempt the primary transport (WiFi if available, else BLE)',
      '2. If send fails, try the secondary transport (BLE then relay)',
      '## Transport Settings',
      '- Transport MTU is 512 bytes',
      otherSections,
    ].join('\n\n');
    expect(placesOf(prd, arch)[0]).toEqual(['docs/architecture.md:7', 'Transport Manager', ['fail', '~fallback', 'transp']]);
  });

  it('"PEP 8 conventions" are met where ruff checks the code', () => {
    const prd = '## Non-Functional Requirements\n\n- **NFR-M4:** Code must follow Python conventions (PEP 8).';
    const arch = [
      '# Architecture',
      '## Enforcement Guidelines',
      '1. **Parameterized queries only**: never f-strings',
      '2. **Pass ruff format and check**: all code passes both before commit',
      otherSections,
    ].join('\n\n');
    expect(placesOf(prd, arch)[0]).toEqual(['docs/architecture.md:7', 'Enforcement Guidelines', ['code', '~codestyle']]);
  });

  it('a French NFR that the rendering "ne doit pas bloquer" the editor is met at the English "non-blocking"', () => {
    const prd = "## Exigences non fonctionnelles\n\n- **NFR-PERF-6:** Le rendering du panneau ne doit pas bloquer l'édition de code.";
    const arch = [
      '# Architecture',
      '## Webview',
      '- Rendering: SVG panels, sharp at any resolution',
      '## Performance',
      '- Non-blocking rendering: animations run off the main thread',
      otherSections,
    ].join('\n\n');
    expect(placesOf(prd, arch)[0]).toEqual(['docs/architecture.md:9', 'Performance', ['render', '~nonblocking']]);
  });

  it('a transaction of money is not the database\'s all-or-nothing', () => {
    expect(words('The ledger keeps one row per transaction')).not.toContain('~atomicity');
    expect(words('written in the same database transaction')).toContain('~atomicity');
  });
});

describe('work grows like the text on adversarial input', () => {
  const LINEAR = 4.5;
  it.each([
    ['accented words of one letter repeated', (n: number) => 'éééééé '.repeat(n / 7)],
    ['accented words', (n: number) => 'découplée '.repeat(n / 10)],
    ['a concept word repeated', (n: number) => 'partial secondary async ne doit '.repeat(n / 32)],
    ['spaces', (n: number) => `ne doit${' '.repeat(n)}bloquer`],
  ])('terms: %s', (_name, make) => {
    expect(workGrowth((n) => termCounts(make(n)), 400).ratio).toBeLessThan(LINEAR);
  });
});
