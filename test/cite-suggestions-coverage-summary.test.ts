import { describe, expect, it } from 'vitest';
import { check } from './helpers.js';

// A section that lists the requirements and says how each is met, or that it is met, is a coverage
// summary: where a careful reader cites them, not a restatement to down-weight. On the shape of a
// hand-written Spanish as-is architecture (set Q, pair 180): "Requisitos no funcionales" with one
// line per category, "**Cumplido:** contraseñas con bcrypt; JWT de acceso + refresh rotativo; …",
// which readers cite for 20 of its 25 NFRs; and of Arckit's NFR tables with a "How Achieved"
// column (set M, pair 142). A list that only restates the requirements stays down-weighted.

const prdEs = [
  '# Requisitos no funcionales',
  '## Seguridad',
  '- **RNF-04:** El sistema debe almacenar las contraseñas con hash bcrypt, nunca en texto plano.',
  '- **RNF-08:** El sistema debe validar con esquemas Zod la entrada de todos los endpoints, rechazando datos malformados.',
].join('\n\n');

const archEs = (label: string) =>
  [
    '# Arquitectura AS-IS',
    '## 1. Casos de uso',
    '- A.1 Iniciar sesión: valida email y contraseña, compara el hash y emite el token de acceso.',
    '- A.2 Registrar usuario: crea el usuario con su contraseña; nunca devuelve el hash.',
    '- B.1 Envío público: el formulario público de 12 preguntas crea la iniciativa sin autenticación.',
    '- B.2 Validación de entrada: los datos del formulario se validan antes de guardar.',
    '## 2. Requisitos funcionales',
    '- RF-26: Envío de iniciativas por formulario público, sin autenticación.',
    '## 5. Requisitos no funcionales',
    '### 5.2 Seguridad',
    `**${label}:** contraseñas con bcrypt; JWT de acceso + refresh rotativo y revocable; refresh token hasheado (SHA-256), nunca en claro; cookies httpOnly con \`secure\` condicional; CORS con origen dinámico; validación Zod en toda entrada; autorización por rol; login restringido a dominio corporativo.`,
    '**Limitaciones:** sin cabeceras de seguridad HTTP; sin rate limit en login; sin protección CSRF explícita.',
    '## 6. Arquitectura técnica',
    ...Array.from({ length: 8 }, (_, i) => `### Módulo ${i}\n\nEl módulo ${i} expone su API REST detrás del mismo servidor.`),
  ].join('\n\n');

const ranks = (prd: string, arch: string, id: string) => {
  const row = check(prd, arch).coverage.rows.find((r) => r.requirement.id === id)!;
  return [row.status, row.suggestions.map((s) => [s.location.line, s.heading, s.score, s.confidence])];
};

describe('a coverage summary that says each requirement is met ("Cumplido: a; b; c")', () => {
  it('ranks its line first for each NFR it meets, read clause by clause, and never likely', () => {
    expect(ranks(prdEs, archEs('Cumplido'), 'RNF-04')).toEqual([
      'uncovered',
      [
        [21, 'Requisitos no funcionales › Seguridad', 0.29, 'possible'],
        [7, 'Casos de uso', 0.25, 'possible'],
        [5, 'Casos de uso', 0.14, 'possible'],
      ],
    ]);
    expect(ranks(prdEs, archEs('Cumplido'), 'RNF-08')).toEqual([
      'uncovered',
      [
        [21, 'Requisitos no funcionales › Seguridad', 0.28, 'possible'],
        [11, 'Casos de uso', 0.17, 'possible'],
      ],
    ]);
  });
  it('a line that only lists the requirements again keeps the share a summary keeps (0.7): below the use case', () => {
    expect(ranks(prdEs, archEs('Objetivos'), 'RNF-04')).toEqual([
      'uncovered',
      [
        [7, 'Casos de uso', 0.25, 'possible'],
        [21, 'Requisitos no funcionales › Seguridad', 0.2, 'possible'],
        [5, 'Casos de uso', 0.14, 'possible'],
      ],
    ]);
  });

  // The design's own line that restates the NFR is where `implied` points, whether the summary's
  // line ranks above it (it says the NFR is met) or below it (it only lists it again).
  const archImplied = (label: string) =>
    [
      '# Arquitectura',
      '## 1. Autenticación',
      'Las contraseñas se almacenan con hash bcrypt de coste 12; el servicio nunca guarda ni registra el texto plano.',
      '## 5. Requisitos no funcionales',
      '### 5.2 Seguridad',
      `**${label}:** contraseñas con hash bcrypt, nunca en texto plano; JWT de acceso + refresh rotativo; CORS con origen dinámico; validación Zod en toda entrada.`,
      ...Array.from({ length: 8 }, (_, i) => `## Módulo ${i}\n\nEl módulo ${i} expone su API REST detrás del mismo servidor.`),
    ].join('\n\n');
  const implied = (label: string) => {
    const row = check(prdEs, archImplied(label)).coverage.rows.find((r) => r.requirement.id === 'RNF-04')!;
    return [row.status, row.implied?.location.line, row.suggestions.map((s) => [s.location.line, s.score, s.confidence])];
  };
  it('implies the NFR at the design line after the summary line that says it is met', () => {
    expect(implied('Cumplido')).toEqual(['implied', 5, [[11, 0.67, 'possible'], [5, 0.63, 'likely']]]);
  });
  it('implies it at the design line, never at the line of a summary that lists it again (under a subsection of its own)', () => {
    expect(implied('Objetivos')).toEqual(['implied', 5, [[5, 0.63, 'likely'], [11, 0.47, 'possible']]]);
  });
});

const prdEn = [
  '# Product Requirements',
  '## Non-Functional Requirements',
  '### NFR-A-002: Disaster Recovery',
  'Every tier fails over automatically to a second availability zone, and operators follow a disaster recovery runbook.',
  '### NFR-P-001: Search Response',
  'Citizen search responses within 3 seconds on mobile.',
].join('\n\n');

const archEn = (column: string) =>
  [
    '# Architecture Diagram: Data Pipeline',
    '## Deployment',
    'Each tier runs in two availability zones behind the load balancer, which fails over between them.',
    'Operators restore a failed tier from the nightly backup.',
    '## Non-Functional Requirements',
    '### Availability & Resilience',
    ['| Requirement | Target | Component(s) | ' + column + ' |', '|---|---|---|---|', '| Citizen service availability | 99.9% | Citizen Web | Multi-AZ, auto-failover |', '| Disaster recovery | RTO 4 hours | All tiers | Automated failover, recovery runbook |'].join('\n'),
    ...Array.from({ length: 8 }, (_, i) => `## Component ${i}\n\nComponent ${i} serves its API behind the gateway.`),
  ].join('\n\n');

describe('an NFR table with a "How Achieved" column', () => {
  it('is a coverage summary: its row keeps all of its match', () => {
    expect(ranks(prdEn, archEn('How Achieved'), 'NFR-A-002')).toEqual([
      'uncovered',
      [
        [16, 'Non-Functional Requirements › Availability & Resilience', 0.55, 'possible'],
        [7, 'Deployment', 0.34, 'possible'],
        [5, 'Deployment', 0.32, 'possible'],
      ],
    ]);
  });
  it('a table that only lists the requirements (an "Owner" column) keeps 0.7 of it', () => {
    expect(ranks(prdEn, archEn('Owner'), 'NFR-A-002')).toEqual([
      'uncovered',
      [
        [16, 'Non-Functional Requirements › Availability & Resilience', 0.38, 'possible'],
        [7, 'Deployment', 0.34, 'possible'],
        [5, 'Deployment', 0.32, 'possible'],
      ],
    ]);
  });
});
