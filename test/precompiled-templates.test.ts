import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';
import { PRECOMPILED_NAMES, renderPrecompiledTemplates } from '../src/report/precompile-templates.js';
import { PRECOMPILED_TEMPLATES } from '../src/report/precompiled-templates.js';
import { compileTemplate } from '../src/report/render-markdown.js';

// The bundled report templates are compiled ahead (compiling them cost a small run more than
// rendering it): the committed code must be what templates/ compiles to, and a template that
// differs by one byte must still be compiled from its own source.

const source = (name: string) => readFileSync(path.join(ROOT, 'templates', name), 'utf8');

describe('precompiled report templates', () => {
  it('are committed as templates/ compiles them (run `npm run docs`)', () => {
    const committed = readFileSync(path.join(ROOT, 'src/report/precompiled-templates.ts'), 'utf8');
    expect(committed).toBe(renderPrecompiledTemplates(PRECOMPILED_NAMES.map((n) => [n, source(n)])));
  });

  it('serve the comment and the summary templates exactly as shipped, so a run compiles neither', () => {
    expect(PRECOMPILED_NAMES).toEqual(['comment.md.hbs', 'summary.md.hbs']);
    for (const name of PRECOMPILED_NAMES) expect(PRECOMPILED_TEMPLATES.has(source(name)), name).toBe(true);
    expect(PRECOMPILED_TEMPLATES.size).toBe(2);
  });

  it('leave a template edited by one byte to be compiled from its own text', async () => {
    const shipped = source('comment.md.hbs');
    const edited = shipped.replace('archgate —', 'archgate ·');
    expect(PRECOMPILED_TEMPLATES.has(edited)).toBe(false);
    const data = { marker: '<!-- m -->', docSet: 'shop', passed: true, blocking: 'Nothing blocks the merge', gate: 'fail-on: error' };
    const fromShipped = (await compileTemplate(shipped))(data);
    const fromEdited = (await compileTemplate(edited))(data);
    expect(fromShipped.split('\n').slice(0, 2)).toEqual(['<!-- m -->', '## ✅ archgate — shop: pass']);
    expect(fromEdited.split('\n').slice(0, 2)).toEqual(['<!-- m -->', '## ✅ archgate · shop: pass']);
    expect(fromEdited.replace('archgate ·', 'archgate —')).toBe(fromShipped);
  });
});
