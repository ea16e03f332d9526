import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';

// `archgate check --format json | head`: the reader closes the pipe after a few bytes. What is left
// of the report has nowhere to go; the run still ends with the verdict's exit code and no stack trace.

const CLI = path.join(ROOT, 'dist/cli.js');

function docs(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'archgate-pipe-'));
  mkdirSync(path.join(dir, 'docs'));
  // 400 uncited NFRs: a JSON report of several hundred KB, many chunks after the reader has gone.
  const nfrs = Array.from({ length: 400 }, (_, i) => `- **NFR${i + 1}:** The export service answers request kind ${i} within ${i + 1} seconds.`);
  writeFileSync(path.join(dir, 'docs/prd.md'), ['# PRD', '', '## Functional Requirements', '', '- **FR1:** Users export reports.', '', '## Non-Functional Requirements', '', ...nfrs, ''].join('\n'));
  writeFileSync(path.join(dir, 'docs/architecture.md'), ['# Architecture', '', '## Components', '', 'The export service renders reports from the read model.', ''].join('\n'));
  return dir;
}

describe('a reader that closes the pipe early', () => {
  it('gets the first bytes; the run ends with the verdict, not an EPIPE trace', async () => {
    const dir = docs();
    const child = spawn(process.execPath, [CLI, 'check', '--prd', 'docs/prd.md', '--architecture', 'docs/architecture.md', '--format', 'json'], { cwd: dir, env: { ...process.env, ARCHGATE_CACHE: 'off' } });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    const first = await new Promise<string>((resolve) => child.stdout.once('data', (b: Buffer) => resolve(b.toString('utf8', 0, 12))));
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(first).toBe('{\n  "version');
    expect(stderr).toBe('');
    // Every NFR is uncited: the gate fails, as it would with the whole report read.
    expect(code).toBe(1);
  });
});
