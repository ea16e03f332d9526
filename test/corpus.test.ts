import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { Ajv } from 'ajv';
import { readFileSync } from 'node:fs';
import { corpusPairs, describeWithShared, ROOT } from './helpers.js';
import { runCheck } from '../src/cli/run-check.js';
import { normalizeId } from '../src/engine/ids.js';
import { formatJson } from '../src/formatters/json.js';

const OUT = path.join(ROOT, 'test/__outputs__/corpus');
const validateReport = new Ajv({ strict: false }).compile(JSON.parse(readFileSync(path.join(ROOT, 'schema/report.schema.json'), 'utf8')));

describeWithShared('the real corpus', () => {
  const pairs = corpusPairs();
  it('has the 21 pairs the issue names', async () => {
    expect(pairs.length).toBe(21);
  });

  for (const pair of pairs) {
    it(`${pair.name}: reads without error, extracts exactly pair.json's NFR IDs, and reports valid JSON`, async () => {
      const report = await runCheck({ dir: pair.dir, prd: pair.prd, architecture: pair.architecture });
      const set = report.docSets[0];
      expect(set.prd.files.length).toBeGreaterThan(0);
      expect(set.architecture.files.length).toBeGreaterThan(0);
      expect(set.findings.filter((f) => f.rule.endsWith('/file-exists'))).toEqual([]);

      const got = [...new Set(set.requirements.filter((r) => r.kind === 'nfr').map((r) => normalizeId(r.id)))].sort();
      const want = [...new Set(pair.nfrIds.map(normalizeId))].sort();
      expect(got).toEqual(want);

      // Every finding points inside a file of the doc set.
      const files = new Set([...set.prd.files, ...set.architecture.files]);
      for (const f of set.findings) {
        expect(files.has(f.file), `${f.rule} names ${f.file}`).toBe(true);
        expect(f.line).toBeGreaterThanOrEqual(1);
        expect(f.fix.length).toBeGreaterThan(0);
      }

      // Covered means cited where it can be evidence: exactly the IDs pair.json lists as cited.
      const covered = set.coverage.filter((c) => c.kind === 'nfr' && c.status === 'covered').map((c) => normalizeId(c.id)).sort();
      expect(covered).toEqual([...new Set(pair.citedIds.map(normalizeId))].sort());
      expect(set.coverage.filter((c) => c.kind === 'nfr')).toHaveLength(want.length);

      const json = formatJson(report);
      expect(validateReport(JSON.parse(json)), JSON.stringify(validateReport.errors)).toBe(true);
      mkdirSync(OUT, { recursive: true });
      writeFileSync(path.join(OUT, `${pair.name}.json`), json);
    });
  }

  it('reads shards in index.md link order and names the real shard in findings (pair 02)', async () => {
    const pair = pairs.find((p) => p.name.startsWith('02-'))!;
    const report = await runCheck({ dir: pair.dir, prd: pair.prd, architecture: pair.architecture });
    const set = report.docSets[0];
    expect(set.prd.files[0]).toBe('docs/prd/index.md');
    // index.md links overview first, then goals, then requirements ...
    expect(set.prd.files.indexOf('docs/prd/goals-and-background-context.md')).toBeLessThan(set.prd.files.indexOf('docs/prd/requirements.md'));
    // BMAD links a shard by its heading anchor (#high-level-architecture): that shard is read too.
    expect(set.architecture.files).toContain('docs/architecture/high-level-architecture.md');
    const nfr1 = set.requirements.find((r) => r.id === 'NFR1')!;
    expect(nfr1.location.file).toBe('docs/prd/requirements.md');
    const text = readFileSync(path.join(pair.dir, nfr1.location.file), 'utf8').split('\n');
    expect(text[nfr1.location.line - 1]).toContain('NFR1');
  });

  it('leaves out shards the index does not link (pair 11)', async () => {
    const pair = pairs.find((p) => p.name.startsWith('11-'))!;
    const report = await runCheck({ dir: pair.dir, prd: pair.prd, architecture: pair.architecture });
    expect(report.docSets[0].architecture.files).not.toContain('docs/architecture/architecture-review-report.md');
  });

  it('reports "no NFRs" on the negative control instead of failing (pair 31)', async () => {
    const pair = pairs.find((p) => p.name.startsWith('31-'))!;
    const report = await runCheck({ dir: pair.dir, prd: pair.prd, architecture: pair.architecture });
    expect(report.docSets[0].findings.map((f) => f.message)).toContain('The PRD defines no non-functional requirements.');
  });

  it('finds the real target conflict in pair 07 (under 5 s in the PRD, under 30 s in the architecture)', async () => {
    const pair = pairs.find((p) => p.name.startsWith('07-'))!;
    const set = (await runCheck({ dir: pair.dir, prd: pair.prd, architecture: pair.architecture })).docSets[0];
    const mismatches = set.findings.filter((f) => f.rule === 'trace/target-mismatch');
    expect(mismatches.map((f) => f.message)).toEqual(['The architecture says < 30 s where NFR1 in the PRD says < 5 s (latency).']);
    expect(set.coverage.find((c) => c.id === 'NFR1')?.mismatches).toEqual([{ prd: '< 5 s', architecture: '< 30 s', file: 'docs/architecture.md', line: 165 }]);
  });

  it('reads the real targets of real NFRs', async () => {
    const byId = async (prefix: string, id: string) => {
      const pair = pairs.find((p) => p.name.startsWith(prefix))!;
      return (await runCheck({ dir: pair.dir, prd: pair.prd, architecture: pair.architecture })).docSets[0].requirements.find((r) => r.id === id)!;
    };
    expect((await byId('08-', 'NFR1')).targets[0]).toMatchObject({ comparator: '<', value: 500, unit: 'ms', percentile: 95 });
    expect(await byId('01-', 'NFR3')).toMatchObject({ category: 'availability', targets: [{ metric: 'availability', value: 99.9, unit: '%' }] });
    expect(await byId('09-', 'NFR-1')).toMatchObject({ category: 'performance', targets: [{ value: 200, unit: 'ms' }] });
    expect((await byId('24-', 'NFR-P1')).targets[0]).toMatchObject({ value: 2, unit: 's', percentile: 95 });
    expect(await byId('17-', 'NFR-PERF-01')).toMatchObject({ category: 'performance', targets: [{ comparator: '<', value: 2, unit: 's' }] });
  });
});
