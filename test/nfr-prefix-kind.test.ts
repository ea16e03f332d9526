import { describe, expect, it } from 'vitest';
import { check } from './helpers.js';

// A prefix that abbreviates "non-functional requirement" (RNF, ENF, NFA) says what its IDs are,
// where a heading says otherwise: a quality catalogue whose title calls it "Requisitos
// Funcionales" by mistake still defines NFRs. Modelled on the class of stand-alone Spanish and
// Portuguese QoS catalogues (one table per quality).
const prd = (title: string, rows: string[]) => [`# ${title} - Sistema de Reservas`, '', '## 1. Disponibilidad', '', '| ID | Métrica | Criterio |', '|---|---|---|', ...rows, ''].join('\n');
const kinds = (md: string) => check(md, '# Arquitectura\n').requirements.map((r) => `${r.id} ${r.kind}`);

describe('the kind of an ID whose prefix says non-functional', () => {
  it('RNF rows under a title that says functional are NFRs', () => {
    expect(kinds(prd('Requisitos Funcionales', ['| RNF-01 | Disponibilidad | 99.9% mensual |', '| RNF-02 | Recuperación | RTO menor a 60 minutos |']))).toEqual(['RNF-01 nfr', 'RNF-02 nfr']);
  });

  it('other prefixes still take the section\'s kind', () => {
    expect(kinds(prd('Requisitos Funcionales', ['| RF-01 | Reserva | El usuario reserva una mesa |', '| CU-02 | Cancelación | El usuario cancela |']))).toEqual(['RF-01 fr', 'CU-02 fr']);
  });
});
