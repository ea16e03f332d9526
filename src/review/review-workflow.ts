import { isDeepStrictEqual } from 'node:util';
import type { Settings } from '../config/settings.js';
import { planFixes, type FileFix } from '../diagrams/plan-fixes.js';
import type { DocSetInput } from '../engine/types.js';
import type { DocSetResult } from '../engine/engine.js';
import type { Root } from 'mdast';
import type { ParseMemo } from '../engine/document.js';
import type { MermaidValidator } from '../diagrams/diagram-view.js';
import { checkWithinLimit } from '../io/bounded-check.js';
import { boundHeapGrowth } from '../io/heap-growth.js';
import type { FileSource } from '../io/file-source.js';
import { nodeMermaidValidator } from '../io/mermaid-validator.js';
import { describeFolderRead, readDocSetFrom, withDefaults, type DocSetSpec } from '../io/read-doc-set.js';
import { buildReport } from '../report/report.js';
import type { BaseJudgement, DocSetReview, Host, Review } from './host.js';
import { fileFindingsOnce } from './file-findings-once.js';

// One review, wherever it runs: read each doc set at the head (and the base), judge both, let
// the host apply the fixes and judge again exactly what it wrote, build the report (which alone
// counts and decides the verdict), and hand it to the host.

const readAt = (source: FileSource, spec: DocSetSpec) => readDocSetFrom(source, withDefaults(source, spec));

/**
 * The same documents under the same settings judge the same: a doc set the change leaves alone is
 * judged once. Compared in place: serialising both sides made two copies of every document at once
 * (hundreds of megabytes for a 50 MB doc set), only to compare them.
 */
const sameDocuments = (a: DocSetInput, b: DocSetInput) => isDeepStrictEqual(a, b);

/**
 * Whether any document may hold an inline suppression. Every directive writes "archgate-" (the
 * engine skips files without it too): without one, which suppressions the base allows changes
 * nothing at the head, and the head need not wait for the base's judgement.
 */
const mayHoldSuppressions = (input: DocSetInput) => [...input.prd, ...input.architecture].some((f) => f.text.includes('archgate-'));

/** The texts a check of the doc set parses, one per file parsed (a PRD file named among the architecture's too is parsed as the PRD alone). */
function parsedTexts(input: DocSetInput): string[] {
  const prdPaths = new Set(input.prd.map((f) => f.path));
  return [...input.prd, ...input.architecture.filter((f) => !prdPaths.has(f.path))].map((f) => f.text);
}

/**
 * The run's parse memo: it keeps a tree only while a check still to come will read its text (the
 * base and the head share the files a pull request leaves alone, doc sets share a PRD, the check
 * of what the fixes wrote rereads the files they left alone), and drops it at its last use: a
 * tree costs several times its text.
 * @param uses how many parses each text would take without the memo, over every check the run plans
 */
export function runParseMemo(uses: Map<string, number>): ParseMemo {
  const trees = new Map<string, Root>();
  const used = (text: string) => {
    const left = (uses.get(text) ?? 1) - 1;
    uses.set(text, left);
    return left;
  };
  return {
    get: (text) => {
      const tree = trees.get(text);
      if (tree && used(text) <= 0) trees.delete(text);
      return tree;
    },
    set: (text, root) => (used(text) > 0 ? trees.set(text, root) : trees),
  };
}

/** How the review judges (tests count what it does through these): the engine under the time limit, and mermaid. */
export interface Judging {
  check: typeof checkWithinLimit;
  validator: MermaidValidator;
}

/** Runs the review; null when the host found nothing to review (it said why). */
export async function runReview(host: Host, settings: Settings, judging: Judging = { check: checkWithinLimit, validator: nodeMermaidValidator }): Promise<Review | null> {
  if (!(await host.prepare(settings))) return null;
  const head = await host.snapshot('head');
  if (!head) throw new Error('the host has no head to review');
  const base = await host.snapshot('base');
  // Every doc set is read before any is judged, so that the parse memo knows which texts the
  // run's checks will read more than once; a doc set that cannot be read fails at its turn.
  // A base the change leaves alone may come judged already, carried by the host from an earlier run.
  const reads = settings.docSets.map((spec) => {
    try {
      const atHead = readAt(head, spec);
      const atBase = base ? readAt(base, spec) : null;
      const carried = atBase && !sameDocuments(atHead, atBase) ? (host.carriedBase?.(atBase) ?? null) : null;
      return { spec, atHead, atBase, carried, error: null };
    } catch (error) {
      return { spec, atHead: null, atBase: null, carried: null, error };
    }
  });
  // Narrowed to one doc set: the doc sets listed before it that read one of its files, judged only
  // so that such a file's own findings are reported where a run over all doc sets reports them
  // (the first doc set listing the file). One that cannot be read is the job of its own run.
  const filesOf = (input: DocSetInput) => [...input.prd, ...input.architecture].map((f) => f.path);
  const ownFiles = new Set(reads.flatMap(({ atHead }) => (atHead ? filesOf(atHead) : [])));
  const companions = (settings.companions ?? []).flatMap((spec) => {
    try {
      const atHead = readAt(head, spec);
      if (!filesOf(atHead).some((f) => ownFiles.has(f))) return [];
      const atBase = base ? readAt(base, spec) : null;
      const carried = atBase && !sameDocuments(atHead, atBase) ? (host.carriedBase?.(atBase) ?? null) : null;
      return [{ spec, atHead, atBase, carried }];
    } catch {
      return [];
    }
  });
  const uses = new Map<string, number>();
  const willParse = (input: DocSetInput) => parsedTexts(input).forEach((t) => uses.set(t, (uses.get(t) ?? 0) + 1));
  for (const { atHead, atBase, carried } of [...companions, ...reads]) {
    if (!atHead) continue;
    willParse(atHead);
    if (atBase && !carried && !sameDocuments(atHead, atBase)) willParse(atBase);
    // What the fixes leave alone, their check reads again (commit mode; the fixes are not known yet,
    // but they only regenerate the blocks between archgate:begin and end markers).
    if (settings.mode === 'commit' && atHead.architecture.some((f) => f.text.includes('archgate:begin'))) willParse(atHead);
  }
  const parseMemo = runParseMemo(uses);
  // A big doc set's garbage would otherwise let the heap grow to four times what it holds.
  boundHeapGrowth([...uses.keys()].reduce((n, text) => n + text.length, 0));
  const check = (input: DocSetInput, allowed: string[] | null) => judging.check(input, settings.checks, judging.validator, { ...(allowed ? { allowedSuppressions: allowed } : {}), parseMemo });
  // Inline suppressions are configuration: where the base holds the gate, only its own hold at the head.
  const allowedAtHead = (d: Pick<DocSetReview, 'before'>) => (d.before && host.baseHoldsTheGate ? d.before.suppressions.map((s) => s.key) : null);
  /**
   * The doc set at the base and at the head: judged once where they are the same, at once where
   * neither waits for the other, the head alone where the base's judgement is carried.
   * `fresh` is the base's result where it was judged now.
   */
  const judgeBoth = async (atHead: DocSetInput, atBase: DocSetInput | null, carried: BaseJudgement | null): Promise<{ before: BaseJudgement | null; fresh: DocSetResult | null; result: DocSetResult; once: boolean }> => {
    if (!atBase) return { before: null, fresh: null, result: await check(atHead, null), once: false };
    if (sameDocuments(atHead, atBase)) {
      const before = await check(atBase, null);
      return { before, fresh: before, result: before, once: true };
    }
    if (carried) {
      // Mermaid's verdicts for the base's blocks are carried on with it: the next run needs them if it judges the base.
      judging.validator.keep?.(parsedTexts(atBase));
      // As below: the base's suppressions matter only where the head may hold one.
      const allowed = host.baseHoldsTheGate && mayHoldSuppressions(atHead) ? allowedAtHead({ before: carried }) : null;
      return { before: carried, fresh: null, result: await check(atHead, allowed), once: false };
    }
    // A file the pull request leaves alone is parsed once, by whichever check reads it first.
    if (host.baseHoldsTheGate && mayHoldSuppressions(atHead)) {
      const before = await check(atBase, null);
      return { before, fresh: before, result: await check(atHead, allowedAtHead({ before })), once: false };
    }
    // One check's parse runs while the other waits for mermaid (each check's time limit counts its own time only).
    const [before, result] = await Promise.all([check(atBase, null), check(atHead, null)]);
    return { before, fresh: before, result, once: false };
  };

  const judgedCompanions: DocSetReview[] = [];
  for (const { spec, atHead, atBase, carried } of companions) {
    const { before, result } = await judgeBoth(atHead, atBase, carried);
    judgedCompanions.push({ spec, result, before });
  }
  const docSets: DocSetReview[] = [];
  for (const [index, { spec, atHead, atBase, carried, error }] of reads.entries()) {
    host.notice({ kind: 'progress', index, total: settings.docSets.length, docSet: spec.name });
    if (!atHead) throw error;
    // A folder is read whole: say how much was read from where, so a layout read wrong shows.
    for (const folder of atHead.folders) host.notice({ kind: 'folder-read', docSet: spec.name, message: describeFolderRead(folder) });
    const { before, fresh, result, once } = await judgeBoth(atHead, atBase, carried);
    if (once) host.notice({ kind: 'judged-once', docSet: spec.name });
    if (atBase && before) host.judgedBase?.(spec.name, atBase, before, fresh);
    if (result.refusedSuppressions.length) host.notice({ kind: 'refused-suppressions', docSet: spec.name, suppressions: result.refusedSuppressions });
    docSets.push({ spec, result, before });
  }

  let planned: FileFix[] = [];
  let written = false;
  if (settings.mode === 'commit') {
    // Planned over every doc set at once: doc sets sharing a file never undo each other's fix.
    const plan = planFixes(docSets.map((d) => d.result));
    for (const conflict of plan.conflicts) host.notice({ kind: 'fix-conflict', conflict });
    planned = plan.fixes;
    const after = planned.length ? await host.applyFixes(planned, docSets) : null;
    if (after) {
      written = true;
      // The report and the verdict are about exactly what the host wrote: judged again on it.
      const touched = new Set(planned.map((f) => f.path));
      for (const d of docSets) {
        if (d.result.architectureFiles.some((f) => touched.has(f))) d.result = await check(readAt(after, d.spec), allowedAtHead(d));
      }
    }
  }

  // A file's own findings once, however many doc sets read the file (file-findings-once.ts).
  const scopes = new Map(settings.checks.engine.rules.map((r) => [r.meta.id, r.meta.scope]));
  // The companions come first, as the config lists them, and leave the report once they have had their say.
  const all = fileFindingsOnce([...judgedCompanions, ...docSets], (rule) => scopes.get(rule) === 'file');
  const once = { results: all.results.slice(judgedCompanions.length), inputs: all.inputs.slice(judgedCompanions.length) };
  docSets.forEach((d, i) => (d.result = once.results[i]));
  const report = buildReport(once.inputs, settings.failOn, { failOnNewOnly: settings.failOnNewOnly, ...(settings.baseline ? { baseline: settings.baseline } : {}) });
  const review: Review = { settings, report, docSets, fixes: { planned, written } };
  await host.publish(review);
  return review;
}
