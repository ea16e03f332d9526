import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';
import { unfinishedMessage } from '../src/cli/unfinished-run.js';

// A run that stops before its end never passes: `node --stack-size=60 dist/cli.js cite …` exited 0
// having cited nothing and said nothing. The CLI's exit code is a failure from its first line until
// the run reaches its end, and a run that stops early says so in one line, with what to do.

const CLI = path.join(ROOT, 'dist/cli.js');
const GUARD = path.join(ROOT, 'src/cli/unfinished-run.ts');
const env = { ...process.env, NO_COLOR: '1', ARCHGATE_CACHE: 'off' };

const STACK_LINE = (size: number) =>
  `archgate: the run stopped before it finished, so its work is not done and it fails: the JavaScript stack ran out (node was started with --stack-size=${size}). Run archgate without --stack-size: node's default stack is enough.`;

describe('the line a run that stopped early writes', () => {
  it('names the cause node gave and what to do', () => {
    const overflow = new RangeError('Maximum call stack size exceeded');
    expect(unfinishedMessage(['--stack-size=60'], overflow)).toBe(`${STACK_LINE(60)}\n`);
    // No cause seen (a promise lost while the stack was out), but a small stack asked for: the stack.
    expect(unfinishedMessage(['--stack-size=60'], undefined)).toBe(`${STACK_LINE(60)}\n`);
    expect(unfinishedMessage([], overflow)).toBe(
      'archgate: the run stopped before it finished, so its work is not done and it fails: the JavaScript stack ran out. Run it again; if it stops again, report it at https://github.com/archgate/archgate/issues with the command you ran.\n',
    );
    expect(unfinishedMessage([], new TypeError('x is not a function'))).toBe(
      'archgate: the run stopped before it finished, so its work is not done and it fails: node stopped it: x is not a function. Run it again; if it stops again, report it at https://github.com/archgate/archgate/issues with the command you ran.\n',
    );
  });
});

describe('a process that never reaches the end of its run', () => {
  const script = (body: string) =>
    spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', `import { guardUnfinishedRun, runFinished } from ${JSON.stringify(GUARD)}; guardUnfinishedRun(); ${body}`], { cwd: ROOT, encoding: 'utf8', env });

  it('exits 3 with one line when the event loop empties before the end (a promise that never settles)', () => {
    const r = script('new Promise(() => {}).then(() => runFinished(0));');
    expect([r.status, r.stdout, r.stderr]).toEqual([
      3,
      '',
      'archgate: the run stopped before it finished, so its work is not done and it fails: node ended it early. Run it again; if it stops again, report it at https://github.com/archgate/archgate/issues with the command you ran.\n',
    ]);
  });

  it('exits 3 after an uncaught stack overflow, its line first (node\'s trace follows)', () => {
    const r = script('const deeper = (n) => deeper(n + 1) + 1; setTimeout(() => deeper(0)); setTimeout(() => runFinished(0), 60_000).unref();');
    expect(r.status).toBe(3);
    expect(r.stderr.split('\n')[0]).toBe(
      'archgate: the run stopped before it finished, so its work is not done and it fails: the JavaScript stack ran out. Run it again; if it stops again, report it at https://github.com/archgate/archgate/issues with the command you ran.',
    );
  });

  it('keeps the run\'s own exit code once it has finished, and says nothing', () => {
    expect(script('runFinished(0);')).toMatchObject({ status: 0, stderr: '' });
    expect(script('runFinished(1);')).toMatchObject({ status: 1, stderr: '' });
  });
});

describe('the built CLI on small stacks', () => {
  // Every stack size from 40 KB to 72 KB, where node 20 and node 24 stop loading or running the
  // CLI: each run does its work or fails. Node itself exits 0 at one or two sizes without running
  // any ES module (`process.exitCode = 3` alone, checked: node 20 at 59-60 KB, node 24 at 44 KB);
  // only there may the CLI do the same, and no module of any package can do otherwise.
  it('cite either writes its diff or fails; where archgate\'s first line ran, it says why', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'archgate-stack-'));
    mkdirSync(path.join(dir, 'docs'));
    writeFileSync(path.join(dir, 'docs/prd.md'), '# PRD\n\n## Non-Functional Requirements\n\n- **NFR1:** Search answers within 2 s at p95.\n');
    writeFileSync(path.join(dir, 'docs/architecture.md'), '# Architecture\n\n## Search\n\nThe search service answers within 2 s at p95 from a warm index.\n');
    writeFileSync(path.join(dir, 'one-line.mjs'), 'process.exitCode = 3;\n');
    const run = (args: string[], stack?: number) => spawnSync(process.execPath, [...(stack ? [`--stack-size=${stack}`] : []), ...args], { cwd: dir, encoding: 'utf8', env });
    const cite = [CLI, 'cite', '--accept', 'implied', '--dry-run', '.'];
    const full = run(cite);
    expect(full.status).toBe(0);
    expect(full.stdout).toContain('+The search service answers within 2 s at p95 from a warm index (NFR1).');
    let explained = 0;
    for (let stack = 40; stack <= 72; stack++) {
      const r = run(cite, stack);
      if (r.status === 0 && r.stdout === full.stdout) continue;
      if (r.status === 0) {
        // Node's own silent exit: a one-statement module fails to run there too.
        expect(run(['one-line.mjs'], stack).status, `stack ${stack}: exit 0 without the diff`).toBe(0);
        expect(r.stdout, `stack ${stack}`).toBe('');
        continue;
      }
      // (Node's trace may quote the CLI's first line, which holds the words: only lines of their own count.)
      const said = r.stderr.split('\n').filter((l) => l.startsWith('archgate: '));
      if (said.length) {
        expect(said, `stack ${stack}`).toEqual([STACK_LINE(stack)]);
        explained++;
      }
    }
    // Node runs the CLI's first line and then runs out of stack at a size or two in this range.
    expect(explained).toBeGreaterThan(0);
  });
});
