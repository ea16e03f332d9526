import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import { ROOT, browserPresent } from './helpers.js';
import { readDocSet } from '../src/io/read-doc-set.js';
import { checkDocSet } from '../src/engine/engine.js';
import { resolveConfig } from '../src/config/resolve-config.js';
import { findMarkedBlocks, KINDS } from '../src/diagrams/markers.js';

// The generated diagrams of examples/demo, rendered by the real mermaid library in Debian's
// Chromium (.ci/run installs it). Screenshots go to test/__outputs__/diagrams/ for a person to look at.

const CHROMIUM = '/usr/bin/chromium';
const OUT = path.join(ROOT, 'test/__outputs__/diagrams');
const present = browserPresent(CHROMIUM);

describe.skipIf(!present)('generated diagrams in a real browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
  });
  afterAll(async () => browser?.close());

  const demo = () => {
    const input = readDocSet(path.join(ROOT, 'examples/demo'), { name: 'demo', prd: ['docs/prd.md'], architecture: ['docs/architecture.md'] });
    const arch = input.architecture[0];
    arch.text += KINDS.filter((k) => k !== 'traceability-table').map((k) => `\n<!-- archgate:begin ${k} -->\n<!-- archgate:end -->\n`).join('');
    const fixed = checkDocSet(input, resolveConfig({}).engine).fixes[0].text;
    return findMarkedBlocks(fixed).blocks.map((b) => ({ kind: b.kind, code: b.content.replace(/^```mermaid\n/, '').replace(/```\n$/, '') }));
  };

  it('renders every generated kind, and the SVG shows every component', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.setContent('<!doctype html><html><body><div id="out"></div></body></html>');
    await page.addScriptTag({ path: path.join(ROOT, 'node_modules/mermaid/dist/mermaid.min.js') });
    await page.evaluate(() => (window as unknown as { mermaid: { initialize(c: object): void } }).mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' }));
    mkdirSync(OUT, { recursive: true });
    const blocks = demo();
    const kinds = new Set<string>();
    for (const { kind, code } of blocks) {
      if (kinds.has(kind)) continue;
      kinds.add(kind);
      const svg = await page.evaluate(async ({ id, code }) => {
        const m = (window as unknown as { mermaid: { render(id: string, code: string): Promise<{ svg: string }> } }).mermaid;
        const { svg } = await m.render(id, code);
        document.getElementById('out')!.innerHTML = svg;
        return svg;
      }, { id: `d_${kind.replace(/-/g, '_')}`, code });
      expect(svg, kind).toContain('<svg');
      // The context diagram shows the system whole, with its people and neighbours; the others its components.
      const labels: Record<string, string[]> = {
        components: ['Upload Service', 'Extraction Worker', 'OCR Service'],
        context: ['Invoice Hub', 'Bookkeeper', 'Accountant', 'OCR Service'],
        container: ['Upload Service', 'Extraction Worker', 'Bookkeeper'],
        traceability: ['NFR-001', 'Extraction Worker'],
      };
      // C4 wraps long labels into several <tspan>s: compare the visible text without spaces.
      const shown = ((await page.locator('#out svg').textContent()) ?? '').replace(/\s+/g, '');
      for (const label of labels[kind]) expect(shown, `${kind} shows ${label}`).toContain(label.replace(/\s+/g, ''));
      writeFileSync(path.join(OUT, `${kind}.svg`), svg);
      await page.locator('#out svg').screenshot({ path: path.join(OUT, `${kind}.png`) });
    }
    expect([...kinds].sort()).toEqual(['components', 'container', 'context', 'traceability']);
    expect(readFileSync(path.join(OUT, 'components.png')).length).toBeGreaterThan(1000);
    await page.close();
  });
});
