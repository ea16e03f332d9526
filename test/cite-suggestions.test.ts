import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { check, rulesOf, ROOT } from './helpers.js';
import { buildReport } from '../src/report/report.js';
import { formatStylish } from '../src/formatters/stylish.js';
import { formatSarif } from '../src/formatters/sarif.js';
import { compileTemplate, renderDocSet } from '../src/report/render-markdown.js';
import { RULES } from '../src/rules/index.js';
import { parseDoc } from '../src/engine/document.js';
import { buildSuggestionIndex, suggestPlaces } from '../src/engine/cite-suggestions.js';
import type { Requirement } from '../src/engine/types.js';

// Modelled on a BMAD architecture (flipper-ai's "Security Measures" list) and its PRD's NFR list.
const PRD = [
  '## Non-Functional Requirements',
  '### Security',
  '- **NFR-SEC-01:** API keys are encrypted at rest.',
  '- **NFR-SEC-02:** Rate limiting on all authentication endpoints.',
  '- **NFR-SEC-03:** Uploaded files are scanned for malware before storage.',
  '### Performance',
  '- **NFR-PERF-01:** Daily reports are generated within 5 minutes.',
].join('\n');
const ARCH = [
  '# Flipper Architecture',
  '',
  '## Requirements Overview',
  '',
  '- API keys encrypted at rest; rate limiting on authentication endpoints.',
  '',
  '## Security Measures',
  '',
  '- Security headers (CSP, HSTS)',
  '- API key encryption at rest with AES-256-GCM, keys in Cloud KMS',
  '- Rate limiting on login and signup endpoints (10 requests/min per IP)',
  '',
  '## Scheduling',
  '',
  'A worker polls the queue every 5 minutes.',
].join('\n');

const rowOf = (id: string) => check(PRD, ARCH).coverage.rows.find((r) => r.requirement.id === id)!;

describe('places to cite an uncited NFR', () => {
  it('the uncovered finding says the NFR is not cited and names where it seems addressed, with the heading path', () => {
    // NFR-SEC-02's place here shares its topic only (rate limiting on search, not on its endpoints).
    expect(rulesOf(check(PRD, ARCH.replace('Rate limiting on login and signup endpoints', 'Rate limiting on the public search API')), 'trace/nfr-addressed').map((f) => [f.line, f.message, f.fix])).toEqual([
      [
        4,
        'NFR-SEC-02 (Rate limiting on all authentication endpoints) is not cited in the architecture document. It seems addressed at docs/architecture.md:5 (Requirements Overview); docs/architecture.md:11 (Security Measures).',
        'Cite "NFR-SEC-02" at the place that meets it (`archgate cite` walks you through it), or waive it in .github/archgate.yml with a reason.',
      ],
      [
        5,
        'NFR-SEC-03 (Uploaded files are scanned for malware before storage) is not cited in the architecture document. Nothing in the architecture document resembles it.',
        'Say in the architecture how NFR-SEC-03 is met and cite "NFR-SEC-03" there, or waive it in .github/archgate.yml with a reason.',
      ],
      [
        7,
        'NFR-PERF-01 (Daily reports are generated within 5 minutes) is not cited in the architecture document. Nothing in the architecture document resembles it.',
        'Say in the architecture how NFR-PERF-01 is met and cite "NFR-PERF-01" there, or waive it in .github/archgate.yml with a reason.',
      ],
    ]);
  });

  it('a place restating most of the NFR\'s distinctive wording is likely, and makes the row implied there', () => {
    const row = rowOf('NFR-SEC-01');
    expect(row.status).toBe('implied');
    expect(row.implied).toEqual({ location: { file: 'docs/architecture.md', line: 10, column: 1 }, reason: 'restates its wording: "API key encryption at rest with AES-256-GCM, keys in Cloud KMS"' });
    expect(row.suggestions.map((s) => [s.location.line, s.heading, s.confidence])).toEqual([
      [10, 'Security Measures', 'likely'],
      [5, 'Requirements Overview', 'possible'],
    ]);
  });

  // Careful readers name a summary's line as a place when it says how (labels/README: "the target
  // restated"); an author may cite there too. It is weaker evidence than the design: after it, never likely.
  it('a summary that lists the requirements again is offered after the design\'s place, and only as possible', () => {
    expect(rowOf('NFR-SEC-02').suggestions.map((s) => [s.location.line, s.confidence, s.evidence])).toEqual([
      [11, 'likely', 'Rate limiting on login and signup endpoints (10 requests/min per IP)'],
      [5, 'possible', 'Requirements Overview: API keys encrypted at rest; rate limiting on authentication endpoints.'],
    ]);
  });

  it('the same number for another quantity is no evidence: a 5-minute polling interval is not a 5-minute generation time', () => {
    expect(rowOf('NFR-PERF-01').suggestions).toEqual([]);
  });

  it('the target restated for the same metric makes a place likely, with the heading path', () => {
    const prd = '## NFRs\n- **NFR1:** Search returns results with p95 latency under 300 ms.';
    const arch = '# A\n\n## Query Path\n\n### Caching\n\nThe search cache keeps p95 latency under 300 ms for warm queries.\n\n### Builds\n\nCI builds finish under 300 ms of lint time.';
    const row = check(prd, arch).coverage.rows[0];
    expect(row.suggestions.map((s) => [s.location.line, s.heading, s.confidence, s.restated])).toEqual([[7, 'Query Path › Caching', 'likely', 'p95 < 300 ms']]);
  });

  it('scores a long NFR text fairly: words the whole architecture uses do not dilute its score', () => {
    const nfr = (text: string): Requirement => ({ id: 'NFR7', key: 'NFR7', kind: 'nfr', title: 'Data leakage prevention', text, category: 'security', targets: [], standards: [], location: { file: 'docs/prd.md', line: 1, column: 1 } });
    const short = 'The chatbot never leaks vulnerability details to other sessions.';
    const long = `${short} The chatbot answers questions about the product, the product's components and the product window, in the chatbot window of the product.`;
    const arch = parseDoc('architecture', [
      {
        path: 'docs/architecture.md',
        text: ['# A', '## Output validation', 'The chatbot scans answers so no vulnerability details leak across sessions.', ...['UI', 'API', 'Docs', 'Search'].map((h) => `## ${h}\n\nThe chatbot component of the product answers questions in the product window.`)].join('\n\n'),
      },
    ]);
    const index = buildSuggestionIndex(arch);
    const best = (text: string) => suggestPlaces(nfr(text), index).map((s) => [s.location.line, s.score, s.confidence])[0];
    expect(best(long)).toEqual(best(short));
    expect(best(long)).toEqual([5, 0.47, 'likely']);
  });

  it('ranks only the passages that share a distinctive term: work grows with the matches, not with NFRs × passages', () => {
    const req: Requirement = { id: 'NFR1', key: 'NFR1', kind: 'nfr', title: 'hCaptcha on login', text: 'hCaptcha on login', category: null, targets: [], standards: [], location: { file: 'docs/prd.md', line: 1, column: 1 } };
    const filler = (n: number) => Array.from({ length: n }, (_, i) => `## Part ${i}\n\nThe widget number ${i} renders a table of orders.\n`).join('\n');
    const small = buildSuggestionIndex(parseDoc('architecture', [{ path: 'a.md', text: `${filler(10)}\n## Login\n\nhCaptcha guards the login form.` }]));
    const large = buildSuggestionIndex(parseDoc('architecture', [{ path: 'a.md', text: `${filler(300)}\n## Login\n\nhCaptcha guards the login form.` }]));
    expect(suggestPlaces(req, large).map((s) => s.evidence)).toEqual(['Login: hCaptcha guards the login form.']);
    // The passages scored for this NFR are those in the postings of its terms: the same for both sizes.
    const scored = (index: ReturnType<typeof buildSuggestionIndex>) => ['hcaptc', 'login', '~authentication'].reduce((n, t) => n + (index.postings.get(t)?.length ?? 0), 0);
    expect(scored(large)).toBe(scored(small));
  });
});

// Modelled on a Japanese project's requirements (test/fixtures/ja): words written without spaces.
describe('places to cite in Japanese', () => {
  const prd = ['# 図書館予約システム 要件定義', '', '## 非機能要件', '', '- **NFR-009 ログイン試行:** ログイン失敗が5回続いたらアカウントを一時ロックする。', '- **NFR-012 ログ出力:** 運用に必要な操作ログを出力し、30日間保存する。', '- **NFR-013 帳票:** 月次帳票をPDFで出力する。'].join('\n');
  const arch = ['# 図書館予約システム アーキテクチャ設計書', '', '## セキュリティ', '', '認証はOpenID Connect、認可はロールベース。ログイン失敗が5回続くとアカウントを一時ロックする。', '', '## ログと監視', '', 'CloudWatchでメトリクスとアラートを監視し、操作ログはJSONで30日間保存する。'].join('\n');

  it('finds the place by the words it shares with the NFR (kanji read in pairs, katakana words whole), and says so when nothing resembles it', () => {
    // NFR-009's place restates its own words (ログイン失敗, 一時ロック): implied there, not uncovered.
    expect(rulesOf(check(prd, arch), 'trace/nfr-cited').map((f) => [f.line, f.message])).toEqual([[5, 'NFR-009 is not cited, but this place seems to address it (restates its wording: "セキュリティ: 認証はOpenID Connect、認可はロールベース。ログイン失敗が5回続くとアカウントを一時ロックする。").']]);
    expect(rulesOf(check(prd, arch), 'trace/nfr-addressed').map((f) => [f.line, f.message])).toEqual([
      [6, 'NFR-012 (ログ出力) is not cited in the architecture document. It seems addressed at docs/architecture.md:9 (ログと監視).'],
      [7, 'NFR-013 (帳票) is not cited in the architecture document. Nothing in the architecture document resembles it.'],
    ]);
  });

  it('a word containing another is not it: ログイン (login) is not ログ (logs)', () => {
    const row = check(prd, arch).coverage.rows.find((r) => r.requirement.id === 'NFR-012')!;
    expect(row.suggestions.map((s) => [s.location.line, s.shared])).toEqual([[9, ['ログ', '保存', '操作', '日間', '間保', '~observability']]]);
  });
});

// Modelled on a French BMAD project (FrigoFuteV2): a French PRD, an architecture that names the
// mechanisms in English.
it('a concern named in French meets its English name: sauvegardes ~ backups, chiffrées ~ AES', () => {
  const prd = '## Exigences Non Fonctionnelles\n\n- **NFR-R2 :** Sauvegarde quotidienne de Firestore, rétention 30 jours.\n- **NFR-S1 :** Les données de santé sont chiffrées.';
  const arch = '# Architecture\n\n## Infrastructure & Déploiement\n\n- Firestore : backups automatiques chaque nuit, rétention 30 jours\n- Cloud Functions : auto-scaling\n\n## Sécurité\n\n- Données santé : AES-256 côté client avant écriture';
  const rows = check(prd, arch).coverage.rows;
  expect(rows.map((r) => [r.requirement.id, r.suggestions.map((s) => [s.location.line, s.heading, s.shared])])).toEqual([
    ['NFR-R2', [[5, 'Infrastructure & Déploiement', ['firest', 'retent', '~backup']]]],
    ['NFR-S1', [[10, 'Sécurité', ['sant', '~encryption']]]],
  ]);
});

// Modelled on a French BMAD project's security section (MnM): the NFR and the place word it in
// different inflections.
it('a plural meets its singular however short the word (clés ~ clé), and a generic word (chaque) is no evidence', () => {
  const prd = "## Exigences Non Fonctionnelles\n\n- **NFR-S4 :** Les clés d'API des fournisseurs sont renouvelées chaque trimestre.";
  const arch = [
    '# Architecture',
    '## Sécurité',
    '### Gestion des secrets',
    "La clé d'API de chaque fournisseur est stockée dans Secret Manager et renouvelée par une tâche planifiée.",
    '## Données',
    'Les listes de courses sont synchronisées avec le stockage local pour le mode hors ligne.',
    '## Déploiement',
    'Les fonctions sont déployées par la CI sur chaque fusion dans la branche principale.',
  ].join('\n\n');
  expect(check(prd, arch).coverage.rows[0].suggestions.map((s) => [s.location.line, s.heading, s.shared])).toEqual([[7, 'Sécurité › Gestion des secrets', ['api', 'fourni', 'key', 'renouv', '~secrets']]]);
});

it('more French names of a concern meet their English ones: montée en charge ~ autoscaling, clavier ~ keyboard, clés API ~ secrets', () => {
  const prd = "## Exigences Non Fonctionnelles\n\n- **NFR-SC1 :** Montée en charge automatique des instances lors des pics.\n- **NFR-A2 :** Navigation au clavier sur chaque écran.\n- **NFR-S3 :** Les clés API ne quittent jamais le serveur.";
  const arch = `# Architecture\n\n## Infrastructure\n\n- Cloud Run : autoscaling horizontal des instances (0 à 50)\n\n## Frontend\n\n- Écrans : focus visible et keyboard shortcuts\n\n## Sécurité\n\n- Secret Manager : secrets lus côté serveur uniquement\n\n${otherSections}`;
  const rows = check(prd, arch).coverage.rows;
  expect(rows.map((r) => [r.requirement.id, r.suggestions.map((s) => [s.location.line, s.heading, s.shared])])).toEqual([
    ['NFR-SC1', [[5, 'Infrastructure', ['instan', '~scalability']]]],
    ['NFR-A2', [[9, 'Frontend', ['ecran', '~accessibility']]]],
    ['NFR-S3', [[13, 'Sécurité', ['serv', '~secrets']]]],
  ]);
});

// Modelled on a sharded BMAD architecture (CWE-ChatBot's docs/architecture/): one file per section.
it('in a sharded architecture a shard\'s H1 names its section in the heading path; the index\'s H1 is the title', () => {
  const req: Requirement = { id: 'NFR8', key: 'NFR8', kind: 'nfr', title: 'Input validation', text: 'All user input is validated and sanitized before it reaches the LLM.', category: 'security', targets: [], standards: [], location: { file: 'docs/prd.md', line: 1, column: 1 } };
  const arch = parseDoc('architecture', [
    { path: 'docs/architecture/index.md', text: '# CWE ChatBot Architecture\n\n## Table of Contents\n\n- [Security](./security.md)' },
    { path: 'docs/architecture/security.md', text: '# Security\n\nRules for developers.\n\n## Input Validation\n\n- All user input is sanitized by Model Armor before it reaches the LLM.' },
  ]);
  expect(suggestPlaces(req, buildSuggestionIndex(arch)).map((s) => [s.location.file, s.location.line, s.heading])).toEqual([['docs/architecture/security.md', 7, 'Security › Input Validation']]);
});

// Other sections of a real architecture: without them every word is as rare as any other.
const otherSections = Array.from({ length: 40 }, (_, i) => `## Module ${i}\n\nThe module ${i} renders a page of orders.\n`).join('\n');

// Modelled on a French BMAD architecture (MnM): prose full of "afin de", "selon", "chaque".
it('a French function word is no evidence: a place sharing only "selon" and "afin" with the NFR is not offered', () => {
  const prd = "## Exigences Non Fonctionnelles\n\n- **NFR-U3 :** L'interface reste lisible selon le thème, afin que le parcours soit fluide.\n- **NFR-U4 :** Le thème sombre est appliqué selon la préférence du système.";
  const arch = ['# Architecture', '## Facturation', 'Les factures sont calculées selon le plan, afin que le client paie son usage.', '## Interface', 'Le thème sombre suit la préférence du système (prefers-color-scheme).', otherSections].join('\n\n');
  expect(check(prd, arch).coverage.rows.map((r) => [r.requirement.id, r.suggestions.map((s) => [s.location.line, s.heading, s.shared])])).toEqual([
    ['NFR-U3', [[9, 'Interface', ['interf', 'them']]]],
    ['NFR-U4', [[9, 'Interface', ['prefer', 'sombr', 'them']]]],
  ]);
});

it('the same value next to French function words ("moins de", "afin de") is another quantity: not implied there', () => {
  const prd = '## Exigences Non Fonctionnelles\n\n- **NFR-P2 :** Les exports PDF sont générés en moins de 10 secondes afin de ne pas bloquer la caisse.';
  const arch = ['# Architecture', '## Synchronisation', 'La synchronisation des listes prend moins de 10 secondes afin de garder le mode hors ligne cohérent.', '## Exports', 'Les exports PDF sont générés par une file de tâches Cloud Tasks.'].join('\n\n');
  const row = check(prd, arch).coverage.rows[0];
  expect([row.status, row.suggestions.map((s) => [s.location.line, s.heading, s.confidence, s.shared])]).toEqual(['uncovered', [[9, 'Exports', 'possible', ['export', 'gener', 'pdf']]]]);
});

// Modelled on adk-secure-sessions: a decision table row naming the NFR's algorithms.
describe('a place that names the NFR\'s mechanism', () => {
  const prd = '## Non-Functional Requirements\n\n- **NFR9:** Cryptographic operations use peer-reviewed algorithms (Fernet: AES-128-CBC + HMAC-SHA256).\n- **NFR10:** Session state is isolated per user in the `SessionStore`.';
  const arch = `# Architecture\n\n## Technology Decisions\n\n| Package | Version | Purpose |\n|---|---|---|\n| cryptography | >=44.0.0 | Fernet symmetric encryption (AES-128-CBC + HMAC-SHA256) |\n| pydantic | >=2.0 | Models |\n\n## Sessions\n\n\`\`\`python\nstore = SessionStore(user_id)  # state per user\n\`\`\`\n\n${otherSections}`;
  const rows = check(prd, arch).coverage.rows;

  it('with more of its wording is likely, and makes the row implied there, saying which mechanism', () => {
    expect([rows[0].status, rows[0].implied]).toEqual([
      'implied',
      { location: { file: 'docs/architecture.md', line: 7, column: 1 }, reason: 'names its mechanism (AES-128-CBC, HMAC-SHA256): "Technology Decisions: cryptography | >=44.0.0 | Fernet symmetric encryption (AES-128-CBC + HMAC-SHA256)"' },
    ]);
  });

  it('a format the data comes in is not a mechanism: "PDF invoices are exported by a worker" does not say within 10 s', () => {
    const row = check('## NFRs\n\n- **NFR4:** PDF invoices are exported within 10 seconds with the logo.', `# A\n\n## Billing\n\nPDF invoices are exported by a Cloud Tasks worker.\n\n${otherSections}`).coverage.rows[0];
    expect([row.status, row.suggestions.map((s) => [s.location.line, s.score, s.confidence, s.mechanisms])]).toEqual(['uncovered', [[5, 0.46, 'possible', []]]]);
  });

  it('in a code sample it is an illustration, not a decision: possible only', () => {
    expect([rows[1].status, rows[1].suggestions.map((s) => [s.location.line, s.kind, s.confidence, s.mechanisms])]).toEqual(['uncovered', [[13, 'code', 'possible', ['SessionStore']]]]);
  });
});

// Modelled on FrigoFuteV2 (French BMAD): its "Requirements Overview" lists the NFRs again.
it('a French requirements overview (Vue d\'Ensemble des Exigences) is offered only after the design\'s place', () => {
  const prd = '## Exigences Non Fonctionnelles\n\n- **NFR-A4 :** Compatibilité TalkBack (Android) et VoiceOver (iOS), labels sémantiques.';
  const arch = `# Architecture\n\n## Analyse du Contexte Projet\n\n### Vue d'Ensemble des Exigences\n\n- Screen readers : TalkBack/VoiceOver compatible\n\n## Architecture Frontend\n\n- Widgets Semantics : labels sémantiques pour TalkBack et VoiceOver\n\n${otherSections}`;
  expect(check(prd, arch).coverage.rows[0].suggestions.map((s) => [s.location.line, s.heading])).toEqual([
    [11, 'Architecture Frontend'],
    [7, "Analyse du Contexte Projet › Vue d'Ensemble des Exigences"],
  ]);
});

// BMAD v6 ends with "Requirements Coverage Validation"; written in French, as its French projects do.
// A summary that maps each requirement to how it is met keeps its full weight (see summaryWeight):
// with accents folded, its "expirées" meets the NFR's "expirent" (both "expire") where the
// design's "expiration" does not ("expir"), so the coverage line ranks first; both are offered.
it('a French requirements coverage summary (Validation de la couverture des exigences) is offered beside the design\'s place', () => {
  const prd = '## Exigences Non Fonctionnelles\n\n- **NFR-S5 :** Les sessions expirent après 30 minutes d\'inactivité.';
  const arch = `# Architecture\n\n## Décisions\n\n- Sessions Firebase : expiration après inactivité, jeton révoqué côté serveur\n\n## Validation de l'Architecture\n\n### Validation de la Couverture des Exigences ✅\n\n- Sécurité : sessions expirées après inactivité, jetons révoqués\n\n${otherSections}`;
  expect(check(prd, arch).coverage.rows[0].suggestions.map((s) => [s.location.line, s.heading, s.shared])).toEqual([
    [11, "Validation de l'Architecture › Validation de la Couverture des Exigences ✅", ['expire', 'inacti', 'sess']],
    [5, 'Décisions', ['inacti', 'sess']],
  ]);
});

// Modelled on FrigoFuteV2 (French BMAD): the overview lists the NFRs again; BMAD's closing
// "Requirements Coverage Validation" maps each to how it is met, and readers cite it there.
describe('a summary that maps each NFR to its mechanism against an overview that lists them again', () => {
  const prd = (nfr: string) => `## Exigences Non Fonctionnelles\n\n${nfr}`;
  const arch = (overview: string, design: string, coverage: string) =>
    `# Architecture\n\n## Analyse du Contexte Projet\n\n### Vue d'Ensemble des Exigences\n\n- ${overview}\n\n## Décisions Architecturales\n\n- ${design}\n\n## Architecture Validation Results\n\n### Requirements Coverage Validation ✅\n\n- ${coverage}\n\n${otherSections}`;
  const places = (p: string, a: string) => check(p, a).coverage.rows[0].suggestions.map((s) => [s.location.line, s.heading, s.score, s.confidence]);

  it('the coverage line that names the mechanism ranks before the overview that only restates the NFR', () => {
    const nfr = "**NFR-R2: Crash-Free Rate**\n- L'application mobile doit maintenir un crash-free rate >99.9% (moins de 0.1% sessions avec crash)\n- Crash reporting temps réel (Firebase Crashlytics)";
    expect(places(prd(nfr), arch('Crash-free rate >99.9%', 'Monitoring temps réel : Firebase Performance + Crashlytics', 'Crash-free >99.9% : Crashlytics monitoring, staged rollouts, rollback auto si crash >0.5%'))).toEqual([
      [11, 'Décisions Architecturales', 0.32, 'possible'],
      [17, 'Architecture Validation Results › Requirements Coverage Validation ✅', 0.2, 'possible'],
      [7, "Analyse du Contexte Projet › Vue d'Ensemble des Exigences", 0.19, 'possible'],
    ]);
  });

  it('an overview that restates the target keeps the summary\'s weight; the coverage line restating it beside "Riverpod" restates it too (no RPO there)', () => {
    const nfr = '**NFR-P3: Réactivité Interface Utilisateur**\n- Toutes interactions utilisateur (tap, swipe, navigation) doivent afficher feedback visuel en moins de **100ms**';
    expect(places(prd(nfr), arch('Réactivité UI <100ms feedback visuel', 'Navigation : GoRouter, transitions natives', 'Réactivité UI <100ms : AsyncValue Riverpod, shimmer placeholders, optimistic UI'))).toEqual([
      [7, "Analyse du Contexte Projet › Vue d'Ensemble des Exigences", 0.49, 'possible'],
      [17, 'Architecture Validation Results › Requirements Coverage Validation ✅', 0.36, 'possible'],
      [11, 'Décisions Architecturales', 0.09, 'possible'],
    ]);
  });
});

// Modelled on FrigoFuteV2 (French BMAD): decisions written as a bold label over a list, and list
// items whose sub-items say how ("- **Gemini AI (60 req/min quota) :**" then its measures).
describe('lists under a bold label, and items with sub-items', () => {
  const places = (p: string, a: string) => check(p, a).coverage.rows[0].suggestions.map((s) => [s.location.line, s.score, s.evidence]);

  it('an item is read with its sub-items: the item that holds the measures is offered first, with them as evidence, at the sub-item that carries it', () => {
    const prd = '## Exigences Non Fonctionnelles\n\n**NFR-I4: Intégration Gemini AI**\n- Quota Gemini monitoring (60 requests/minute)\n- Fallback graceful si quota dépassé';
    const arch = `# Architecture\n\n## Patterns API & Communication\n\n**Stratégie Rate Limiting :**\n\n- **Gemini AI :**\n  - Client-side throttling : queue requests, max 1 req/2s\n  - Compteur quotidien par user, fallback si quota dépassé\n\n## Préoccupations Transversales\n\n- Gemini : throttling graceful\n\n${otherSections}`;
    expect(places(prd, arch)).toEqual([
      // The item is named at its sub-item that writes "fallback si quota dépassé": that sub-item is not offered again.
      [9, 0.37, 'Gemini AI : Client-side throttling : queue requests, max 1 req/2s Compteur quotidien par user, fallback si quota dépassé'],
      [13, 0.26, 'Préoccupations Transversales: Gemini : throttling graceful'],
      [8, 0.13, 'Client-side throttling : queue requests, max 1 req/2s'],
    ]);
  });

  it('a bold label over a list is read around each of its items, as a heading is', () => {
    const prd = '## Exigences Non Fonctionnelles\n\n**NFR-R5: Synchronisation Offline-Online**\n- Les données modifiées offline doivent se synchroniser automatiquement au retour de connexion, sans perte';
    const arch = `# Architecture\n\n## Architecture de Données\n\n**Stratégie Synchronisation Offline-Online :**\n\n- **Pattern :** Optimistic UI + background sync bidirectionnelle\n- **Offline Mutations Queue :** Hive stocke les opérations pending, traitées au retour connexion\n\n## Gestion des Erreurs\n\n- NetworkException : connexion impossible, réessayer\n\n${otherSections}`;
    expect(places(prd, arch)).toEqual([
      [8, 0.41, 'Offline Mutations Queue : Hive stocke les opérations pending, traitées au retour connexion'],
      [5, 0.35, 'Architecture de Données: Stratégie Synchronisation Offline-Online :'],
      [7, 0.26, 'Pattern : Optimistic UI + background sync bidirectionnelle'],
    ]);
  });
});

// Modelled on senzey-bots: the heartbeat NFR's place ("Heartbeat: supervisor process") shares one word with it.
describe('a faint place beside a place that resembles the NFR', () => {
  const prd = '## Non-Functional Requirements\n\n- **NFR11 (System Heartbeat):** The system emits a heartbeat every 60 seconds; after 120 seconds of silence an emergency alert goes out by Telegram or e-mail.';
  const heartbeat = '## Infrastructure & Deployment\n\n- Heartbeat: supervisor process, liveness probe';
  const places = (arch: string) => check(prd, arch).coverage.rows[0].suggestions.map((s) => [s.location.line, s.heading, s.score]);

  it('is offered after it, down to a score of 0.08', () => {
    expect(places(`# Architecture\n\n## Cross-Cutting Concerns\n\n- Resiliency & Recovery: automatic recovery after network outages, emergency kill-switch, Telegram alerts\n\n${heartbeat}\n\n${otherSections}`)).toEqual([
      [5, 'Cross-Cutting Concerns', 0.25],
      [9, 'Infrastructure & Deployment', 0.09],
    ]);
  });

  it('alone, is not offered: nothing in the architecture resembles the NFR', () => {
    expect(places(`# Architecture\n\n${heartbeat}\n\n${otherSections}`)).toEqual([]);
  });
});

// Modelled on senzey-bots (BMAD v6): "Project Context Analysis › Requirements Overview" restates the PRD.
// An overview that restates a target is a place to cite, never proof: pasting the PRD's list into
// the architecture must not clear the error for every NFR on it.
it('a requirements overview that states the target for the same metric is offered as a place to cite, and never makes the NFR implied', () => {
  const prd = '## Non-Functional Requirements\n\n- **NFR3:** Trading agents reconnect automatically within 30 seconds after a network outage.\n- **NFR4:** Strategy files are versioned with their backtest reports.';
  const arch = `# Architecture\n\n## Project Context Analysis\n\n### Requirements Overview\n\n- Trading agents reconnect automatically within 30 seconds after a network outage.\n- Strategy files are versioned with their backtest reports.\n\n${otherSections}`;
  const rows = check(prd, arch).coverage.rows;
  expect(rows.map((r) => [r.status, r.implied?.reason, r.suggestions.map((s) => s.location.line)])).toEqual([
    ['uncovered', undefined, [7]],
    ['uncovered', undefined, []],
  ]);
  expect(rows[0].suggestions.map((s) => [s.heading, s.confidence])).toEqual([['Project Context Analysis › Requirements Overview', 'possible']]);
});

// Modelled on BMAD architectures' tables of contents (m2m, a sharded index.md): links to the places.
it('a table of contents entry points to a place; it is never offered as one', () => {
  const prd = '## Non-Functional Requirements\n\n- **NFR-SEC-03:** Rate limiting on all auth endpoints.';
  const arch = `# Architecture\n\n## Table of Contents\n\n- [Security](#security)\n  - [Rate Limiting](#rate-limiting)\n\n## Security\n\n### Rate Limiting\n\nAuth endpoints allow 10 requests per minute per IP (rate-limiter.ts).\n\n${otherSections}`;
  expect(check(prd, arch).coverage.rows[0].suggestions.map((s) => [s.location.line, s.heading])).toEqual([[12, 'Security › Rate Limiting']]);
});

it('prose that says what a code sample says ranks before the code: the sample illustrates, the prose decides', () => {
  const prd = '## Non-Functional Requirements\n\n- **NFR-SEC-03:** Rate limiting on all auth endpoints.';
  const arch = `# Architecture\n\n## API\n\n\`\`\`ts\napp.use('/auth', rateLimit({ limit: 10 })); // rate limiting on auth endpoints\n\`\`\`\n\n## Security\n\nRate limiting on auth endpoints: 10 requests per minute per IP.\n\n${otherSections}`;
  expect(check(prd, arch).coverage.rows[0].suggestions.map((s) => [s.location.line, s.kind])).toEqual([[11, 'paragraph'], [6, 'code']]);
});

// Modelled on flipper-ai's "Security Measures" list: one rate limit per endpoint.
it('offers three places to choose from, not three lines of one list: each section\'s best first, its other lines after', () => {
  const prd = '## NFRs\n\n- **NFR-SEC-03:** Rate limiting on the login, signup and password reset endpoints.';
  const arch = `# A\n\n## Security Measures\n\n- Rate limiting on login (10 requests/min per IP)\n- Rate limiting on signup (5 requests/min per IP)\n- Rate limiting on password reset (3 requests/hour)\n\n## API Gateway\n\nThe gateway applies rate limiting to every endpoint.\n\n${otherSections}`;
  expect(check(prd, arch).coverage.rows[0].suggestions.map((s) => [s.location.line, s.heading, s.score])).toEqual([
    [7, 'Security Measures', 0.53],
    [11, 'API Gateway', 0.32],
    [5, 'Security Measures', 0.4],
  ]);
});

// Modelled on arc42's runtime view (frogfromlake/aer, 6.5 Graceful Shutdown): the scenario's two
// steps are two lines of one section, and either is where a reader cites it.
it("a section's second line that scores nearly as high as its first is offered before weaker sections", () => {
  const prd = '## Quality Requirements\n\n| ID | Description |\n|---|---|\n| QS-P2 | On SIGTERM the analysis worker stops accepting new NATS messages, finishes its in-flight events and exits cleanly. |';
  const arch = `# Architecture\n\n## Graceful Shutdown (Sentinel Pattern)\n\n- Signal: on SIGTERM the analysis worker stops accepting new NATS messages.\n- Completion: the worker waits for its tasks to finish their in-flight events, then exits cleanly.\n\n## HTTP Server Hardening\n\nOn SIGTERM both services drain in-flight requests before they exit.\n\n## Risks\n\nThe analysis worker's queue grows without bound under burst load of events.\n\n${otherSections}`;
  expect(check(prd, arch).coverage.rows[0].suggestions.map((s) => [s.location.line, s.heading, s.score])).toEqual([
    [6, 'Graceful Shutdown (Sentinel Pattern)', 0.54],
    [5, 'Graceful Shutdown (Sentinel Pattern)', 0.52],
    [10, 'HTTP Server Hardening', 0.27],
  ]);
});

// Modelled on arc42's quality scenarios (frogfromlake/aer, §10 "ID | Stimulus | Response"): the
// architecture describes how the system answers; a place restating what happens to it is weaker.
describe('a quality scenario is matched on its response more than its stimulus', () => {
  const prd = (header: string) => `## Quality Requirements\n\n| ${header} |\n|---|---|---|\n| QS-S5 | A consumer calls GET /api/v1/entities with limit=0 or limit=5000. | The BFF API returns 400 Bad Request with the message "limit must be between 1 and 1000". |`;
  const arch = `# Architecture\n\n## Consumers\n\nEach consumer calls GET /api/v1/entities with a limit to page through the entities of a source.\n\n## BFF API\n\nBad parameters get 400 Bad Request with a message naming the rule.\n\n${otherSections}`;

  it('the place that says how the system answers ranks before the one restating the stimulus', () => {
    const row = check(prd('ID | Stimulus | Response'), arch).coverage.rows[0];
    expect(row.requirement.stimulus).toBe('A consumer calls GET /api/v1/entities with limit=0 or limit=5000.');
    expect(row.suggestions.map((s) => [s.location.line, s.heading, s.score])).toEqual([
      [9, 'BFF API', 0.48],
      [5, 'Consumers', 0.35],
    ]);
  });

  it('a table without a response column has no stimulus: every cell counts alike', () => {
    const row = check(prd('ID | Description | Notes'), arch).coverage.rows[0];
    expect(row.requirement.stimulus).toBeUndefined();
    expect(row.suggestions.map((s) => [s.location.line, s.heading, s.score])).toEqual([
      [5, 'Consumers', 0.52],
      [9, 'BFF API', 0.48],
    ]);
  });
});

describe('suggestions in every output', () => {
  // NFR-SEC-02's place here shares its topic only (rate limiting, not on its endpoints): uncovered, with places to cite.
  const result = check(PRD, ARCH.replace('Rate limiting on login and signup endpoints', 'Rate limiting on the public search API'));
  const report = buildReport([{ result }], 'error');
  const set = report.docSets[0];
  const OVERVIEW = 'Requirements Overview: API keys encrypted at rest; rate limiting on authentication endpoints.';
  
  it('JSON: every NFR row that is not covered has suggestions, best first, empty when nothing resembles it', () => {
    expect(set.coverage.map((c) => [c.id, c.status, c.suggestions])).toEqual([
      [
        'NFR-SEC-01',
        'implied',
        [
          { file: 'docs/architecture.md', line: 10, heading: 'Security Measures', score: 0.73, confidence: 'likely', evidence: 'API key encryption at rest with AES-256-GCM, keys in Cloud KMS' },
          { file: 'docs/architecture.md', line: 5, heading: 'Requirements Overview', score: 0.44, confidence: 'possible', evidence: OVERVIEW },
          { file: 'docs/architecture.md', line: 11, heading: 'Security Measures', score: 0.1, confidence: 'possible', evidence: 'Rate limiting on the public search API (10 requests/min per IP)' },
        ],
      ],
      [
        'NFR-SEC-02',
        'uncovered',
        [
          { file: 'docs/architecture.md', line: 5, heading: 'Requirements Overview', score: 0.44, confidence: 'possible', evidence: OVERVIEW },
          { file: 'docs/architecture.md', line: 11, heading: 'Security Measures', score: 0.29, confidence: 'possible', evidence: 'Rate limiting on the public search API (10 requests/min per IP)' },
        ],
      ],
      ['NFR-SEC-03', 'uncovered', []],
      ['NFR-PERF-01', 'uncovered', []],
    ]);
  });

  it('stylish prints them under the finding', () => {
    const lines = formatStylish(report, { color: false }).split('\n');
    const at = lines.findIndex((l) => l.startsWith('docs/prd.md:4:1') && l.endsWith('trace/nfr-addressed'));
    expect(lines.slice(at + 1, at + 4)).toEqual([
      '    maybe   docs/architecture.md:5  Requirements Overview: "Requirements Overview: API keys encrypted at rest; rate limiting on authentication endpoi…"',
      '    maybe   docs/architecture.md:11  Security Measures: "Rate limiting on the public search API (10 requests/min per IP)"',
      '    fix: Cite "NFR-SEC-02" at the place that meets it (`archgate cite` walks you through it), or waive it in .github/archgate.yml with a reason.',
    ]);
  });

  it('SARIF gives them as relatedLocations', () => {
    const sarif = JSON.parse(formatSarif(report, RULES, '0.0.0'));
    const result = sarif.runs[0].results.find((r: { ruleId: string; locations: { physicalLocation: { region: { startLine: number } } }[] }) => r.ruleId === 'trace/nfr-addressed' && r.locations[0].physicalLocation.region.startLine === 4);
    expect(result.relatedLocations).toEqual([
      {
        id: 0,
        message: { text: `Possibly addressed here (Requirements Overview): ${OVERVIEW}` },
        physicalLocation: { artifactLocation: { uri: 'docs/architecture.md', uriBaseId: '%SRCROOT%' }, region: { startLine: 5 } },
      },
      {
        id: 1,
        message: { text: 'Possibly addressed here (Security Measures): Rate limiting on the public search API (10 requests/min per IP)' },
        physicalLocation: { artifactLocation: { uri: 'docs/architecture.md', uriBaseId: '%SRCROOT%' }, region: { startLine: 11 } },
      },
    ]);
  });

  it('the comment links them', async () => {
    const template = await compileTemplate(readFileSync(path.join(ROOT, 'templates/comment.md.hbs'), 'utf8'));
    const body = renderDocSet(template, report, set, { marker: '<!-- m -->', version: '0', notes: [], blobUrl: (f, l) => `https://github.com/o/r/blob/abc/${f}#L${l}` });
    expect(body).toContain('| 🔴 uncovered | not cited; seems addressed at [`docs/architecture.md:5`](https://github.com/o/r/blob/abc/docs/architecture.md#L5), [`docs/architecture.md:11`](https://github.com/o/r/blob/abc/docs/architecture.md#L11) |');
    expect(body).toContain('| 🔴 uncovered | not cited; nothing resembles it |');
  });
});

// What makes a topical NFR look met: the word for the quality itself shared, another percentile's
// number, a mechanism that several NFRs name. None of them ties a place to this NFR.
describe('a place that shares only the NFR\'s topic is possible, never likely', () => {
  it('the word for the quality itself is not the NFR\'s wording: "sécurité des paiements" is not met where payments are logged', () => {
    const row = check('## Exigences Non Fonctionnelles\n\n- **NFR-S7 :** Sécurité des paiements.', `# Architecture\n\n## Paiements\n\n- Sécurité : les paiements sont journalisés.\n\n${otherSections}`).coverage.rows[0];
    expect([row.status, row.suggestions.map((s) => [s.location.line, s.heading, s.score, s.confidence, s.shared])]).toEqual(['uncovered', [[5, 'Paiements', 0.86, 'possible', ['paie', 'securi']]]]);
  });

  it('nor are logs: "webhook logging" is not met where webhook logs go to stdout', () => {
    const row = check('## Non-Functional Requirements\n\n- **NFR-O2:** Webhook logging.', `# Architecture\n\n## Integrations\n\n- Webhook logs go to stdout.\n\n${otherSections}`).coverage.rows[0];
    expect([row.status, row.suggestions.map((s) => [s.location.line, s.confidence, s.shared])]).toEqual(['uncovered', [[5, 'possible', ['log', 'webhoo', '~observability']]]]);
  });

  it('the same number beside the word for the quality is another quantity: 30-minute download links are not 30-minute sessions', () => {
    const row = check("## Exigences Non Fonctionnelles\n\n- **NFR-S5 :** Sécurité des sessions : expiration après 30 minutes d'inactivité.", `# Architecture\n\n## Exports\n\n- Sécurité : les liens de téléchargement expirent après 30 minutes.\n\n${otherSections}`).coverage.rows[0];
    expect([row.status, row.suggestions.map((s) => [s.location.line, s.score, s.confidence, s.shared, s.restated])]).toEqual(['uncovered', [[5, 0.45, 'possible', ['securi'], '<= 30 min']]]);
  });

  // Modelled on MnM's quality gate QG-4: one table gives P50 and P95 latencies.
  it('a p95 target is not restated by a P50 row with the same number; the row for its own metric is the place', () => {
    const prd = '## Non-Functional Requirements\n\n- **NFR-PERF-03:** WebSocket messages reach the client in < 100ms P95.';
    const arch = `# Architecture\n\n## Quality Gates\n\n| Criterion | MVP | Enterprise |\n|---|---|---|\n| API latency P50 | <100ms | <50ms |\n| WebSocket message latency P95 | <50ms | <20ms |\n\n${otherSections}`;
    const row = check(prd, arch).coverage.rows[0];
    expect([row.status, row.implied?.location.line, row.suggestions.map((s) => [s.location.line, s.confidence, s.restated])]).toEqual(['implied', 8, [[8, 'likely', undefined]]]);
  });

  // Modelled on CWE-ChatBot: several security NFRs name GDPR and PII.
  it('a mechanism several NFRs of one category name does not say which one a place meets', () => {
    const prd = '## Non-Functional Requirements\n\n### Security\n\n- **NFR-S1:** PII (email, login) is handled under GDPR with audit of every export.\n- **NFR-S4:** GDPR erasure requests delete the account within 30 days.\n- **NFR-S5:** PII is never written to logs.';
    const arch = `# Architecture\n\n## Data\n\n- Email and login are PII under GDPR; each export is recorded.\n\n${otherSections}`;
    const rows = check(prd, arch).coverage.rows;
    expect(rows.map((r) => [r.requirement.id, r.status, r.suggestions.map((s) => [s.location.line, s.score, s.confidence, s.mechanisms])])).toEqual([
      // Its own words (email, login, export) written there make NFR-S1 likely; GDPR and PII alone do not (S4, S5).
      ['NFR-S1', 'implied', [[5, 0.54, 'likely', ['GDPR', 'PII']]]],
      ['NFR-S4', 'uncovered', [[5, 0.16, 'possible', ['GDPR']]]],
      ['NFR-S5', 'uncovered', [[5, 0.2, 'possible', ['PII']]]],
    ]);
  });
});

// A pull request's author controls the architecture: the PRD's NFR list pasted into its overview,
// targets and all, must leave every NFR uncited (an error each), with the overview as the place to cite.
it('the PRD\'s NFR list pasted into the architecture\'s requirements overview clears no error', () => {
  const prd = '## Non-Functional Requirements\n\n- **NFR1:** Search answers within 500 ms at p95.\n- **NFR2:** The service is available 99.9% of each month.';
  const arch = '# Architecture\n\n## Requirements Overview\n\n- Search answers within 500 ms at p95.\n- The service is available 99.9% of each month.\n';
  expect(rulesOf(check(prd, arch), 'trace/nfr-addressed').map((f) => [f.line, f.severity, f.message])).toEqual([
    [3, 'error', 'NFR1 (Search answers within 500 ms at p95) is not cited in the architecture document. It seems addressed at docs/architecture.md:5 (Requirements Overview).'],
    [4, 'error', 'NFR2 (The service is available 99.9% of each month) is not cited in the architecture document. It seems addressed at docs/architecture.md:6 (Requirements Overview).'],
  ]);
});

// Modelled on AlphaLuppi/mnm (French BMAD): the PRD says "concurrents", the architecture's target
// table "simultanés"; and on Proyecto-GATIC (Spanish BMAD), whose decisions keep English words.
it('a word and its translation are one term: simultanés ~ concurrent, rol ~ role, servidor ~ server-side', () => {
  const prd = '## Requisitos No Funcionales\n\n- **NFR-SCALE-01 :** Agents concurrents (50 -> 500) sans dégradation.\n- **NFR4:** Autorización por rol aplicada del lado servidor (no solo en UI).';
  const arch = `# Architecture\n\n## Cibles NFR\n\n| Métrique | MVP | Enterprise |\n|---|---|---|\n| Agents actifs simultanés | 20 | 500 |\n\n## Authentication & Security\n\n- Authentication (MVP): sesión web con usuario/contraseña local.\n- Authorization: roles fijos Admin / Editor / Lector + Policies (server-side).\n\n${otherSections}`;
  const rows = check(prd, arch).coverage.rows;
  expect(rows.map((r) => [r.requirement.id, r.suggestions.map((s) => [s.location.line, s.heading, s.shared])])).toEqual([
    ['NFR-SCALE-01', [[7, 'Cibles NFR', ['agent', 'concur']]]],
    ['NFR4', [[12, 'Authentication & Security', ['role', 'serv', '~authorization']]]],
  ]);
});

// Modelled on frogfromlake/aer (arc42): §12's entries define the words every scenario uses.
it('a glossary entry that defines the NFR\'s words ranks below the place in the design that meets it', () => {
  const prd = '## Quality Scenarios\n\n| ID | Stimulus | Response |\n|---|---|---|\n| QS-P1 | A consumer requests metrics for a 365-day range. | The BFF downsamples the data with toStartOfFiveMinute() and applies a hard row limit. |';
  const arch = `# Architecture\n\n## 6.3 Data Serving\n\n1. **OLAP Query:** The BFF queries ClickHouse with server-side downsampling (toStartOfFiveMinute()) and a hard row limit.\n\n## 12. Glossary\n\n| Term | Definition |\n|---|---|\n| Downsampling | The BFF's strategy of aggregating metrics (toStartOfFiveMinute) with a hard row limit. |\n\n${otherSections}`;
  const row = check(prd, arch).coverage.rows[0];
  expect(row.suggestions.map((s) => [s.location.line, s.heading, s.score])).toEqual([
    // Unweighted, the glossary's entry would score 0.52 and come first.
    [5, 'Data Serving', 0.48],
    [11, 'Glossary', 0.21],
  ]);
});

// Modelled on leon-blog (Chinese BMAD): its coverage table names the NFR by its target alone.
it('a coverage table\'s line that restates the target and none of the words is a place to cite', () => {
  const prd = '## 非功能需求\n\n| ID | 需求 | 指标 |\n|---|---|---|\n| NFR1 | 页面首次加载时间 | < 2秒（LCP） |';
  const arch = `# 架构\n\n## Project Context Analysis\n\n- 关键指标：LCP<2s, WCAG 2.1 AA\n\n## Requirements Coverage Validation\n\n| NFR | 架构支持 | 实现方式 |\n|---|---|---|\n| 性能 < 2s | ✅ | SSG + next/image |\n\n## Build\n\n- Docker 镜像构建 < 2s\n\n${otherSections}`;
  const row = check(prd, arch).coverage.rows[0];
  // The build's "< 2s" is another quantity: it shares no word, and it is not a line of the summary.
  expect(row.suggestions.map((s) => [s.location.line, s.heading, s.score, s.confidence])).toEqual([
    [5, 'Project Context Analysis', 0.43, 'possible'],
    [11, 'Requirements Coverage Validation', 0.3, 'possible'],
  ]);
});

// Italian BMAD projects write the same sections in Italian: the overview lists the NFRs again, the
// decisions keep English terms ("connessioni simultanee" ~ "concurrent connections").
it('an Italian requirements overview (Panoramica dei Requisiti) is offered only after the design\'s place, which is found through its English words', () => {
  const prd = '## Requisiti Non Funzionali\n\n- **NFR5:** Il sistema deve gestire 500 connessioni simultanee senza degrado dei tempi di risposta.';
  const arch = `# Architettura\n\n## Analisi del Contesto\n\n### Panoramica dei Requisiti\n\n- 500 connessioni simultanee senza degrado\n\n## Decisioni\n\n- WebSocket gateway: 500 concurrent connections per node without degradation, response time p95 under 200 ms\n\n${otherSections}`;
  expect(check(prd, arch).coverage.rows[0].suggestions.map((s) => [s.location.line, s.heading, s.shared])).toEqual([
    [11, 'Decisioni', ['concur', 'connec', 'degrad', '~latency']],
    [7, 'Analisi del Contesto › Panoramica dei Requisiti', ['concur', 'connec', 'degrad']],
  ]);
});

// Modelled on FrigoFuteV2 (French BMAD): the PRD spells the guidelines out, the coverage line writes "HIG".
it('a name the NFR spells out meets its acronym in the architecture (Human Interface Guidelines ~ HIG)', () => {
  const prd = '## Exigences Non Fonctionnelles\n\n- **NFR-U4 :** Cohérence Design. Respect strict Material Design 3 (Android) et Human Interface Guidelines (iOS).';
  const arch = `# Architecture\n\n## Architecture Frontend\n\n- Widgets : Material 3 sur Android, Cupertino sur iOS\n\n## Requirements Coverage Validation\n\n- Cohérence Material 3 / HIG : core/theme/app_theme.dart centralisé\n\n${otherSections}`;
  expect(check(prd, arch).coverage.rows[0].suggestions.map((s) => [s.location.line, s.heading, s.shared])).toEqual([
    [5, 'Architecture Frontend', ['androi', 'ios', 'materi', '~mobile']],
    [9, 'Requirements Coverage Validation', ['cohere', 'materi', 'hig']],
  ]);
});

// Modelled on an Indonesian SRS + SWDD pair: the NFR and a design rule share only function words
// ("semua", "yang", "tidak"), which said nothing of where the requirement is met yet ranked the rule first.
it('Indonesian function words are not what a place shares with an NFR: the configuration section is offered, the unrelated rule is not', () => {
  const prd = '## Kebutuhan Non-Fungsional\n\n- **NFR-SEC-003:** Semua konfigurasi rahasia harus dibaca dari environment variable, tidak ada nilai yang di-hardcode.';
  const arch = `# Desain Sistem\n\n## Pola Arsitektur\n\nAturan mutlak yang tidak boleh dilanggar: semua layer berkomunikasi melalui interface.\n\n## Konfigurasi & Environment\n\nKonfigurasi rahasia dibaca dari environment variable melalui file .env.\n\n${otherSections}`;
  expect(check(prd, arch).coverage.rows[0].suggestions.map((s) => [s.location.line, s.heading, s.shared])).toEqual([
    [9, 'Konfigurasi & Environment', ['enviro', 'konfig', 'dibaca', 'rahasi', 'variab']],
  ]);
});
