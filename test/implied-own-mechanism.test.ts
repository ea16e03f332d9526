import { describe, expect, it } from 'vitest';
import { check } from './helpers.js';
import { buildReport } from '../src/report/report.js';
import { formatJson } from '../src/formatters/json.js';

// An NFR without a measurable target whose best place, outside the design's section on its
// quality, names a mechanism of the NFR's own (one no other NFR names) beside another of its own
// words, and stands out above every other place: there the mechanism says which requirement, as
// the section's heading does inside it. Modelled on the class, in an invented project.

const filler = Array.from({ length: 30 }, (_, i) => `## Module ${i}\n\nThe module ${i} renders a page of orders.\n`).join('\n');

const prd = [
  '## Non-Functional Requirements',
  '',
  '- **NFR-U1:** Screen readers: every screen exposes semantic labels that TalkBack announces, in a logical focus order, with text alternatives for icons.',
  '- **NFR-U2:** Ticket history is kept for the whole season.',
  '- **NFR-U3:** Offline mode: cached timetables stay readable without a network.',
].join('\n');

const arch = (...lines: string[]) => ['# Architecture', 'Icons are drawn as SVG.', '## Mobile Client', ...lines, filler].join('\n\n');
const place = '- Screen readers : TalkBack labels generated from the widget tree, focus order checked in CI';

/** The coverage rows of the JSON report, as a user reads them. */
function coverage(architecture: string, prdText = prd) {
  const report = JSON.parse(formatJson(buildReport([{ result: check(prdText, architecture) }], 'error')));
  return report.docSets[0].coverage.map((c: { id: string; status: string; implied?: unknown }) => ({ id: c.id, status: c.status, ...(c.implied ? { implied: c.implied } : {}) }));
}

describe('a place that names the NFR’s own mechanism beside its own words', () => {
  it('implies the NFR there, and says which mechanism', () => {
    const rows = coverage(arch(place));
    expect(rows[0]).toEqual({
      id: 'NFR-U1',
      status: 'implied',
      implied: { file: 'docs/architecture.md', line: 7, reason: 'names its mechanism (TalkBack): "Mobile Client: Screen readers : TalkBack labels generated from the widget tree, focus order checked in CI"' },
    });
  });

  it('not when the mechanism is the only word of its own there', () => {
    const rows = coverage(arch('- Screen readers : TalkBack is installed on the test devices, checked in CI'));
    expect(rows[0]).toEqual({ id: 'NFR-U1', status: 'uncovered' });
  });

  it('not when other NFRs name the same mechanism: it ties the place to none of them', () => {
    const shared = prd.replace('without a network.', 'without a network, and TalkBack announces the offline banner.').replace('whole season.', 'whole season; TalkBack reads it aloud.');
    const rows = coverage(arch(place), shared);
    expect(rows[0]).toEqual({ id: 'NFR-U1', status: 'uncovered' });
  });

  it('not when another place matches it nearly as well: the design has not said which one', () => {
    const rows = coverage(arch(place, '## Test Plan', '- Screen readers: TalkBack labels and focus order of every screen are checked before release.'));
    expect(rows[0].status).toBe('uncovered');
  });
});
