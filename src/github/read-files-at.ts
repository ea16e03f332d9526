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

  constructor(
    private readonly octokit: Octokit,
    private readonly repo: Repo,
    readonly sha: string,
  ) {}

  /** Fetch a path (file or folder); folders also fetch their markdown files. */
  async load(path: string): Promise<Entry> {
    const key = path.replace(/^\.?\/+/, '').replace(/\/+$/, '');
    if (this.entries.has(key)) return this.entries.get(key)!;
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
