import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { linkedShards, readDocSet, withDefaults } from '../src/io/read-doc-set.js';
import { checkDocSet } from '../src/engine/engine.js';
import { resolveConfig } from '../src/config/resolve-config.js';

function repo(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'archgate-repo-'));
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), text);
  }
  return dir;
}

describe('reading a doc set', () => {
  it('reads a shard folder in the order index.md links it, index first', () => {
    const dir = repo({
      'docs/prd/index.md': '# PRD\n- [Requirements](./requirements.md)\n- [Goals](goals.md#goals)\n- [Goals again](goals.md)\n- [Site](https://example.com/x.md)',
      'docs/prd/goals.md': '## Goals',
      'docs/prd/requirements.md': '## Requirements\n\n- **NFR1:** p95 < 1 s',
      'docs/prd/notes.md': 'not linked',
      'docs/architecture.md': '# Arch',
    });
    const input = readDocSet(dir, withDefaults(dir, { name: 'x' }));
    expect(input.prd.map((f) => f.path)).toEqual(['docs/prd/index.md', 'docs/prd/requirements.md', 'docs/prd/goals.md']);
    const result = checkDocSet(input, resolveConfig({}).engine);
    expect(result.requirements[0].location).toEqual({ file: 'docs/prd/requirements.md', line: 3, column: 1 });
  });

  it('reads shards by file name when there is no index, numbers by value, without building ICU\'s collator', () => {
    const dir = repo({ 'docs/architecture/10-deploy.md': '# D', 'docs/architecture/2-context.md': '# C', 'docs/architecture/1-intro.md': '# I', 'docs/prd.md': '# P' });
    const localeCompare = vi.spyOn(String.prototype, 'localeCompare');
    expect(readDocSet(dir, withDefaults(dir, { name: 'x' })).architecture.map((f) => f.path)).toEqual([
      'docs/architecture/1-intro.md',
      'docs/architecture/2-context.md',
      'docs/architecture/10-deploy.md',
    ]);
    expect(localeCompare).not.toHaveBeenCalled();
    localeCompare.mockRestore();
  });

  it('records paths that do not exist instead of throwing', () => {
    const dir = repo({ 'docs/prd.md': '# P' });
    expect(readDocSet(dir, { name: 'x', prd: ['docs/prd.md'], architecture: ['docs/arch.md'] }).missing).toEqual([{ kind: 'architecture', path: 'docs/arch.md' }]);
  });

  it('turns a BMAD heading anchor into the shard of the same name, only when the file exists', () => {
    expect(linkedShards('[Intro](#introduction) [Other](#other)', (rel) => rel === 'introduction.md')).toEqual(['introduction.md']);
  });
});

describe('folders read whole', () => {
  // One requirement per file in nested folders, as a Japanese requirements set lays them out.
  const nested = () =>
    repo({
      'docs/requirements/01-performance/NFR-001.md': '## NFR-001\n\n- **NFR-001:** 画面表示は p95 300ms以下\n',
      'docs/requirements/01-performance/NFR-002.md': '## NFR-002\n\n- **NFR-002:** バッチは 60 分以内\n',
      'docs/requirements/02-security/README.md': '## NFR-010\n\n- **NFR-010:** TLS 1.2 以上\n',
      'docs/requirements/2-glossary.md': '# 用語集\n',
      'docs/requirements/10-operations/backup/NFR-020.md': '## NFR-020\n\n- **NFR-020:** RPO 24 時間\n',
      'docs/requirements/10-operations/.draft/NFR-099.md': '## NFR-099\n',
      'docs/requirements/notes.txt': 'not markdown',
      'docs/architecture.md': '# Arch\n',
    });

  it('reads nested folders by path, depth first, with no index', () => {
    const dir = nested();
    const input = readDocSet(dir, { name: 'x', prd: ['docs/requirements'], architecture: ['docs/architecture.md'] });
    expect(input.prd.map((f) => f.path)).toEqual([
      'docs/requirements/01-performance/NFR-001.md',
      'docs/requirements/01-performance/NFR-002.md',
      'docs/requirements/2-glossary.md',
      'docs/requirements/02-security/README.md',
      'docs/requirements/10-operations/backup/NFR-020.md',
    ]);
    expect(input.folders).toEqual([{ kind: 'prd', path: 'docs/requirements', files: 5, folders: 5, index: null }]);
    expect(checkDocSet(input, resolveConfig({}).engine).requirements.map((r) => [r.id, r.location.file])).toEqual([
      ['NFR-001', 'docs/requirements/01-performance/NFR-001.md'],
      ['NFR-002', 'docs/requirements/01-performance/NFR-002.md'],
      ['NFR-010', 'docs/requirements/02-security/README.md'],
      ['NFR-020', 'docs/requirements/10-operations/backup/NFR-020.md'],
    ]);
  });

  it('follows an index into the subfolder indexes it links, in link order, and leaves out what no index links', () => {
    const dir = repo({
      'docs/prd/index.md': '# PRD\n- [Performance](performance/README.md)\n- [Goals](goals.md)\n',
      'docs/prd/goals.md': '## Goals',
      'docs/prd/performance/README.md': '## Performance\n- [Latency](latency.md)\n- [Throughput](./throughput.md)\n',
      'docs/prd/performance/throughput.md': '## Throughput',
      'docs/prd/performance/latency.md': '## Latency',
      'docs/prd/performance/review-notes.md': 'not linked',
      'docs/architecture.md': '# Arch',
    });
    const input = readDocSet(dir, withDefaults(dir, { name: 'x' }));
    expect(input.prd.map((f) => f.path)).toEqual(['docs/prd/index.md', 'docs/prd/performance/README.md', 'docs/prd/performance/latency.md', 'docs/prd/performance/throughput.md', 'docs/prd/goals.md']);
    expect(input.folders).toEqual([{ kind: 'prd', path: 'docs/prd', files: 5, folders: 2, index: 'docs/prd/index.md' }]);
  });

  it('reads each file once when the paths given overlap (a folder and a folder inside it)', () => {
    const dir = nested();
    const input = readDocSet(dir, { name: 'x', prd: ['docs/requirements/10-operations', 'docs/requirements'], architecture: ['docs/architecture.md'] });
    expect(input.prd.map((f) => f.path)).toEqual([
      'docs/requirements/10-operations/backup/NFR-020.md',
      'docs/requirements/01-performance/NFR-001.md',
      'docs/requirements/01-performance/NFR-002.md',
      'docs/requirements/2-glossary.md',
      'docs/requirements/02-security/README.md',
    ]);
  });

  it('reads a folder reached twice through a symlink once', () => {
    const dir = repo({ 'docs/prd/a.md': '# A', 'docs/architecture.md': '# Arch' });
    symlinkSync(path.join(dir, 'docs/prd'), path.join(dir, 'docs/prd/again'));
    expect(readDocSet(dir, withDefaults(dir, { name: 'x' })).prd.map((f) => f.path)).toEqual(['docs/prd/a.md']);
  });

  it('refuses a symlinked folder inside a shard folder that leads out of the directory', () => {
    const outside = repo({ 'secret.md': '# token' });
    const dir = repo({ 'docs/prd/a.md': '# A', 'docs/architecture.md': '# Arch' });
    symlinkSync(outside, path.join(dir, 'docs/prd/vendor'));
    expect(() => readDocSet(dir, { name: 'x', prd: ['docs/prd'], architecture: ['docs/architecture.md'], origin: { prd: '--prd' } })).toThrow(
      `--prd: "docs/prd/vendor" leads to ${outside}, which is outside the checked directory ${dir}; archgate reads and writes only files inside it. Use a path inside it, or check the directory that holds it.`.replace('holds it.', 'holds the file.'),
    );
  });

  it('names a folder without markdown as given, in the finding', () => {
    const dir = repo({ 'docs/reqs/notes.txt': 'x', 'docs/architecture.md': '# Arch' });
    const result = checkDocSet(readDocSet(dir, { name: 'x', prd: ['docs/reqs/'], architecture: ['docs/architecture.md'] }), resolveConfig({}).engine);
    expect(result.findings.filter((f) => f.rule === 'prd/file-exists').map((f) => [f.file, f.line, f.message, f.fix])).toEqual([
      ['docs/reqs/', 1, 'The PRD folder docs/reqs/ has no markdown files.', 'Add the document\'s markdown files to docs/reqs/, or point docSets[].prd in .github/archgate.yml at the right file or folder.'],
    ]);
  });

  it('says on stderr how many files the CLI read from where', async () => {
    const { run } = await import('../src/cli/cli-main.js');
    let stderr = '';
    await run(['check', nested(), '--prd', 'docs/requirements', '--format', 'json'], { stdout: { write: () => true }, stderr: { write: (s: string) => (stderr += s) }, env: {} });
    expect(stderr).toBe('archgate: read the PRD from docs/requirements and 4 folders below it: 5 markdown files, by path.\n');
  });
});
