import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '../errors.js';

/** Where documents are read from: the working tree, or a git commit (for the baseline). */
export interface FileSource {
  /** 'file', 'dir' or null, for a path relative to the repository root. */
  kind(rel: string): 'file' | 'dir' | null;
  /** Names of the entries of a folder. */
  list(rel: string): string[];
  read(rel: string): string;
}

export function workingTree(root: string): FileSource {
  const abs = (rel: string) => path.resolve(root, rel);
  return {
    kind: (rel) => (!existsSync(abs(rel)) ? null : statSync(abs(rel)).isDirectory() ? 'dir' : 'file'),
    list: (rel) => readdirSync(abs(rel)),
    read: (rel) => readFileSync(abs(rel), 'utf8'),
  };
}

/** Files as they are at a git ref, read with git itself (never through a checkout). */
export function gitCommit(root: string, ref: string): FileSource {
  const git = (args: string[]) => execFileSync('git', ['-C', root, ...args], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] });
  try {
    git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
  } catch {
    throw new UserError(`--baseline: "${ref}" is not a commit in ${root}`);
  }
  // Paths are relative to the repository root git knows, which may be above `root`.
  const prefix = git(['rev-parse', '--show-prefix']).trim();
  const spec = (rel: string) => `${ref}:${path.posix.join(prefix, rel.split(path.sep).join('/')).replace(/\/$/, '')}`;
  return {
    kind: (rel) => {
      try {
        const type = git(['cat-file', '-t', spec(rel)]).trim();
        return type === 'tree' ? 'dir' : type === 'blob' ? 'file' : null;
      } catch {
        return null;
      }
    },
    list: (rel) => git(['ls-tree', '--name-only', '-z', spec(rel)]).split('\0').filter(Boolean),
    read: (rel) => git(['cat-file', 'blob', spec(rel)]),
  };
}
