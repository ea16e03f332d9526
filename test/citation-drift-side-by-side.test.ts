import { describe, expect, it } from 'vitest';
import { check, rulesOf } from './helpers.js';

// trace/citation-drift where a place cites several NFRs in brackets side by side ("HTTPS-only
// (NFR8) (NFR13)"): the words before them are given to all of them, as "(NFR8, NFR13)" gives
// them, and the place drifted only when it describes none of them. Modelled on an Italian BMAD
// project (Aiacos/VoxChronicle): its security NFRs and its constraints table as written.
const PRD = [
  '## Non-Functional Requirements',
  '',
  '### Security',
  '',
  '- NFR8: Le API keys devono essere memorizzate localmente per utente, mai trasmesse a server terzi oltre al provider destinatario',
  "- NFR12: Il contenuto AI mostrato nel pannello deve essere sanitizzato per prevenire XSS injection",
  '- NFR13: Le connessioni API devono usare esclusivamente HTTPS',
  '',
  '### Performance',
  '',
  '- NFR5: Le operazioni di cache (hit/miss) devono completarsi entro 10ms',
  '- NFR7: Il costo API per sessione di 3 ore deve rimanere sotto i $2 con cache attiva',
].join('\n');

const arch = (cell: string) =>
  [
    '### Technical Constraints & Dependencies',
    '',
    '| Vincolo | Impatto |',
    '|---------|---------|',
    '| **Browser-only** | No backend, no server-side processing. Tutte le API chiamate dal client JS |',
    `| **API keys client-side** | ${cell} |`,
  ].join('\n');

const drift = (cell: string) => rulesOf(check(PRD, arch(cell)), 'trace/citation-drift').map((f) => [f.line, f.message]);

describe('IDs in brackets side by side share the words before them', () => {
  it('"HTTPS-only (NFR8) (NFR13)": the cell meets both, nothing is flagged, as for "(NFR8, NFR13)"', () => {
    // Read alone, "(NFR8)" was flagged: 'cites NFR8 (…) but describes it as "localStorage per utente, connessioni HTTPS-only"; NFR13 (…) reads closer'.
    expect(drift('localStorage per utente, connessioni HTTPS-only (NFR8) (NFR13)')).toEqual([]);
    expect(drift('localStorage per utente, connessioni HTTPS-only (NFR8, NFR13)')).toEqual([]);
  });

  it('side by side, neither describing the words, they are one drifted group, named as a reader writes it', () => {
    expect(drift('Le connessioni verso i provider usano HTTPS (NFR5) (NFR12)')).toEqual([
      [6, 'This place cites NFR5, NFR12 but describes them as "Le connessioni verso i provider usano HTTPS"; NFR13 (Le connessioni API devono usare esclusivamente HTTPS) reads closer.'],
    ]);
  });
});
