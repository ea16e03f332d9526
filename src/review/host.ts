import type { Settings } from '../config/settings.js';
import type { FixConflict, FileFix } from '../diagrams/plan-fixes.js';
import type { DocSetResult } from '../engine/engine.js';
import type { DocSetInput } from '../engine/types.js';
import type { Suppression } from '../engine/suppressions.js';
import type { DocSetSpec } from '../io/read-doc-set.js';
import type { FileSource } from '../io/file-source.js';
import type { Report } from '../report/report.js';
import type { BaselineSide } from '../engine/baseline.js';

// The seam between the review workflow (src/review/review-workflow.ts) and where it runs. The
// workflow reads, judges, fixes and builds the report the same way everywhere; a host only says
// where the documents are, how fixes are written and where the report goes. Two hosts today:
// the GitHub Action (src/action/github-host.ts) and the CLI (src/cli/local-host.ts).
//
// A GitLab merge-request host would be one more adapter of this interface: `prepare` reads the
// files at the merge request's diff_refs (head_sha, base_sha) through the repository files API
// and skips when the diff touches nothing the settings name; `snapshot` serves those reads;
// `applyFixes` commits the new texts to the source branch with the commits API (one commit,
// `actions: update`, guarded by the head it judged); `publish` upserts one merge-request note
// per doc set and sets a commit status with the verdict; `notice` writes to the job log.

export type Side = 'head' | 'base';

/** What the workflow tells the host on the way, for it to show as it shows things. */
export type ReviewNotice =
  | { kind: 'progress'; index: number; total: number; docSet: string }
  /** How a folder given as a document was read (src/io/read-doc-set.ts describeFolderRead). */
  | { kind: 'folder-read'; docSet: string; message: string }
  /** The doc set is the same at the base: judged once, for both. */
  | { kind: 'judged-once'; docSet: string }
  /** A generated block the doc sets sharing its file generate differently: left as it is. */
  | { kind: 'fix-conflict'; conflict: FixConflict }
  /** Inline suppressions the head adds: the review judged it without them. */
  | { kind: 'refused-suppressions'; docSet: string; suppressions: Suppression[] };

/**
 * What the review needs of the base's judgement: its findings and coverage, to tell the head's
 * new from existing, and its inline suppressions, which alone the head may use.
 */
export type BaseJudgement = BaselineSide & { suppressions: Pick<Suppression, 'key'>[] };

/** One doc set as the workflow judged it. */
export interface DocSetReview {
  spec: DocSetSpec;
  /** At the head, or on what the host wrote when it applied fixes. */
  result: DocSetResult;
  /** At the base, when there is one. */
  before: BaseJudgement | null;
}

/** Everything a host may publish: the report decides; the rest is for rendering. */
export interface Review {
  settings: Settings;
  report: Report;
  docSets: DocSetReview[];
  /** The fixes the host was asked to apply (empty unless the mode is commit), and whether it wrote them. */
  fixes: { planned: FileFix[]; written: boolean };
}

export interface Host {
  /**
   * Read what the review needs to know whether it has anything to judge: false ends the review
   * before any check (the host has said why, in its own words).
   */
  prepare(settings: Settings): Promise<boolean>;
  /** The documents at one side of the change; the base is null when nothing is compared. */
  snapshot(side: Side): Promise<FileSource | null>;
  /**
   * True where the base holds the gate: its inline suppressions are the only ones allowed at the
   * head (a pull request cannot weaken the gate that judges it). False where the base is only
   * what findings are compared with (the CLI's --baseline).
   */
  readonly baseHoldsTheGate: boolean;
  notice(notice: ReviewNotice): void;
  /**
   * Write the planned fixes (commit them, write them to disk, or offer a patch). Returns the
   * documents exactly as written, which the workflow judges again; null when nothing was written.
   */
  applyFixes(fixes: FileFix[], docSets: DocSetReview[]): Promise<FileSource | null>;
  publish(review: Review): Promise<void>;
  /**
   * The base's judgement of a doc set as an earlier run carried it (the Action: src/github/carried-base.ts),
   * so that the base need not be judged again; null when none is carried for exactly these documents.
   */
  carriedBase?(atBase: DocSetInput): BaseJudgement | null;
  /** The base's judgement of a doc set, as judged now or carried, for the host to carry to the next run. */
  judgedBase?(docSet: string, atBase: DocSetInput, before: BaseJudgement, fresh: DocSetResult | null): void;
}
