import path from 'node:path';
import { compareNumbered } from '../engine/compare-text.js';
import { isRawMermaid } from '../engine/raw-diagrams.js';
import type { DocKind, DocSetInput, SourceFile } from '../engine/types.js';
import { LinkLoopError, OutsideRootError, workingTree, type FileSource } from './file-source.js';
import { UserError } from '../errors.js';

/** Where the user named a doc set's paths, for errors: "--prd", ".github/archgate.yml: docSets.0.prd". */
export type PathOrigin = Partial<Record<DocKind, string>>;

export interface DocSetPaths {
  name: string;
  prd: string[];
  architecture: string[];
  origin?: PathOrigin;
  /** The PRD path is the default one, not the user's: an arc42 set's §10 may stand in for it. */
  prdDefault?: boolean;
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

/** Links to markdown files in an index (and, with `diagrams`, to raw mermaid files), in the order they appear. */
export function linkedShards(indexText: string, exists: (rel: string) => boolean = () => true, diagrams = false): string[] {
  const out: string[] = [];
  const file = diagrams ? /^[^#]+\.(?:md|mmd|mermaid)(?:#.*)?$/i : /^[^#]+\.md(?:#.*)?$/i;
  for (const m of indexText.matchAll(/\]\(\s*<?([^)>\s]*)>?\s*\)/g)) {
    const raw = m[1];
    let target: string | null = null;
    if (file.test(raw)) target = decodeURIComponent(raw.replace(/#.*$/, '')).replace(/^\.\//, '');
    // BMAD's shard tool links a shard's own heading as "#high-level-architecture" and names the
    // file after the same slug: such an anchor stands for the file when it exists.
    else if (/^#[\w-]+$/.test(raw) && exists(`${raw.slice(1)}.md`)) target = `${raw.slice(1)}.md`;
    if (target && !/^[a-z]+:/i.test(target) && !out.includes(target)) out.push(target);
  }
  return out;
}

const INDEX_NAMES = ['index.md', 'INDEX.md', 'README.md', 'readme.md'];
/** Nesting deeper than this is not a document's layout: a symlink loop or a generated tree. */
const MAX_DEPTH = 32;

/** What a folder given as a document was read as: how many files, from how many folders, in which order. */
export interface FolderRead {
  kind: DocKind;
  /** The folder as the user gave it. */
  path: string;
  files: number;
  folders: number;
  /** The index whose links gave the order; null when read by path. */
  index: string | null;
  /** Of the files, how many are raw mermaid diagrams (.mmd, .mermaid); absent when none. */
  diagrams?: number;
}

/**
 * A shard folder, read whole. A folder with an index (index.md, README.md) that links markdown
 * files is read as the index, then the files it links, in link order; a linked index of a
 * subfolder stands for that subfolder, read the same way. Files an index does not link are left
 * out, as BMAD leaves review reports and notes beside the shards. A folder without such an index
 * is read by path: its markdown files and subfolders in name order, subfolders depth first.
 * With `diagrams` (an architecture folder), raw mermaid files (.mmd, .mermaid) are read too, as
 * markdown files are: by path, or where an index links them.
 */
export function readFolder(source: FileSource, dir: string, diagrams = false): { files: string[]; folders: number; index: string | null } {
  // Raw mermaid files are named as the core names them (raw-diagrams.ts), not by a second list here.
  const takes = (name: string) => /\.md$/i.test(name) || (diagrams && isRawMermaid(name));
  const root = join(dir);
  const files: string[] = [];
  const taken = new Set<string>();
  const visited = new Set<string>();
  let folders = 0;
  let topIndex: string | null = null;
  const take = (rel: string) => {
    if (taken.has(rel)) return;
    taken.add(rel);
    files.push(rel);
  };
  const kindOf = (rel: string) => {
    try {
      return source.kind(rel);
    } catch (error) {
      // A path out of the directory or a link loop is refused; a socket or FIFO among the shards is not a shard.
      if (error instanceof OutsideRootError || error instanceof LinkLoopError) throw error;
      return null;
    }
  };
  const walkFolder = (folder: string, depth: number) => {
    const identity = source.identity?.(folder) ?? folder;
    if (depth > MAX_DEPTH || visited.has(identity)) return;
    visited.add(identity);
    folders++;
    const index = INDEX_NAMES.map((n) => join(folder, n)).find((p) => kindOf(p) === 'file');
    if (index) {
      const linked = linkedShards(source.read(index), (rel) => kindOf(join(folder, rel)) === 'file', diagrams)
        .map((rel) => join(folder, rel))
        .filter((rel) => rel.startsWith(root + '/') && rel !== index && kindOf(rel) === 'file');
      if (linked.length) {
        if (folder === root) topIndex = index;
        take(index);
        for (const rel of linked) {
          const sub = path.posix.dirname(rel);
          if (INDEX_NAMES.includes(path.posix.basename(rel)) && sub !== folder) walkFolder(sub, depth + 1);
          else take(rel);
        }
        return;
      }
    }
    for (const name of source.list(folder).filter((n) => !n.startsWith('.') && n !== 'node_modules').sort(compareNumbered)) {
      const rel = join(folder, name);
      const kind = kindOf(rel);
      if (kind === 'dir') walkFolder(rel, depth + 1);
      else if (kind === 'file' && takes(name)) take(rel);
    }
  };
  walkFolder(root, 0);
  return { files, folders, index: topIndex };
}

/** The files of a shard folder, in reading order (see readFolder). */
export function shardFiles(source: FileSource, dir: string): string[] {
  return readFolder(source, dir).files;
}

/** The notice a folder read gives: how many files were read from where. */
export function describeFolderRead(read: FolderRead): string {
  const noun = read.kind === 'prd' ? 'PRD' : 'architecture';
  const markdown = read.files - (read.diagrams ?? 0);
  const diagrams = read.diagrams ? ` and ${read.diagrams} mermaid file${read.diagrams === 1 ? '' : 's'}` : '';
  const files = `${markdown} markdown file${markdown === 1 ? '' : 's'}${diagrams}`;
  const folders = read.folders > 1 ? ` and ${read.folders - 1} folder${read.folders === 2 ? '' : 's'} below it` : '';
  const order = read.index ? `in the order ${read.index} links them` : 'by path';
  return `read the ${noun} from ${read.path}${folders}: ${files}, ${order}.`;
}

/**
 * arc42 keeps its quality requirements in §10, inside the architecture folder: a file or folder
 * named like "10_quality_requirements.md", "10-Quality-Requirements/", "quality-scenarios.md" or
 * the German "10_qualitaetsanforderungen.md".
 */
const ARC42_QUALITY = /^(?:10[\s_.-]*)?(?:quality[\s_-]*(?:requirements|scenarios)|qualit(?:ä|ae)tsanforderungen|qualit(?:ä|ae)tsszenarien)(?:\.md)?$/i;
export const isArc42Quality = (file: string): boolean => file.split('/').some((segment) => ARC42_QUALITY.test(segment));

/**
 * A requirement's definition is never its citation. When no PRD is configured (and the default
 * one does not exist), or the PRD and the architecture name the same folder, an arc42 set's §10
 * is the PRD and the rest of the folder the architecture.
 */
function separateArc42Quality(input: DocSetInput, paths: DocSetPaths): void {
  const quality = input.architecture.filter((f) => isArc42Quality(f.path));
  if (!quality.length) return;
  const list = quality.map((f) => f.path).join(', ');
  const sameFolders = paths.prd.filter((p) => paths.architecture.some((a) => join(a) === join(p)));
  if (!input.prd.length && paths.prdDefault) {
    input.prd = quality;
    input.missing = input.missing.filter((m) => m.kind !== 'prd');
    input.notices = [...(input.notices ?? []), `No PRD is configured and ${paths.prd.join(', ')} does not exist, so ${list} (arc42's quality requirements) is read as the PRD, not as architecture: a requirement's definition is never its citation.`];
  } else if (sameFolders.length) {
    const inFolder = (f: SourceFile) => sameFolders.some((folder) => f.path.startsWith(`${join(folder)}/`));
    const shared = quality.filter(inFolder);
    if (!shared.length) return;
    input.prd = [...input.prd.filter((f) => !inFolder(f)), ...shared];
    input.notices = [...(input.notices ?? []), `${sameFolders.join(', ')} is named as both PRD and architecture, so ${shared.map((f) => f.path).join(', ')} (arc42's quality requirements) is read as the PRD and the rest as architecture: a requirement's definition is never its citation.`];
  } else return;
  const prd = new Set(input.prd.map((f) => f.path));
  input.architecture = input.architecture.filter((f) => !prd.has(f.path));
}

/** Resolve a doc set's paths (files or shard folders, relative to the root) into source files. */
export function readDocSetFrom(source: FileSource, paths: DocSetPaths): DocSetInput & { folders: FolderRead[] } {
  const input: DocSetInput & { folders: FolderRead[] } = { name: paths.name, prd: [], architecture: [], missing: [], folders: [] };
  for (const kind of ['prd', 'architecture'] as DocKind[]) {
    for (const given of paths[kind]) {
      try {
        const rel = join(given);
        const type = source.kind(rel);
        if (!type) {
          input.missing.push({ kind, path: posix(given) });
          continue;
        }
        let files = [rel];
        if (type === 'dir') {
          // An architecture's raw mermaid files are places to cite and diagrams to check; a PRD's are not read.
          const read = readFolder(source, rel, kind === 'architecture');
          // Diagrams after the markdown: the first file is the document's, where its own findings stand.
          files = [...read.files.filter((f) => !isRawMermaid(f)), ...read.files.filter(isRawMermaid)];
          const diagrams = read.files.filter(isRawMermaid).length;
          input.folders.push({ kind, path: posix(given), files: read.files.length, folders: read.folders, index: read.index, ...(diagrams ? { diagrams } : {}) });
          // A folder without markdown is named as given, not as the default document.
          if (!files.length) input.missing.push({ kind, path: posix(given), noMarkdown: true });
        }
        // Paths that overlap (a folder and a folder inside it) give each file once, where first met.
        const fresh = files.filter((f) => !input[kind].some((known) => known.path === f));
        input[kind].push(...fresh.map((f): SourceFile => ({ path: f, text: source.read(f) })));
      } catch (error) {
        // Say which setting named the path, so the user knows what to change.
        const origin = paths.origin?.[kind];
        if ((error instanceof OutsideRootError || error instanceof LinkLoopError) && origin) throw new UserError(`${origin}: ${error.message}`);
        throw error;
      }
    }
  }
  separateArc42Quality(input, paths);
  return input;
}

export function readDocSet(root: string, paths: DocSetPaths): DocSetInput & { folders: FolderRead[] } {
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
    ...(spec.prd ? {} : { prdDefault: true }),
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
