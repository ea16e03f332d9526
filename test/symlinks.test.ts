import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { linkTarget, symlink } from './fake-github/graphql.js';
import { fakeGitHubPerTest } from './fake-github/per-test.js';
import { FakeGitHub } from './fake-github/server.js';
import { pullRequestEvent, runAction } from './fake-github/run-action.js';
import { ROOT } from './helpers.js';
import { runCheck } from '../src/cli/run-check.js';
import { LinkLoopError, OutsideRootError } from '../src/io/file-source.js';

// Git stores a symbolic link as a blob holding its target. The Action (the bundled dist/index.js
// against the fake GitHub) follows it inside the repository at the same commit, as the CLI follows
// it in a checkout of that commit and at a --baseline commit: every host reads the same files and
// gives the same verdict, and refuses a link out of the repository or a loop, naming the file.

const demo = (file: string) => readFileSync(path.join(ROOT, 'examples/demo', file), 'utf8');
const ARCH = demo('docs/architecture.md');

// Spec sets often keep requirements every product shares in one place and link them into each
// product's folder (docs/requirements/security.md -> ../../common/security.md).
const COMMON_SECURITY = '## Non-Functional Requirements\n\n### Security\n\n- **NFR-004:** Invoices are encrypted at rest with AES-256 and in transit with TLS 1.2+.\n- **NFR-005:** Access follows the principle of least privilege.\n';
const TREE: Record<string, string> = {
  '.github/archgate.yml': 'preset: recommended\n',
  'docs/architecture.md': ARCH,
  'docs/requirements/01-goals.md': '# Invoice Hub — requirements\n\n## Goals\n\n- Let small businesses turn supplier invoices (PDF) into ledger entries without retyping.\n',
  'docs/requirements/02-performance.md': '## Non-Functional Requirements\n\n### Performance\n\n- **NFR-001:** Extraction finishes within 10 seconds per invoice at p95.\n',
  'docs/requirements/03-security.md': symlink('../../common/security.md'),
  // A linked folder: its files are read as the folder's own.
  'docs/requirements/04-availability': symlink('../../common/availability'),
  'common/security.md': COMMON_SECURITY,
  'common/availability/uptime.md': '## Non-Functional Requirements\n\n### Availability\n\n- **NFR-003:** The service is available 99.5% of each month.\n',
};

let gh: FakeGitHub;
fakeGitHubPerTest((fake) => (gh = fake));

/** The same tree as a checkout on disk, links as real symbolic links; returns the checkout's folder. */
function checkout(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'archgate-links-'));
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    const target = linkTarget(text);
    if (target === null) writeFileSync(path.join(dir, rel), text);
    else symlinkSync(target, path.join(dir, rel));
  }
  return dir;
}

function pull(files: Record<string, string>, change: Record<string, string> = { 'docs/architecture.md': ARCH + '\nReviewed.\n' }) {
  const base = gh.commit(files);
  const head = gh.commit(change, base, 'change docs');
  gh.openPull({ number: 7, headSha: head, headRef: 'feature-7', baseSha: base });
  return { ...files, ...change };
}

type ReportDocSet = { prd: { files: string[] }; findings: { rule: string; file: string; line: number; message: string }[]; coverage: { id: string; kind: string; status: string }[] };
const actionReport = (reportPath: string) => (JSON.parse(readFileSync(reportPath, 'utf8')) as { docSets: ReportDocSet[] }).docSets[0];
const graphqlRequests = () => gh.requests.filter((r) => r.path === '/graphql').length;

describe('symbolic links in a doc set, read through the API', () => {
  it('follows a linked shard and a linked folder as the CLI does: the same files, findings and coverage', async () => {
    const head = pull(TREE);
    const run = await runAction(gh, 'pull_request', pullRequestEvent(gh, 7), { prd: 'docs/requirements' });
    const action = actionReport(run.outputs['report-path']);
    const cli = (await runCheck({ dir: checkout(head), prd: ['docs/requirements'] })).docSets[0];
    // The link's path names the file, in the folder's order, as in a checkout.
    expect(action.prd.files).toEqual(['docs/requirements/01-goals.md', 'docs/requirements/02-performance.md', 'docs/requirements/03-security.md', 'docs/requirements/04-availability/uptime.md']);
    expect(action.prd.files).toEqual(cli.prd.files);
    expect(action.coverage.map((c) => [c.id, c.status])).toEqual([
      ['NFR-001', 'covered'],
      ['NFR-004', 'covered'],
      ['NFR-005', 'uncovered'],
      ['NFR-003', 'covered'],
    ]);
    expect(action.coverage.map((c) => [c.id, c.kind, c.status])).toEqual(cli.coverage.map((c) => [c.id, c.kind, c.status]));
    expect(action.findings.map((f) => [f.rule, f.file, f.line, f.message])).toEqual(cli.findings.map((f) => [f.rule, f.file, f.line, f.message]));
    expect(run.summary).toContain('\n> archgate: read the PRD from docs/requirements and 1 folder below it: 4 markdown files, by path.\n');
    // The first query reads the folder and the links in it; one more reads both targets, for both commits.
    expect(graphqlRequests()).toBe(2);
  });

  it('sees a pull request that changes only the file a link leads to', async () => {
    pull(TREE, { 'common/security.md': COMMON_SECURITY.replace('least privilege.', 'least privilege, reviewed every quarter.') });
    const run = await runAction(gh, 'pull_request', pullRequestEvent(gh, 7), { prd: 'docs/requirements' });
    expect(run.outputs.result).not.toBe('skipped');
    expect(run.stdout).not.toContain('No doc-set file changed');
    expect(run.outputs.uncovered).toBe('NFR-005');
  });

  it('follows a PRD named directly that is a link, with one GraphQL request when the target was read already', async () => {
    const head = pull({ ...TREE, 'docs/prd.md': symlink('requirements/02-performance.md') });
    const run = await runAction(gh, 'pull_request', pullRequestEvent(gh, 7), { prd: 'docs/prd.md, docs/requirements/01-goals.md' });
    const action = actionReport(run.outputs['report-path']);
    const cli = (await runCheck({ dir: checkout(head), prd: ['docs/prd.md', 'docs/requirements/01-goals.md'] })).docSets[0];
    expect(action.prd.files).toEqual(['docs/prd.md', 'docs/requirements/01-goals.md']);
    expect(action.coverage.map((c) => [c.id, c.status])).toEqual([['NFR-001', 'covered']]);
    expect(action.coverage.map((c) => [c.id, c.kind, c.status])).toEqual(cli.coverage.map((c) => [c.id, c.kind, c.status]));
    expect(action.findings.map((f) => [f.rule, f.file, f.line, f.message])).toEqual(cli.findings.map((f) => [f.rule, f.file, f.line, f.message]));
  });

  it('reads one GraphQL request for a doc set without links', async () => {
    pull({ '.github/archgate.yml': TREE['.github/archgate.yml'], 'docs/architecture.md': ARCH, 'docs/prd.md': demo('docs/prd.md') });
    const run = await runAction(gh, 'pull_request', pullRequestEvent(gh, 7));
    expect(run.outputs['nfr-total']).toBe('6');
    expect(graphqlRequests()).toBe(1);
  });

  it('refuses a link out of the repository, naming the file, as the CLI refuses it', async () => {
    const head = pull({ ...TREE, 'docs/requirements/05-vendor.md': symlink('../../../secrets/token.md') });
    const run = await runAction(gh, 'pull_request', pullRequestEvent(gh, 7), { prd: 'docs/requirements' });
    const dir = checkout(head);
    const cli = await runCheck({ dir, prd: ['docs/requirements'] }).catch((error: Error) => error);
    // The same refusal, whether the target exists or not: the Action names the repository where
    // the CLI names the checkout's folder, and each names the setting that gave the path.
    expect((cli as Error).message).toBe(`--prd: ${new OutsideRootError('docs/requirements/05-vendor.md', path.resolve(dir, '../secrets/token.md'), dir).message}`);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`::error::archgate: inputs "prd" and "architecture": ${new OutsideRootError('docs/requirements/05-vendor.md', '../secrets/token.md', 'acme/product').message}\n`);
    // The links inside the repository are read (the second query); no comment is written.
    expect(graphqlRequests()).toBe(2);
    expect(gh.comments).toEqual([]);
  });

  it('refuses an absolute link, which no checkout can place inside the repository', async () => {
    pull({ ...TREE, 'docs/requirements/05-vendor.md': symlink('/etc/passwd') });
    const run = await runAction(gh, 'pull_request', pullRequestEvent(gh, 7), { prd: 'docs/requirements' });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`::error::archgate: inputs "prd" and "architecture": ${new OutsideRootError('docs/requirements/05-vendor.md', '/etc/passwd', 'acme/product').message}\n`);
  });

  it('refuses a link loop, naming the file, as the CLI refuses it, with a bounded number of requests', async () => {
    const head = pull({ ...TREE, 'docs/requirements/05-a.md': symlink('../loop/b.md'), 'docs/loop/b.md': symlink('../requirements/05-a.md') });
    const run = await runAction(gh, 'pull_request', pullRequestEvent(gh, 7), { prd: 'docs/requirements' });
    const cli = await runCheck({ dir: checkout(head), prd: ['docs/requirements'] }).catch((error: Error) => error);
    const refusal = new LinkLoopError('docs/requirements/05-a.md').message;
    expect((cli as Error).message).toBe(`--prd: ${refusal}`);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`::error::archgate: inputs "prd" and "architecture": ${refusal}\n`);
    expect(graphqlRequests()).toBe(2);
  });

  it('refuses a chain of more links than it follows, after as many requests as links it follows', async () => {
    const chain: Record<string, string> = { 'docs/requirements/05-a.md': symlink('../../hop/1.md') };
    for (let i = 1; i <= 12; i++) chain[`hop/${i}.md`] = symlink(`${i + 1}.md`);
    chain['hop/13.md'] = COMMON_SECURITY;
    const head = pull({ ...TREE, ...chain });
    const run = await runAction(gh, 'pull_request', pullRequestEvent(gh, 7), { prd: 'docs/requirements' });
    expect(run.stdout).toContain(`::error::archgate: inputs "prd" and "architecture": ${new LinkLoopError('docs/requirements/05-a.md').message}\n`);
    // The CLI stops at the same link, though the system would follow 40.
    const cli = await runCheck({ dir: checkout(head), prd: ['docs/requirements'] }).catch((error: Error) => error);
    expect((cli as Error).message).toBe(`--prd: ${new LinkLoopError('docs/requirements/05-a.md').message}`);
    // The first query, then one per link followed (8), the common folder's targets riding along with the first.
    expect(graphqlRequests()).toBe(9);
  });
});

describe('a linked architecture in commit mode', () => {
  it('commits the regenerated blocks at the link\'s target and leaves the link a link, as the CLI\'s --fix writes through it', async () => {
    const files = { '.github/archgate.yml': TREE['.github/archgate.yml'], 'docs/prd.md': demo('docs/prd.md'), 'docs/architecture.md': symlink('../common/architecture.md'), 'common/architecture.md': ARCH };
    pull(files, { 'common/architecture.md': ARCH.replace('A modular monolith', 'A modular monolith (revised)') });
    const run = await runAction(gh, 'pull_request', pullRequestEvent(gh, 7), { mode: 'commit' });
    const committed = gh.commits.get(run.outputs['commit-sha'])!;
    expect(linkTarget(committed.files.get('docs/architecture.md')!)).toBe('../common/architecture.md');
    const outside = (t: string) => t.replace(/(<!-- archgate:begin [\w-]+ -->\n)[\s\S]*?(<!-- archgate:end -->)/g, '$1$2');
    const before = ARCH.replace('A modular monolith', 'A modular monolith (revised)');
    const after = committed.files.get('common/architecture.md')!;
    expect(after).not.toBe(before);
    expect(outside(after)).toBe(outside(before));
    // The same blocks the CLI's --fix writes through the link in a checkout of the same commit.
    const dir = checkout({ ...files, 'common/architecture.md': before });
    await runCheck({ dir, fix: true });
    expect(readFileSync(path.join(dir, 'common/architecture.md'), 'utf8')).toBe(after);
  });
});

describe('symbolic links at the CLI\'s --baseline commit', () => {
  it('are read as in the checkout: the same tree as baseline gives no new and no fixed finding', async () => {
    const dir = checkout(TREE);
    const git = (...args: string[]) => execFileSync('git', ['-C', dir, ...args], { stdio: 'pipe' });
    git('init', '-q');
    git('add', '-A');
    git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'docs');
    const report = await runCheck({ dir, prd: ['docs/requirements'], baseline: 'HEAD' });
    const findings = report.docSets[0].findings;
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.filter((f) => f.baseline !== 'existing').map((f) => `${f.file}:${f.line} ${f.rule}`)).toEqual([]);
    expect(report.docSets[0].fixed).toEqual([]);
  });

  it('refuses a link out of the checked directory at the baseline commit, as in the checkout', async () => {
    const dir = checkout({ ...TREE, 'docs/requirements/05-vendor.md': symlink('../../../secrets/token.md') });
    const git = (...args: string[]) => execFileSync('git', ['-C', dir, ...args], { stdio: 'pipe' });
    git('init', '-q');
    git('add', '-A');
    git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'docs');
    git('rm', '-q', 'docs/requirements/05-vendor.md');
    const error = await runCheck({ dir, prd: ['docs/requirements'], baseline: 'HEAD' }).catch((e: Error) => e);
    expect((error as Error).message).toBe(`--prd: ${new OutsideRootError('docs/requirements/05-vendor.md', path.resolve(dir, '../secrets/token.md'), dir).message}`);
  });

  it('in a checked directory below the repository top, refuses a link that leaves it for the rest of the repository', async () => {
    const top = checkout(Object.fromEntries(Object.entries(TREE).map(([rel, text]) => [`product/${rel}`, text])));
    writeFileSync(path.join(top, 'notes.md'), '# Notes of another team\n');
    const dir = path.join(top, 'product');
    const git = (...args: string[]) => execFileSync('git', ['-C', top, ...args], { stdio: 'pipe' });
    git('init', '-q');
    git('add', '-A');
    git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'docs');
    const same = await runCheck({ dir, prd: ['docs/requirements'], baseline: 'HEAD' });
    expect(same.docSets[0].prd.files).toEqual(['docs/requirements/01-goals.md', 'docs/requirements/02-performance.md', 'docs/requirements/03-security.md', 'docs/requirements/04-availability/uptime.md']);
    expect(same.docSets[0].findings.filter((f) => f.baseline !== 'existing')).toEqual([]);
    symlinkSync('../../../notes.md', path.join(dir, 'docs/requirements/05-notes.md'));
    git('add', '-A');
    git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'link');
    git('rm', '-q', 'product/docs/requirements/05-notes.md');
    const error = await runCheck({ dir, prd: ['docs/requirements'], baseline: 'HEAD' }).catch((e: Error) => e);
    expect((error as Error).message).toBe(`--prd: ${new OutsideRootError('docs/requirements/05-notes.md', path.join(top, 'notes.md'), dir).message}`);
  });
});
