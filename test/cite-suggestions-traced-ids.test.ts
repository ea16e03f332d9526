import { describe, expect, it } from 'vitest';
import { check } from './helpers.js';
import { withoutTracedIds } from '../src/engine/template-fields.js';
import { workGrowth } from './text-work.js';

// A PRD's NFR table often names where each requirement comes from (BRD-KPI-04, PRD-REQ-011) in a
// column of its own. Those IDs are not what the requirement asks: their letters ("brd", "kpi",
// "req") are in every traceability line of the design, rare elsewhere, and ranked those lines
// above the place that meets the requirement.

describe('IDs a requirement traces to', () => {
  it('are left out of the words places are ranked by; a standard or a cipher (AES-256, ISO-27001) is kept', () => {
    expect(withoutTracedIds('Role check on admin actions | BRD-REQ-001 · US-13 | AES-256, ISO-27001, TLS-1.3')).toBe('Role check on admin actions |   ·   | AES-256, ISO-27001, TLS-1.3');
  });

  it('the design line is offered for the requirement, not the traceability rows that share its source ID letters', () => {
    const prd = [
      '# PRD',
      '## Requisitos no funcionales',
      '| ID | Categoría | Requisito | Origen |',
      '|---|---|---|---|',
      '| RNF-01 | Seguridad | Todas las acciones de administración exigen un rol verificado en el servidor | BRD-REQ-003 |',
      '| RNF-02 | Rendimiento | Las búsquedas responden en menos de 2 s | BRD-KPI-01 |',
    ].join('\n');
    const arch = [
      '# Arquitectura',
      '## Trazabilidad',
      '| Módulo | Origen |',
      '|---|---|',
      '| Catálogo | BRD-REQ-010 · BRD-KPI-02 |',
      '| Informes | BRD-REQ-011 · BRD-CST-04 |',
      '## Autorización',
      'El middleware verifica el rol del token en cada acción de administración.',
      '## Despliegue',
      'Un contenedor por módulo detrás de Nginx.',
    ].join('\n\n');
    const row = check(prd, arch).coverage.rows.find((r) => r.requirement.id === 'RNF-01')!;
    expect(row.suggestions.map((s) => [s.location.line, s.heading, s.shared])).toEqual([[15, 'Autorización', ['accion', 'admini', 'role', 'verifi']]]);
  });

  it('reading them is linear: 100k dashes and letters, and IDs by the thousand', () => {
    expect(workGrowth((n) => withoutTracedIds('A-'.repeat(n)), 400).ratio).toBeLessThan(4.5);
    expect(workGrowth((n) => withoutTracedIds('BRD-REQ-KPI-CST-'.repeat(n / 16)), 400).ratio).toBeLessThan(4.5);
    expect(workGrowth((n) => withoutTracedIds('BRD-REQ-001 '.repeat(n / 12)), 400).ratio).toBeLessThan(4.5);
  });
});
