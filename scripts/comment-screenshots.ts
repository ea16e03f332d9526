// Screenshots of the PR comment as GitHub shows it: the comment template's markdown, turned into
// HTML by a GFM renderer (micromark + gfm, raw HTML kept for <details> and <sub> as GitHub keeps
// them), styled with GitHub's own CSS (github-markdown-css), mermaid blocks drawn by mermaid in
// the page, in headless Chromium. Three reports: a passing, a failing and a very long one.
//
//   npm run screenshots            # writes test/__outputs__/screenshots/*.png and *.html
//
// The markdown bodies are written beside them (*.md) so a reader can compare.

import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { chromium, type Browser } from 'playwright-core';
import { runCheck } from '../src/cli/run-check.js';
import { compileTemplate, renderDocSet, type RenderContext } from '../src/report/render-markdown.js';
import { traceabilityDiagram } from '../src/report/traceability-diagram.js';
import { stickyMarker } from '../src/github/find-sticky-comment.js';
import { VERSION } from '../src/version.js';
import type { Report } from '../src/report/report.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const CHROMIUM = '/usr/bin/chromium';
export const SCREENSHOTS = path.join(ROOT, 'test/__outputs__/screenshots');
const TODAY = '2026-06-01';
const COMMIT = '3f2a9c1d0e8b7a6f5e4d3c2b1a0f9e8d7c6b5a49';

export interface RenderedComment {
  name: string;
  markdown: string;
  /** The report it renders, for a test to compare the numbers shown with. */
  report: Report;
}

const blobUrl = (file: string, line: number) => `https://github.com/acme/invoice-hub/blob/${COMMIT}/${file}#L${line}`;
const context = (set: string, extra: Partial<RenderContext> = {}): RenderContext => ({
  marker: stickyMarker(set),
  version: VERSION,
  notes: [],
  blobUrl,
  commit: { sha: COMMIT, url: `https://github.com/acme/invoice-hub/commit/${COMMIT}` },
  ...extra,
});

/** A copy of examples/demo to edit, in a temporary folder. */
function demoCopy(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'archgate-screens-'));
  cpSync(path.join(ROOT, 'examples/demo'), dir, { recursive: true });
  return dir;
}

const edit = (file: string, change: (text: string) => string) => writeFileSync(file, change(readFileSync(file, 'utf8')));

/** The demo with `count` more NFRs, every other one cited in the architecture: a long report. */
function longDocSet(dir: string, count: number): void {
  const ids = Array.from({ length: count }, (_, i) => `NFR-${100 + i}`);
  edit(path.join(dir, 'docs/prd.md'), (t) => t.replace('### Usability', `### Reporting\n\n${ids.map((id, i) => `- **${id}:** Monthly report ${i + 1} renders within 2 seconds at p95.`).join('\n')}\n\n### Usability`));
  edit(path.join(dir, 'docs/architecture.md'), (t) => `${t}\n## Reporting\n\n${ids.filter((_, i) => i % 2 === 0).map((id) => `${id} is met by the report cache, warmed nightly.`).join('\n\n')}\n`);
}

/** The three comments, rendered by the real engine and the bundled template. */
export async function renderComments(): Promise<RenderedComment[]> {
  const template = await compileTemplate(readFileSync(path.join(ROOT, 'templates/comment.md.hbs'), 'utf8'));
  const render = (report: Report, ctx: RenderContext) => renderDocSet(template, report, report.docSets[0], ctx);

  // Passing: the demo with its errors mended; warnings remain.
  const passing = demoCopy();
  edit(path.join(passing, 'docs/architecture.md'), (t) => t.replace('TBD: which region.', 'Region: eu-west-1.').replace('99% uptime', '99.5% uptime') + '\nNFR-005 is met by one IAM role per service, each with only the permissions it uses.\n');
  const passed = await runCheck({ dir: passing, today: TODAY });

  // Failing: the demo as it is, with a traceability block, so the comment shows the diagram.
  const failing = demoCopy();
  const arch = path.join(failing, 'docs/architecture.md');
  edit(arch, (t) => `${t}\n## Traceability\n\n<!-- archgate:begin traceability -->\n<!-- archgate:end -->\n`);
  await runCheck({ dir: failing, today: TODAY, fix: true });
  const failed = await runCheck({ dir: failing, today: TODAY });

  // Very long: the demo with 400 more NFRs, 200 of them uncovered.
  const long = demoCopy();
  longDocSet(long, 400);
  const longReport = await runCheck({ dir: long, today: TODAY });

  return [
    { name: 'passing', report: passed, markdown: render(passed, context(passed.docSets[0].name)) },
    { name: 'failing', report: failed, markdown: render(failed, context(failed.docSets[0].name, { traceability: traceabilityDiagram([readFileSync(arch, 'utf8')]) })) },
    { name: 'long', report: longReport, markdown: render(longReport, context(longReport.docSets[0].name)) },
  ];
}

/** The comment as GitHub's page would hold it: GFM to HTML, in a comment box with GitHub's CSS. */
export function commentHtml(markdown: string): string {
  const body = micromark(markdown, { allowDangerousHtml: true, extensions: [gfm()], htmlExtensions: [gfmHtml()] });
  const css = readFileSync(path.join(ROOT, 'node_modules/github-markdown-css/github-markdown-light.css'), 'utf8');
  return `<!doctype html><html><head><meta charset="utf-8"><style>${css}
body { margin: 0; background: #fff; font-family: -apple-system, BlinkMacSystemFont, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; }
.comment { width: 780px; margin: 16px; border: 1px solid #d0d7de; border-radius: 6px; }
.comment-header { background: #f6f8fa; border-bottom: 1px solid #d0d7de; padding: 8px 16px; font-size: 14px; color: #59636e; border-radius: 6px 6px 0 0; }
.markdown-body { padding: 16px; font-size: 14px; }
</style></head><body><div class="comment"><div class="comment-header"><b>github-actions</b> bot commented</div><div class="markdown-body">${body}</div></div></body></html>`;
}

export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run'] });
}

/** Renders one comment; mermaid blocks become diagrams as on GitHub. Returns the diagrams that failed. */
export interface Screenshot {
  png: string;
  mermaidErrors: string[];
  /** The comment's visible text, as a reader sees it (folded <details> show their summary only). */
  visibleText: string;
  /** Height of the comment box in CSS pixels. */
  height: number;
  /** How many mermaid diagrams were drawn. */
  diagrams: number;
}

export async function screenshot(browser: Browser, comment: RenderedComment, outDir: string, options: { open?: boolean } = {}): Promise<Screenshot> {
  mkdirSync(outDir, { recursive: true });
  const suffix = options.open ? '-open' : '';
  const html = commentHtml(comment.markdown);
  writeFileSync(path.join(outDir, `${comment.name}.md`), comment.markdown);
  writeFileSync(path.join(outDir, `${comment.name}${suffix}.html`), html);
  const page = await browser.newPage({ viewport: { width: 820, height: 600 } });
  await page.setContent(html);
  await page.addScriptTag({ path: path.join(ROOT, 'node_modules/mermaid/dist/mermaid.min.js') });
  const mermaidErrors = await page.evaluate(async (open) => {
    const m = (window as unknown as { mermaid: { initialize(c: object): void; render(id: string, code: string): Promise<{ svg: string }> } }).mermaid;
    m.initialize({ startOnLoad: false, securityLevel: 'strict' });
    const errors: string[] = [];
    if (open) for (const d of document.querySelectorAll('details')) d.open = true;
    const blocks = [...document.querySelectorAll('pre > code.language-mermaid')];
    for (const [i, code] of blocks.entries()) {
      const pre = code.parentElement!;
      try {
        const { svg } = await m.render(`mermaid_${i}`, code.textContent ?? '');
        const div = document.createElement('div');
        div.className = 'mermaid-diagram';
        div.innerHTML = svg;
        pre.replaceWith(div);
      } catch (error) {
        errors.push(String(error));
      }
    }
    return errors;
  }, !!options.open);
  const png = path.join(outDir, `${comment.name}${suffix}.png`);
  const box = page.locator('.comment');
  await box.screenshot({ path: png });
  const visibleText = await page.locator('.markdown-body').innerText();
  const height = (await box.boundingBox())?.height ?? 0;
  const diagrams = await page.locator('.mermaid-diagram svg').count();
  await page.close();
  return { png, mermaidErrors, visibleText, height, diagrams };
}

async function main(): Promise<void> {
  const browser = await launch();
  try {
    for (const comment of await renderComments()) {
      for (const open of [false, true]) {
        const { png, mermaidErrors } = await screenshot(browser, comment, SCREENSHOTS, { open });
        console.log(`${path.relative(ROOT, png)}${mermaidErrors.length ? ` (mermaid: ${mermaidErrors.join('; ')})` : ''}`);
      }
    }
  } finally {
    await browser.close();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
