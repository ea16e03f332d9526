import { describe, expect, it } from 'vitest';
import { check } from './helpers.js';

// Places to cite found through words the design writes differently from the PRD: an
// abbreviation, or the same quality named in another language.

const otherSections = Array.from({ length: 40 }, (_, i) => `## Module ${i}\n\nThe module ${i} renders a page of orders.\n`).join('\n');

// pilot-space's backend decisions: the NFR writes "environment", the design ".env".
describe('an abbreviation the design writes for the NFR\'s word', () => {
  it('".env" is the environment, "prod" production: the row naming them is offered with both words shared', () => {
    const prd = '## Non-Functional Requirements\n\n- **NFR-016:** System MUST support environment-based configuration (staging, production).';
    const arch = [
      '# Implementation Plan',
      '## Architecture Pattern Decisions',
      '### Backend Architecture',
      ['```toon', 'backendPatterns[3]{component,decision,patternRef}:', '  DI Container,dependency-injector (Singleton + Factory),26-dependency-injection', '  Config,Pydantic Settings + .env per prod and staging,26-dependency-injection', '  Logging,Structlog JSON with correlation IDs,41-logging-standards', '```'].join('\n'),
      otherSections,
    ].join('\n\n');
    const row = check(prd, arch).coverage.rows[0];
    expect(row.suggestions.map((s) => [s.location.line, s.heading, s.shared])).toEqual([[10, 'Architecture Pattern Decisions › Backend Architecture', ['config', 'enviro', 'produc', 'stag']]]);
  });
});

// Modelled on a Spanish BMAD (crdtext): the PRD in Spanish, the design's words in English.
describe('a quality named in Spanish', () => {
  it('"lectores de pantalla" and "teclado" are accessibility, as "screen reader" and "keyboard" are: the line that says so ranks first', () => {
    const prd = '## Requisitos No Funcionales\n\n- **NFR-U.1** El editor es navegable por teclado y compatible con lectores de pantalla.';
    const arch = ['# Arquitectura', '## Motor', '- Editor: the CRDT engine applies each operation once', '## Arquitectura Frontend', '- Editor: keyboard shortcuts and screen reader labels (ARIA) on the toolbar', otherSections].join('\n\n');
    const row = check(prd, arch).coverage.rows[0];
    expect(row.suggestions.map((s) => [s.location.line, s.heading, s.shared])).toEqual([
      [9, 'Arquitectura Frontend', ['editor', '~accessibility']],
    ]);
  });
});
