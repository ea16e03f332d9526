import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { DocKind, DocSetInput, SourceFile } from '../engine/types.js';

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

const toPosix = (p: string) => p.split(path.sep).join('/');

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
export function shardFiles(dir: string): string[] {
  const index = ['index.md', 'INDEX.md', 'README.md'].map((n) => path.join(dir, n)).find((p) => existsSync(p));
  if (index) {
    const linked = linkedShards(readFileSync(index, 'utf8'), (rel) => existsSync(path.join(dir, rel)))
      .map((rel) => path.resolve(dir, rel))
      .filter((abs) => abs.startsWith(path.resolve(dir) + path.sep) && existsSync(abs) && statSync(abs).isFile() && abs !== path.resolve(index));
    if (linked.length) return [path.resolve(index), ...linked];
  }
  return readdirSync(dir)
    .filter((n) => n.toLowerCase().endsWith('.md'))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
    .map((n) => path.resolve(dir, n));
}

function readOne(root: string, rel: string): SourceFile[] | null {
  const abs = path.resolve(root, rel);
  if (!existsSync(abs)) return null;
  const files = statSync(abs).isDirectory() ? shardFiles(abs) : [abs];
  return files.map((f) => ({ path: toPosix(path.relative(root, f)), text: readFileSync(f, 'utf8') }));
}

/** Resolve a doc set's paths (files or shard folders, relative to root) into source files. */
export function readDocSet(root: string, paths: DocSetPaths): DocSetInput {
  const input: DocSetInput = { name: paths.name, prd: [], architecture: [], missing: [] };
  for (const kind of ['prd', 'architecture'] as DocKind[]) {
    for (const rel of paths[kind]) {
      const files = readOne(root, rel);
      if (files) input[kind].push(...files);
      else input.missing.push({ kind, path: toPosix(rel) });
    }
  }
  return input;
}

/** docs/prd.md, else the docs/prd/ shard folder; the same for the architecture. */
export function withDefaults(root: string, spec: DocSetSpec): DocSetPaths {
  const pick = (file: string, dir: string) => (existsSync(path.join(root, file)) || !existsSync(path.join(root, dir)) ? file : dir);
  return {
    name: spec.name,
    prd: spec.prd ?? [pick('docs/prd.md', 'docs/prd')],
    architecture: spec.architecture ?? [pick('docs/architecture.md', 'docs/architecture')],
  };
}
