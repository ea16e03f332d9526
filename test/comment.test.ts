import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';
import { compileTemplate, renderDocSet, summaryShare, utf8Bytes, COMMENT_LIMIT, SUMMARY_LIMIT, type RenderContext } from '../src/report/render-markdown.js';
import { chooseAnnotations, formatGithub } from '../src/formatters/github.js';
import { traceabilityDiagram } from '../src/report/traceability-diagram.js';
import { assembleReport, type CoverageReport, type DocSetReport, type Report, type ReportFinding, type ReportOptions } from '../src/report/report.js';

// The PR comment a reviewer reads in ten seconds, and the job summary beside it: exact text for
// the cases that went wrong (errors cut away under a long table, a clean doc set headed "fail"),
// and the annotations GitHub shows (10 errors and 10 warnings a step).

const OUT = path.join(ROOT, 'test/__outputs__/comments');
const comment = await compileTemplate(readFileSync(path.join(ROOT, 'templates/comment.md.hbs'), 'utf8'));
const summary = await compileTemplate(readFileSync(path.join(ROOT, 'templates/summary.md.hbs'), 'utf8'));
const CTX: RenderContext = { marker: '<!-- archgate:sticky doc-set="shop" -->', version: '0.1.0', notes: [], commit: { sha: '3f2a9c1d0e8b7a6f5e4d3c2b1a0f9e8d7c6b5a49', url: 'https://github.com/acme/shop/commit/3f2a9c1d0e8b7a6f5e4d3c2b1a0f9e8d7c6b5a49' } };

// Modelled on a real PRD's NFR list: "NFR-012: Checkout answers within 300 ms at p95".
const AREAS = ['Checkout answers within 300 ms at p95', 'Orders survive the loss of one availability zone', 'Card data is encrypted at rest with AES-256', 'The catalogue serves 2,000 requests per second'];
const CATEGORIES = ['performance', 'availability', 'security', 'scalability'];
const nfrId = (i: number) => `NFR-${String(i + 1).padStart(3, '0')}`;
const row = (i: number, status: CoverageReport['status']): CoverageReport => ({
  id: nfrId(i),
  kind: 'nfr',
  title: AREAS[i % AREAS.length],
  category: CATEGORIES[i % CATEGORIES.length],
  status,
  citations: status === 'covered' ? [{ file: 'docs/architecture.md', line: 40 + i }] : [],
});
const uncoveredError = (i: number): ReportFinding => ({
  rule: 'trace/nfr-addressed',
  severity: 'error',
  message: `${nfrId(i)} (${AREAS[i % AREAS.length]}) is not addressed in the architecture document.`,
  fix: `Say in the architecture how ${nfrId(i)} is met and cite "${nfrId(i)}" there, or waive it in .github/archgate.yml with a reason.`,
  file: 'docs/prd.md',
  line: 20 + i,
  column: 1,
});
const placeholder = (line: number): ReportFinding => ({ rule: 'arch/no-placeholders', severity: 'error', message: 'Unfilled unfinished marker "TBD".', fix: 'Replace "TBD" with the real content, or delete it.', file: 'docs/architecture.md', line, column: 1 });
const costWarning = (line: number): ReportFinding => ({ rule: 'arch/deployment-options', severity: 'warning', message: 'The deployment options have no cost estimate.', fix: 'Give each deployment option an estimated monthly cost at the expected load.', file: 'docs/architecture.md', line, column: 1 });

type UnjudgedDocSet = Omit<DocSetReport, 'summary'>;

function docSet(name: string, coverage: CoverageReport[], findings: ReportFinding[], extra: Partial<UnjudgedDocSet> = {}): UnjudgedDocSet {
  return { name, prd: { files: ['docs/prd.md'] }, architecture: { files: ['docs/architecture.md'] }, requirements: [], coverage, orphans: [], findings, suppressed: 0, waived: 0, ...extra };
}

const report = (docSets: UnjudgedDocSet[], options: ReportOptions = {}): Report => assembleReport(docSets, 'error', options);

/** The report of one doc set and that doc set as the report has it: renderDocSet's two arguments. */
function one(set: UnjudgedDocSet, options: ReportOptions = {}): [Report, DocSetReport] {
  const r = report([set], options);
  return [r, r.docSets[0]];
}

const save = (name: string, text: string) => {
  mkdirSync(OUT, { recursive: true });
  writeFileSync(path.join(OUT, name), text);
};

describe('the PR comment, read in ten seconds', () => {
  it('leads with the verdict, what blocks the merge and the commit; errors before the folded warnings and table (uncovered rows first)', () => {
    const set = docSet('shop', [row(0, 'covered'), row(1, 'uncovered'), row(2, 'covered')], [costWarning(12), uncoveredError(1), placeholder(30)]);
    const body = renderDocSet(comment, ...one(set), CTX);
    save('failing.md', body);
    expect(body).toBe(`<!-- archgate:sticky doc-set="shop" -->
## ❌ archgate — shop: fail

**Blocking the merge: 2 errors** (fail-on: error). Commit judged: [\`3f2a9c1\`](https://github.com/acme/shop/commit/3f2a9c1d0e8b7a6f5e4d3c2b1a0f9e8d7c6b5a49).

2 errors, 1 warning · 3 NFRs 🟩🟩🟩🟩🟩🟩🟩🟥🟥🟥 2 covered, 1 uncovered.

### ❌ 2 errors

- NFR-002 (Orders survive the loss of one availability zone) is not addressed in the architecture document. \`docs/prd.md:21\`<br>
  **Fix:** Say in the architecture how NFR-002 is met and cite "NFR-002" there, or waive it in .github/archgate.yml with a reason. <sub>\`trace/nfr-addressed\`</sub>
- Unfilled unfinished marker "TBD". \`docs/architecture.md:30\`<br>
  **Fix:** Replace "TBD" with the real content, or delete it. <sub>\`arch/no-placeholders\`</sub>

<details><summary>⚠️ 1 warning</summary>

- The deployment options have no cost estimate. \`docs/architecture.md:12\`<br>
  **Fix:** Give each deployment option an estimated monthly cost at the expected load. <sub>\`arch/deployment-options\`</sub>

</details>

<details><summary>📊 NFR coverage: 2 covered, 0 implied, 1 uncovered, 0 waived</summary>

| NFR | Title | Category | Status | Where |
|---|---|---|---|---|
| NFR-002 | Orders survive the loss of one availability zone | availability | 🔴 uncovered | — |
| NFR-001 | Checkout answers within 300 ms at p95 | performance | 🟢 covered | \`docs/architecture.md:40\` |
| NFR-003 | Card data is encrypted at rest with AES-256 | security | 🟢 covered | \`docs/architecture.md:42\` |

\`\`\`mermaid
%%{init: {"theme":"base","themeVariables":{"pie1":"#cf222e","pie2":"#2da44e","pieStrokeColor":"#ffffff","pieOuterStrokeWidth":"0px","pieSectionTextColor":"#ffffff"}}}%%
pie showData
  "uncovered" : 1
  "covered" : 2
\`\`\`

</details>

<sub>archgate 0.1.0 · [rules](https://github.com/archgate/archgate/blob/main/docs/rules/README.md)</sub>
`);
  });

  it('with a baseline: new errors first and named; fixed findings and the comparison at the end', () => {
    const old = placeholder(30);
    const fresh = { ...uncoveredError(1), baseline: 'new' as const };
    const set = docSet('shop', [row(1, 'uncovered')], [{ ...old, baseline: 'existing' }, fresh], { fixed: [costWarning(12)] });
    const body = renderDocSet(comment, ...one(set, { baseline: 'a1b2c3d' }), CTX);
    expect(body).toContain(`**Blocking the merge: 1 new error, 1 existing error** (fail-on: error).`);
    expect(body).toContain(`### ❌ 2 errors

- **new** NFR-002 (Orders survive the loss of one availability zone) is not addressed in the architecture document. \`docs/prd.md:21\`<br>
  **Fix:** Say in the architecture how NFR-002 is met and cite "NFR-002" there, or waive it in .github/archgate.yml with a reason. <sub>\`trace/nfr-addressed\`</sub>
- Unfilled unfinished marker "TBD". \`docs/architecture.md:30\`<br>`);
    expect(body).toContain(`<details><summary>✅ 1 finding fixed since the base commit</summary>

- The deployment options have no cost estimate. \`docs/architecture.md:12\` <sub>\`arch/deployment-options\`</sub>

</details>

Compared with the base commit \`a1b2c3d\`: 1 new, 1 fixed.
`);
    // With fail-on-new-only, only the new error blocks.
    expect(renderDocSet(comment, ...one(set, { baseline: 'a1b2c3d', failOnNewOnly: true }), CTX)).toContain('**Blocking the merge: 1 new error** (fail-on: error, new findings only).');
  });

  it('with two doc sets, the clean one says pass though the run fails', () => {
    const clean = docSet('billing', [row(0, 'covered')], []);
    const broken = docSet('shop', [row(1, 'uncovered')], [uncoveredError(1)]);
    const both = report([clean, broken]);
    expect(both.result).toBe('fail');
    const body = renderDocSet(comment, both, both.docSets[0], { ...CTX, marker: '<!-- archgate:sticky doc-set="billing" -->' });
    expect(body.split('\n').slice(0, 6).join('\n')).toBe(`<!-- archgate:sticky doc-set="billing" -->
## ✅ archgate — billing: pass

**Nothing blocks the merge** (fail-on: error). Commit judged: [\`3f2a9c1\`](https://github.com/acme/shop/commit/3f2a9c1d0e8b7a6f5e4d3c2b1a0f9e8d7c6b5a49).

No findings · 1 NFR 🟩🟩🟩🟩🟩🟩🟩🟩🟩🟩 1 covered.`);
    expect(renderDocSet(comment, both, both.docSets[1], CTX)).toContain('## ❌ archgate — shop: fail');
  });

  it('175 covered NFRs and 3 errors: all 3 errors are shown, rows are cut first, and it never says "No findings."', () => {
    const rows = Array.from({ length: 175 }, (_, i) => ({ ...row(i, 'covered' as const), title: `${AREAS[i % 4]} ${'under the agreed operating envelope of the platform '.repeat(6)}` }));
    const set = docSet('shop', rows, [placeholder(30), placeholder(31), placeholder(32)]);
    const body = renderDocSet(comment, ...one(set), CTX);
    save('many-covered.md', body);
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT - 1_000);
    expect(body).not.toContain('No findings');
    expect(body.match(/^- Unfilled unfinished marker "TBD"\. `docs\/architecture\.md:3[012]`<br>$/gm)).toHaveLength(3);
    const shownRows = body.match(/^\| NFR-\d{3} \|/gm)!.length;
    expect(shownRows).toBeLessThan(175);
    expect(body).toContain(`_${175 - shownRows} more rows not shown here (GitHub limits a comment to 65,536 characters): the job summary and the JSON report have them all._`);
  });

  it('600 uncovered NFRs: the table and warnings go first, then errors are cut, and the comment says how many', () => {
    const set = docSet('shop', Array.from({ length: 600 }, (_, i) => row(i, 'uncovered')), [...Array.from({ length: 600 }, (_, i) => uncoveredError(i)), costWarning(12)]);
    const body = renderDocSet(comment, ...one(set), CTX);
    save('many-uncovered.md', body);
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT - 1_000);
    const shown = body.match(/^- NFR-\d{3} .* is not addressed/gm)!.length;
    expect(shown).toBeGreaterThan(100);
    expect(body).toContain(`### ❌ 600 errors\n\n- NFR-001 (Checkout answers within 300 ms at p95) is not addressed`);
    // Ten errors to read at once; the rest fold away, with the count of those cut inside.
    expect(body.split('<details><summary>590 more errors</summary>')[0].match(/^- NFR-\d{3} .* is not addressed/gm)).toHaveLength(10);
    expect(body).toContain(`_${600 - shown} more errors not shown here (GitHub limits a comment to 65,536 characters): the job summary and the JSON report have them all._`);
    expect(body).toContain(`<details><summary>⚠️ 1 warning</summary>`);
    expect(body).toContain(`_1 more warning not shown here (GitHub limits a comment to 65,536 characters)`);
    expect(body).toContain(`_600 more rows not shown here`);
    expect(body).not.toMatch(/^\| NFR-/m);
  });

  it('links the places an uncited NFR seems addressed at, in the finding itself, to their lines; the rest of the message stays text', () => {
    const blobUrl = (file: string, line: number) => `https://github.com/acme/shop/blob/3f2a9c1/${file}#L${line}`;
    const uncited: ReportFinding = {
      ...uncoveredError(0),
      // The message the rule writes (src/rules/trace/nfr-addressed.ts), with the places it carries as data.
      message: 'NFR-001 (Checkout answers within 300 ms at p95) is not cited in the architecture document. It seems addressed at docs/architecture.md:72 (Caching | CDN); docs/arch_notes.md:9 (#1 [hot] path).',
      fix: 'Cite "NFR-001" at the place that meets it (`archgate cite` walks you through it), or waive it in .github/archgate.yml with a reason.',
      suggestions: [
        { file: 'docs/architecture.md', line: 72, heading: 'Caching | CDN', score: 0.8, confidence: 'likely', evidence: 'p95 under 300 ms' },
        { file: 'docs/arch_notes.md', line: 9, heading: '#1 [hot] path', score: 0.4, confidence: 'possible', evidence: 'checkout' },
      ],
    };
    const body = renderDocSet(comment, ...one(docSet('shop', [row(0, 'uncovered')], [uncited])), { ...CTX, blobUrl });
    expect(body.split('\n')).toContain(
      '- NFR-001 (Checkout answers within 300 ms at p95) is not cited in the architecture document. It seems addressed at [`docs/architecture.md:72`](https://github.com/acme/shop/blob/3f2a9c1/docs/architecture.md#L72) (Caching \\| CDN); [`docs/arch_notes.md:9`](https://github.com/acme/shop/blob/3f2a9c1/docs/arch_notes.md#L9) (#\u200b1 &#91;hot&#93; path). [`docs/prd.md:20`](https://github.com/acme/shop/blob/3f2a9c1/docs/prd.md#L20)<br>',
    );
    // Without links (the CLI's markdown report has no repository to link to), the places are code spans.
    const plain = renderDocSet(comment, ...one(docSet('shop', [row(0, 'uncovered')], [uncited])), CTX);
    expect(plain.split('\n')).toContain('- NFR-001 (Checkout answers within 300 ms at p95) is not cited in the architecture document. It seems addressed at `docs/architecture.md:72` (Caching \\| CDN); `docs/arch_notes.md:9` (#\u200b1 &#91;hot&#93; path). `docs/prd.md:20`<br>');
  });

  it('shows the traceability diagram when the doc set has one, in a fence its text cannot close', () => {
    const set = docSet('shop', [row(0, 'covered')], []);
    const body = renderDocSet(comment, ...one(set), { ...CTX, traceability: 'flowchart LR\n  req_nfr_001["NFR-001 ```"] --> api["API"]' });
    expect(body).toContain('<details><summary>🔗 Traceability diagram</summary>\n\n````mermaid\nflowchart LR\n  req_nfr_001["NFR-001 ```"] --> api["API"]\n````\n\n</details>');
  });
});

describe('the job summary', () => {
  it('is the run page\'s full account: errors, warnings and the table unfolded, and it does not send its reader to itself', () => {
    const set = docSet('shop', [row(0, 'covered'), row(1, 'uncovered')], [uncoveredError(1), costWarning(12)]);
    const body = renderDocSet(summary, ...one(set), { ...CTX, marker: '' }, summaryShare(1), utf8Bytes);
    expect(body).not.toContain('<details>');
    expect(body).not.toContain('archgate:sticky');
    expect(body).toContain('### ⚠️ 1 warning\n\n- The deployment options have no cost estimate.');
    expect(body).toContain('### 📊 NFR coverage\n\n2 NFRs: 1 covered, 0 implied, 1 uncovered, 0 waived.');
    expect(body).toContain('| NFR-002 | Orders survive the loss of one availability zone | availability | 🔴 uncovered | — |\n| NFR-001 |');
  });

  it('counts as the report does, in the singular too: "1 NFR", "1 error"', () => {
    const body = renderDocSet(summary, ...one(docSet('shop', [row(0, 'covered')], [placeholder(30)])), { ...CTX, marker: '' }, summaryShare(1), utf8Bytes);
    expect(body).toContain('1 error, 0 warnings · 1 NFR 🟩🟩🟩🟩🟩🟩🟩🟩🟩🟩 1 covered.');
    expect(body).toContain('### 📊 NFR coverage\n\n1 NFR: 1 covered, 0 implied, 0 uncovered, 0 waived.');
  });

  it('three large doc sets stay under GitHub\'s 1 MiB together, errors kept, and the cut says where the rest is', () => {
    const big = (name: string) => docSet(name, Array.from({ length: 1000 }, (_, i) => ({ ...row(i, 'uncovered' as const), title: `${AREAS[i % 4]} — ${'ünïcödé '.repeat(20)}` })), Array.from({ length: 1000 }, (_, i) => uncoveredError(i)));
    const sets = ['shop', 'billing', 'search'].map(big);
    const all = report(sets);
    const bodies = all.docSets.map((s) => renderDocSet(summary, all, s, { ...CTX, marker: '' }, summaryShare(sets.length), utf8Bytes));
    expect(bodies.reduce((n, b) => n + utf8Bytes(b), 0)).toBeLessThan(SUMMARY_LIMIT);
    for (const b of bodies) {
      expect(b.match(/^- NFR-\d+ .* is not addressed/gm)).toHaveLength(1000);
      expect(b).toMatch(/_\d+ more rows not shown here \(GitHub keeps at most 1 MiB of job summary\): the JSON report \(the `report-path` output\) and `archgate check` have them all\._/);
      expect(b).not.toContain('the job summary');
    }
  });
});

describe('annotations (GitHub shows 10 errors and 10 warnings a step)', () => {
  it('a failing step keeps one error slot for its own message; the rest is counted in a notice', () => {
    const set = docSet('shop', [], [...Array.from({ length: 12 }, (_, i) => placeholder(i + 1)), ...Array.from({ length: 11 }, (_, i) => costWarning(i + 50))]);
    const r = report([set]);
    const choice = chooseAnnotations(r);
    expect(choice.errors.map((f) => f.line)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(choice.warnings).toHaveLength(10);
    const lines = formatGithub(r).trimEnd().split('\n');
    expect(lines).toHaveLength(21);
    expect(lines.slice(-2)).toEqual([
      '::notice::3 more errors are not annotated (GitHub shows 10 per step): `archgate check` (or --format json) lists them all.',
      '::notice::1 more warning is not annotated (GitHub shows 10 per step): `archgate check` (or --format json) lists them all.',
    ]);
  });

  it('with fail-on-new-only, the gating new error is annotated even behind ten old ones', () => {
    const old = Array.from({ length: 10 }, (_, i) => ({ ...placeholder(i + 1), baseline: 'existing' as const }));
    const fresh = { ...uncoveredError(1), baseline: 'new' as const };
    const oldWarnings = Array.from({ length: 10 }, (_, i) => ({ ...costWarning(i + 50), baseline: 'existing' as const }));
    const newWarning = { ...costWarning(99), baseline: 'new' as const };
    const r = report([docSet('shop', [], [...old, fresh, ...oldWarnings, newWarning])], { baseline: 'a1b2c3d', failOnNewOnly: true });
    const choice = chooseAnnotations(r);
    expect(choice.errors[0]).toBe(fresh);
    expect(choice.errors.slice(1).map((f) => f.line)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(choice.warnings[0]).toBe(newWarning);
  });
});

describe('the traceability diagram for the comment', () => {
  it('is the mermaid code of the architecture\'s traceability block, and nothing when it has none', () => {
    const arch = '# Architecture\n\n## Traceability\n\n<!-- archgate:begin traceability -->\n```mermaid\nflowchart LR\n  req_nfr_001["NFR-001: Checkout answers within 300 ms at p95"]:::covered\n```\n<!-- archgate:end -->\n';
    expect(traceabilityDiagram(['# Overview\n', arch])).toBe('flowchart LR\n  req_nfr_001["NFR-001: Checkout answers within 300 ms at p95"]:::covered');
    expect(traceabilityDiagram(['# Architecture\n\n<!-- archgate:begin components -->\n```mermaid\nflowchart LR\n```\n<!-- archgate:end -->\n'])).toBeUndefined();
  });
});
