import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import Ajv04Module from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { ROOT, check, corpusPairs, itWithShared } from './helpers.js';
import { buildReport } from '../src/report/report.js';
import { checkDocSet } from '../src/engine/engine.js';
import { resolveConfig } from '../src/config/resolve-config.js';
import { runCheck } from '../src/cli/run-check.js';
import { formatSarif } from '../src/formatters/sarif.js';
import { formatGithub } from '../src/formatters/github.js';
import { RULES } from '../src/rules/index.js';
import { compileTemplate, documentText, escapeText, renderDocSet, COMMENT_LIMIT } from '../src/report/render-markdown.js';
import { VERSION } from '../src/version.js';
import type { Report } from '../src/report/report.js';

const require = createRequire(import.meta.url);
const OUT = path.join(ROOT, 'test/__outputs__/comments');
const template = await compileTemplate(readFileSync(path.join(ROOT, 'templates/comment.md.hbs'), 'utf8'));
const logTemplate = await compileTemplate('{{log docSet}}');

describe('SARIF', () => {
  const schemaPath = path.join(path.dirname(require.resolve('@microsoft/jest-sarif/package.json')), 'lib/schemas/sarif-2.1.0-rtm.5.json');
  // The official SARIF 2.1.0 schema is written in JSON Schema draft-04.
  // CommonJS default export under NodeNext: the class is on .default at run time.
  const Ajv04 = ((Ajv04Module as unknown as { default?: typeof Ajv04Module }).default ?? Ajv04Module) as unknown as new (o: object) => { compile(s: object): ((d: unknown) => boolean) & { errors?: unknown[] } };
  const ajv = new Ajv04({ strict: false, allErrors: true, unicodeRegExp: false });
  (addFormats as unknown as { default: (a: unknown) => void }).default(ajv);
  const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')));

  itWithShared('is valid SARIF 2.1.0 (the official schema) for the demo and every corpus pair', async () => {
    const reports = [await runCheck({ dir: path.join(ROOT, 'examples/demo') })];
    for (const pair of corpusPairs().slice(0, 6)) reports.push(await runCheck({ dir: pair.dir, prd: pair.prd, architecture: pair.architecture }));
    for (const report of reports) {
      const sarif = JSON.parse(formatSarif(report, RULES, VERSION));
      expect(validate(sarif), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
      expect(sarif.runs[0].results.length).toBe(report.docSets[0].findings.length);
    }
  });

  it('names each rule once, with its docs URL and level', () => {
    const sarif = JSON.parse(formatSarif(buildReport([], 'error'), RULES, VERSION));
    const rules = sarif.runs[0].tool.driver.rules;
    expect(rules).toHaveLength(RULES.length);
    expect(rules.find((r: { id: string }) => r.id === 'arch/caching').defaultConfiguration.level).toBe('none');
  });
});

describe('the PR comment', () => {
  it('renders the demo, and is written to test/__outputs__ for people to read', async () => {
    const report = await runCheck({ dir: path.join(ROOT, 'examples/demo') });
    const body = renderDocSet(template, report, report.docSets[0], { marker: '<!-- archgate:sticky doc-set="invoice-hub" -->', version: VERSION, notes: [], blobUrl: (f, l) => `https://github.com/acme/product/blob/abc/${f}#L${l}` });
    mkdirSync(OUT, { recursive: true });
    writeFileSync(path.join(OUT, 'demo.md'), body);
    expect(body.startsWith('<!-- archgate:sticky doc-set="invoice-hub" -->\n## ❌ archgate — invoice-hub: fail')).toBe(true);
    expect(body).toContain('| NFR-002 | The review screen loads in under 800 ms at p95 | performance | 🟡 implied | [`docs/architecture.md:72`](https://github.com/acme/product/blob/abc/docs/architecture.md#L72) (restates its target p95 &lt; 800 ms) |');
  });

  it('stays under 65,536 characters and says what it left out', async () => {
    const report = await runCheck({ dir: path.join(ROOT, 'examples/demo') });
    const set = report.docSets[0];
    const many = Array.from({ length: 3000 }, (_, i) => ({ ...set.findings[0], line: i + 1, message: `Finding number ${i} with a long message ${'x'.repeat(60)}` }));
    const big: Report = { ...report, docSets: [{ ...set, findings: many }] };
    const body = renderDocSet(template, big, big.docSets[0], { marker: '<!-- m -->', version: VERSION, notes: [] });
    expect(body.length).toBeLessThan(COMMENT_LIMIT);
    // The demo's first finding is a warning: most of 3,000 copies are cut, and the comment counts them.
    expect(body).toMatch(/\n_\d+ more warnings not shown here \(GitHub limits a comment to 65,536 characters\): the job summary and the JSON report have them all\._\n/);
    expect(body).toContain('<details><summary>⚠️ 3000 warnings</summary>');
    writeFileSync(path.join(OUT, 'truncated.md'), body);
  });

  it('escapes document text: HTML, @mentions, table pipes, line breaks', () => {
    expect(escapeText('a <b> & @team | c\nd')).toBe('a &lt;b&gt; &amp; @\u200bteam \\| c d');
    expect(escapeText('mail me at x@example.com')).toBe('mail me at x@\u200bexample.com');
  });
});

describe('github annotations format', () => {
  it('escapes properties and data as workflow commands require', () => {
    const report = { docSets: [{ findings: [{ rule: 'prd/x', severity: 'error', message: 'a: b, 100%', fix: 'do\nit', file: 'docs/a,b.md', line: 3, column: 4 }] }] } as unknown as Report;
    expect(formatGithub(report)).toBe('::error file=docs/a%2Cb.md,line=3,col=4,title=prd/x::a: b, 100%25%0AFix: do%0Ait\n');
  });
});

describe('version', () => {
  it('matches package.json', () => {
    expect(VERSION).toBe(JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version);
  });
});

describe('document text and diagram labels in the comment', () => {
  const LABEL = '![beacon](https://t.example/p.png) [docs](https://t.example) #12 :tada: \u202Egnp.exe';

  it('shows links, images, #123 references, emoji shortcodes and RTL overrides as the text they are', () => {
    expect(documentText(LABEL)).toBe('!&#91;beacon&#93;(https://t.example/p.png) &#91;docs&#93;(https://t.example) #\u200b12 :\u200btada: U+202Egnp.exe');
  });

  it('escapes a hand-drawn diagram label that a finding quotes, in the comment as rendered', async () => {
    const arch = ['## Components', '', '### API', '**Responsibility:** requests', '', '### Worker', '**Responsibility:** jobs', '', '```mermaid', 'C4Container', '  Container(api, "API", "Go")', '  Container(worker, "Worker", "Go")', `  Container(x, "${LABEL}", "Go")`, '```', ''].join('\n');
    const result = check('## NFRs\n\n- **NFR1:** p95 < 1 s.', arch);
    const report = buildReport([{ result }], 'error');
    const body = renderDocSet(template, report, report.docSets[0], { marker: '<!-- m -->', version: VERSION, notes: [] });
    const line = body.split('\n').find((l) => l.includes('which the component catalogue does not have'));
    expect(line).toBe('- This diagram shows "!&#91;beacon&#93;(https://t.example/p.png) &#91;docs&#93;(https://t.example) #\u200b12 :\u200btada: U+202Egnp.exe", which the component catalogue does not have. `docs/architecture.md:13`<br>');
  });

  it('writes a generated diagram label so that mermaid cannot decode it into HTML, nor reorder it', () => {
    const prd = '## NFRs\n\n- **NFR1:** Fast #60;img src=//t.example/b.png#62; \u202Eok in p95 < 1 s.';
    const arch = '## Components\n\n### API\n**Responsibility:** serves NFR1\n\n<!-- archgate:begin traceability -->\n<!-- archgate:end -->\n';
    const fixed = check(prd, arch).fixes[0].text;
    expect(fixed).toContain('  req_nfr1["NFR1: Fast #35;60;img src=//t.example/b.png#35;62; U+202Eok in p95 #lt; 1 s"]:::covered\n');
  });

  it('has no {{log}} helper: a template cannot print document text to the job log', () => {
    const info = vi.spyOn(console, 'info');
    const log = vi.spyOn(console, 'log');
    expect(() => logTemplate({ docSet: '::add-mask::x' })).toThrow('Missing helper: "log"');
    expect(info).not.toHaveBeenCalled();
    expect(log).not.toHaveBeenCalled();
  });
});

describe('the traceability diagram the comment shows', () => {
  it('is the block as the doc set generates it, never what the pull request wrote between the markers', async () => {
    const { traceabilityFromBlocks } = await import('../src/report/traceability-diagram.js');
    const planted = '```mermaid\nflowchart LR\n  x["#60;img src=//t.example/b.png#62;"]\n```\n';
    const arch = `## Components\n\n### API\n**Responsibility:** serves NFR1\n\n<!-- archgate:begin traceability for mobile -->\n${planted}<!-- archgate:end -->\n\n<!-- archgate:begin traceability -->\n${planted}<!-- archgate:end -->\n`;
    const result = checkDocSet({ name: 'web', prd: [{ path: 'docs/prd.md', text: '## NFRs\n\n- **NFR1:** p95 within 1 s.' }], architecture: [{ path: 'docs/architecture.md', text: arch }], missing: [] }, resolveConfig({}).engine);
    expect(traceabilityFromBlocks(result.generated.filter((g) => g.kind === 'traceability').map((g) => g.expected))).toBe(
      ['flowchart LR', '  req_nfr1["NFR1: p95 within 1 s"]:::covered', '  api["API"]', '  req_nfr1 --> api', '  classDef covered fill:#e6f4ea,stroke:#2e7d32', '  classDef implied fill:#fff8e1,stroke:#f9a825', '  classDef uncovered fill:#fdecea,stroke:#c62828', '  classDef waived fill:#eceff1,stroke:#607d8b'].join('\n'),
    );
  });
});
