import { describe, expect, it } from 'vitest';
import { check, rulesOf } from './helpers.js';
import { parseDoc } from '../src/engine/document.js';
import { mayMatchInUnits } from '../src/rules/checklist/evidence.js';
import { words } from '../src/rules/checklist/topic-patterns.js';

// The checklist items first search the document's units joined into one text: a pattern found
// nowhere there is found in no unit. These pin that the answer never changes at a unit's edges.

const messages = (arch: string) => rulesOf(check('', arch), 'arch/backup-recovery').map((f) => `${f.line} ${f.severity}: ${f.message}`);
const RPO = '1 warning: The architecture document does not state a recovery point objective (RPO).';

describe('a checklist pattern is found at the edges of a unit', () => {
  it('RPO opening a list item, ending a table row, or only in the heading above', () => {
    const item = '# Arch\n\n## Backups\n\n- Nightly snapshots of PostgreSQL, kept 30 days.\n- RPO: 24 hours. RTO: 4 hours.';
    expect(messages(item)).toEqual([]);
    const row = '# Arch\n\n## Backups\n\n| What | How often |\n|---|---|\n| Database snapshots | nightly; RTO 4 hours, RPO |';
    expect(messages(row)).toEqual([]);
    const heading = '# Arch\n\n## Backups\n\nNightly snapshots of PostgreSQL. RTO: 4 hours.\n\n### RPO\n\nA day of data at most.';
    expect(messages(heading)).toEqual([]);
  });

  it('without it, the item is reported once, at the backup section', () => {
    const arch = '# Arch\n\n## Backups\n\nNightly snapshots of PostgreSQL, kept 30 days. RTO: 4 hours.';
    expect(messages(arch)).toEqual([RPO.replace(/^1/, '3')]);
  });

  it('a pattern with an anchor or a look-around that a line break would change is read unit by unit', () => {
    const doc = parseDoc('architecture', [{ path: 'docs/architecture.md', text: '# Arch\n\nFirst paragraph.\n\nNightly snapshots.' }]);
    // Each matches the second unit on its own, and not the units joined by a line break.
    expect(mayMatchInUnits(doc, /^Nightly/)).toBe(true);
    expect(mayMatchInUnits(doc, /(?<!\n)Nightly/)).toBe(true);
    expect(mayMatchInUnits(doc, /snapshots\.(?!\n)$/)).toBe(true);
    expect(mayMatchInUnits(doc, words(['nightly']))).toBe(true);
    expect(mayMatchInUnits(doc, words(['hourly']))).toBe(false);
  });
});
