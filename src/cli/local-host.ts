import { describeConflict, type FileFix } from '../diagrams/plan-fixes.js';
import { gitCommit, workingTree, type FileSource } from '../io/file-source.js';
import { writeFixes } from '../io/write-fixes.js';
import type { Host, Review, ReviewNotice, Side } from '../review/host.js';

// The CLI as a host of the review workflow: the documents are the working tree, the base is a
// git ref (--baseline) read with git itself, fixes are written in place (--fix), and the report
// goes to whoever ran the command.

export interface LocalHostEvents {
  /** Told of each file --fix rewrote. */
  onFixed?: (path: string) => void;
  /** Told how each folder given as a document was read (how many files, from where, in which order). */
  onNotice?: (message: string) => void;
  /** Told of each block --fix left alone because doc sets sharing its file generate it differently. */
  onConflict?: (message: string) => void;
  /** Called before each doc set, for progress on a terminal. */
  onProgress?: (index: number, total: number, name: string) => void;
  /** Given the finished review: the CLI prints it in the format asked for. */
  onReview?: (review: Review) => void | Promise<void>;
}

export class LocalHost implements Host {
  /** The base here is what findings are compared with, not a gate: the person running the CLI owns both. */
  readonly baseHoldsTheGate = false;
  private readonly head: FileSource;
  private readonly base: FileSource | null;

  constructor(
    private readonly dir: string,
    baseline: string | undefined,
    private readonly events: LocalHostEvents = {},
  ) {
    this.head = workingTree(dir);
    this.base = baseline ? gitCommit(dir, baseline) : null;
  }

  /** A local run always reviews: the person asked for it. */
  async prepare(): Promise<boolean> {
    return true;
  }

  async snapshot(side: Side): Promise<FileSource | null> {
    return side === 'head' ? this.head : this.base;
  }

  notice(notice: ReviewNotice): void {
    if (notice.kind === 'progress') this.events.onProgress?.(notice.index, notice.total, notice.docSet);
    else if (notice.kind === 'folder-read') this.events.onNotice?.(notice.message);
    else if (notice.kind === 'fix-conflict') this.events.onConflict?.(describeConflict(notice.conflict));
    // judged-once is for the Action's debug log; refused-suppressions never come here, the base holds no gate.
  }

  /** Written in place, only between the markers; judged again from the working tree as written. */
  async applyFixes(fixes: FileFix[]): Promise<FileSource> {
    writeFixes(this.dir, fixes, this.events.onFixed);
    return this.head;
  }

  async publish(review: Review): Promise<void> {
    await this.events.onReview?.(review);
  }
}
