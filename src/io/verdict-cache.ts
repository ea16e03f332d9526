import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import mermaidPackage from 'mermaid/package.json' with { type: 'json' };
import type { MermaidVerdict } from './mermaid-parse.js';

export { defaultCacheDir } from './cache-dir.js';

// Mermaid's verdicts, kept by the hash of the block's code: a run validates each distinct block
// once (the head and the base share most blocks), and the CLI keeps them in a folder between
// runs, keyed by mermaid's version too, so that an unchanged document never loads mermaid again.
// What is kept is mermaid's own error (message and line), never archgate's wording of it.

export const MERMAID_VERSION: string = mermaidPackage.version;

// node:crypto once there is a block to hash: a check of documents without diagrams never loads it.
const builtin = createRequire(import.meta.url);
export const blockHash = (code: string) => (builtin('node:crypto') as typeof import('node:crypto')).createHash('sha256').update(code).digest('hex');

interface StoredVerdict {
  mermaid: string;
  sha256: string;
  verdict: MermaidVerdict;
}

function isVerdict(v: unknown): v is MermaidVerdict {
  if (v === null) return true;
  if (typeof v !== 'object') return false;
  const { message, line, ...rest } = v as Record<string, unknown>;
  return typeof message === 'string' && (line === undefined || Number.isInteger(line)) && Object.keys(rest).length === 0;
}

export class VerdictCache {
  /** How many blocks were put to mermaid (tests count these). */
  asked = 0;
  private readonly memory = new Map<string, Promise<MermaidVerdict>>();
  private readonly folder: string | null;
  /** The verdicts the review asked for since the last takeLookups(), by hash: what the Action carries to its next run. */
  private lookups = new Map<string, MermaidVerdict>();

  /**
   * @param ask mermaid itself (on the worker or in process)
   * @param dir a folder that keeps verdicts between runs, or null for this run only
   */
  constructor(
    private readonly ask: (code: string) => Promise<MermaidVerdict>,
    dir: string | null,
  ) {
    this.folder = dir ? path.join(dir, `mermaid-${MERMAID_VERSION.replace(/[^\w.-]/g, '_')}`) : null;
  }

  /** A verdict already known, from this run or the folder; undefined when mermaid must be asked. */
  known(code: string): Promise<MermaidVerdict> | undefined {
    const hash = blockHash(code);
    const inMemory = this.memory.get(hash);
    if (inMemory) return inMemory;
    const stored = this.read(hash);
    if (stored === undefined) return undefined;
    const verdict = Promise.resolve(stored);
    this.memory.set(hash, verdict);
    return verdict;
  }

  verdict(code: string): Promise<MermaidVerdict> {
    const hash = blockHash(code);
    const known = this.known(code);
    const verdict = known ?? this.ask(code);
    if (!known) {
      this.asked++;
      this.memory.set(hash, verdict);
      void verdict.then((v) => this.write(hash, v), () => undefined);
    }
    void verdict.then((v) => this.lookups.set(hash, v), () => undefined);
    return verdict;
  }

  /**
   * Verdicts an earlier run gave (the Action reads them from its own comment, src/github/carried-verdicts.ts),
   * known from now on as this run's own. Only verdicts archgate itself wrote may come here.
   */
  carry(verdicts: ReadonlyMap<string, MermaidVerdict>): void {
    for (const [hash, verdict] of verdicts) if (!this.memory.has(hash)) this.memory.set(hash, Promise.resolve(verdict));
  }

  /** These blocks' verdicts, where known already, count as asked for (takeLookups has them); mermaid is asked nothing. */
  keep(codes: string[]): void {
    for (const code of codes) {
      const hash = blockHash(code);
      void this.memory.get(hash)?.then((v) => this.lookups.set(hash, v), () => undefined);
    }
  }

  /** The verdicts asked for since the last call (each settled one, by hash), and a fresh start. */
  takeLookups(): Map<string, MermaidVerdict> {
    const taken = this.lookups;
    this.lookups = new Map();
    return taken;
  }

  private file(hash: string): string | null {
    return this.folder && path.join(this.folder, `${hash}.json`);
  }

  /** An entry counts only if it is whole and names this block and this mermaid: anything else is asked anew. */
  private read(hash: string): MermaidVerdict | undefined {
    const file = this.file(hash);
    if (!file) return undefined;
    try {
      const stored = JSON.parse(readFileSync(file, 'utf8')) as StoredVerdict;
      if (stored?.sha256 === hash && stored.mermaid === MERMAID_VERSION && isVerdict(stored.verdict)) return stored.verdict;
    } catch {
      // Absent or unreadable: ask mermaid.
    }
    return undefined;
  }

  private write(hash: string, verdict: MermaidVerdict): void {
    const file = this.file(hash);
    if (!file) return;
    try {
      mkdirSync(path.dirname(file), { recursive: true });
      // Written whole, then renamed: a reader never sees half an entry.
      const tmp = `${file}.${process.pid}.tmp`;
      writeFileSync(tmp, JSON.stringify({ mermaid: MERMAID_VERSION, sha256: hash, verdict } satisfies StoredVerdict));
      renameSync(tmp, file);
    } catch {
      // A read-only home: this run's verdicts stay in memory only.
    }
  }
}
