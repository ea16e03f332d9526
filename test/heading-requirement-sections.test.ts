import { describe, expect, it } from 'vitest';
import { check, rulesOf } from './helpers.js';

// A requirement defined by a heading is the heading's whole section: one-file-per-NFR catalogues
// (ISO 25010 / Planguage style) put "# NFR-001: End-to-end run latency" over "## Context",
// "## Specification" (Scale, Meter, Must, Plan) and "## Stimulus Scenario" subsections. Read up to
// the next heading only, the requirement was its title alone: no target, so "has no measurable
// target" on every NFR, and places to cite were ranked against three words.

const nfr = [
  '# NFR-001: End-to-end run latency',
  '',
  '## Context',
  '',
  'Operators need verdicts within a bounded time window; the parallel fan-out is the main driver.',
  '',
  '## Specification',
  '',
  '| Field | Value |',
  '|---|---|',
  '| **Scale** | Elapsed wall-clock time from submission to completed status |',
  '| **Must** | <= 120 seconds |',
  '',
  '## Verification',
  '',
  '- Manual: submit a claim and compare the dashboards.',
  '',
].join('\n');

describe('a requirement defined by a heading', () => {
  it('is read with the subsections that detail it, not with how it will be verified', () => {
    const result = check(nfr, '# Architecture\n');
    const [req] = result.requirements;
    expect([req.id, req.title, req.targets.map((t) => `${t.comparator} ${t.value} ${t.unit}`)]).toEqual(['NFR-001', 'End-to-end run latency', ['<= 120 s']]);
    expect(req.text).toContain('bounded time window');
    expect(req.text).not.toContain('dashboards');
    expect(rulesOf(result, 'prd/nfr-measurable')).toEqual([]);
  });

  it('stops at a heading as high as its own, and at one that defines another ID', () => {
    const prd = ['# PRD', '', '## Non-functional requirements', '', '### NFR-1: Search latency', '', 'Search answers within 500 ms.', '', '#### NFR-1.1: Autocomplete', '', 'Suggestions within 100 ms.', '', '### NFR-2: Uptime', '', 'Available 99.9% of the month.', ''].join('\n');
    expect(check(prd, '# Architecture\n').requirements.map((r) => `${r.id}: ${r.targets.map((t) => `${t.value} ${t.unit}`).join(', ')}`)).toEqual(['NFR-1.1: 100 ms', 'NFR-2: 99.9 %']);
  });
});
