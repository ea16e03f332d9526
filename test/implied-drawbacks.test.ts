import { describe, expect, it } from 'vitest';
import { check } from './helpers.js';
import { statesDrawback, titlesDrawbacks } from '../src/engine/drawbacks.js';
import { countWork } from './text-work.js';

// A decision record weighs what its choice costs: MADR's "Bad, because URL checks add latency to
// the fan-out phase" names the requirement's quality as what the design makes worse, in the
// requirement's own words. Such a line (or one under "Negative Consequences", "Nachteile", "缺点")
// never implies the requirement; it stays a place to choose. The same line worded as a gain is
// implied. Nor does a line of a list of pointers ("More Information", "See also"): it names the
// record where something is decided, not how.

const prd = ['# PRD', '', '## Non-Functional Requirements', '', '- NFR-1: Parallel fan-out phase latency stays low for each claim', ''].join('\n');
const arch = (line: string, heading = 'Consequences') =>
  ['# Architecture', '', '## ADR-021: Source validator agent', '', '### Decision Outcome', '', 'Chosen option: a dedicated validator agent.', '', `### ${heading}`, '', `- ${line}`, ''].join('\n');
const row = (line: string, heading?: string) => {
  const [r] = check(prd, arch(line, heading)).coverage.rows;
  return [r.status, r.implied?.reason ?? null, r.suggestions.map((s) => `${s.location.line} ${s.heading} ${s.confidence}`)];
};
const place = ['11 ADR-021: Source validator agent › Consequences likely'];

describe('a drawback of the design never implies the requirement', () => {
  it('"Bad, because …" and "Nachteil: …" lines stay uncovered, with the line offered', () => {
    expect(row('Bad, because URL checks add latency to the parallel fan-out phase for each claim')).toEqual(['uncovered', null, place]);
    expect(row('Nachteil: URL checks add latency to the parallel fan-out phase for each claim')).toEqual(['uncovered', null, place]);
    expect(row('缺点：URL checks add latency to the parallel fan-out phase for each claim')).toEqual(['uncovered', null, place]);
  });

  it('a line under "Negative Consequences" stays uncovered', () => {
    expect(row('URL checks add latency to the parallel fan-out phase for each claim', 'Negative Consequences')).toEqual(['uncovered', null, ['11 ADR-021: Source validator agent › Negative Consequences likely']]);
  });

  it('the same record worded as a gain is implied', () => {
    expect(row('Good, because URL checks keep parallel fan-out phase latency low for each claim')).toEqual([
      'implied',
      'restates its wording: "Consequences: Good, because URL checks keep parallel fan-out phase latency low for each claim"',
      place,
    ]);
    // "Consequences" and a word that only contains a lead ("Console:", "Badge:") are no drawbacks.
    expect([titlesDrawbacks('Consequences'), statesDrawback('Console: latency stays low'), statesDrawback('- **Bad, because** it adds a hop')]).toEqual([false, false, true]);
  });

  it('a line in a list of pointers to other records ("More Information", "Siehe auch") stays uncovered, a possible place (never likely beside that status)', () => {
    const pointer = 'ADR-014: Fan-out service (keeps parallel fan-out phase latency low for each claim)';
    expect(row(pointer, 'More Information')).toEqual(['uncovered', null, ['11 ADR-021: Source validator agent › More Information possible']]);
    expect(row(pointer, 'Siehe auch')[0]).toBe('uncovered');
    expect(row(pointer, 'Fan-out')[0]).toBe('implied');
  });

  it('reads a long line in time linear in it', () => {
    const work = (n: number) => countWork(() => [statesDrawback(`${'- '.repeat(n)}${'Bad '.repeat(n)}`), titlesDrawbacks(`${'cons '.repeat(n)}`)]).steps;
    expect(work(4000) / work(1000)).toBeLessThan(5);
  });
});
