import { describe, expect, it } from 'vitest';
import { check } from './helpers.js';
import { parseDoc } from '../src/engine/document.js';
import { spelledOutPrefixes, MAX_ACRONYMS } from '../src/engine/spelled-prefixes.js';
import { SECTION_SYNONYMS } from '../src/engine/vocabulary.js';

// Modelled on a hand-written Spanish RNF catalogue: its title says "Requisitos Funcionales" by
// mistake, its introduction spells out RNF, and its sections are named by quality (Disponibilidad,
// Rendimiento). The RNFs are non-functional whatever the title: they get places to cite.
const PRD = [
  '# Requisitos Funcionales - Sistema Carpeta',
  '',
  '## Introducción',
  'Este documento define los Requisitos No Funcionales (RNF) que el sistema debe cumplir.',
  '',
  '## 3. Rendimiento y Latencia',
  '',
  '| ID | Nombre | Descripción |',
  '|---|---|---|',
  '| RNF-12 | Consulta Centralizador (p95) | El 95% de las consultas al Service Registry del MinTIC deben ser menores a 150 ms. |',
].join('\n');
const ARCH = [
  '# Arquitectura',
  '',
  '## Sistemas Externos',
  '',
  '- **Centralizador MinTIC**: registro del operador actual de cada ciudadano. Responde consultas en <100ms (p95).',
  '',
  '## Despliegue',
  '',
  'Kubernetes con tres réplicas por servicio.',
].join('\n');

describe('an ID prefix the PRD spells out as its non-functional requirements', () => {
  it('decides the kind over a heading that names functional requirements: the NFR is judged and gets places to cite', () => {
    const row = check(PRD, ARCH).coverage.rows.find((r) => r.requirement.id === 'RNF-12')!;
    expect([row.requirement.kind, row.status, row.implied?.reason]).toEqual(['nfr', 'implied', 'restates its wording: "Sistemas Externos: Centralizador MinTIC: registro del operador actual de cada ciudadano. Responde consultas en <100ms (p95)."']);
    expect(row.suggestions.map((s) => [`${s.location.file}:${s.location.line}`, s.heading])).toEqual([['docs/architecture.md:5', 'Sistemas Externos']]);
  });

  // RNF itself abbreviates "requisito no funcional" (an NFR under any heading: nfr-prefix-kind.test.ts),
  // so a prefix that names nothing shows the heading deciding.
  it('unspelled, the heading still decides: "QS" alone is no name', () => {
    const prd = PRD.replace(' (RNF)', '').replaceAll('RNF-12', 'QS-12');
    expect(check(prd, ARCH).coverage.rows.find((r) => r.requirement.id === 'QS-12')?.requirement.kind).toBe('fr');
    expect(check(PRD.replace('(RNF)', '(QS)').replaceAll('RNF-12', 'QS-12'), ARCH).coverage.rows.find((r) => r.requirement.id === 'QS-12')?.requirement.kind).toBe('nfr');
  });

  it('an acronym after other words spells out nothing ("Kubernetes (K8S)")', () => {
    const doc = parseDoc('prd', [{ path: 'prd.md', text: 'We run Kubernetes (KS) and Requisitos No Funcionales (RNF); los no funcionales (NF).\n' }]);
    expect([...spelledOutPrefixes(doc, SECTION_SYNONYMS['nonfunctional-requirements'])]).toEqual(['RNF', 'NF']);
  });

  it('reads a bounded number of acronyms: a PRD of 100,000 "(NFR)" is read no further than MAX_ACRONYMS', () => {
    const work = { acronyms: 0 };
    const text = `${'x (NFR) '.repeat(100_000)}\n`;
    spelledOutPrefixes(parseDoc('prd', [{ path: 'prd.md', text }]), SECTION_SYNONYMS['nonfunctional-requirements'], work);
    expect(work.acronyms).toBe(MAX_ACRONYMS);
    // 100k spaces and one long line before the acronym: each read looks back SPELLING_CHARS at most.
    const small = { acronyms: 0 };
    spelledOutPrefixes(parseDoc('prd', [{ path: 'prd.md', text: `${' '.repeat(100_000)}Requisitos No Funcionales (RNF)\n` }]), SECTION_SYNONYMS['nonfunctional-requirements'], small);
    expect(small.acronyms).toBe(1);
  });
});

it('a PRD that numbers its NFRs with a configured prefix has said what they are: a spelled-out "Quality Goals (QG)" does not add its QG IDs', () => {
  const prd = '# PRD\n\nOur Quality Goals (QG) are listed first.\n\n## Non-Functional Requirements\n\n- **NFR-01:** Search answers within 500 ms.\n- **QG-1:** The team ships weekly.\n';
  expect(check(prd, '# Architecture\n\nSearch answers within 300 ms.\n').coverage.rows.map((r) => [r.requirement.id, r.requirement.kind])).toEqual([['NFR-01', 'nfr']]);
});
