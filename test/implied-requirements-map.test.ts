import { describe, expect, it } from 'vitest';
import { check } from './helpers.js';
import { buildReport } from '../src/report/report.js';
import { formatJson } from '../src/formatters/json.js';

// BMAD's "Requirements Coverage Validation" maps each NFR to the design that meets it. A line of
// it that restates the NFR's target, which no other NFR of the PRD has, beside two of the NFR's
// own words is that NFR's answer, even when the rest of the line is in the PRD's words too
// ("Uptime 99.5% : Firebase infrastructure SLA" for "99.5% uptime … SLA monitoring"). Modelled on
// the class (a Spanish booking service here), not on one document.

const filler = Array.from({ length: 30 }, (_, i) => `## Módulo ${i}\n\nEl módulo ${i} muestra una página de reservas.\n`).join('\n');

const prd = [
  '## Requisitos No Funcionales',
  '',
  '- **NFR-R1:** Respaldo de reservas: copia de seguridad nocturna de la base de reservas con RTO de 6 horas.',
  '- **NFR-R2:** Tiempo de respuesta de la búsqueda de mesas inferior a 2 segundos.',
  '- **NFR-R3:** Tiempo de carga del panel inferior a 2 segundos.',
].join('\n');

const arch = (heading: string, lines: string[]) => ['# Arquitectura', '## Decisiones', 'Las reservas se guardan en PostgreSQL.', `## ${heading}`, ...lines, filler].join('\n\n');

/** The coverage rows of the JSON report, as a user reads them. */
function coverage(architecture: string) {
  const report = JSON.parse(formatJson(buildReport([{ result: check(prd, architecture) }], 'error')));
  return report.docSets[0].coverage.map((c: { id: string; status: string; implied?: unknown }) => ({ id: c.id, status: c.status, ...(c.implied ? { implied: c.implied } : {}) }));
}

describe('a line of a requirements map that restates the target in the NFR’s own words', () => {
  it('implies the NFR at that line', () => {
    const rows = coverage(arch('Requirements Coverage Validation ✅', ['- Respaldo nocturno de reservas : copia de seguridad de la base, RTO 6 horas']));
    expect(rows[0]).toEqual({ id: 'NFR-R1', status: 'implied', implied: { file: 'docs/architecture.md', line: 9, reason: 'restates its target <= 6 h' } });
  });

  it('not in an overview that lists the requirements again', () => {
    const rows = coverage(arch('Requirements Overview', ['- Respaldo nocturno de reservas : copia de seguridad de la base, RTO 6 horas']));
    expect(rows[0]).toEqual({ id: 'NFR-R1', status: 'uncovered' });
  });

  it('not where two NFRs state that target: the line names neither by its number', () => {
    const rows = coverage(arch('Requirements Coverage Validation ✅', ['- Tiempo de respuesta inferior a 2 segundos']));
    expect(rows.slice(1)).toEqual([
      { id: 'NFR-R2', status: 'uncovered' },
      { id: 'NFR-R3', status: 'uncovered' },
    ]);
  });

  it('not from the target and a word that names its quality alone', () => {
    const rows = coverage(arch('Requirements Coverage Validation ✅', ['- Recuperación : RTO 6 horas']));
    expect(rows[0]).toEqual({ id: 'NFR-R1', status: 'uncovered' });
  });
});
