import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeFolderRead, readDocSet, withDefaults } from '../src/io/read-doc-set.js';
import { checkDocSetAsync } from '../src/engine/engine.js';
import { resolveConfig } from '../src/config/resolve-config.js';
import type { MermaidValidator } from '../src/diagrams/diagram-view.js';

// Many repositories keep their diagrams as raw files beside the markdown (docs/architecture/
// trust.mmd). An architecture folder reads them: each is a place to cite at its own lines, a `%%`
// comment naming an NFR is a citation, and mermaid's errors point into the raw file.

function repo(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'archgate-raw-mermaid-'));
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), text);
  }
  return dir;
}

/** Mermaid's verdict, stood in for: a line ending in an arrow is where its parser fails. */
const validator: MermaidValidator = {
  validate: async (code) => {
    const at = code.split('\n').findIndex((l) => /-->\s*$/.test(l));
    return at < 0 ? null : { line: at + 1, message: 'Parse error: unexpected end of diagram' };
  },
};

const PRD = [
  '# Ledger PRD',
  '## Non-functional requirements',
  '- **NFR-1**: Every call from the public zone passes the mTLS gateway at the trust boundary.',
  '- **NFR-2**: Account balances are replicated to a standby PostgreSQL replica in a second region.',
  '- **NFR-3**: Monthly statements are exported as PDF.',
].join('\n\n');

const OVERVIEW = '# Ledger architecture\n\n## Overview\n\nThe ledger has an API and a worker that posts entries.\n';

const TRUST = [
  'flowchart LR',
  '  %% Trust boundaries (NFR-1)',
  '  subgraph public[Public zone]',
  '    client[Browser]',
  '  end',
  '  client --> gw[mTLS gateway]',
  '  gw --> api[Ledger API]',
  '  api --> db[(PostgreSQL primary)]',
  '  db -. streaming replication .-> replica[(Standby replica in second region)]',
  '',
].join('\n');

describe('raw mermaid files in an architecture folder', () => {
  it('are read by path after the folder\'s markdown, and the notice counts them', () => {
    const dir = repo({
      'docs/prd.md': PRD,
      'docs/architecture/overview.md': OVERVIEW,
      'docs/architecture/deploy.mermaid': 'flowchart LR\n  a --> b\n',
      'docs/architecture/trust.mmd': TRUST,
      'docs/architecture/notes.txt': 'not a document',
    });
    const input = readDocSet(dir, withDefaults(dir, { name: 'x' }));
    expect(input.architecture.map((f) => f.path)).toEqual(['docs/architecture/overview.md', 'docs/architecture/deploy.mermaid', 'docs/architecture/trust.mmd']);
    expect(describeFolderRead(input.folders[0])).toBe('read the architecture from docs/architecture: 1 markdown file and 2 mermaid files, by path.');
  });

  it('are read where an index links them, and not when it does not', () => {
    const dir = repo({
      'docs/prd.md': PRD,
      'docs/architecture/index.md': '# Architecture\n\n- [Trust boundaries](./trust.mmd)\n- [Overview](overview.md)\n',
      'docs/architecture/overview.md': OVERVIEW,
      'docs/architecture/trust.mmd': TRUST,
      'docs/architecture/old.mmd': 'flowchart LR\n  x --> y\n',
    });
    const input = readDocSet(dir, withDefaults(dir, { name: 'x' }));
    expect(input.architecture.map((f) => f.path)).toEqual(['docs/architecture/index.md', 'docs/architecture/overview.md', 'docs/architecture/trust.mmd']);
  });

  it('a PRD folder leaves them out', () => {
    const dir = repo({ 'docs/prd/requirements.md': PRD, 'docs/prd/flow.mmd': 'flowchart LR\n  a --> b\n', 'docs/architecture.md': OVERVIEW });
    expect(readDocSet(dir, withDefaults(dir, { name: 'x' })).prd.map((f) => f.path)).toEqual(['docs/prd/requirements.md']);
  });

  it('cites at a %% comment, suggests their lines, and reports mermaid errors at the raw file\'s line; nothing rewrites them', async () => {
    const broken = 'flowchart TB\n  %% deployment\n  api -->\n';
    const dir = repo({ 'docs/prd.md': PRD, 'docs/architecture/overview.md': OVERVIEW, 'docs/architecture/trust.mmd': TRUST, 'docs/architecture/broken.mermaid': broken });
    const input = readDocSet(dir, withDefaults(dir, { name: 'x' }));
    const result = await checkDocSetAsync(input, resolveConfig({}).engine, validator);
    const at = (f: { file: string; line: number }) => `${f.file}:${f.line}`;
    expect(result.findings.filter((f) => f.rule === 'diagram/mermaid-syntax').map((f) => [at(f), f.message])).toEqual([
      ['docs/architecture/broken.mermaid:3', 'Mermaid cannot parse this diagram: Parse error: unexpected end of diagram'],
    ]);
    const rows = new Map(result.coverage.rows.map((r) => [r.requirement.id, r]));
    expect(rows.get('NFR-1')!.status).toBe('covered');
    expect(rows.get('NFR-1')!.citations.map(at)).toEqual(['docs/architecture/trust.mmd:2']);
    expect(rows.get('NFR-2')!.suggestions.map((s) => at(s.location))[0]).toBe('docs/architecture/trust.mmd:9');
    expect(rows.get('NFR-3')!.suggestions).toEqual([]);
    expect(result.fixes).toEqual([]);
    expect(readFileSync(path.join(dir, 'docs/architecture/trust.mmd'), 'utf8')).toBe(TRUST);
  });

  it('keep every line of a raw file with CRLF endings and no final newline', async () => {
    const dir = repo({ 'docs/prd.md': PRD, 'docs/architecture/overview.md': OVERVIEW, 'docs/architecture/trust.mmd': TRUST.trimEnd().replace(/\n/g, '\r\n') });
    const result = await checkDocSetAsync(readDocSet(dir, withDefaults(dir, { name: 'x' })), resolveConfig({}).engine, validator);
    const row = result.coverage.rows.find((r) => r.requirement.id === 'NFR-1')!;
    expect(row.citations.map((c) => `${c.file}:${c.line}`)).toEqual(['docs/architecture/trust.mmd:2']);
  });
});
