import type { Settings } from '../config/settings.js';
import { planFixes, type FileFix } from '../diagrams/plan-fixes.js';
import { compareWithBaseline } from '../engine/baseline.js';
import type { DocSetInput } from '../engine/types.js';
import { checkWithinLimit } from '../io/bounded-check.js';
import type { FileSource } from '../io/file-source.js';
import { nodeMermaidValidator } from '../io/mermaid-validator.js';
import { describeFolderRead, readDocSetFrom, withDefaults, type DocSetSpec } from '../io/read-doc-set.js';
import { buildReport } from '../report/report.js';
import type { DocSetReview, Host, Review } from './host.js';

// One review, wherever it runs: read each doc set at the head (and the base), judge the base
// first, judge the head, let the host apply the fixes and judge again exactly what it wrote,
// build the report (which alone counts and decides the verdict), and hand it to the host.

const readAt = (source: FileSource, spec: DocSetSpec) => readDocSetFrom(source, withDefaults(source, spec));

/** The same documents under the same settings judge the same: a doc set the change leaves alone is judged once. */
const sameDocuments = (a: DocSetInput, b: DocSetInput) => JSON.stringify(a) === JSON.stringify(b);

/** Runs the review; null when the host found nothing to review (it said why). */
export async function runReview(host: Host, settings: Settings): Promise<Review | null> {
  if (!(await host.prepare(settings))) return null;
  const head = await host.snapshot('head');
  if (!head) throw new Error('the host has no head to review');
  const base = await host.snapshot('base');
  const check = (input: DocSetInput, allowed: string[] | null) => checkWithinLimit(input, settings.checks, nodeMermaidValidator, allowed ? { allowedSuppressions: allowed } : {});
  // Inline suppressions are configuration: where the base holds the gate, only its own hold at the head.
  const allowedAtHead = (d: Pick<DocSetReview, 'before'>) => (d.before && host.baseHoldsTheGate ? d.before.suppressions.map((s) => s.key) : null);

  const docSets: DocSetReview[] = [];
  for (const [index, spec] of settings.docSets.entries()) {
    host.notice({ kind: 'progress', index, total: settings.docSets.length, docSet: spec.name });
    const atHead = readAt(head, spec);
    // A folder is read whole: say how much was read from where, so a layout read wrong shows.
    for (const folder of atHead.folders) host.notice({ kind: 'folder-read', docSet: spec.name, message: describeFolderRead(folder) });
    const atBase = base ? readAt(base, spec) : null;
    const before = atBase ? await check(atBase, null) : null;
    const unchanged = !!before && sameDocuments(atHead, atBase!);
    if (unchanged) host.notice({ kind: 'judged-once', docSet: spec.name });
    const result = unchanged ? before! : await check(atHead, allowedAtHead({ before }));
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

  const report = buildReport(
    docSets.map((d) => (d.before ? { result: d.result, baseline: compareWithBaseline(d.result, d.before) } : { result: d.result })),
    settings.failOn,
    { failOnNewOnly: settings.failOnNewOnly, ...(settings.baseline ? { baseline: settings.baseline } : {}) },
  );
  const review: Review = { settings, report, docSets, fixes: { planned, written } };
  await host.publish(review);
  return review;
}
