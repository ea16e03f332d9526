import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_PATHS } from '../io/read-doc-set.js';
import { guessMermaidBlocks, hasMermaidFence } from '../io/mermaid-validator.js';

// Whether a check is about to meet a mermaid block, guessed from the command line before
// anything else loads, so that the mermaid worker can start first thing. Only a guess: a wrong
// one costs a few milliseconds either way, never a result.

function hasUnknownMermaid(file: string, known: (code: string) => boolean): boolean {
  try {
    const stat = statSync(file);
    if (stat.isDirectory()) return readdirSync(file).some((f) => /\.md$/i.test(f) && hasUnknownMermaid(path.join(file, f), known));
    // A device or FIFO (a symlink to /dev/zero) would never end: only regular files are peeked at.
    if (!stat.isFile() || stat.size >= 5_000_000) return false;
    const text = readFileSync(file, 'utf8');
    return hasMermaidFence(text) && guessMermaidBlocks(text).some((code) => !known(code));
  } catch {
    return false;
  }
}

/**
 * Whether the documents `archgate check` names with --prd/--architecture, else the default ones,
 * have a mermaid block whose verdict is not known yet (`known`: kept from an earlier run).
 */
export function checkMayMeetMermaid(argv: string[], known: (code: string) => boolean = () => false): boolean {
  const named: string[] = [];
  let dir = '.';
  let positional = 0;
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i];
    const flag = /^--(prd|architecture)(?:=(.*))?$/.exec(a);
    if (flag) named.push(flag[2] ?? argv[++i] ?? '');
    else if (a.startsWith('--')) {
      if (!a.includes('=') && /^--(?:config|doc-set|format|fail-on|baseline)$/.test(a)) i++;
    } else if (positional++ === 0) dir = a;
  }
  const files = named.length ? named : [...DEFAULT_PATHS.prd, ...DEFAULT_PATHS.architecture];
  return files.some((f) => hasUnknownMermaid(path.resolve(dir, f), known));
}
