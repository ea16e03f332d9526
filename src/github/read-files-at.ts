import type { Octokit, Repo } from './octokit.js';
import { statusOf } from './octokit.js';
import type { FileSource } from '../io/file-source.js';

// Documents, config and templates are read through the contents API at an exact commit, so
// the Action needs no checkout, and a pull request cannot swap what is read.

type Entry = { kind: 'file'; text: string } | { kind: 'dir'; names: string[] } | null;

interface ContentFile {
  type: string;
  name: string;
  content?: string;
  encoding?: string;
}

/** A FileSource over one commit: each path is fetched once, when first asked for, and kept. */
export class CommitSnapshot {
  private readonly entries = new Map<string, Entry>();

  /**
   * @param sameAs another snapshot whose content this commit shares for every path `unchanged`
   * says yes to (the base of a pull request, for the files the pull request does not touch):
   * those are taken from it instead of asked for again.
   */
  constructor(
    private readonly octokit: Octokit,
    private readonly repo: Repo,
    readonly sha: string,
    private readonly sameAs?: { snapshot: CommitSnapshot; unchanged: (path: string) => boolean },
  ) {}

  private readonly pending = new Map<string, Promise<Entry>>();

  /** Fetch a path (file or folder) once, however often it is asked for; folders also fetch their markdown files. */
  load(path: string): Promise<Entry> {
    const key = path.replace(/^\.?\/+/, '').replace(/\/+$/, '');
    let p = this.pending.get(key);
    if (!p) {
      p = this.fetch(key);
      this.pending.set(key, p);
    }
    return p;
  }

  private async fetch(key: string): Promise<Entry> {
    if (this.entries.has(key)) return this.entries.get(key)!;
    const shared = this.sameAs?.snapshot.entries.get(key);
    if (shared?.kind === 'file' && this.sameAs!.unchanged(key)) {
      this.entries.set(key, shared);
      return shared;
    }
    let entry: Entry = null;
    try {
      const { data } = await this.octokit.rest.repos.getContent({ ...this.repo, path: key, ref: this.sha });
      if (Array.isArray(data)) {
        entry = { kind: 'dir', names: data.map((d) => d.name) };
        this.entries.set(key, entry);
        for (const d of data) if (d.type === 'file' && /\.md$/i.test(d.name)) await this.load(`${key}/${d.name}`);
        return entry;
      }
      const file = data as ContentFile;
      if (file.type === 'file') entry = { kind: 'file', text: Buffer.from(file.content ?? '', (file.encoding as BufferEncoding) || 'base64').toString('utf8') };
    } catch (error) {
      if (statusOf(error) !== 404) throw error;
    }
    this.entries.set(key, entry);
    return entry;
  }

  /** A synchronous view for the reader; only what was loaded exists. */
  source(): FileSource {
    const get = (rel: string) => this.entries.get(rel.replace(/^\.?\/+/, '').replace(/\/+$/, '')) ?? null;
    return {
      kind: (rel) => get(rel)?.kind ?? null,
      list: (rel) => {
        const e = get(rel);
        return e?.kind === 'dir' ? e.names : [];
      },
      read: (rel) => {
        const e = get(rel);
        if (e?.kind !== 'file') throw new Error(`${rel} was not loaded at ${this.sha}`);
        return e.text;
      },
    };
  }
}
