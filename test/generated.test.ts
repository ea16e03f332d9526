import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderDocs } from '../src/docs/render-docs.js';
import { REFERENCE_CHECKLISTS, REFERENCE_FILES } from '../src/rules/reference-checklists.js';
import { findRule } from '../src/rules/index.js';
import { ROOT, itWithShared, sharedPath } from './helpers.js';

describe('generated docs', () => {
  it('are committed as generated (run `npm run docs`)', () => {
    for (const [rel, text] of renderDocs()) expect(readFileSync(path.join(ROOT, rel), 'utf8'), rel).toBe(text);
  });

  itWithShared('map only checklist items that really are in the reference files, to rules that exist', () => {
    const refs = Object.fromEntries(Object.entries(REFERENCE_FILES).map(([k, f]) => [k, readFileSync(sharedPath('reference', f), 'utf8')]));
    for (const item of REFERENCE_CHECKLISTS) {
      expect(refs[item.source], `${item.source}: ${item.item}`).toContain(item.item);
      expect(refs[item.source], `${item.source}: list ${item.list}`).toContain(item.list);
      expect(item.rules?.length || item.notChecked, `${item.item} has neither rule nor reason`).toBeTruthy();
      for (const rule of item.rules ?? []) expect(findRule(rule), rule).toBeDefined();
    }
  });

  itWithShared('cover every checkbox item of the reference review checklists', () => {
    for (const [source, list] of [['002', 'Architecture Review Checklist'], ['003', 'Review Checklist']]) {
      const text = readFileSync(sharedPath('reference', REFERENCE_FILES[source]), 'utf8');
      const section = text.slice(text.indexOf(`## ${list}`));
      const items = [...section.matchAll(/^- \[ \] (.+)$/gm)].map((m) => m[1].trim());
      expect(items.length).toBeGreaterThan(5);
      for (const item of items) expect(REFERENCE_CHECKLISTS.some((c) => c.source === source && c.item === item), `${source}: ${item}`).toBe(true);
    }
  });
});
