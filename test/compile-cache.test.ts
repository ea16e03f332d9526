import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';

// The CLI keeps V8's compiled code in its cache folder on node >= 22.1 (module.enableCompileCache),
// so a second run does not compile archgate's chunks again; node 20 has no such API and runs as
// before. ARCHGATE_CACHE=off keeps nothing on disk. (Run `npm run build` first.)

const [major, minor] = process.versions.node.split('.').map(Number);
const hasCompileCache = major > 22 || (major === 22 && minor >= 1);

function runVersion(env: Record<string, string>): { home: string; stdout: string; status: number | null } {
  const home = mkdtempSync(path.join(tmpdir(), 'archgate-cache-'));
  const run = spawnSync(process.execPath, [path.join(ROOT, 'dist/cli.js'), 'rules'], { env: { ...process.env, XDG_CACHE_HOME: home, ...env }, encoding: 'utf8' });
  return { home, stdout: run.stdout, status: run.status };
}

describe('the compile cache', () => {
  it(hasCompileCache ? 'is written to <cache>/archgate/v8 on this node' : 'is not used on this node (no module.enableCompileCache), and the CLI runs', () => {
    const { home, stdout, status } = runVersion({});
    expect(status).toBe(0);
    expect(stdout).toContain('prd/file-exists');
    const v8 = path.join(home, 'archgate', 'v8');
    if (hasCompileCache) expect(readdirSync(v8, { recursive: true }).length).toBeGreaterThan(0);
    else expect(existsSync(v8)).toBe(false);
  });

  it.skipIf(!hasCompileCache)('holds mermaid\'s chunks too, compiled on its worker', () => {
    const home = mkdtempSync(path.join(tmpdir(), 'archgate-cache-'));
    const docs = mkdtempSync(path.join(tmpdir(), 'archgate-docs-'));
    mkdirSync(path.join(docs, 'docs'));
    writeFileSync(path.join(docs, 'docs/prd.md'), '# PRD\n\n## Non-Functional Requirements\n\n- **NFR1:** p95 < 200 ms\n');
    writeFileSync(path.join(docs, 'docs/architecture.md'), '# Architecture\n\nNFR1 is met.\n');
    const check = () => spawnSync(process.execPath, [path.join(ROOT, 'dist/cli.js'), 'check', docs], { env: { ...process.env, XDG_CACHE_HOME: home }, encoding: 'utf8' });
    const entries = () => readdirSync(path.join(home, 'archgate', 'v8'), { recursive: true }).length;
    check();
    const withoutMermaid = entries();
    writeFileSync(path.join(docs, 'docs/architecture.md'), '# Architecture\n\nNFR1 is met.\n\n```mermaid\nflowchart TD\n  a --> b\n```\n');
    check();
    // Mermaid is some thirty chunks.
    expect(entries()).toBeGreaterThan(withoutMermaid + 10);
  });

  it('is never written with ARCHGATE_CACHE=off', () => {
    const { home, status } = runVersion({ ARCHGATE_CACHE: 'off' });
    expect(status).toBe(0);
    expect(readdirSync(home)).toEqual([]);
  });
});
