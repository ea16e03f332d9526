import { describe, expect, it } from 'vitest';
import { check, rulesOf } from './helpers.js';

// The signals that make an uncited NFR `implied` (the only status that clears its error), each
// modelled on a real architecture, and the topical places that must not pass for them.

const filler = Array.from({ length: 30 }, (_, i) => `## Module ${i}\n\nThe module ${i} renders a page of orders.\n`).join('\n');

// Modelled on FrigoFuteV2 (French BMAD): the PRD's budget restated among the design's constraints.
describe('a sum of money restated in the same currency', () => {
  const prd = [
    '## Non-Functional Requirements',
    '',
    '- **NFR-SC5:** Infrastructure cost stays under 0.50€/month per MAU; total infrastructure budget <500€/month for 10,000 MAU.',
    '- **NFR-P1:** Receipt scans are processed in less than 2 seconds.',
  ].join('\n');

  it('makes the NFR implied where the design states it, and the finding says which target', () => {
    const arch = ['# Architecture', '## Technical Constraints', '- Total infrastructure budget: <500€/month for 10,000 MAU (Firebase free tiers first)', '## OCR', 'Receipts are read by ML Kit on the device.', filler].join('\n\n');
    const result = check(prd, arch);
    expect(rulesOf(result, 'trace/nfr-cited').map((f) => [f.file, f.line, f.message])).toEqual([
      ['docs/architecture.md', 5, 'NFR-SC5 is not cited, but this place seems to address it (restates its target < 500 EUR).'],
    ]);
  });

  it('another sum is no restatement, and no mismatch either: it may be one part of the budget', () => {
    const arch = ['# Architecture', '## Technical Constraints', '- Firebase hosting budget: <120€/month for 10,000 MAU', '## OCR', 'Receipts are read by ML Kit on the device.', filler].join('\n\n');
    const row = check(prd, arch).coverage.rows[0];
    expect([row.status, row.mismatches]).toEqual(['uncovered', []]);
  });
});

// Modelled on a Spanish BMAD pair: the PRD bounds a rate, the design states the rate it runs at.
describe('a rate written in words, restated as the value the design runs at', () => {
  const prd = [
    '## Requisitos No Funcionales',
    '',
    '- **NFR3:** La pasarela de pagos debe procesar al menos 500 transacciones por segundo en horas pico.',
    '- **NFR4:** El sistema debe respetar el límite del broker: hasta 60 solicitudes por minuto.',
  ].join('\n');

  it('makes each NFR implied at its place, naming the target as a rate', () => {
    const arch = [
      '# Arquitectura',
      '## Escalado de pagos',
      '- La pasarela de pagos procesa 500 transacciones por segundo en horas pico con tres réplicas.',
      '## Integración con el broker',
      '- Un token bucket limita el cliente del broker a 60 solicitudes por minuto.',
      filler,
    ].join('\n\n');
    expect(rulesOf(check(prd, arch), 'trace/nfr-cited').map((f) => [f.line, f.message])).toEqual([
      [5, 'NFR3 is not cited, but this place seems to address it (restates its target >= 500 req/s).'],
      [9, 'NFR4 is not cited, but this place seems to address it (restates its target <= 60 req/min).'],
    ]);
  });

  it('the same number per minute is another rate: 500 per minute does not restate 500 per second', () => {
    const arch = ['# Arquitectura', '## Colas', '- La cola de notificaciones envía 500 mensajes por minuto.', filler].join('\n\n');
    expect(check(prd, arch).coverage.rows.map((r) => r.status)).toEqual(['uncovered', 'uncovered']);
  });
});

// Modelled on flipper-ai (English BMAD): a PRD of one-line NFRs and an architecture's list of
// security measures and table of deployment decisions.
describe('two of its own words written in a place of the design', () => {
  const prd = [
    '## Non-Functional Requirements',
    '',
    '### Security',
    '- **NFR-SEC-01:** All traffic over HTTPS',
    '- **NFR-SEC-02:** Passwords hashed with bcryptjs (12 rounds)',
    '- **NFR-SEC-03:** Rate limiting on all auth endpoints',
    '### Scalability',
    '- **NFR-SCALE-01:** Cloud Run auto-scaling (0 to N instances)',
    '- **NFR-SCALE-02:** Database connection pooling via Cloud SQL',
    '### Testing',
    '- **NFR-TEST-01:** 80%+ unit test coverage for the core packages',
  ].join('\n');
  const arch = [
    '# Flipper Architecture',
    '## Security Measures',
    '- Security Headers (CSP, HSTS, X-Frame-Options)',
    '- Rate Limiting (`rate-limiter.ts`)',
    '- API Key Encryption at rest',
    '## Deployment Architecture',
    '| Service | Purpose | Config |',
    '|---|---|---|',
    '| Cloud Run | Containerized Next.js (auto-scaling) | `config/docker/Dockerfile` |',
    '| Cloud SQL | Managed PostgreSQL | `prisma/schema.prisma` |',
    '## Related Documentation',
    '- Test Strategy: testing philosophy, test types, coverage standards',
    filler,
  ].join('\n\n');
  const result = check(prd, arch);

  it('make it implied there: a list item and a decision-table row', () => {
    expect(rulesOf(result, 'trace/nfr-cited').map((f) => [f.line, f.message])).toEqual([
      [7, 'NFR-SEC-03 is not cited, but this place seems to address it (restates its wording: "Rate Limiting (rate-limiter.ts)").'],
      [17, 'NFR-SCALE-01 is not cited, but this place seems to address it (restates its wording: "| Cloud Run | Containerized Next.js (auto-scaling) | config/docker/Dockerfile |").'],
    ]);
  });

  it('a place naming only the vehicle or the topic is possible, never implied: Cloud SQL without pooling, a link to the test strategy', () => {
    const rows = result.coverage.rows.filter((r) => ['NFR-SCALE-02', 'NFR-TEST-01'].includes(r.requirement.id));
    expect(rows.map((r) => [r.requirement.id, r.status, r.suggestions[0]?.location.line, r.suggestions[0]?.confidence])).toEqual([
      ['NFR-SCALE-02', 'uncovered', 19, 'possible'],
      ['NFR-TEST-01', 'uncovered', 23, 'possible'],
    ]);
  });
});

// Modelled on TeX-for-Gmail (brownfield BMAD): HTTPS is required; the existing renderers are called over plain HTTP.
describe('a mechanism is named by its word, not by its stem', () => {
  const prd = '## Non-Functional Requirements\n\n- **NFR5:** HTTPS-only calls to external services.\n- **NFR9:** Data at rest is encrypted with AES-256 and keys rotate yearly.';

  it('"HTTP GET" does not name HTTPS: no mechanism, not likely', () => {
    const arch = ['# Architecture', '## Existing Security Measures', '- Authentication: None (anonymous HTTP GET to external renderers)', filler].join('\n\n');
    const row = check(prd, arch).coverage.rows[0];
    expect([row.status, row.suggestions.map((s) => [s.location.line, s.confidence, s.mechanisms])]).toEqual(['uncovered', [[5, 'possible', []]]]);
  });

  it('"AES 256" names AES-256, written with a space for its hyphen', () => {
    const arch = ['# Architecture', '## Storage', '- Postgres volumes use AES 256 disk encryption; the KMS key rotates yearly.', filler].join('\n\n');
    const row = check(prd, arch).coverage.rows[1];
    expect(row.suggestions.map((s) => [s.location.line, s.mechanisms])).toEqual([[5, ['AES-256']]]);
  });
});

// Modelled on a French BMAD CRM: a constraint line states two quantities, each in its own clause.
describe('a value restated in the clause of another quantity', () => {
  const prd = [
    '## Non-Functional Requirements',
    '',
    '- **NFR1:** Navigation liste prospects < 3 secondes (300+ prospects)',
    '- **NFR2:** Sauvegarde quotidienne des données',
  ].join('\n');

  it('"Chargement initial < 3s, navigation < 500ms" does not restate navigation < 3 s: the 3 s is the initial load\'s', () => {
    const arch = ['# Architecture', '## Contraintes Techniques', '- **Performance :** Chargement initial < 3s, navigation < 500ms', filler].join('\n\n');
    const row = check(prd, arch).coverage.rows[0];
    expect([row.status, row.implied, row.suggestions?.[0]?.confidence]).toEqual(['uncovered', undefined, 'possible']);
  });

  it('the same value in the navigation\'s own clause is restated', () => {
    const arch = ['# Architecture', '## Contraintes Techniques', '- **Performance :** navigation < 3s grâce à la pagination, chargement initial < 500ms', filler].join('\n\n');
    expect(rulesOf(check(prd, arch), 'trace/nfr-cited').map((f) => [f.line, f.message])).toEqual([
      [5, 'NFR1 is not cited, but this place seems to address it (restates its target < 3 s).'],
    ]);
  });

  it('a clause with no subject of its own shares the sentence\'s: "<15 min (cache chaud)" is the pipeline\'s', () => {
    const ci = ['## Non-Functional Requirements', '', '- **NFR1:** Le pipeline CI complet dure moins de 15 minutes.'].join('\n');
    const arch = ['# Architecture', '## Qualité', '- Temps pipeline CI complet : <22 min (cache froid), <15 min (cache chaud)', filler].join('\n\n');
    expect(rulesOf(check(ci, arch), 'trace/nfr-cited').map((f) => [f.line, f.message])).toEqual([
      [5, 'NFR1 is not cited, but this place seems to address it (restates its target < 15 min).'],
    ]);
  });
});

// Modelled on a French BMAD CRM's "Préoccupations Transversales Identifiées": one line per quality,
// each listing the topics the design must care about. A requirement named there in its own words
// is listed, not met; an item that adds a mechanism, a target or words of the design's is read as usual.
describe('a list of several topics that names the requirement in its own words only', () => {
  // The design's sections, as long as the real document's: a list line is no longer than they are.
  const modules = Array.from({ length: 30 }, (_, i) => `## Module ${i}\n\nLe module ${i} affiche la page des commandes depuis le modèle de lecture Postgres, avec un cache par client.\n`).join('\n');
  const prd = [
    '## Non-Functional Requirements',
    '',
    '### Performance',
    '- **NFR1:** Navigation liste prospects < 3 secondes (300+ prospects)',
    '- **NFR5:** Export Excel < 10 secondes (300 prospects)',
    '### Security',
    '- **NFR6:** Données chiffrées en transit (HTTPS)',
    '- **NFR7:** Sessions sécurisées avec timeout inactivité',
    '- **NFR8:** Accès restreint 2 commerciaux uniquement',
  ].join('\n');
  const concerns = (security: string, performance: string) =>
    ['# Architecture', '## Préoccupations Transversales Identifiées', `- **Sécurité :** ${security}`, `- **Performance :** ${performance}`, '## Authentification', '**Méthode :** login/password avec cookies signés.', modules].join('\n\n');
  const rowsOf = (arch: string, ids: string[]) =>
    check(prd, arch)
      .coverage.rows.filter((r) => ids.includes(r.requirement.id))
      .map((r) => [r.requirement.id, r.status, r.suggestions[0]?.location.line, r.suggestions[0]?.confidence]);

  it('is a place to cite, not where it is met: "timeout sessions", "export rapide Excel" stay uncovered', () => {
    const arch = concerns('Authentification, HTTPS, timeout sessions, accès restreint', 'Navigation < 2s (épics), optimisation pour 300+ prospects, export rapide Excel');
    expect(rowsOf(arch, ['NFR5', 'NFR7'])).toEqual([
      ['NFR5', 'uncovered', 7, 'possible'],
      ['NFR7', 'uncovered', 5, 'possible'],
    ]);
    const findings = check(prd, arch).findings.filter((f) => ['trace/nfr-cited', 'trace/nfr-addressed'].includes(f.rule) && /NFR[57] /.test(f.message));
    expect(findings.map((f) => [f.rule, f.severity, f.line, f.message])).toEqual([
      ['trace/nfr-addressed', 'error', 5, 'NFR5 (Export Excel < 10 secondes (300 prospects)) is not cited in the architecture document. It seems addressed at docs/architecture.md:7 (Préoccupations Transversales Identifiées).'],
      ['trace/nfr-addressed', 'error', 8, 'NFR7 (Sessions sécurisées avec timeout inactivité) is not cited in the architecture document. It seems addressed at docs/architecture.md:5 (Préoccupations Transversales Identifiées).'],
    ]);
  });

  it('nor where its target restated among the other topics\' targets: "export < 10s" beside navigation and status', () => {
    const arch = concerns('Authentification, HTTPS, accès restreint', 'navigation < 3s, statut < 1s, export < 10s');
    expect(rowsOf(arch, ['NFR1', 'NFR5']).map(([id, status]) => [id, status])).toEqual([
      ['NFR1', 'uncovered'],
      ['NFR5', 'uncovered'],
    ]);
  });

  it('another topic\'s value in the list is no mismatch: "Navigation < 2s" beside "export rapide Excel" says nothing of the export\'s 10 s', () => {
    const arch = concerns('Authentification, HTTPS, timeout sessions, accès restreint', 'Navigation < 2s (épics), optimisation pour 300+ prospects, export rapide Excel');
    expect(rulesOf(check(prd, arch), 'trace/target-mismatch').map((f) => [f.line, f.severity, f.message])).toEqual([
      [7, 'warning', 'The architecture says < 2 s where NFR1 in the PRD says < 3 s (latency): a stricter target than the PRD asks for.'],
    ]);
  });

  it('an item that adds to the requirement is where it is met: a timeout\'s value, a mechanism', () => {
    const arch = concerns('Authentification, HTTPS, timeout sessions après 30 min, accès restreint', 'Navigation < 2s, optimisation pour 300+ prospects, export Excel en streaming par un worker');
    expect(rulesOf(check(prd, arch), 'trace/nfr-cited').filter((f) => f.severity !== 'error').map((f) => [f.line, f.message])).toEqual([
      [5, 'NFR7 is not cited, but this place seems to address it (restates its wording: "Préoccupations Transversales Identifiées: Sécurité : Authentification, HTTPS, timeout sessions après 30 min, accès restreint").'],
      [7, 'NFR5 is not cited, but this place seems to address it (restates its wording: "Performance : Navigation < 2s, optimisation pour 300+ prospects, export Excel en streaming par un worker").'],
    ]);
  });
});

// The same class in English, as a table of cross-cutting concerns; and a list of one
// requirement's own parts, which is where that requirement is met.
describe('a table row of several topics, and a list of one requirement\'s parts', () => {
  const modules = Array.from({ length: 30 }, (_, i) => `## Module ${i}\n\nModule ${i} renders the orders page from the Postgres read model, with a cache per tenant.\n`).join('\n');
  const prd = [
    '## Non-Functional Requirements',
    '',
    '- **NFR-SEC-01:** All data encrypted at rest with AES-256 and in transit with TLS 1.3',
    '- **NFR-SEC-03:** Sessions expire after an inactivity timeout',
  ].join('\n');
  const arch = (security: string) =>
    ['# Architecture', '## Cross-Cutting Concerns', '| Concern | Approach |', '|---|---|', `| Security | ${security} |`, '## Data Protection', '- AES-256 at rest, TLS 1.3 in transit, KMS-managed keys', modules].join('\n');
  const implied = (security: string) => rulesOf(check(prd, arch(security)), 'trace/nfr-cited').map((f) => [f.line, f.message]);

  it('names the session timeout among other topics: not implied; the encryption list is', () => {
    expect(implied('Authentication, HTTPS, session inactivity timeout, restricted admin access')).toEqual([
      [7, 'NFR-SEC-01 is not cited, but this place seems to address it (names its mechanism (AES-256, TLS): "Data Protection: AES-256 at rest, TLS 1.3 in transit, KMS-managed keys").'],
    ]);
  });

  it('names its mechanism and value there: implied at the row', () => {
    expect(implied('Authentication, HTTPS, session inactivity timeout (iron-session, 30 min), restricted admin access')).toEqual([
      [5, 'NFR-SEC-03 is not cited, but this place seems to address it (restates its wording: "Cross-Cutting Concerns: Security | Authentication, HTTPS, session inactivity timeout (iron-session, 30 min), restricted admin access").'],
      [7, 'NFR-SEC-01 is not cited, but this place seems to address it (names its mechanism (AES-256, TLS): "Data Protection: AES-256 at rest, TLS 1.3 in transit, KMS-managed keys").'],
    ]);
  });
});

// Modelled on beefirst (English BMAD): a bare value restated after the same word in a decision table.
describe('a value without a unit, restated after the word it measures', () => {
  const prd = ['## Non-Functional Requirements', '', '| ID | Requirement | Verification |', '|---|---|---|', '| NFR-S1 | Passwords must be hashed using bcrypt with cost factor ≥ 10 | Code inspection |'].join('\n');
  const arch = (row: string) => ['# Architecture', '## Authentication & Security', '| Decision | Choice | Rationale |', '|---|---|---|', row, filler].join('\n');

  it('makes the NFR implied at the decision row', () => {
    expect(rulesOf(check(prd, arch('| **Password Hashing** | bcrypt (cost factor ≥10) | Industry standard, constant-time comparison built-in |')), 'trace/nfr-cited').map((f) => [f.line, f.message])).toEqual([
      [5, 'NFR-S1 is not cited, but this place seems to address it (restates its target >= 10).'],
    ]);
  });

  it('the same number after another word is another quantity', () => {
    const row = check(prd, arch('| **Password Hashing** | bcrypt, login attempts ≥10 lock the account | Industry standard |')).coverage.rows[0];
    expect([row.status, row.suggestions[0]?.restated]).toEqual(['uncovered', undefined]);
  });
});

// Modelled on FrigoFuteV2 (French BMAD): its "Requirements Coverage Validation" maps each NFR to
// how it is met, a label with the NFR's target, then the means ("Réactivité UI <100ms : AsyncValue
// Riverpod, shimmer placeholders"). Readers name those lines as the place; a plain overview that
// lists the targets again is not.
describe('a line of a requirements map that restates the target and says how it is met', () => {
  const prd = [
    '## Non-Functional Requirements',
    '',
    '- **NFR-P3:** Réactivité Interface Utilisateur: toutes interactions utilisateur doivent afficher un feedback visuel en moins de 100ms.',
    '- **NFR-M4:** Hotfix Capability: correction des bugs critiques déployable en <24h.',
    '- **NFR-P1:** Scan OCR: un ticket est lu en moins de 2 secondes.',
    '- **NFR-P2:** Chargement des pages en moins de 2 secondes.',
  ].join('\n');
  const map = (heading: string) => [
    '# Architecture',
    '## Décisions',
    'Les écrans utilisent Riverpod pour leur état.',
    `## ${heading}`,
    '- Réactivité UI <100ms : AsyncValue Riverpod, shimmer placeholders, optimistic UI',
    '- Hotfix <24h : CI/CD workflows production_deploy.yml, rollback automatique',
    '- Hotfix <24h',
    '- Scan OCR <2s : ML Kit sur l\'appareil, compression des images',
    filler,
  ].join('\n\n');

  it('makes the NFR implied there, where its target stands beside its means', () => {
    const rows = check(prd, map('Requirements Coverage Validation ✅')).coverage.rows;
    expect(rows.map((r) => [r.requirement.id, r.status, r.implied?.location.line ?? null, r.implied?.reason ?? null])).toEqual([
      ['NFR-P3', 'implied', 9, 'restates its target < 100 ms'],
      ['NFR-M4', 'implied', 11, 'restates its target < 24 h'],
      // "Scan" ties the line to NFR-P1 in its own words, though NFR-P2 states 2 s too.
      ['NFR-P1', 'implied', 15, 'restates its target < 2 s'],
      // Two NFRs state 2 s: a map's line naming the value without their words names neither.
      ['NFR-P2', 'uncovered', null, null],
    ]);
  });

  it('is no evidence in an overview that lists the requirements again', () => {
    const rows = check(prd, map('Requirements Overview')).coverage.rows;
    expect(rows.map((r) => [r.requirement.id, r.status])).toEqual([
      ['NFR-P3', 'uncovered'],
      ['NFR-M4', 'uncovered'],
      ['NFR-P1', 'uncovered'],
      ['NFR-P2', 'uncovered'],
    ]);
  });
});
