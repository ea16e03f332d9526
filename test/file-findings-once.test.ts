import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';
import type { RawConfig } from '../src/config/load-config.js';
import { resolveSettings, type Overrides } from '../src/config/settings.js';
import type { FileSource } from '../src/io/file-source.js';
import type { Host, Review, Side } from '../src/review/host.js';
import { runReview } from '../src/review/review-workflow.js';
import { formatStylish } from '../src/formatters/stylish.js';
import { formatSarif } from '../src/formatters/sarif.js';
import { formatGithub } from '../src/formatters/github.js';
import { compileTemplate, renderDocSet } from '../src/report/render-markdown.js';
import { RULES } from '../src/rules/index.js';
import { checkWithinLimit } from '../src/io/bounded-check.js';
import { nodeMermaidValidator } from '../src/io/mermaid-validator.js';

// Two doc sets (web, mobile) that read one architecture file, as a monorepo's config names them:
// what the file lacks, or holds unfinished, is the file's, and the user is told it once.

/** Files in memory, as a FileSource. */
function memorySource(files: Record<string, string>): FileSource {
  return {
    kind: (p) => (p in files ? 'file' : Object.keys(files).some((f) => f.startsWith(`${p}/`)) ? 'dir' : null),
    list: (p) => [...new Set(Object.keys(files).filter((f) => f.startsWith(`${p}/`)).map((f) => f.slice(p.length + 1).split('/')[0]))],
    read: (p) => files[p],
  };
}

/** A host that only reads: the head, and the base when given. */
const readingHost = (head: Record<string, string>, base: Record<string, string> | null): Host => ({
  baseHoldsTheGate: true,
  prepare: async () => true,
  snapshot: async (side: Side) => (side === 'head' ? memorySource(head) : base && memorySource(base)),
  notice: () => {},
  applyFixes: async () => null,
  publish: async () => {},
});

// Modelled on a BMAD architecture shared by a web and a mobile PRD: it cites the one NFR each
// PRD has, signs users in but says nothing of authorization or encryption, and leaves a TBD.
const WEB_PRD = '# Web PRD\n\n## Non-functional requirements\n\n- **NFR-001:** Album pages load within 800 ms at p95.\n';
const MOBILE_PRD = '# Mobile PRD\n\n## Non-functional requirements\n\n- **NFR-001:** The app opens an album within 800 ms at p95.\n';
const ARCH = '# Architecture\n\n## Performance\n\nAlbum pages are served from a CDN cache (NFR-001).\n\n## Security\n\nUsers sign in with OAuth 2.0. Token lifetime: TBD.\n';
/** The mobile app's own part of the architecture: its stack and how it protects data. */
const MOBILE_ARCH = '# Mobile app\n\n## Tech stack\n\n| Technology | Why |\n|---|---|\n| SQLite | the album cache works offline, chosen over Realm for its size |\n\n## Security\n\nThe album cache is encrypted at rest with SQLCipher (AES-256). All traffic uses TLS 1.3.\n';
const FILES = { 'docs/web-prd.md': WEB_PRD, 'docs/mobile-prd.md': MOBILE_PRD, 'docs/architecture.md': ARCH, 'docs/mobile/app.md': MOBILE_ARCH };

const RULE_SETTINGS: RawConfig['rules'] = { 'prd/core-sections': false, 'arch/core-topics': false, 'arch/no-placeholders': 'error', 'arch/security': 'warning', 'arch/technology-rationale': 'warning' };
const NAMES = { docSet: '--doc-set', paths: '--prd and --architecture', failOnNewOnly: '--fail-on-new-only', baseline: '--baseline <git-ref>' };
const settingsFor = (raw: RawConfig, overrides: Overrides = {}) => resolveSettings({ raw, file: '.github/archgate.yml', waiverLines: [] }, overrides, NAMES);
/** Both doc sets read docs/architecture.md alone. */
const SHARED_CONFIG: RawConfig = {
  preset: 'minimal',
  rules: RULE_SETTINGS,
  docSets: [
    { name: 'web', prd: 'docs/web-prd.md', architecture: 'docs/architecture.md' },
    { name: 'mobile', prd: 'docs/mobile-prd.md', architecture: 'docs/architecture.md' },
  ],
};
const SHARED = settingsFor(SHARED_CONFIG);

const stylish = (review: Review | null) => formatStylish(review!.report, { color: false });
const findingLines = (review: Review | null) => stylish(review).split('\n').filter((l) => /^(?:doc set |docs\/|[✔⚠✖] )/.test(l));

const comment = await compileTemplate(readFileSync(path.join(ROOT, 'templates/comment.md.hbs'), 'utf8'));
const commentOf = (review: Review | null, index: number) => renderDocSet(comment, review!.report, review!.report.docSets[index], { marker: '', version: '0.0.0', notes: [] });

/** Mobile first, reading its own part beside the shared file: a finding on the shared file that both make is mobile's, one only web makes is web's. */
const MOBILE_FIRST = (rules: RawConfig['rules'], overrides: Overrides = {}) =>
  settingsFor(
    {
      preset: 'minimal',
      rules,
      docSets: [
        { name: 'mobile', prd: 'docs/mobile-prd.md', architecture: ['docs/architecture.md', 'docs/mobile/app.md'] },
        { name: 'web', prd: 'docs/web-prd.md', architecture: 'docs/architecture.md' },
      ],
    },
    overrides,
  );

const TECH_STACK = 'docs/architecture.md:1:1  warning  The architecture document has no technology stack section.  arch/technology-rationale';
const AUTHORIZATION = 'docs/architecture.md:7:1  warning  The architecture document does not describe authorization.  arch/security';
const AT_REST = 'docs/architecture.md:7:1  warning  The architecture document does not describe encryption at rest.  arch/security';
const IN_TRANSIT = 'docs/architecture.md:7:1  warning  The architecture document does not describe encryption in transit.  arch/security';
const TBD = 'docs/architecture.md:9:47  error    Unfilled unfinished marker "TBD".  arch/no-placeholders';

describe('a finding about a file several doc sets read', () => {
  it('is shown once, under the first doc set reading the file, and counted once in every output', async () => {
    const review = await runReview(readingHost(FILES, null), SHARED);
    expect(findingLines(review)).toEqual([
      'doc set web — fail: 1 error, 4 warnings (fail-on: error)',
      TECH_STACK,
      AUTHORIZATION,
      AT_REST,
      IN_TRANSIT,
      TBD,
      // The TBD in the file it reads fails mobile too, though web shows it.
      'doc set mobile — fail: 0 errors, 0 warnings + 1 blocking finding shown under another doc set (fail-on: error)',
      '✖ fail: 1 error, 4 warnings (fail-on: error)',
    ]);
    // The doc set that shows none says where they are.
    expect(stylish(review)).toContain('doc set mobile — fail: 0 errors, 0 warnings + 1 blocking finding shown under another doc set (fail-on: error)\nnote: 5 findings about docs/architecture.md are shown once, under doc set web, which reads the file too.\n');
    expect(review!.report.summary).toMatchObject({ errors: 1, warnings: 4 });

    const [web, mobile] = [commentOf(review, 0), commentOf(review, 1)];
    expect(web).toContain('\n1 error, 4 warnings · 1 NFR 🟩🟩🟩🟩🟩🟩🟩🟩🟩🟩 1 covered.\n');
    expect(web.match(/^- .*`docs\/architecture\.md:\d+`<br>$/gm)).toEqual([
      '- Unfilled unfinished marker "TBD". `docs/architecture.md:9`<br>',
      '- The architecture document has no technology stack section. `docs/architecture.md:1`<br>',
      '- The architecture document does not describe authorization. `docs/architecture.md:7`<br>',
      '- The architecture document does not describe encryption at rest. `docs/architecture.md:7`<br>',
      '- The architecture document does not describe encryption in transit. `docs/architecture.md:7`<br>',
    ]);
    expect(mobile).toContain('\nNo findings · 1 NFR 🟩🟩🟩🟩🟩🟩🟩🟩🟩🟩 1 covered.\n\n> 5 findings about docs/architecture.md are shown once, under doc set web, which reads the file too.\n');
    expect(mobile).not.toMatch(/^- /m);

    // Annotations, SARIF and the JSON report carry each once.
    expect(formatGithub(review!.report).split('\n').filter((l) => l.startsWith('::')).map((l) => l.replace(/::[^:]*%0AFix:.*$/, ''))).toEqual([
      '::error file=docs/architecture.md,line=9,col=47,title=arch/no-placeholders',
      '::warning file=docs/architecture.md,line=1,col=1,title=arch/technology-rationale',
      '::warning file=docs/architecture.md,line=7,col=1,title=arch/security',
      '::warning file=docs/architecture.md,line=7,col=1,title=arch/security',
      '::warning file=docs/architecture.md,line=7,col=1,title=arch/security',
    ]);
    const sarif = JSON.parse(formatSarif(review!.report, RULES, '0.0.0')) as { runs: { results: { ruleId: string }[] }[] };
    expect(sarif.runs.flatMap((r) => r.results.map((x) => x.ruleId))).toEqual(['arch/technology-rationale', 'arch/security', 'arch/security', 'arch/security', 'arch/no-placeholders']);
    expect(review!.report.docSets.map((d) => [d.name, d.findings.length, d.summary.errors, d.summary.warnings, d.summary.result, d.summary.blockingElsewhere])).toEqual([
      ['web', 5, 1, 4, 'fail', undefined],
      ['mobile', 0, 0, 0, 'fail', 1],
    ]);
    expect(mobile).toContain('## ❌ archgate — mobile: fail\n\n**Blocking the merge: 1 finding about a file it shares, shown under another doc set** (fail-on: error).\n');
  });

  it('narrowed to one doc set (a matrix job, --doc-set), reports for it what a run over all doc sets does: the shared file\'s findings stay with the doc set listed first', async () => {
    const narrowed = (docSet: string) => runReview(readingHost(FILES, null), settingsFor(SHARED_CONFIG, { docSet }));
    const WEB = [TECH_STACK, AUTHORIZATION, AT_REST, IN_TRANSIT, TBD, '✖ fail: 1 error, 4 warnings (fail-on: error)'];
    expect(findingLines(await narrowed('web'))).toEqual(WEB);
    const mobile = await narrowed('mobile');
    expect(findingLines(mobile)).toEqual(['✖ fail: 0 errors, 0 warnings + 1 blocking finding shown under another doc set (fail-on: error)']);
    expect(stylish(mobile)).toMatch(/^note: 5 findings about docs\/architecture\.md are shown once, under doc set web, which reads the file too\.\n/);
    expect(mobile!.report.docSets.map((d) => [d.name, d.findings.length, d.summary.result, d.summary.blockingElsewhere])).toEqual([['mobile', 0, 'fail', 1]]);
    // A doc set listed before that reads none of its files is not judged for it.
    const apart = settingsFor({ ...SHARED_CONFIG, docSets: [{ name: 'other', prd: 'docs/web-prd.md', architecture: 'docs/mobile/app.md' }, ...SHARED_CONFIG.docSets!] }, { docSet: 'web' });
    let checks = 0;
    const counted = await runReview(readingHost(FILES, null), apart, { check: async (...args) => (checks++, checkWithinLimit(...args)), validator: nodeMermaidValidator });
    expect(findingLines(counted)).toEqual(WEB);
    // web's PRD is other's PRD too: other is judged (once), and takes nothing of web's architecture.
    expect(checks).toBe(2);
  });

  it('with a base: new and fixed are judged over all doc sets, so a finding that passes from one doc set to the other is neither', async () => {
    // At the base mobile's own part was a stub, so mobile made every finding on the shared file
    // first; at the head its part says how it encrypts and what it runs on, so three of them are
    // web's alone now. The head also leaves a TBD, which is new.
    const base = { ...FILES, 'docs/architecture.md': ARCH.replace(' Token lifetime: TBD.', ''), 'docs/mobile/app.md': '# Mobile app\n\nThe app caches albums for offline viewing.\n' };
    const review = await runReview(readingHost(FILES, base), MOBILE_FIRST(RULE_SETTINGS, { baseline: 'main' }));
    expect(findingLines(review)).toEqual([
      'doc set mobile — fail: 1 error, 1 warning (fail-on: error)',
      AUTHORIZATION,
      `${TBD}  (new)`,
      'doc set web — fail: 0 errors, 3 warnings + 1 blocking finding shown under another doc set (fail-on: error)',
      TECH_STACK,
      AT_REST,
      IN_TRANSIT,
      '✖ fail: 1 error, 4 warnings (fail-on: error); 1 new, 0 fixed since main',
    ]);
    expect(review!.report.summary).toMatchObject({ errors: 1, warnings: 4, newFindings: 1, fixedFindings: 0 });
  });

  it('with a base holding the same findings, none is new and none fixed', async () => {
    const review = await runReview(readingHost(FILES, { ...FILES }), settingsFor({ ...SHARED_CONFIG }, { baseline: 'main' }));
    expect(findingLines(review).at(-1)).toBe('✖ fail: 1 error, 4 warnings (fail-on: error); 0 new, 0 fixed since main');
    expect(review!.report.docSets.map((d) => [d.name, d.findings.map((f) => f.baseline)])).toEqual([
      ['web', ['existing', 'existing', 'existing', 'existing', 'existing']],
      ['mobile', []],
    ]);
  });

  it("keeps each doc set's own finding where the doc sets read the file with different files beside it", async () => {
    const review = await runReview(readingHost(FILES, null), MOBILE_FIRST({ ...RULE_SETTINGS, 'arch/core-topics': { severity: 'warning', maxMissing: 0 } }));
    expect(findingLines(review)).toEqual([
      'doc set mobile — fail: 1 error, 2 warnings (fail-on: error)',
      'docs/architecture.md:1:1  warning  The architecture document lacks 10 of its 13 core topics: a system context diagram (C4 level 1), the architectural style, its components, its interfaces, its data model, monitoring, backups, error handling, decision records, risks.  arch/core-topics',
      AUTHORIZATION,
      TBD,
      'doc set web — fail: 0 errors, 4 warnings + 1 blocking finding shown under another doc set (fail-on: error)',
      'docs/architecture.md:1:1  warning  The architecture document lacks 11 of its 13 core topics: a system context diagram (C4 level 1), the architectural style, a technology stack section, its components, its interfaces, its data model, monitoring, backups, error handling, decision records, risks.  arch/core-topics',
      TECH_STACK,
      AT_REST,
      IN_TRANSIT,
      '✖ fail: 1 error, 6 warnings (fail-on: error)',
    ]);
    expect(stylish(review)).toContain('note: 2 findings about docs/architecture.md are shown once, under doc set mobile, which reads the file too.\n');
  });

  it("counts a custom rule's finding on the shared file once", async () => {
    const customRules = [{ id: 'team/threat-model', kind: 'required-section', document: 'architecture', section: ['Threat Model'], level: 'error', message: 'The architecture needs a threat model.' }] as RawConfig['customRules'];
    const review = await runReview(readingHost(FILES, null), settingsFor({ ...SHARED_CONFIG, customRules }));
    expect(review!.report.docSets.map((d) => [d.name, d.findings.filter((f) => f.rule === 'team/threat-model').map((f) => `${f.file}:${f.line} ${f.severity}: ${f.message}`)])).toEqual([
      ['web', ['docs/architecture.md:1 error: The architecture needs a threat model.']],
      ['mobile', []],
    ]);
    expect(review!.report.summary).toMatchObject({ errors: 2, warnings: 4 });
  });

  it('leaves doc-set findings to each doc set: an NFR each PRD leaves uncited is reported by both', async () => {
    const uncited = { ...FILES, 'docs/architecture.md': ARCH.replace(' (NFR-001)', '') };
    const review = await runReview(readingHost(uncited, null), SHARED);
    expect(review!.report.docSets.map((d) => [d.name, d.findings.filter((f) => f.rule === 'trace/nfr-addressed').map((f) => `${f.file}:${f.line}`)])).toEqual([
      ['web', ['docs/web-prd.md:5']],
      ['mobile', ['docs/mobile-prd.md:5']],
    ]);
  });
});

describe('which rules judge a file on its own', () => {
  it('every rule but those reading the PRD and the architecture together (coverage, citations, waivers, generated blocks)', () => {
    expect(RULES.filter((r) => r.meta.scope === 'docSet').map((r) => r.meta.id)).toEqual([
      'trace/nfr-addressed',
      'trace/nfr-cited',
      'trace/fr-addressed',
      'trace/orphan-reference',
      'trace/citation-drift',
      'trace/target-mismatch',
      'trace/waivers',
      'diagram/stale',
    ]);
  });
});
