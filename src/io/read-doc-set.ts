import path from 'node:path';
import type { DocKind, DocSetInput, SourceFile } from '../engine/types.js';
import { OutsideRootError, workingTree, type FileSource } from './file-source.js';
import { UserError } from '../errors.js';

/** Where the user named a doc set's paths, for errors: "--prd", ".github/archgate.yml: docSets.0.prd". */
export type PathOrigin = Partial<Record<DocKind, string>>;

export interface DocSetPaths {
  name: string;
  prd: string[];
  architecture: string[];
  origin?: PathOrigin;
}

/** A doc set as configured: a path list left out means the default location. */
export interface DocSetSpec {
  name: string;
  prd?: string[];
  architecture?: string[];
  origin?: PathOrigin;
}

const posix = (p: string) => p.split(path.sep).join('/');
const join = (...parts: string[]) => path.posix.normalize(path.posix.join(...parts.map(posix))).replace(/(.)\/+$/, '$1');

/** Links to markdown files in an index, in the order they appear. */
export function linkedShards(indexText: string, exists: (rel: string) => boolean = () => true): string[] {
  const out: string[] = [];
  for (const m of indexText.matchAll(/\]\(\s*<?([^)>\s]*)>?\s*\)/g)) {
    const raw = m[1];
    let target: string | null = null;
    if (/^[^#]+\.md(?:#.*)?$/i.test(raw)) target = decodeURIComponent(raw.replace(/#.*$/, '')).replace(/^\.\//, '');
    // BMAD's shard tool links a shard's own heading as "#high-level-architecture" and names the
    // file after the same slug: such an anchor stands for the file when it exists.
    else if (/^#[\w-]+$/.test(raw) && exists(`${raw.slice(1)}.md`)) target = `${raw.slice(1)}.md`;
    if (target && !/^[a-z]+:/i.test(target) && !out.includes(target)) out.push(target);
  }
  return out;
}

/**
 * A shard folder is read as index.md first, then the files it links, in link order;
 * without an index.md, every .md file by name. Files an index does not link are left out,
 * as BMAD leaves review reports and notes beside the shards.
 */
export function shardFiles(source: FileSource, dir: string): string[] {
  const index = ['index.md', 'INDEX.md', 'README.md'].map((n) => join(dir, n)).find((p) => source.kind(p) === 'file');
  if (index) {
    const linked = linkedShards(source.read(index), (rel) => source.kind(join(dir, rel)) === 'file')
      .map((rel) => join(dir, rel))
      .filter((rel) => rel.startsWith(join(dir) + '/') && rel !== index && source.kind(rel) === 'file');
    if (linked.length) return [index, ...linked];
  }
  return source
    .list(dir)
    .filter((n) => n.toLowerCase().endsWith('.md'))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
    .map((n) => join(dir, n));
}

/** Resolve a doc set's paths (files or shard folders, relative to the root) into source files. */
export function readDocSetFrom(source: FileSource, paths: DocSetPaths): DocSetInput {
  const input: DocSetInput = { name: paths.name, prd: [], architecture: [], missing: [] };
  for (const kind of ['prd', 'architecture'] as DocKind[]) {
    for (const given of paths[kind]) {
      try {
        const rel = join(given);
        const type = source.kind(rel);
        if (!type) {
          input.missing.push({ kind, path: posix(given) });
          continue;
        }
        const files = type === 'dir' ? shardFiles(source, rel) : [rel];
        input[kind].push(...files.map((f): SourceFile => ({ path: f, text: source.read(f) })));
      } catch (error) {
        // Say which setting named the path, so the user knows what to change.
        const origin = paths.origin?.[kind];
        if (error instanceof OutsideRootError && origin) throw new UserError(`${origin}: ${error.message}`);
        throw error;
      }
    }
  }
  return input;
}

export function readDocSet(root: string, paths: DocSetPaths): DocSetInput {
  return readDocSetFrom(workingTree(root), paths);
}

/** Where a doc set is looked for when the config names no path: the file, else the shard folder. */
export const DEFAULT_PATHS = { prd: ['docs/prd.md', 'docs/prd'], architecture: ['docs/architecture.md', 'docs/architecture'] } as const;

/** docs/prd.md, else the docs/prd/ shard folder; the same for the architecture. */
export function withDefaults(source: FileSource | string, spec: DocSetSpec): DocSetPaths {
  const src = typeof source === 'string' ? workingTree(source) : source;
  const pick = ([file, dir]: readonly string[]) => (src.kind(file) || !src.kind(dir) ? file : dir);
  return {
    name: spec.name,
    prd: spec.prd ?? [pick(DEFAULT_PATHS.prd)],
    architecture: spec.architecture ?? [pick(DEFAULT_PATHS.architecture)],
    ...(spec.origin ? { origin: spec.origin } : {}),
  };
}

export interface DocSetSelection {
  docSet?: string;
  prd?: string[];
  architecture?: string[];
}

/**
 * The doc sets a run checks: the config's (or the default one), narrowed to one by name, with
 * PRD and architecture paths overridden for a single doc set. `words` names the options in
 * errors as the user wrote them (CLI flags or Action inputs).
 */
export function selectDocSets(configured: DocSetSpec[], pick: DocSetSelection, words: { docSet: string; paths: string; prd?: string; architecture?: string }): DocSetSpec[] {
  let specs: DocSetSpec[] = configured.length ? configured : [{ name: 'default' }];
  if (pick.docSet) {
    specs = specs.filter((s) => s.name === pick.docSet);
    if (!specs.length) throw new UserError(`${words.docSet}: no doc set named "${pick.docSet}" in the config (known: ${configured.map((s) => s.name).join(', ') || 'default'})`);
  }
  if (pick.prd?.length || pick.architecture?.length) {
    if (specs.length > 1) throw new UserError(`${words.paths} apply to one doc set: choose it with ${words.docSet}`);
    const origin: PathOrigin = { ...specs[0].origin };
    if (pick.prd?.length) origin.prd = words.prd ?? words.paths;
    if (pick.architecture?.length) origin.architecture = words.architecture ?? words.paths;
    specs = [{ ...specs[0], ...(pick.prd?.length ? { prd: pick.prd } : {}), ...(pick.architecture?.length ? { architecture: pick.architecture } : {}), origin }];
  }
  return specs;
}
