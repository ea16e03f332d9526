import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
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

  it('reads shards by file name when there is no index', () => {
    const dir = repo({ 'docs/architecture/10-deploy.md': '# D', 'docs/architecture/2-context.md': '# C', 'docs/architecture/1-intro.md': '# I', 'docs/prd.md': '# P' });
    expect(readDocSet(dir, withDefaults(dir, { name: 'x' })).architecture.map((f) => f.path)).toEqual([
      'docs/architecture/1-intro.md',
      'docs/architecture/2-context.md',
      'docs/architecture/10-deploy.md',
    ]);
  });

  it('records paths that do not exist instead of throwing', () => {
    const dir = repo({ 'docs/prd.md': '# P' });
    expect(readDocSet(dir, { name: 'x', prd: ['docs/prd.md'], architecture: ['docs/arch.md'] }).missing).toEqual([{ kind: 'architecture', path: 'docs/arch.md' }]);
  });

  it('turns a BMAD heading anchor into the shard of the same name, only when the file exists', () => {
    expect(linkedShards('[Intro](#introduction) [Other](#other)', (rel) => rel === 'introduction.md')).toEqual(['introduction.md']);
  });
});
