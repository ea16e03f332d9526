import { describe, expect, it } from 'vitest';
import { check, rulesOf } from './helpers.js';
import { workGrowth } from './text-work.js';

// A short statement is read with the heading it stands under, as a reader reads it: "Scaling:
// auto-scale on CPU/memory usage" under "Relay Server Deployment" is how the relay server's
// capacity is met, not a restatement of the NFR on the phone's CPU and memory usage. Modelled on
// the class of an arc42/C4 deployment section whose subsections name the part they deploy.
const PRD = [
  '## Non-Functional Requirements',
  '',
  '- **NFR-1 (Relay server capacity):** The relay server handles 10,000 concurrent users.',
  '- **NFR-2 (Resource usage):** CPU and memory usage stay under 20% on the phone.',
  '- **NFR-3 (Encryption):** Messages are encrypted end to end.',
  '- **NFR-4 (Battery):** Background battery drain stays under 5% a day.',
  '',
].join('\n');
const arch = (heading: string, id: string) => `# Architecture\n\n## Deployment\n\n### ${heading}\n\n- **Region**: Fly.io, two regions\n- **Scaling**: Auto-scale based on CPU/memory usage (${id})\n`;
const drift = (heading: string, id: string) => rulesOf(check(PRD, arch(heading, id)), 'trace/citation-drift').map((f) => [f.line, f.message]);

describe('trace/citation-drift reads a short statement with its heading', () => {
  it('a statement under the heading that names the cited NFR\'s subject is no drift', () => {
    expect(drift('Relay Server Deployment', 'NFR-1')).toEqual([]);
  });

  it('under a heading that names nothing of it, the same statement still reads like another NFR', () => {
    expect(drift('Deployment', 'NFR-1')).toEqual([[8, 'This place cites NFR-1 (Relay server capacity) but describes it as "Scaling: Auto-scale based on CPU/memory usage"; NFR-2 (Resource usage) reads closer.']]);
  });

  it('a statement that says nothing of the NFR it cites is drifted under any heading', () => {
    expect(drift('Relay Server Deployment', 'NFR-4').map(([line]) => line)).toEqual([8]);
  });

  it('the work grows like the heading (its author controls it)', () => {
    for (const make of [(n: number) => `Relay${' '.repeat(n)}Server`, (n: number) => 'relay server '.repeat(n / 13)]) {
      expect(workGrowth((n) => check(PRD, arch(make(n), 'NFR-1')), 400).ratio).toBeLessThan(4.5);
    }
  });
});
