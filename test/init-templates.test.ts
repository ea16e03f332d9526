import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInit } from '../src/cli/run-init.js';
import { runCheck } from '../src/cli/run-check.js';

const markdownFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((n) => {
    const p = path.join(dir, n);
    return statSync(p).isDirectory() ? markdownFiles(p) : p.endsWith('.md') ? [p] : [];
  });

// Each skeleton, as `archgate init --template <name>` writes it: its IDs are found with no
// config of the user's, only placeholders fail at first, and filled in it passes every rule.
const EXPECTED: Record<string, { files: string[]; nfrs: string[]; frs: string[] }> = {
  bmad: { files: ['docs/prd.md', 'docs/architecture.md'], nfrs: ['NFR1', 'NFR2', 'NFR3', 'NFR4', 'NFR5'], frs: ['FR1', 'FR2', 'FR3'] },
  arc42: {
    files: [
      ...['01_introduction_and_goals', '02_architecture_constraints', '03_context_and_scope', '04_solution_strategy', '05_building_block_view', '06_runtime_view', '07_deployment_view', '08_concepts', '09_architecture_decisions', '10_quality_requirements', '11_technical_risks', '12_glossary'].map((s) => `docs/arc42/${s}.md`),
      '.github/archgate.yml',
    ],
    nfrs: ['QS-1', 'QS-2'],
    frs: ['UC-1', 'UC-2'],
  },
  'spec-kit': { files: ['specs/001-room-booking/spec.md', 'specs/001-room-booking/plan.md', '.github/archgate.yml'], nfrs: ['SC-001', 'SC-002'], frs: ['FR-001', 'FR-002'] },
  srs: { files: ['docs/srs.md', 'docs/sdd.md', '.github/archgate.yml'], nfrs: ['NFR-1', 'NFR-2', 'NFR-3', 'NFR-4'], frs: ['REQ-1', 'REQ-2'] },
};

describe('archgate init --template', () => {
  for (const [template, want] of Object.entries(EXPECTED)) {
    it(`${template}: writes its skeleton, finds its IDs, fails only on placeholders, then passes once filled`, async () => {
      const dir = mkdtempSync(path.join(tmpdir(), `archgate-init-${template}-`));
      expect(runInit({ dir, template, name: 'Room Booking' })).toEqual(want.files);

      const first = (await runCheck({ dir })).docSets[0];
      expect(first.requirements.filter((r) => r.kind === 'nfr').map((r) => r.id)).toEqual(want.nfrs);
      expect(first.requirements.filter((r) => r.kind === 'fr').map((r) => r.id)).toEqual(want.frs);
      expect([...new Set(first.findings.map((f) => f.rule))].sort()).toEqual(['arch/no-placeholders', 'prd/no-placeholders']);

      for (const file of markdownFiles(dir)) writeFileSync(file, readFileSync(file, 'utf8').replace(/\[[^\]\n]+\]/g, 'Acme Ledger'));
      const filled = await runCheck({ dir });
      expect(filled.docSets[0].findings).toEqual([]);
      expect(filled.docSets[0].coverage.filter((c) => c.status !== 'covered')).toEqual([]);
      expect(filled.result).toBe('pass');
    });
  }

  it('names the templates it knows when given another', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'archgate-init-'));
    expect(() => runInit({ dir, template: 'togaf' })).toThrow('--template must be one of bmad, arc42, spec-kit, srs (got "togaf")');
    expect(readdirSync(dir)).toEqual([]);
  });
});
