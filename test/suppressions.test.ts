import { describe, expect, it } from 'vitest';
import { checkDocSet } from '../src/engine/engine.js';
import { resolveConfig } from '../src/config/resolve-config.js';

// The engine honours only the inline suppressions the shell allows (the Action: those of the base
// commit), so a pull request cannot weaken its own gate; with no allow-list (the CLI) all hold.

const PRD = '# PRD\n\n## Non-Functional Requirements\n\n- **NFR-1:** p95 latency < 200 ms\n- **NFR-2:** 99.9% uptime\n';
const ARCH = '# Architecture\n\nNFR-1 is met by a cache in front of the API.\n';
const engine = resolveConfig({ preset: 'minimal' }).engine;

const run = (prd: string, allowed?: string[]) =>
  checkDocSet({ name: 'default', prd: [{ path: 'docs/prd.md', text: prd }], architecture: [{ path: 'docs/architecture.md', text: ARCH }], missing: [] }, { ...engine, allowedSuppressions: allowed });
const uncovered = (r: ReturnType<typeof run>) => r.findings.filter((f) => f.rule === 'trace/nfr-addressed').map((f) => `${f.file}:${f.line}`);

describe('inline suppressions against an allow-list', () => {
  it('without an allow-list (the CLI), a disable-file and a waiver hold as written', () => {
    expect(uncovered(run(PRD))).toEqual(['docs/prd.md:6']);
    expect(uncovered(run(`<!-- archgate-disable-file -->\n${PRD}`))).toEqual([]);
    expect(uncovered(run(`${PRD}\n<!-- archgate-waive NFR-2: single zone for the pilot -->\n`))).toEqual([]);
  });

  it('a disable-file the base did not have is refused and listed, and the finding stays', () => {
    const base = run(PRD);
    const head = run(`<!-- archgate-disable-file -->\n${PRD}`, base.suppressions.map((s) => s.key));
    expect(uncovered(head)).toEqual(['docs/prd.md:7']);
    expect(head.refusedSuppressions.map((s) => `${s.file}:${s.line} ${s.text}`)).toEqual(['docs/prd.md:1 <!-- archgate-disable-file -->']);
  });

  it('an inline waiver the base did not have is refused; one the base had holds, wherever it moved in the file', () => {
    const waiver = '<!-- archgate-waive NFR-2: single zone for the pilot -->';
    expect(uncovered(run(`${PRD}\n${waiver}\n`, run(PRD).suppressions.map((s) => s.key)))).toEqual(['docs/prd.md:6']);
    const base = run(`${PRD}\n${waiver}\n`);
    const head = run(`${waiver}\n\n${PRD}`, base.suppressions.map((s) => s.key));
    expect(uncovered(head)).toEqual([]);
    expect(head.refusedSuppressions).toEqual([]);
  });

  it('extending a waiver\'s expiry, or widening a disable to every rule, is a new suppression', () => {
    const base = run(`${PRD}\n<!-- archgate-waive NFR-2 until 2026-01-01: pilot -->\n`);
    const later = run(`${PRD}\n<!-- archgate-waive NFR-2 until 2099-01-01: pilot -->\n`, base.suppressions.map((s) => s.key));
    expect(later.refusedSuppressions.map((s) => s.text)).toEqual(['<!-- archgate-waive NFR-2 until 2099-01-01 -->']);
    const narrow = run(`<!-- archgate-disable-file prd/nfr-measurable -->\n${PRD}`);
    const wide = run(`<!-- archgate-disable-file -->\n${PRD}`, narrow.suppressions.map((s) => s.key));
    expect(wide.refusedSuppressions.map((s) => s.text)).toEqual(['<!-- archgate-disable-file -->']);
  });

  it('a second copy of an allowed directive is a new one', () => {
    const one = '<!-- archgate-disable-next-line trace/nfr-addressed -->\n';
    const base = run(PRD.replace('- **NFR-1', `${one}- **NFR-1`));
    const head = run(PRD.replace('- **NFR-1', `${one}- **NFR-1`).replace('- **NFR-2', `${one}- **NFR-2`), base.suppressions.map((s) => s.key));
    expect(uncovered(head)).toEqual(['docs/prd.md:8']);
    expect(head.refusedSuppressions.map((s) => s.line)).toEqual([7]);
  });
});
