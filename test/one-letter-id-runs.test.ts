import { describe, expect, it } from 'vitest';
import { check, rulesOf } from './helpers.js';
import { parseDoc } from '../src/engine/document.js';
import { scanIds } from '../src/engine/requirements.js';
import { DEFAULT_ID_SETTINGS } from '../src/engine/ids.js';
import { DEFAULT_SYNONYMS } from '../src/engine/section-finder.js';
import { countWork } from './text-work.js';

// Hand-written requirement documents (German design doc sets above all) number their requirements
// with one letter: "| N1 | Zusätzliche Latenz (p50) | < 0,5 ms |" down a table under "Nicht-
// funktionale Anforderungen", "### F1 – Listener" over each functional one. One letter and a number
// alone is a percentile, quarter or version far more often (P95, Q3, V2), so such a token is an ID
// only as part of a run: three or more under one letter in a requirements section, counted from 1.
// Before, N1..N9 were "9 requirements without IDs" and archgate proposed a second ID column beside
// the "#" column that held them.

const prd = (nfrRows: string[]) =>
  [
    '# Anforderungen',
    '',
    '## Funktionale Anforderungen',
    '',
    '### F1 – Listener',
    '',
    'Der Proxy nimmt TCP- und UDP-Verbindungen an.',
    '',
    '### F2 – Routing',
    '',
    'Routen werden nach SNI und Port gewählt.',
    '',
    '### F3 – Upstream-Pool',
    '',
    'Jeder Upstream hat einen Pool mit Health Checks.',
    '',
    '## Nicht-funktionale Anforderungen',
    '',
    '| # | Anforderung | Zielwert |',
    '|---|---|---|',
    ...nfrRows,
    '',
  ].join('\n');

const rows = [
  '| N1 | Zusätzliche Latenz (p99) durch den Proxy | < 2 ms |',
  '| N2 | Gleichzeitige TCP-Verbindungen pro Instanz | ≥ 500 000 |',
  '| N3 | Startup bis „ready“ | < 2 s |',
];

const architecture = ['# Architektur', '', '## Laufzeit', '', 'Ein Thread pro Kern hält die zusätzliche Latenz unter 2 ms (NFR N1).', ''].join('\n');

describe('requirement IDs of one letter, in a run', () => {
  it('N1..N3 down an NFR table and F1..F3 over functional sections are requirements', () => {
    const result = check(prd(rows), architecture);
    expect(result.requirements.map((r) => `${r.id} ${r.kind} ${r.title}`)).toEqual([
      'F1 fr Listener',
      'F2 fr Routing',
      'F3 fr Upstream-Pool',
      'N1 nfr Zusätzliche Latenz (p99) durch den Proxy',
      'N2 nfr Gleichzeitige TCP-Verbindungen pro Instanz',
      'N3 nfr Startup bis „ready“',
    ]);
    expect(result.coverage.rows.filter((c) => c.requirement.kind === 'nfr').map((c) => `${c.requirement.id} ${c.status}`)).toEqual(['N1 covered', 'N2 uncovered', 'N3 uncovered']);
    expect(rulesOf(result, 'prd/nfr-defined')).toEqual([]);
    expect(rulesOf(result, 'prd/fr-defined')).toEqual([]);
  });

  it('a percentile or quarter opening a row is not a run: the rows stay without IDs', () => {
    const result = check(prd(['| P95 | Antwortzeit der Suche | < 300 ms |', '| Q3 | Verfügbarkeit ab dem dritten Quartal | 99,9 % |', '| P99 | Antwortzeit des Logins | < 1 s |']), '# Architektur\n');
    expect(result.requirements.filter((r) => r.kind === 'nfr').map((r) => r.id)).toEqual([]);
    expect(rulesOf(result, 'prd/nfr-defined').map((f) => `${f.line}: ${f.message}`)).toEqual([
      '19: The non-functional requirements list 3 requirements without IDs, so none can be traced.',
    ]);
  });

  it('two of a letter are no run, and neither is a series that starts late (N7, N8, N9)', () => {
    expect(check(prd(rows.slice(0, 2)), '# Architektur\n').requirements.filter((r) => r.kind === 'nfr').map((r) => r.id)).toEqual([]);
    const late = rows.map((r, i) => r.replace(/N\d/, `N${i + 7}`));
    expect(check(prd(late), '# Architektur\n').requirements.filter((r) => r.kind === 'nfr').map((r) => r.id)).toEqual([]);
  });

  it('a table of 200 such rows: 4 times the rows, about 4 times the work (as for NFR1..NFR200)', () => {
    const table = (n: number) => prd(Array.from({ length: n }, (_, i) => `| N${i + 1} | Anforderung ${i + 1} | < ${i + 1} ms |`));
    const work = (n: number) => {
      const doc = parseDoc('prd', [{ path: 'docs/prd.md', text: table(n) }]);
      const { steps, result } = countWork(() => scanIds(doc, DEFAULT_ID_SETTINGS, true, DEFAULT_SYNONYMS));
      return { steps, nfrs: result?.definitions.filter((d) => d.kind === 'nfr').length };
    };
    const small = work(50);
    const big = work(200);
    expect([small.nfrs, big.nfrs]).toEqual([50, 200]);
    expect(big.steps / small.steps).toBeLessThan(5);
  });
});
