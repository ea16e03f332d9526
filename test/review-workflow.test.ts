import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';
import { resolveSettings, type Overrides } from '../src/config/settings.js';
import type { FileFix } from '../src/diagrams/plan-fixes.js';
import type { FileSource } from '../src/io/file-source.js';
import type { RawConfig } from '../src/config/load-config.js';
import type { DocSetReview, Host, Review, ReviewNotice, Side } from '../src/review/host.js';
import { runParseMemo, runReview, type Judging } from '../src/review/review-workflow.js';
import { checkWithinLimit } from '../src/io/bounded-check.js';
import { createMermaidValidator } from '../src/io/mermaid-validator.js';
import type { DocSetInput } from '../src/engine/types.js';
import type { ParseMemo } from '../src/engine/document.js';
import type { Root } from 'mdast';

// A third host, in memory, proving the seam: the workflow reads, judges, fixes and reports
// through the Host interface alone, as it does for the Action and the CLI.

/** Files in memory, as a FileSource: folders are the paths' prefixes. */
function memorySource(files: Record<string, string>): FileSource {
  const clean = (p: string) => p.replace(/^\.\//, '').replace(/\/$/, '');
  return {
    kind: (p) => (clean(p) in files ? 'file' : Object.keys(files).some((f) => f.startsWith(`${clean(p)}/`)) ? 'dir' : null),
    list: (p) => [...new Set(Object.keys(files).filter((f) => f.startsWith(`${clean(p)}/`)).map((f) => f.slice(clean(p).length + 1).split('/')[0]))],
    read: (p) => {
      if (!(clean(p) in files)) throw new Error(`${p} is not in memory`);
      return files[clean(p)];
    },
  };
}

/** A host that keeps its documents in memory and records what the workflow asked of it. */
class MemoryHost implements Host {
  readonly notices: ReviewNotice[] = [];
  readonly applied: { fixes: FileFix[]; judgedBefore: string[] }[] = [];
  published: Review | null = null;
  snapshots: Side[] = [];

  constructor(
    private readonly head: Record<string, string>,
    private readonly base: Record<string, string> | null,
    readonly baseHoldsTheGate: boolean,
    private readonly options: { relevant?: boolean; writes?: boolean } = {},
  ) {}

  async prepare(): Promise<boolean> {
    return this.options.relevant ?? true;
  }

  async snapshot(side: Side): Promise<FileSource | null> {
    this.snapshots.push(side);
    const files = side === 'head' ? this.head : this.base;
    return files ? memorySource(files) : null;
  }

  notice(notice: ReviewNotice): void {
    this.notices.push(notice);
  }

  async applyFixes(fixes: FileFix[], docSets: DocSetReview[]): Promise<FileSource | null> {
    this.applied.push({ fixes, judgedBefore: docSets.flatMap((d) => d.result.findings.map((f) => f.rule)) });
    if (this.options.writes === false) return null;
    for (const f of fixes) this.head[f.path] = f.text;
    return memorySource(this.head);
  }

  async publish(review: Review): Promise<void> {
    this.published = review;
  }
}

// Modelled on a BMAD PRD's NFR list and an architecture with a generated block gone stale.
const PRD = '# Photo albums PRD\n\n## Non-functional requirements\n\n- **NFR-001:** Album pages load within 800 ms at p95.\n- **NFR-002:** Uploads are stored encrypted at rest with AES-256.\n';
const ARCH = '# Architecture\n\n## Performance\n\nAlbum pages are served from a CDN cache (NFR-001).\n\n<!-- archgate:begin components -->\nold\n<!-- archgate:end -->\n';
const REGENERATED = '# Architecture\n\n## Performance\n\nAlbum pages are served from a CDN cache (NFR-001).\n\n<!-- archgate:begin components -->\n```mermaid\nflowchart LR\n  empty["No components found: add ### Component: Name headings"]\n```\n<!-- archgate:end -->\n';
/** The head adds a blanket suppression above the NFR the architecture does not cite. */
const SUPPRESSED_PRD = PRD.replace('- **NFR-002', '<!-- archgate-disable-next-line -->\n- **NFR-002');
// Only the traceability and diagram rules: the checklists would bury what this test is about.
const CONFIG: RawConfig = { preset: 'minimal', rules: { 'diagram/stale': 'error', 'prd/core-sections': false, 'arch/core-topics': false, 'arch/security': false, 'arch/technology-rationale': false } };
const NAMES = { docSet: '--doc-set', paths: '--prd and --architecture', failOnNewOnly: '--fail-on-new-only', baseline: '--baseline <git-ref>' };
const settings = (overrides: Overrides = {}) => resolveSettings({ raw: CONFIG, file: '.github/archgate.yml', waiverLines: [] }, overrides, NAMES);
const shown = (review: Review | null) => review!.report.docSets.flatMap((d) => d.findings.map((f) => `${f.file}:${f.line} ${f.severity} ${f.rule} ${f.baseline ?? '-'}: ${f.message}`));

const uncitedNfr002 = (line: number, mark: string) => `docs/prd.md:${line} error trace/nfr-addressed ${mark}: NFR-002 (Uploads are stored encrypted at rest with AES-256) is not cited in the architecture document. Nothing in the architecture document resembles it.`;

describe('the review workflow over a host', () => {
  it('judges head and base, lets the host write the fixes, and judges again exactly what was written', async () => {
    const head = { 'docs/prd.md': SUPPRESSED_PRD, 'docs/architecture.md': ARCH };
    const host = new MemoryHost(head, { 'docs/prd.md': PRD, 'docs/architecture.md': ARCH }, true);
    const review = await runReview(host, settings({ mode: 'commit', baseline: 'abc1234' }));

    // The fix was planned on the head as read, where the block was stale ...
    expect(host.applied.map((a) => [a.fixes.map((f) => f.path), a.judgedBefore])).toEqual([[['docs/architecture.md'], ['trace/nfr-addressed', 'diagram/stale']]]);
    expect(head['docs/architecture.md']).toBe(REGENERATED);
    // ... and the report is about the documents as written: no stale block, the base's suppressions only.
    expect(shown(review)).toEqual([uncitedNfr002(7, 'existing')]);
    expect(host.published).toBe(review);
    expect(review!.fixes.written).toBe(true);
    expect(review!.report.result).toBe('fail');
    expect(review!.report.baseline).toBe('abc1234');
    expect(review!.report.summary).toEqual({ errors: 1, warnings: 0, nfrTotal: 2, nfrCovered: 1, nfrImplied: 0, nfrUncovered: 1, nfrWaived: 0, uncoveredIds: ['NFR-002'], newFindings: 0, fixedFindings: 1 });
    expect(host.notices).toEqual([
      { kind: 'progress', index: 0, total: 1, docSet: 'default' },
      { kind: 'refused-suppressions', docSet: 'default', suppressions: [{ key: 'docs/prd.md\u0000disable-next-line\u0000*', file: 'docs/prd.md', line: 6, text: '<!-- archgate-disable-next-line -->' }] },
    ]);
  });

  it('lets the head\'s own suppressions hold where the base holds no gate (the CLI\'s --baseline)', async () => {
    const host = new MemoryHost({ 'docs/prd.md': SUPPRESSED_PRD, 'docs/architecture.md': REGENERATED }, { 'docs/prd.md': PRD, 'docs/architecture.md': REGENERATED }, false);
    const review = await runReview(host, settings({ baseline: 'main' }));
    expect(shown(review)).toEqual([]);
    expect(review!.report.result).toBe('pass');
    expect(review!.report.summary.fixedFindings).toBe(1);
    expect(host.notices.filter((n) => n.kind === 'refused-suppressions')).toEqual([]);
  });

  it('reports the head as read when the host writes nothing, and fails on new findings only when asked', async () => {
    const host = new MemoryHost({ 'docs/prd.md': PRD, 'docs/architecture.md': ARCH }, { 'docs/prd.md': PRD, 'docs/architecture.md': REGENERATED }, true, { writes: false });
    const review = await runReview(host, settings({ mode: 'commit', baseline: 'abc1234', failOnNewOnly: true }));
    expect(host.applied).toHaveLength(1);
    expect(review!.fixes.written).toBe(false);
    expect(shown(review)).toEqual([uncitedNfr002(6, 'existing'), 'docs/architecture.md:7 error diagram/stale new: The generated components block is out of date.']);
    expect(review!.report.result).toBe('fail');
  });

  it('without a base, nothing is marked and the gate counts every finding', async () => {
    const host = new MemoryHost({ 'docs/prd.md': PRD, 'docs/architecture.md': REGENERATED }, null, true);
    const review = await runReview(host, settings({ failOn: 'never' }));
    expect(shown(review)).toEqual([uncitedNfr002(6, '-')]);
    expect(review!.report.result).toBe('pass');
    expect(review!.report.baseline).toBeUndefined();
  });

  it('stops before reading anything when the host has nothing to review', async () => {
    const host = new MemoryHost({}, {}, true, { relevant: false });
    expect(await runReview(host, settings())).toBeNull();
    expect(host.snapshots).toEqual([]);
    expect(host.published).toBeNull();
  });
});

/**
 * Judging as the workflow does, with mermaid in process, recording when each check of a side
 * starts and ends (the side told by the architecture's text) and how often mermaid is asked.
 */
function countedJudging(sides: Record<string, string>) {
  const events: string[] = [];
  const validator = createMermaidValidator(null);
  const sideOf = (input: DocSetInput) => Object.keys(sides).find((k) => sides[k] === input.architecture[0]?.text) ?? '?';
  const judging: Judging = {
    validator,
    check: async (input, ...rest) => {
      events.push(`start ${sideOf(input)}`);
      const result = await checkWithinLimit(input, ...rest);
      events.push(`end ${sideOf(input)}`);
      return result;
    },
  };
  return { judging, events, asked: () => validator.verdicts.asked };
}

const fence = (code: string) => `\`\`\`mermaid\n${code}\n\`\`\`\n`;
/** The architecture with a deployment view, as arc42's section 7 draws one. */
const WITH_VIEW = `${REGENERATED}\n## Deployment view\n\n${fence('flowchart LR\n  cdn[CDN] --> app[Album service]\n  app --> db[(Postgres)]')}`;
/** The pull request adds a second view, whose label mermaid cannot parse. */
const WITH_BROKEN_VIEW = `${WITH_VIEW}\n## Upload flow\n\n${fence('flowchart LR\n  B --> C[Label (x)]')}`;

describe('findings of a file two doc sets share', () => {
  // Two PRDs (web, mobile) and one architecture, as a config's docSets names them; the
  // architecture misspells one generated block's kind and leaves another open.
  const MOBILE_PRD = '# Mobile PRD\n\n## Non-functional requirements\n\n- **NFR-001:** The app opens an album within 800 ms at p95.\n- **NFR-002:** Uploads are stored encrypted at rest with AES-256.\n';
  const BROKEN = `${REGENERATED}\n<!-- archgate:begin componets -->\n<!-- archgate:end -->\n\n<!-- archgate:begin context -->\n`;
  const files = { 'docs/web-prd.md': PRD, 'docs/mobile-prd.md': MOBILE_PRD, 'docs/architecture.md': BROKEN };
  const twoDocSets = resolveSettings(
    { raw: { ...CONFIG, docSets: [{ name: 'web', prd: 'docs/web-prd.md', architecture: 'docs/architecture.md' }, { name: 'mobile', prd: 'docs/mobile-prd.md', architecture: 'docs/architecture.md' }] }, file: '.github/archgate.yml', waiverLines: [] },
    { baseline: 'main' },
    NAMES,
  );
  const markers = (review: Review | null) => review!.report.docSets.map((d) => [d.name, d.findings.filter((f) => f.rule === 'diagram/markers').map((f) => `${f.file}:${f.line} ${f.baseline ?? '-'}: ${f.message}`)]);

  it('a marker problem is reported once, by the first doc set reading the file, and counted once', async () => {
    const review = await runReview(new MemoryHost(files, null, true), twoDocSets);
    expect(markers(review)).toEqual([
      ['web', ['docs/architecture.md:14 -: Unknown generated block kind "componets".', 'docs/architecture.md:17 -: The archgate:begin context marker has no archgate:end.']],
      ['mobile', []],
    ]);
    // Each doc set's NFR-002 is uncited in the architecture: two errors of their own, and the two marker errors once.
    expect(review!.report.summary.errors).toBe(4);
  });

  it('with a base holding the same problems, none is new in the first doc set nor fixed in the second', async () => {
    const review = await runReview(new MemoryHost(files, { ...files }, true), twoDocSets);
    expect(markers(review)).toEqual([
      ['web', ['docs/architecture.md:14 existing: Unknown generated block kind "componets".', 'docs/architecture.md:17 existing: The archgate:begin context marker has no archgate:end.']],
      ['mobile', []],
    ]);
    expect(review!.report.summary.fixedFindings).toBe(0);
  });
});

describe('judging each side once', () => {
  it('a pull request that leaves the doc set alone is judged once, and says so', async () => {
    const { judging, events, asked } = countedJudging({ same: WITH_VIEW });
    const host = new MemoryHost({ 'docs/prd.md': PRD, 'docs/architecture.md': WITH_VIEW, 'README.md': 'changed' }, { 'docs/prd.md': PRD, 'docs/architecture.md': WITH_VIEW }, true);
    const review = await runReview(host, settings({ baseline: 'abc1234' }), judging);
    expect(events).toEqual(['start same', 'end same']);
    // Two distinct blocks: the generated components block and the deployment view.
    expect(asked()).toBe(2);
    expect(host.notices).toContainEqual({ kind: 'judged-once', docSet: 'default' });
    expect(shown(review)).toEqual([uncitedNfr002(6, 'existing')]);
  });

  it('where the head holds no suppression, base and head are judged at once, and a block both hold goes to mermaid once', async () => {
    const { judging, events, asked } = countedJudging({ base: WITH_VIEW, head: WITH_BROKEN_VIEW });
    const host = new MemoryHost({ 'docs/prd.md': PRD, 'docs/architecture.md': WITH_BROKEN_VIEW }, { 'docs/prd.md': PRD, 'docs/architecture.md': WITH_VIEW }, true);
    const review = await runReview(host, settings({ baseline: 'abc1234' }), judging);
    // The head's check starts before the base's ends: its parse runs while the base waits for mermaid.
    expect(events).toEqual(['start base', 'start head', 'end base', 'end head']);
    // Three distinct blocks: the components block and the deployment view (at both commits), the upload flow (at the head).
    expect(asked()).toBe(3);
    expect(shown(review)).toEqual([uncitedNfr002(6, 'existing'), 'docs/architecture.md:26 error diagram/mermaid-syntax new: Mermaid cannot parse this diagram: Parse error: unexpected "(" (put the label in quotes: A["text (x)"])']);
  });

  it('where the head holds a suppression and the base holds the gate, the head waits for the base\'s', async () => {
    const { judging, events } = countedJudging({ base: WITH_VIEW, head: WITH_BROKEN_VIEW });
    const host = new MemoryHost({ 'docs/prd.md': SUPPRESSED_PRD, 'docs/architecture.md': WITH_BROKEN_VIEW }, { 'docs/prd.md': PRD, 'docs/architecture.md': WITH_VIEW }, true);
    const review = await runReview(host, settings({ baseline: 'abc1234' }), judging);
    expect(events).toEqual(['start base', 'end base', 'start head', 'end head']);
    // The suppression the head adds did not hold.
    expect(shown(review)[0]).toBe(uncitedNfr002(7, 'existing'));
  });
});

/** Judging that counts the parser's calls per text: the engine hands every tree it parses to the memo once. */
function parseCountingJudging() {
  const parses = new Map<string, number>();
  const judging: Judging = {
    validator: createMermaidValidator(null),
    check: (input, config, validator, extra = {}) => {
      const memo = extra.parseMemo;
      const counted: ParseMemo = {
        get: (text) => memo?.get(text),
        set: (text, root) => {
          parses.set(text, (parses.get(text) ?? 0) + 1);
          return memo?.set(text, root);
        },
      };
      return checkWithinLimit(input, config, validator, { ...extra, parseMemo: counted });
    },
  };
  return { judging, parses: (text: string) => parses.get(text) ?? 0 };
}

describe('parsing each text once', () => {
  it('a PRD the pull request leaves alone is parsed once for base and head, and each architecture once', async () => {
    const { judging, parses } = parseCountingJudging();
    const host = new MemoryHost({ 'docs/prd.md': PRD, 'docs/architecture.md': WITH_BROKEN_VIEW }, { 'docs/prd.md': PRD, 'docs/architecture.md': WITH_VIEW }, true);
    const review = await runReview(host, settings({ baseline: 'abc1234' }), judging);
    expect([parses(PRD), parses(WITH_VIEW), parses(WITH_BROKEN_VIEW)]).toEqual([1, 1, 1]);
    expect(shown(review)).toEqual([uncitedNfr002(6, 'existing'), 'docs/architecture.md:26 error diagram/mermaid-syntax new: Mermaid cannot parse this diagram: Parse error: unexpected "(" (put the label in quotes: A["text (x)"])']);
  });

  it('where the head waits for the base, the architecture it leaves alone is parsed once', async () => {
    const { judging, parses } = parseCountingJudging();
    const host = new MemoryHost({ 'docs/prd.md': SUPPRESSED_PRD, 'docs/architecture.md': WITH_VIEW }, { 'docs/prd.md': PRD, 'docs/architecture.md': WITH_VIEW }, true);
    const review = await runReview(host, settings({ baseline: 'abc1234' }), judging);
    expect([parses(PRD), parses(SUPPRESSED_PRD), parses(WITH_VIEW)]).toEqual([1, 1, 1]);
    // The suppression the head adds did not hold.
    expect(shown(review)[0]).toBe(uncitedNfr002(7, 'existing'));
  });
});

describe('parsing each text once per run', () => {
  /** Two doc sets, as a config names them, sharing one PRD: each architecture covers half the product. */
  const TWO_DOC_SETS: RawConfig = { ...CONFIG, docSets: [{ name: 'web', prd: ['docs/prd.md'], architecture: ['docs/web.md'] }, { name: 'uploads', prd: ['docs/prd.md'], architecture: ['docs/uploads.md'] }] };
  const UPLOADS = '# Uploads architecture\n\n## Storage\n\nUploads are written to S3 with SSE-KMS, AES-256 (NFR-002).\n';

  it('doc sets sharing a PRD parse it once for both, at base and head', async () => {
    const { judging, parses } = parseCountingJudging();
    const host = new MemoryHost({ 'docs/prd.md': PRD, 'docs/web.md': WITH_BROKEN_VIEW, 'docs/uploads.md': UPLOADS }, { 'docs/prd.md': PRD, 'docs/web.md': WITH_VIEW, 'docs/uploads.md': UPLOADS }, true);
    const review = await runReview(host, resolveSettings({ raw: TWO_DOC_SETS, file: '.github/archgate.yml', waiverLines: [] }, { baseline: 'abc1234' }, NAMES), judging);
    // The PRD once for both doc sets and both sides (once per doc set before the run shared one memo).
    expect([parses(PRD), parses(WITH_VIEW), parses(WITH_BROKEN_VIEW), parses(UPLOADS)]).toEqual([1, 1, 1, 1]);
    expect(review!.report.docSets.map((d) => d.name)).toEqual(['web', 'uploads']);
    expect(host.notices).toContainEqual({ kind: 'judged-once', docSet: 'uploads' });
  });

  it('the check of what the fixes wrote parses only the file they changed', async () => {
    const { judging, parses } = parseCountingJudging();
    const head = { 'docs/prd.md': PRD, 'docs/architecture.md': ARCH };
    const host = new MemoryHost(head, { 'docs/prd.md': PRD, 'docs/architecture.md': REGENERATED }, true);
    const review = await runReview(host, settings({ mode: 'commit', baseline: 'abc1234' }), judging);
    expect(review!.fixes.written).toBe(true);
    // The PRD the fixes left alone: once for base, head and the check of what was written (twice
    // without the run's memo). The written architecture is text no check planned for (that it
    // equals the base's here is chance): parsed again.
    expect([parses(PRD), parses(ARCH), parses(REGENERATED)]).toEqual([1, 1, 2]);
    expect(shown(review)).toEqual([uncitedNfr002(6, 'existing')]);
  });

  it('keeps a tree until its last planned use, then lets it go', () => {
    const tree = { type: 'root', children: [] } as Root;
    const memo = runParseMemo(new Map([['twice', 2], ['once', 1]]));
    memo.set('once', tree);
    memo.set('twice', tree);
    expect(memo.get('once')).toBeUndefined();
    expect(memo.get('twice')).toBe(tree);
    expect(memo.get('twice')).toBeUndefined();
  });
});

describe('settings', () => {
  it('resolves overrides over the config once, and names the flag that is wrong', () => {
    expect(settings({ failOn: 'warning', docSet: 'default' })).toMatchObject({ failOn: 'warning', mode: 'check', docSets: [{ name: 'default' }] });
    expect(settings().failOn).toBe('error');
    expect(() => settings({ failOnNewOnly: true })).toThrow('--fail-on-new-only needs --baseline <git-ref>');
    expect(() => settings({ docSet: 'web' })).toThrow('--doc-set: no doc set named "web" in the config (known: default)');
  });
});

describe('the seam', () => {
  it('the workflow and the Host interface import no host: nothing of the Action, the CLI, GitHub or the runner', () => {
    const dir = path.join(ROOT, 'src/review');
    const hostImports = readdirSync(dir).flatMap((name) =>
      [...readFileSync(path.join(dir, name), 'utf8').matchAll(/from '([^']+)'/g)].map((m) => m[1]).filter((target) => /^\.\.\/(action|cli|github)\/|^@actions\/|^@octokit\//.test(target)).map((target) => `${name} -> ${target}`),
    );
    expect(hostImports).toEqual([]);
  });
});
