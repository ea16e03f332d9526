import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { checkDocSet } from '../src/engine/engine.js';
import { resolveConfig } from '../src/config/resolve-config.js';
import { readDocSet } from '../src/io/read-doc-set.js';
import { normalizeId } from '../src/engine/ids.js';
import { CORPUS, describeWithShared, sharedPath } from './helpers.js';

// An NFR whose topic a careful reader found nowhere in the architecture (../shared/labels,
// `absent`) must never get a `likely` place, nor be implied: `likely` is where archgate would bet.
describeWithShared('NFRs whose topic is absent from the architecture', () => {
  const LABELS = sharedPath('labels/nfr-coverage');
  const absent = readdirSync(LABELS)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({ pair: f.replace(/\.json$/, ''), ids: Object.entries(JSON.parse(readFileSync(path.join(LABELS, f), 'utf8')).labels as Record<string, { label: string }>).filter(([, l]) => l.label === 'absent').map(([id]) => id) }))
    .filter((p) => p.ids.length);

  it('are the 15 a reader labelled in 5 pairs', () => {
    expect(absent.map((p) => [p.pair.slice(0, 3), p.ids.length])).toEqual([['01-', 9], ['04-', 1], ['06-', 1], ['08-', 1], ['17-', 3]]);
  });

  for (const { pair, ids } of absent) {
    it(`${pair}: each stays uncovered, with no likely place`, () => {
      const p = JSON.parse(readFileSync(path.join(CORPUS, pair, 'pair.json'), 'utf8'));
      const list = (x: string | string[]) => (Array.isArray(x) ? x : [x]);
      const result = checkDocSet(readDocSet(path.join(CORPUS, pair), { name: pair, prd: list(p.prd), architecture: list(p.architecture) }), resolveConfig({}).engine);
      const rows = ids.map((id) => result.coverage.rows.find((r) => r.requirement.key === normalizeId(id))!);
      expect(rows.map((r) => [r.requirement.id, r.status, r.suggestions.filter((s) => s.confidence === 'likely').map((s) => `${s.location.file}:${s.location.line}`)])).toEqual(ids.map((id) => [id, 'uncovered', []]));
    });
  }
});
