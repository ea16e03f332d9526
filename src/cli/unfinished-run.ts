import { writeSync } from 'node:fs';
import { isStackOverflow } from '../engine/nesting-depth.js';

// A run that stops before its end must never pass. On a small stack (`node --stack-size=60`)
// node can fail while it loads archgate's modules, or lose a rejected promise when the stack runs
// out inside its own rejection handling: the event loop then empties with nothing left to do and
// node exits 0, having checked, cited or written nothing, and said nothing. So the exit code is a
// failure (3, as an internal error) from the first line on, and only the end of the run sets the
// real one; a process that exits before that says so, and what to do, in one line.

interface Guarded {
  finished: boolean;
  cause?: unknown;
}

// One guard per process, however often it is installed (the built CLI installs it before it
// loads anything else; src/cli.ts installs it again when run from source).
const KEY = Symbol.for('archgate.unfinishedRun');
type GuardedProcess = NodeJS.Process & { [KEY]?: Guarded };

/** The line a run that stopped before its end writes: why, if node said, and what to do. */
export function unfinishedMessage(execArgv: readonly string[], cause: unknown): string {
  const stack = execArgv.map((a) => /^--stack[-_]size=(\d+)$/.exec(a)?.[1]).find(Boolean);
  const why = isStackOverflow(cause) || (cause === undefined && stack)
    ? `the JavaScript stack ran out${stack ? ` (node was started with --stack-size=${stack})` : ''}`
    : cause instanceof Error
      ? `node stopped it: ${cause.message}`
      : 'node ended it early';
  const todo = stack ? 'Run archgate without --stack-size: node\'s default stack is enough.' : 'Run it again; if it stops again, report it at https://github.com/archgate/archgate/issues with the command you ran.';
  return `archgate: the run stopped before it finished, so its work is not done and it fails: ${why}. ${todo}\n`;
}

/** Fails the process closed until `runFinished` is called. */
export function guardUnfinishedRun(proc: GuardedProcess = process): void {
  if (proc[KEY]) return;
  const guard: Guarded = { finished: false };
  proc[KEY] = guard;
  proc.exitCode = 3;
  proc.on('uncaughtExceptionMonitor', (error) => {
    guard.cause ??= error;
  });
  proc.once('exit', () => {
    if (guard.finished) return;
    proc.exitCode = 3;
    // Straight to file descriptor 2: process.stderr is made on first use, and making it loads
    // modules, which is what a small stack may not allow.
    writeSync(2, unfinishedMessage(proc.execArgv, guard.cause));
  });
}

/** The run reached its end: its own exit code stands. */
export function runFinished(code: number, proc: GuardedProcess = process): void {
  const guard = proc[KEY];
  if (guard) guard.finished = true;
  proc.exitCode = code;
}
