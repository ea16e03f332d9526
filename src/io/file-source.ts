import { existsSync, lstatSync, readFileSync, readdirSync, readlinkSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { UserError } from '../errors.js';

// node:child_process (and node:net and the streams it loads) only once git is run: a check of the
// working tree never runs it.
const builtin = createRequire(import.meta.url);

/** Where documents are read from: the working tree, or a git commit (for the baseline). */
export interface FileSource {
  /** 'file', 'dir' or null, for a path relative to the repository root. */
  kind(rel: string): 'file' | 'dir' | null;
  /** Names of the entries of a folder. */
  list(rel: string): string[];
  read(rel: string): string;
  /** The same folder reached twice (a symlink loop) has one identity; absent where that cannot happen. */
  identity?(rel: string): string;
}

/**
 * A path that leads out of the checked directory: `../x`, an absolute path, or a symlink to a
 * file elsewhere. A pull request controls the documents and, in local and CI runs, the config:
 * reading such a path would print another file's text (a credential) into the findings.
 */
export class OutsideRootError extends UserError {
  constructor(
    readonly rel: string,
    readonly target: string,
    readonly root: string,
  ) {
    super(`"${rel}" ${target === path.resolve(root, rel) ? 'is' : `leads to ${target}, which is`} outside the checked directory ${root}; archgate reads and writes only files inside it. Use a path inside it, or check the directory that holds the file.`);
    this.name = 'OutsideRootError';
  }
}

/**
 * A symbolic link that leads to itself, or through more links in a row than a reader follows.
 * The CLI meets it as the system's ELOOP; the Action, reading links through the API, counts them.
 */
export class LinkLoopError extends UserError {
  constructor(readonly rel: string) {
    super(`"${rel}" is a symbolic link in a loop, or the start of a chain of links too long to follow; archgate reads a link only when it leads to a file or a folder in a few steps. Point the link at the file or folder itself.`);
    this.name = 'LinkLoopError';
  }
}

/** Links in a row every host follows: each step through the API can cost the Action a request, so the CLI stops there too. */
export const MAX_LINK_HOPS = 8;

const inside = (root: string, abs: string) => {
  const rel = path.relative(root, abs);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
};

/**
 * The real absolute path of `rel` under `root`, symlinks resolved; throws OutsideRootError when
 * it leaves `root`. A path that does not exist yet is resolved through its nearest existing folder.
 */
export function containedPath(root: string, rel: string): string {
  const realRoot = realpathSync(root);
  const lexical = path.resolve(realRoot, rel);
  if (!inside(realRoot, lexical)) throw new OutsideRootError(rel.split(path.sep).join('/'), path.resolve(root, rel), root);
  let existing = lexical;
  while (!existsSync(existing) && existing !== path.dirname(existing)) existing = path.dirname(existing);
  let real = path.join(realpathSync(existing), path.relative(existing, lexical));
  // A link whose target is absent still points somewhere: out of the root is refused whether or
  // not the target exists there, as the Action (which cannot look outside) refuses it.
  for (let hops = 0; hops <= MAX_LINK_HOPS && lstatSync(real, { throwIfNoEntry: false })?.isSymbolicLink(); hops++) real = path.resolve(path.dirname(real), readlinkSync(real));
  if (!inside(realRoot, real)) throw new OutsideRootError(rel.split(path.sep).join('/'), real, root);
  return real;
}

const linkLoops = (abs: string) => {
  try {
    statSync(abs);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ELOOP';
  }
};

/** Whether the links at `abs` (a link to a link to…) run longer than the Action follows: the same limit on both hosts. */
const chainTooLong = (abs: string) => {
  let at = abs;
  for (let hops = 0; lstatSync(at, { throwIfNoEntry: false })?.isSymbolicLink(); hops++) {
    if (hops === MAX_LINK_HOPS) return true;
    at = path.resolve(path.dirname(at), readlinkSync(at));
  }
  return false;
};

export function workingTree(root: string): FileSource {
  const abs = (rel: string) => containedPath(root, rel);
  return {
    kind: (rel) => {
      const p = abs(rel);
      if (chainTooLong(path.resolve(root, rel))) throw new LinkLoopError(rel.split(path.sep).join('/'));
      if (!existsSync(p)) {
        // existsSync is false for a link in a loop too: that is refused, as the Action refuses it.
        if (lstatSync(p, { throwIfNoEntry: false })?.isSymbolicLink() && linkLoops(p)) throw new LinkLoopError(rel.split(path.sep).join('/'));
        return null;
      }
      const stat = statSync(p);
      if (stat.isDirectory()) return 'dir';
      // A FIFO or a device (/dev/zero) would hang the read or fill the memory.
      if (!stat.isFile()) throw new UserError(`"${rel}" is not a regular file; archgate reads only markdown files. Point the doc set at a file or a folder.`);
      return 'file';
    },
    list: (rel) => readdirSync(abs(rel)),
    read: (rel) => readFileSync(abs(rel), 'utf8'),
    identity: (rel) => abs(rel),
  };
}

/**
 * Files as they are at a git ref, read with git itself (never through a checkout). A symbolic
 * link (mode 120000, a blob holding its target) is followed as in a checkout of that ref, and
 * refused as the working tree refuses it: out of the checked directory, absolute, or a loop.
 */
export function gitCommit(root: string, ref: string): FileSource {
  const { execFileSync } = builtin('node:child_process') as typeof import('node:child_process');
  const git = (args: string[]) => execFileSync('git', ['-C', root, ...args], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] });
  try {
    git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
  } catch {
    throw new UserError(`--baseline: "${ref}" is not a commit in ${root}`);
  }
  // Paths are relative to the repository root git knows, which may be above `root`.
  const prefix = git(['rev-parse', '--show-prefix']).trim();
  const top = git(['rev-parse', '--show-toplevel']).trim();
  // One listing per folder, with each entry's mode and type: what tells a link from a file.
  const listings = new Map<string, Map<string, { mode: string; type: string }> | null>();
  const listing = (dir: string) => {
    if (!listings.has(dir)) {
      let out: string | null = null;
      try {
        out = git(['ls-tree', '--full-tree', '-z', `${ref}:${dir}`]);
      } catch {
        // Not a folder at this ref.
      }
      const entries = out?.split('\0').filter(Boolean).map((line): [string, { mode: string; type: string }] => {
        const tab = line.indexOf('\t');
        const [mode, type] = line.slice(0, tab).split(' ');
        return [line.slice(tab + 1), { mode, type }];
      });
      listings.set(dir, entries ? new Map(entries) : null);
    }
    return listings.get(dir)!;
  };
  /** The repository path `rel` (relative to root) stands for at the ref, links followed; null where nothing is. */
  const resolve = (rel: string): { path: string; type: string } | null => {
    const asked = rel.split(path.sep).join('/');
    // git reads `..` relative to the current directory: the same fence as the working tree.
    if (!inside(path.resolve('/r'), path.resolve('/r', rel))) throw new OutsideRootError(asked, path.resolve(root, rel), root);
    const done = prefix.split('/').filter(Boolean);
    const todo = asked.split('/').filter((p) => p && p !== '.');
    let type = 'tree';
    let hops = 0;
    while (todo.length) {
      const name = todo.shift()!;
      if (name === '..') {
        if (!done.length) throw new OutsideRootError(asked, path.resolve(top, '..', ...todo), root);
        done.pop();
        type = 'tree';
        continue;
      }
      const entry = listing(done.join('/'))?.get(name);
      if (!entry) return null;
      if (entry.mode !== '120000') {
        done.push(name);
        type = entry.type;
        continue;
      }
      if (++hops > MAX_LINK_HOPS) throw new LinkLoopError(asked);
      const target = git(['cat-file', 'blob', `${ref}:${[...done, name].join('/')}`]);
      if (path.posix.isAbsolute(target)) throw new OutsideRootError(asked, target, root);
      todo.unshift(...target.split('/').filter((p) => p && p !== '.'));
    }
    const full = done.join('/');
    if (prefix && !`${full}/`.startsWith(prefix)) throw new OutsideRootError(asked, path.resolve(top, full), root);
    return { path: full, type };
  };
  return {
    kind: (rel) => {
      const type = resolve(rel)?.type;
      return type === 'tree' ? 'dir' : type === 'blob' ? 'file' : null;
    },
    list: (rel) => {
      const at = resolve(rel);
      return at ? [...(listing(at.path)?.keys() ?? [])] : [];
    },
    read: (rel) => {
      const at = resolve(rel);
      if (at?.type !== 'blob') throw new UserError(`"${rel}" is not a file at ${ref}`);
      return git(['cat-file', 'blob', `${ref}:${at.path}`]);
    },
    // A folder reached twice through links is read once, as in the working tree.
    identity: (rel) => resolve(rel)?.path ?? rel,
  };
}
