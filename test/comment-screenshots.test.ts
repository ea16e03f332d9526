import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { browserPresent } from './helpers.js';
import { CHROMIUM, SCREENSHOTS, launch, renderComments, screenshot, type RenderedComment } from '../scripts/comment-screenshots.js';

// The PR comment as GitHub shows it (GFM, GitHub's CSS, mermaid drawn), in Debian's Chromium:
// a passing, a failing and a very long report. The PNGs go to test/__outputs__/screenshots/ for
// a person to look at (`npm run screenshots` makes the same ones); the test checks what the
// reader sees first.

const present = browserPresent(CHROMIUM);

describe.skipIf(!present)('the PR comment in a browser', () => {
  let browser: Browser;
  let comments: Map<string, RenderedComment>;
  beforeAll(async () => {
    browser = await launch();
    comments = new Map((await renderComments()).map((c) => [c.name, c]));
  }, 120_000);
  afterAll(async () => browser?.close());

  const counts = (c: RenderedComment) => {
    const { summary } = c.report;
    return { errors: summary.errors, warnings: summary.warnings, s: (n: number) => (n === 1 ? '' : 's') };
  };

  it('passing: the verdict and "nothing blocks" lead; warnings and coverage are folded', async () => {
    const comment = comments.get('passing')!;
    const { warnings, s } = counts(comment);
    const shot = await screenshot(browser, comment, SCREENSHOTS);
    expect(shot.visibleText.split('\n').filter(Boolean)).toEqual([
      '✅ archgate — invoice-hub: pass',
      'Nothing blocks the merge (fail-on: error). Commit judged: 3f2a9c1.',
      `0 errors, ${warnings} warning${s(warnings)} · 6 NFRs 🟩🟩🟩🟩🟩🟩🟨🟨⬜⬜ 4 covered, 1 implied, 1 waived.`,
      `⚠️ ${warnings} warning${s(warnings)}`,
      '📊 NFR coverage: 4 covered, 1 implied, 0 uncovered, 1 waived',
      'archgate 0.1.0 · rules',
    ]);
    expect(readFileSync(shot.png).length).toBeGreaterThan(10_000);
  });

  it('failing: errors unfolded under the verdict; opened, the pie and the traceability diagram are drawn', async () => {
    const comment = comments.get('failing')!;
    const { errors, warnings, s } = counts(comment);
    const shot = await screenshot(browser, comment, SCREENSHOTS);
    const lines = shot.visibleText.split('\n').filter(Boolean);
    expect(lines.slice(0, 4)).toEqual([
      '❌ archgate — invoice-hub: fail',
      `Blocking the merge: ${errors} errors (fail-on: error). Commit judged: 3f2a9c1.`,
      `${errors} errors, ${warnings} warning${s(warnings)} · 6 NFRs 🟩🟩🟩🟩🟩🟨🟨⬜🟥🟥 3 covered, 1 implied, 1 waived, 1 uncovered.`,
      `❌ ${errors} errors`,
    ]);
    // Each error: its message and place on one line, then how to fix it with the rule's code.
    const first = comment.report.docSets[0].findings.find((f) => f.severity === 'error')!;
    expect(lines[4]).toBe(`${first.message} ${first.file}:${first.line}`);
    expect(lines[5]).toBe(`Fix: ${first.fix} ${first.rule}`);
    expect(lines.slice(-4)).toEqual([`⚠️ ${warnings} warning${s(warnings)}`, '📊 NFR coverage: 3 covered, 1 implied, 1 uncovered, 1 waived', '🔗 Traceability diagram', 'archgate 0.1.0 · rules']);
    const open = await screenshot(browser, comment, SCREENSHOTS, { open: true });
    expect(open.mermaidErrors).toEqual([]);
    expect(open.diagrams).toBe(2);
  });

  it('very long: ten errors, then the rest folded; the first screen is the verdict, not a table', async () => {
    const comment = comments.get('long')!;
    const { errors } = counts(comment);
    expect(errors).toBeGreaterThan(200);
    const shot = await screenshot(browser, comment, SCREENSHOTS);
    const lines = shot.visibleText.split('\n').filter(Boolean);
    expect(lines[0]).toBe('❌ archgate — invoice-hub: fail');
    expect(lines[1]).toBe(`Blocking the merge: ${errors} errors (fail-on: error). Commit judged: 3f2a9c1.`);
    expect(lines.filter((l) => l.startsWith('Fix: '))).toHaveLength(10);
    expect(lines).toContain(`${errors - 10} more errors`);
    // Folded, the comment fits about two screens, whatever the number of NFRs.
    expect(shot.height).toBeLessThan(1_600);
  });
});
