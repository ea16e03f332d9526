import type { Settings } from '../config/settings.js';
import { planFixes, type FileFix } from '../diagrams/plan-fixes.js';
import type { DocSetInput } from '../engine/types.js';
import type { DocSetResult } from '../engine/engine.js';
import type { Root } from 'mdast';
import type { ParseMemo } from '../engine/document.js';
import type { MermaidValidator } from '../diagrams/diagram-view.js';
import { checkWithinLimit } from '../io/bounded-check.js';
import type { FileSource } from '../io/file-source.js';
import { nodeMermaidValidator } from '../io/mermaid-validator.js';
import { describeFolderRead, readDocSetFrom, withDefaults, type DocSetSpec } from '../io/read-doc-set.js';
import { buildReport } from '../report/report.js';
import type { DocSetReview, Host, Review } from './host.js';
import { fileFindingsOnce } from './file-findings-once.js';

// One review, wherever it runs: read each doc set at the head (and the base), judge both, let
// the host apply the fixes and judge again exactly what it wrote, build the report (which alone
// counts and decides the verdict), and hand it to the host.

const readAt = (source: FileSource, spec: DocSetSpec) => readDocSetFrom(source, withDefaults(source, spec));

/** The same documents under the same settings judge the same: a doc set the change leaves alone is judged once. */
const sameDocuments = (a: DocSetInput, b: DocSetInput) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Whether any document may hold an inline suppression. Every directive writes "archgate-" (the
 * engine skips files without it too): without one, which suppressions the base allows changes
 * nothing at the head, and the head need not wait for the base's judgement.
 */
const mayHoldSuppressions = (input: DocSetInput) => [...input.prd, ...input.architecture].some((f) => f.text.includes('archgate-'));

const textsOf = (input: DocSetInput) => [...input.prd, ...input.architecture].map((f) => f.text);

/**
 * A parse memo for judging one doc set at the base and the head: it keeps the trees of the texts
 * both sides hold, and only those (a tree costs several times its text, and a text only one side
 * holds is never asked for again), and it is dropped with the pair's judgement.
 */
function sharedParses(base: DocSetInput, head: DocSetInput): ParseMemo {
  const atBase = new Set(textsOf(base));
  const both = new Set(textsOf(head).filter((t) => atBase.has(t)));
  const trees = new Map<string, Root>();
  return {
    get: (text) => trees.get(text),
    set: (text, root) => (both.has(text) ? trees.set(text, root) : trees),
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
  const check = (input: DocSetInput, allowed: string[] | null, parseMemo?: ParseMemo) =>
    judging.check(input, settings.checks, judging.validator, { ...(allowed ? { allowedSuppressions: allowed } : {}), ...(parseMemo ? { parseMemo } : {}) });
  // Inline suppressions are configuration: where the base holds the gate, only its own hold at the head.
  const allowedAtHead = (d: Pick<DocSetReview, 'before'>) => (d.before && host.baseHoldsTheGate ? d.before.suppressions.map((s) => s.key) : null);
  /** The doc set at the base and at the head: judged once where they are the same, at once where neither waits for the other. */
  const judgeBoth = async (atHead: DocSetInput, atBase: DocSetInput | null): Promise<{ before: DocSetResult | null; result: DocSetResult; once: boolean }> => {
    if (!atBase) return { before: null, result: await check(atHead, null), once: false };
    if (sameDocuments(atHead, atBase)) {
      const before = await check(atBase, null);
      return { before, result: before, once: true };
    }
    // A file the pull request leaves alone is parsed once, by whichever check reads it first.
    const shared = sharedParses(atBase, atHead);
    if (host.baseHoldsTheGate && mayHoldSuppressions(atHead)) {
      const before = await check(atBase, null, shared);
      return { before, result: await check(atHead, allowedAtHead({ before }), shared), once: false };
    }
    // One check's parse runs while the other waits for mermaid (each check's time limit counts its own time only).
    const [before, result] = await Promise.all([check(atBase, null, shared), check(atHead, null, shared)]);
    return { before, result, once: false };
  };

  const docSets: DocSetReview[] = [];
  for (const [index, spec] of settings.docSets.entries()) {
    host.notice({ kind: 'progress', index, total: settings.docSets.length, docSet: spec.name });
    const atHead = readAt(head, spec);
    // A folder is read whole: say how much was read from where, so a layout read wrong shows.
    for (const folder of atHead.folders) host.notice({ kind: 'folder-read', docSet: spec.name, message: describeFolderRead(folder) });
    const { before, result, once } = await judgeBoth(atHead, base ? readAt(base, spec) : null);
    if (once) host.notice({ kind: 'judged-once', docSet: spec.name });
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
  const once = fileFindingsOnce(docSets, (rule) => scopes.get(rule) === 'file');
  docSets.forEach((d, i) => (d.result = once.results[i]));
  const report = buildReport(once.inputs, settings.failOn, { failOnNewOnly: settings.failOnNewOnly, ...(settings.baseline ? { baseline: settings.baseline } : {}) });
  const review: Review = { settings, report, docSets, fixes: { planned, written } };
  await host.publish(review);
  return review;
}
