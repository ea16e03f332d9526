import { existsSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { CHROMIUM, SCREENSHOTS, launch, renderComments, screenshot, type RenderedComment } from '../scripts/comment-screenshots.js';

// The PR comment as GitHub shows it (GFM, GitHub's CSS, mermaid drawn), in Debian's Chromium:
// a passing, a failing and a very long report. The PNGs go to test/__outputs__/screenshots/ for
// a person to look at (`npm run screenshots` makes the same ones); the test checks what the
// reader sees first.

const present = existsSync(CHROMIUM);
if (!present && process.env.CI) throw new Error(`${CHROMIUM} is missing: .ci/run installs it with apt-get install chromium`);

describe.skipIf(!present)('the PR comment in a browser', () => {
  let browser: Browser;
  let comments: Map<string, RenderedComment>;
  beforeAll(async () => {
    browser = await launch();
    comments = new Map((await renderComments()).map((c) => [c.name, c]));
  }, 120_000);
  afterAll(async () => browser?.close());

  it('passing: the verdict and "nothing blocks" lead; warnings and coverage are folded', async () => {
    const shot = await screenshot(browser, comments.get('passing')!, SCREENSHOTS);
    expect(shot.visibleText.split('\n').filter(Boolean).slice(0, 6)).toEqual([
      '✅ archgate — invoice-hub: pass',
      'Nothing blocks the merge (fail-on: error). Commit judged: 3f2a9c1.',
      '0 errors, 7 warnings · 6 NFRs 🟩🟩🟩🟩🟩🟩🟨🟨⬜⬜ 4 covered, 1 implied, 1 waived.',
      '⚠️ 7 warnings',
      '📊 NFR coverage: 4 covered, 1 implied, 0 uncovered, 1 waived',
      'archgate 0.1.0 · rules',
    ]);
    expect(readFileSync(shot.png).length).toBeGreaterThan(10_000);
  }, 60_000);

  it('failing: errors unfolded under the verdict; opened, the pie and the traceability diagram are drawn', async () => {
    const shot = await screenshot(browser, comments.get('failing')!, SCREENSHOTS);
    const lines = shot.visibleText.split('\n').filter(Boolean);
    expect(lines.slice(0, 4)).toEqual(['❌ archgate — invoice-hub: fail', 'Blocking the merge: 3 errors (fail-on: error). Commit judged: 3f2a9c1.', '3 errors, 6 warnings · 6 NFRs 🟩🟩🟩🟩🟩🟨🟨⬜🟥🟥 3 covered, 1 implied, 1 waived, 1 uncovered.', '❌ 3 errors']);
    expect(lines[4]).toBe('NFR-005 (Access follows the principle of least privilege) is not cited in the architecture document. Nothing in the architecture document resembles it. docs/prd.md:36');
    expect(lines.slice(-4)).toEqual(['⚠️ 6 warnings', '📊 NFR coverage: 3 covered, 1 implied, 1 uncovered, 1 waived', '🔗 Traceability diagram', 'archgate 0.1.0 · rules']);
    const open = await screenshot(browser, comments.get('failing')!, SCREENSHOTS, { open: true });
    expect(open.mermaidErrors).toEqual([]);
    expect(open.diagrams).toBe(2);
  }, 60_000);

  it('very long: ten errors, then the rest folded; the first screen is the verdict, not a table', async () => {
    const shot = await screenshot(browser, comments.get('long')!, SCREENSHOTS);
    const lines = shot.visibleText.split('\n').filter(Boolean);
    expect(lines[0]).toBe('❌ archgate — shop: fail');
    expect(lines[1]).toBe('Blocking the merge: 200 errors (fail-on: error). Commit judged: 3f2a9c1.');
    expect(lines.filter((l) => / is not cited in the architecture document\. .*docs\/prd\.md:\d+$/.test(l))).toHaveLength(10);
    expect(lines).toContain('190 more errors');
    // Folded, the comment fits about two screens, whatever the number of NFRs.
    expect(shot.height).toBeLessThan(1_600);
  }, 60_000);
});
