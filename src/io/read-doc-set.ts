import path from 'node:path';
import type { DocKind, DocSetInput, SourceFile } from '../engine/types.js';
import { workingTree, type FileSource } from './file-source.js';

export interface DocSetPaths {
  name: string;
  prd: string[];
  architecture: string[];
}

/** A doc set as configured: a path list left out means the default location. */
export interface DocSetSpec {
  name: string;
  prd?: string[];
  architecture?: string[];
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
      const rel = join(given);
      const type = source.kind(rel);
      if (!type) {
        input.missing.push({ kind, path: posix(given) });
        continue;
      }
      const files = type === 'dir' ? shardFiles(source, rel) : [rel];
      input[kind].push(...files.map((f): SourceFile => ({ path: f, text: source.read(f) })));
    }
  }
  return input;
}

export function readDocSet(root: string, paths: DocSetPaths): DocSetInput {
  return readDocSetFrom(workingTree(root), paths);
}

/** docs/prd.md, else the docs/prd/ shard folder; the same for the architecture. */
export function withDefaults(source: FileSource | string, spec: DocSetSpec): DocSetPaths {
  const src = typeof source === 'string' ? workingTree(source) : source;
  const pick = (file: string, dir: string) => (src.kind(file) || !src.kind(dir) ? file : dir);
  return {
    name: spec.name,
    prd: spec.prd ?? [pick('docs/prd.md', 'docs/prd')],
    architecture: spec.architecture ?? [pick('docs/architecture.md', 'docs/architecture')],
  };
}
