import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fakeGitHubPerTest } from './fake-github/per-test.js';
import { FakeGitHub } from './fake-github/server.js';
import { pullRequestEvent, runAction } from './fake-github/run-action.js';
import { ROOT } from './helpers.js';
import { runCheck } from '../src/cli/run-check.js';

// End to end (the bundled dist/index.js against the fake GitHub, which validates every GraphQL
// query against GitHub's schema): a PRD kept as one file per requirement area in nested folders,
// as spec sets with one folder per quality attribute do, is read whole through the API, in the
// CLI's order, and the job summary says what was read.

const demo = (file: string) => readFileSync(path.join(ROOT, 'examples/demo', file), 'utf8');
const ARCH = demo('docs/architecture.md');

/** The demo PRD split into folders, three levels deep at most (non-functional/performance/latency). */
const NESTED_PRD: Record<string, string> = {
  'docs/requirements/01-goals.md': '# Invoice Hub — requirements\n\n## Goals\n\n- Let small businesses turn supplier invoices (PDF) into ledger entries without retyping.\n',
  'docs/requirements/functional/features.md': '## Functional Requirements\n\n- **FR-001:** A bookkeeper can upload up to 50 PDF invoices at once.\n- **FR-002:** The system extracts supplier, date, totals and line items from each invoice.\n',
  'docs/requirements/non-functional/availability.md': '## Non-Functional Requirements\n\n### Availability\n\n- **NFR-003:** The service is available 99.5% of each month.\n',
  'docs/requirements/non-functional/performance/latency/review-screen.md': '## Non-Functional Requirements\n\n### Performance\n\n- **NFR-002:** The review screen loads in under 800 ms at p95.\n',
  'docs/requirements/non-functional/performance/throughput.md': '## Non-Functional Requirements\n\n### Performance\n\n- **NFR-001:** Extraction finishes within 10 seconds per invoice at p95.\n',
  'docs/requirements/non-functional/security/access.md': '## Non-Functional Requirements\n\n### Security\n\n- **NFR-004:** Invoices are encrypted at rest with AES-256 and in transit with TLS 1.2+.\n- **NFR-005:** Access follows the principle of least privilege.\n',
  // Neither a hidden folder nor a file that is not markdown is part of the document.
  'docs/requirements/.drafts/NFR-009.md': '## Non-Functional Requirements\n\n- **NFR-009:** A draft nobody agreed on.\n',
  'docs/requirements/non-functional/context.png': '\u0000PNG',
  // A folder the reader skips, at the depth where the first query stops: no request follows it.
  'docs/requirements/non-functional/performance/latency/node_modules/pkg/README.md': '# pkg\n\n- **NFR-010:** Not a requirement.\n',
};

let gh: FakeGitHub;
fakeGitHubPerTest((fake) => (gh = fake));

function pull(files: Record<string, string>, change: Record<string, string> = { 'docs/architecture.md': ARCH + '\nReviewed.\n' }) {
  const base = gh.commit({ '.github/archgate.yml': 'preset: recommended\n', 'docs/architecture.md': ARCH, ...files });
  const head = gh.commit(change, base, 'change docs');
  return gh.openPull({ number: 7, headSha: head, headRef: 'feature-7', baseSha: base });
}

/** Every NFR ID the report lists, from the report file the Action writes. */
const nfrIds = (reportPath: string): string[] => {
  const report = JSON.parse(readFileSync(reportPath, 'utf8')) as { docSets: { coverage: { id: string; kind: string }[] }[] };
  return report.docSets[0].coverage.filter((c) => c.kind === 'nfr').map((c) => c.id);
};
const requestsOf = () => gh.requests.map((r) => `${r.method} ${r.path.replace(/\?.*/, '')}`);

describe('a PRD folder nested three levels deep, read through the API', () => {
  it('reads every markdown file in it, in the CLI order, says so in the job summary, with the requests of a single-file PRD', async () => {
    pull(NESTED_PRD);
    const run = await runAction(gh, 'pull_request', pullRequestEvent(gh, 7), { prd: 'docs/requirements' });
    // In reading order: by path, subfolders depth first (latency/ before throughput.md); not the draft.
    expect(nfrIds(run.outputs['report-path'])).toEqual(['NFR-003', 'NFR-002', 'NFR-001', 'NFR-004', 'NFR-005']);
    expect(run.outputs['nfr-total']).toBe('5');
    expect(run.outputs.uncovered).toBe('NFR-005');
    expect(run.summary).toContain('\n> archgate: read the PRD from docs/requirements and 5 folders below it: 6 markdown files, by path.\n');
    // The same five requests as a PRD in one file: the whole folder comes in the first GraphQL query,
    // and node_modules four levels down is not followed.
    expect(requestsOf()).toEqual(['POST /graphql', 'GET /repos/acme/product/pulls/7', 'POST /repos/acme/product/issues/7/comments', 'GET /repos/acme/product/issues/7/comments']);
    // The summary line is the job summary's only: the comment stays about findings.
    expect(gh.comments[0].body).not.toContain('markdown files, by path');
  });

  it('reads an index-linked folder in link order, and a change in a nested file is seen', async () => {
    const files = {
      'docs/requirements/README.md': '# Requirements\n\n- [Security](non-functional/security/access.md)\n- [Goals](01-goals.md)\n- [Throughput](non-functional/performance/throughput.md)\n',
      'docs/requirements/01-goals.md': NESTED_PRD['docs/requirements/01-goals.md'],
      'docs/requirements/non-functional/performance/throughput.md': NESTED_PRD['docs/requirements/non-functional/performance/throughput.md'],
      'docs/requirements/non-functional/security/access.md': NESTED_PRD['docs/requirements/non-functional/security/access.md'],
    };
    pull(files, { 'docs/requirements/non-functional/security/access.md': files['docs/requirements/non-functional/security/access.md'] + '- **NFR-007:** Audit logs are kept for 1 year.\n' });
    const run = await runAction(gh, 'pull_request', pullRequestEvent(gh, 7), { prd: 'docs/requirements' });
    expect(nfrIds(run.outputs['report-path'])).toEqual(['NFR-004', 'NFR-005', 'NFR-007', 'NFR-001']);
    expect(run.summary).toContain('\n> archgate: read the PRD from docs/requirements: 4 markdown files, in the order docs/requirements/README.md links them.\n');
  });

  it('reads folders deeper than one query reaches with one more query, for head and base together', async () => {
    pull({
      'docs/requirements/01-goals.md': NESTED_PRD['docs/requirements/01-goals.md'],
      'docs/requirements/quality/runtime/performance/latency/p95/review-screen.md': NESTED_PRD['docs/requirements/non-functional/performance/latency/review-screen.md'],
    });
    const run = await runAction(gh, 'pull_request', pullRequestEvent(gh, 7), { prd: 'docs/requirements' });
    expect(nfrIds(run.outputs['report-path'])).toEqual(['NFR-002']);
    expect(run.summary).toContain('\n> archgate: read the PRD from docs/requirements and 5 folders below it: 2 markdown files, by path.\n');
    expect(requestsOf()).toEqual(['POST /graphql', 'POST /graphql', 'GET /repos/acme/product/pulls/7', 'POST /repos/acme/product/issues/7/comments', 'GET /repos/acme/product/issues/7/comments']);
  });

  it('does not ask again for a deep folder that a second PRD path already read', async () => {
    pull({
      'docs/requirements/01-goals.md': NESTED_PRD['docs/requirements/01-goals.md'],
      'docs/requirements/quality/runtime/performance/latency/p95/review-screen.md': NESTED_PRD['docs/requirements/non-functional/performance/latency/review-screen.md'],
    });
    const run = await runAction(gh, 'pull_request', pullRequestEvent(gh, 7), { prd: 'docs/requirements, docs/requirements/quality/runtime/performance/latency' });
    expect(nfrIds(run.outputs['report-path'])).toEqual(['NFR-002']);
    expect(gh.requests.filter((r) => r.path === '/graphql')).toHaveLength(1);
  });

  it('stops following a folder nested deeper than 32 levels: a pull request cannot make the read endless', async () => {
    const levels = (n: number) => Array.from({ length: n }, (_, i) => `l${i + 1}`).join('/');
    pull({
      [`docs/requirements/${levels(31)}/kept.md`]: NESTED_PRD['docs/requirements/non-functional/performance/throughput.md'],
      [`docs/requirements/${levels(60)}/lost.md`]: NESTED_PRD['docs/requirements/non-functional/availability.md'],
    });
    const run = await runAction(gh, 'pull_request', pullRequestEvent(gh, 7), { prd: 'docs/requirements' });
    expect(nfrIds(run.outputs['report-path'])).toEqual(['NFR-001']);
    // Levels 1-4 in the first query, then one query per four levels until level 32: 9 in all, not 15.
    expect(gh.requests.filter((r) => r.path === '/graphql')).toHaveLength(9);
  });

  it('names a PRD path that does not exist as given, and a folder with no markdown as given', async () => {
    pull({ 'docs/requirements/images/context.png': '\u0000PNG' });
    const missing = await runAction(gh, 'pull_request', pullRequestEvent(gh, 7), { prd: './specs/reqs' });
    expect(missing.stdout).toContain('::error title=prd/file-exists,file=./specs/reqs,line=1,col=1::The PRD was not found at ./specs/reqs.%0AFix: Create ./specs/reqs (`archgate init` writes a skeleton)');
    const empty = await runAction(gh, 'pull_request', pullRequestEvent(gh, 7), { prd: 'docs/requirements' });
    expect(empty.stdout).toContain('::error title=prd/file-exists,file=docs/requirements,line=1,col=1::The PRD folder docs/requirements has no markdown files.%0AFix: Add the document\'s markdown files to docs/requirements,');
  });
});

describe('the Japanese project, one file per requirement in nested folders (test/fixtures/ja)', () => {
  it('reads the same files in the same order as the CLI, finds the same NFRs and the same coverage', async () => {
    const dir = path.join(ROOT, 'test/fixtures/ja');
    const files: Record<string, string> = {};
    for (const rel of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
      if (rel.endsWith('.md')) files[rel.split(path.sep).join('/')] = readFileSync(path.join(dir, rel), 'utf8');
    }
    const architecture = 'docs/設計/アーキテクチャ.md';
    const base = gh.commit({ '.github/archgate.yml': 'preset: recommended\n', ...files });
    const head = gh.commit({ [architecture]: files[architecture] + '\n改訂。\n' }, base, 'change docs');
    gh.openPull({ number: 7, headSha: head, headRef: 'feature-7', baseSha: base });
    const run = await runAction(gh, 'pull_request', pullRequestEvent(gh, 7), { prd: 'docs/要件定義', architecture });
    const action = (JSON.parse(readFileSync(run.outputs['report-path'], 'utf8')) as { docSets: { prd: { files: string[] }; coverage: { id: string; kind: string; status: string }[] }[] }).docSets[0];
    const cli = (await runCheck({ dir, prd: ['docs/要件定義'], architecture: [architecture] })).docSets[0];
    expect(action.prd.files).toEqual(cli.prd.files);
    expect(action.prd.files).toHaveLength(15);
    expect(action.coverage.map((c) => [c.id, c.kind, c.status])).toEqual(cli.coverage.map((c) => [c.id, c.kind, c.status]));
    expect(nfrIds(run.outputs['report-path'])).toEqual(['NFR-007', 'NFR-008', 'NFR-009', 'NFR-004', 'NFR-005', 'NFR-006', 'NFR-001', 'NFR-002', 'NFR-003', 'NFR-010', 'NFR-011', 'NFR-012']);
    expect(run.summary).toContain('\n> archgate: read the PRD from docs/要件定義 and 6 folders below it: 15 markdown files, by path.\n');
    expect(gh.requests.filter((r) => r.path === '/graphql')).toHaveLength(1);
  });
});
