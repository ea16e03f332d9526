import { describe, expect, it } from 'vitest';
import { clausesOf, saysItIsMet } from '../src/engine/met-summary.js';
import { mechanismsOf } from '../src/engine/cite-suggestions.js';
import type { Passage } from '../src/engine/passages.js';

const names = (text: string) => mechanismsOf(text).size > 0;
const place = (kind: Passage['kind'], text: string, context = 'NFRs'): Passage => ({ kind, file: 'a.md', line: 1, endLine: 1, text, context, heading: 'NFRs', section: null });

describe('the clauses of a line that enumerates them', () => {
  it('splits at semicolons and middle dots, outside brackets', () => {
    expect(clausesOf('Cumplido: contraseñas con bcrypt; JWT de acceso (15 min; rotativo); CORS con origen dinámico', 'paragraph', names)).toEqual(['Cumplido: contraseñas con bcrypt', 'JWT de acceso (15 min; rotativo)', 'CORS con origen dinámico']);
    expect(clausesOf('Servicios de dominio · triage · evaluation-pipeline · agent', 'paragraph', names)).toEqual(['Servicios de dominio', 'triage', 'evaluation-pipeline', 'agent']);
  });
  it('splits a comma list of mechanisms after a label, without the label', () => {
    expect(clausesOf('Backend Security: Zod validation, Helmet.js headers, JWT RS256 tokens', 'item', names)).toEqual(['Zod validation', 'Helmet.js headers', 'JWT RS256 tokens']);
  });
  it('leaves a comma list of plain names, a list inside brackets, two clauses and a code block whole', () => {
    expect(clausesOf('Phase 2 (parallel fan-out): claimreview-matcher, coverage-left, coverage-center', 'item', names)).toBeNull();
    expect(clausesOf('Device Simulation Engine: Protokoll-Abstraktion (MQTT, OPC UA, HTTP/CoAP)', 'item', names)).toBeNull();
    expect(clausesOf('Rate limiting on login; lockout after 5 attempts', 'item', names)).toBeNull();
    expect(clausesOf('a; b; c', 'code', names)).toBeNull();
  });
  it('reads a row cell by cell: only the cell that enumerates is split', () => {
    expect(clausesOf('Security | Met | bcrypt; JWT; CORS', 'row', names)).toEqual(['bcrypt', 'JWT', 'CORS']);
  });
});

describe('a requirements summary line that says it is met', () => {
  it('by a status word as its label or cell, or a check mark', () => {
    expect(saysItIsMet(place('paragraph', 'Cumplido: contraseñas con bcrypt; JWT'))).toBe(true);
    expect(saysItIsMet(place('row', 'Crash-free sessions | ✅ | Crashlytics'))).toBe(true);
    expect(saysItIsMet(place('row', 'Uptime 99.9% | Met | Multi-AZ'))).toBe(true);
    expect(saysItIsMet(place('row', 'Uptime 99.9% | Réalisé (v1.2) | Multi-AZ'))).toBe(true);
  });
  it('by a column saying how', () => {
    expect(saysItIsMet(place('row', 'RTO | 4 hours | Automated failover', 'NFRs Requirement | Target | How Achieved'))).toBe(true);
    expect(saysItIsMet(place('row', 'RTO | 4 hours | Ops', 'NFRs Requirement | Target | Owner'))).toBe(false);
  });
  it('not by a status word inside a sentence', () => {
    expect(saysItIsMet(place('paragraph', 'The requirement is met when every tier fails over.'))).toBe(false);
    expect(saysItIsMet(place('item', 'Implementation: planned for phase 2'))).toBe(false);
  });
});
