import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { chromium, type Browser } from 'playwright-core';
import { ROOT, browserPresent } from './helpers.js';
import { sanitizeWithoutDom } from '../src/io/markup-without-dom.js';

// Mermaid's labels with line breaks and bold or italic text are sanitized without a DOM
// (src/io/markup-without-dom.ts). The reference is DOMPurify in a real browser (Debian's
// Chromium, as test/browser.test.ts uses): happy-dom is no reference here, because DOMPurify
// on happy-dom drops the first node of every string it parses ("a<i>z</i>b" gives "<i>z</i>b").

const CHROMIUM = '/usr/bin/chromium';
const present = browserPresent(CHROMIUM);

const piece = fc.constantFrom('<br>', '<br/>', '<br />', '<BR>', '</br>', '<b>', '</b>', '<B>', '<i>', '</i>', '<em>', '</em>', '<strong>', '</strong>', '<u>', '</u>', '<b/>', '<style>', '</style>', '<a href="x">', '</a>', '<b class="x">', '<script>', '<!--', '-->', '<', '>', '< ', '<5', '<=', '<-', '<?', '<!', '</ ', '&', '&amp;', '&lt;', '&gt;', '&nbsp;', '&quot;', '&lt', '&#60;', '&LT;', '#quot;', ' ', '  ', '\n', '\t', '\r', '\u00a0', '"', "'", '=', 'x', 'Client', '(web)', 'é');
// Strings of the kind answered: text, line breaks and (nested) bold or italic runs.
const text = fc.constantFrom('x', ' ', '  ', 'Client', '(web)', '\n', '\t', '"', "'", '=', 'é', '#quot;', 'CPU > 70%', 'CPU < 50%', '<=', '<5', '->', '<', 'CPU &lt; 50%', '&amp;', '&gt;', '&nbsp;');
const lineBreak = fc.constantFrom('<br>', '<br/>', '<br />', '<BR>', '<Br/>');
const runOf = (inner: fc.Arbitrary<string>) => fc.tuple(fc.constantFrom('b', 'i', 'em', 'strong', 'u', 'B', 'EM'), fc.array(inner, { maxLength: 3 })).map(([tag, parts]) => `<${tag}>${parts.join('')}</${tag}>`);
const label = fc.array(fc.oneof(text, lineBreak, runOf(fc.oneof(text, lineBreak, runOf(fc.oneof(text, lineBreak))))), { minLength: 1, maxLength: 8 }).map((parts) => parts.join(''));
const anyString = fc.array(piece, { minLength: 1, maxLength: 12 }).map((pieces) => pieces.join(''));
const options = fc.constantFrom<Record<string, unknown> | undefined>(undefined, { FORBID_TAGS: ['style'] }, { FORBID_TAGS: ['b'] }, { ALLOWED_TAGS: ['b', 'br'] }, { ADD_ATTR: ['target'] }, { RETURN_DOM: true }, { WHOLE_DOCUMENT: true }, { SAFE_FOR_TEMPLATES: true });

describe('sanitizing without a DOM', () => {
  it('answers the labels real diagrams carry, and leaves the rest to the DOM', () => {
    expect(sanitizeWithoutDom('Alice<br/>(web)', { FORBID_TAGS: ['style'] })).toBe('Alice<br>(web)');
    expect(sanitizeWithoutDom('<b>API</b> gateway<br />v2')).toBe('<b>API</b> gateway<br>v2');
    expect(sanitizeWithoutDom('CPU < 50%<br/>15 min')).toBe('CPU &lt; 50%<br>15 min');
    // Mermaid sanitizes each label twice: the second call meets the first one's escapes.
    expect(sanitizeWithoutDom('CPU &lt; 50%<br>15 min', { FORBID_TAGS: ['style'] })).toBe('CPU &lt; 50%<br>15 min');
    expect(sanitizeWithoutDom('<b>open')).toBeNull();
    expect(sanitizeWithoutDom('<b><i>crossed</b></i>')).toBeNull();
    expect(sanitizeWithoutDom('a<br/>b & c')).toBeNull();
    expect(sanitizeWithoutDom('<a href="https://example.com">x</a>')).toBeNull();
    expect(sanitizeWithoutDom('<b>x</b>', { FORBID_TAGS: ['b'] })).toBeNull();
    expect(sanitizeWithoutDom('x<br>', { RETURN_DOM: true })).toBeNull();
  });
});

describe.skipIf(!present)('sanitizing without a DOM, beside DOMPurify in a real browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--no-first-run'] });
  });
  afterAll(async () => browser?.close());

  it('gives what DOMPurify gives wherever it answers', async () => {
    const page = await browser.newPage();
    await page.addScriptTag({ path: path.join(ROOT, 'node_modules/dompurify/dist/purify.min.js') });
    const cases = fc.sample(fc.tuple(fc.oneof(anyString, label), options), { numRuns: 4000, seed: 16 }).map(([dirty, o]) => ({ dirty, options: o }));
    const answered = cases.map((c) => ({ ...c, plain: sanitizeWithoutDom(c.dirty, c.options) })).filter((c) => c.plain !== null);
    const browserSays = await page.evaluate((list) => list.map((c) => String((window as unknown as { DOMPurify: { sanitize(d: string, o?: unknown): unknown } }).DOMPurify.sanitize(c.dirty, c.options ?? {}))), answered);
    expect(answered.map((c) => c.plain)).toEqual(browserSays);
    // Enough of the generated strings are answered for the comparison to mean something.
    expect(answered.length).toBeGreaterThan(1000);
  });
});
