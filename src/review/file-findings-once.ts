import { compareWithBaseline, type BaselineMark } from '../engine/baseline.js';
import type { DocSetResult } from '../engine/engine.js';
import { findingFingerprints, fingerprintKey } from '../engine/fingerprint.js';
import type { Finding } from '../engine/types.js';
import type { ReportInput } from '../report/report.js';
import type { BaseJudgement } from './host.js';

// A finding of a file-scoped rule (a missing section, a placeholder, a marker, a mermaid error)
// is about the file, whichever doc set reads it: doc sets sharing the file each find it, and the
// report, which alone counts and decides the verdict, would count it once per doc set. Each is
// left to the first doc set reporting it. Equal means equal as the user sees it (rule, severity,
// place, message): where the doc sets read the file differently (other files beside it), the
// findings differ and each doc set keeps its own.
//
// New or existing, and fixed, are decided over all doc sets at once: a file finding the base
// showed under one doc set and the head shows under another is neither new nor fixed.

export interface JudgedDocSet {
  result: DocSetResult;
  before: BaseJudgement | null;
}

/** A report finding's baseline mark: only new and existing are shown. */
const withMark = (mark: BaselineMark | undefined) => (mark === 'new' || mark === 'existing' ? { baseline: mark } : {});

/** A finding as the user sees it: two doc sets' equal findings are one. */
const seenAs = (f: Finding) => JSON.stringify([f.rule, f.severity, f.file, f.line, f.column, f.message]);

/**
 * Which doc set reports each file finding: the first whose list has it (index into the lists).
 * A finding one doc set makes twice stays twice: only other doc sets' copies are left out.
 */
function reporters(lists: readonly Finding[][], judgesFile: (rule: string) => boolean): Map<string, number> {
  const first = new Map<string, number>();
  lists.forEach((findings, index) => {
    for (const f of findings) if (judgesFile(f.rule) && !first.has(seenAs(f))) first.set(seenAs(f), index);
  });
  return first;
}

/**
 * The doc sets' results with each file finding left to the first doc set reporting it, and what
 * the report reads (with the base's comparison where there is a base).
 */
export function fileFindingsOnce(sets: readonly JudgedDocSet[], judgesFile: (rule: string) => boolean): { results: DocSetResult[]; inputs: ReportInput[] } {
  const reportsAtHead = reporters(sets.map((s) => s.result.findings), judgesFile);
  // Each doc set's copies left to another: not shown or counted here, but they still fail this doc set.
  const elsewhereOf = sets.map((s, index) => s.result.findings.filter((f) => judgesFile(f.rule) && reportsAtHead.get(seenAs(f)) !== index));
  const results = sets.map((s, index) => {
    const elsewhere = elsewhereOf[index];
    if (!elsewhere.length) return s.result;
    // Said where they are left out, so that a doc set with none shown does not read as clean.
    const counts = new Map<string, number>();
    for (const f of elsewhere) {
      const where = JSON.stringify([f.file, sets[reportsAtHead.get(seenAs(f))!].result.name]);
      counts.set(where, (counts.get(where) ?? 0) + 1);
    }
    const notices = [...counts].map(([where, count]) => {
      const [file, owner] = JSON.parse(where) as [string, string];
      return `${count} ${count === 1 ? 'finding' : 'findings'} about ${file} ${count === 1 ? 'is' : 'are'} shown once, under doc set ${owner}, which reads the file too.`;
    });
    const left = new Set(elsewhere);
    return { ...s.result, findings: s.result.findings.filter((f) => !left.has(f)), notices: [...s.result.notices, ...notices] };
  });
  const shown = (index: number, mark: (f: Finding) => BaselineMark | undefined) =>
    elsewhereOf[index].length ? { shownElsewhere: elsewhereOf[index].map((f) => ({ ...f, ...withMark(mark(f)) })) } : {};
  if (!sets.some((s) => s.before)) return { results, inputs: results.map((result, index) => ({ result, ...shown(index, () => undefined) })) };

  // The file findings of every doc set at each side, each once, compared as one run.
  const baseLists = sets.map((s) => s.before?.findings ?? []);
  const reportsAtBase = reporters(baseLists, judgesFile);
  const headFile = results.flatMap((r) => r.findings.filter((f) => judgesFile(f.rule)));
  const baseFile = baseLists.flatMap((findings, index) => findings.filter((f) => judgesFile(f.rule) && reportsAtBase.get(seenAs(f)) === index).map((finding) => ({ finding, index })));
  const headKeys = findingFingerprints(headFile).map(fingerprintKey);
  const baseKeys = findingFingerprints(baseFile.map((v) => v.finding)).map(fingerprintKey);
  const had = new Set(baseKeys);
  const has = new Set(headKeys);
  const fileMark = new Map<Finding, BaselineMark>(headFile.map((f, i) => [f, had.has(headKeys[i]) ? 'existing' : 'new']));
  const fixedBy = new Map(baseFile.filter((_, i) => !has.has(baseKeys[i])).map((v) => [v.finding, v.index]));

  // A copy shown elsewhere is new or existing as the copy shown is.
  const markSeenAs = new Map(headFile.map((f) => [seenAs(f), fileMark.get(f)]));
  const inputs = sets.map((s, index): ReportInput => {
    const result = results[index];
    const elsewhere = shown(index, (f) => (s.before ? markSeenAs.get(seenAs(f)) : undefined));
    if (!s.before) return { result, ...elsewhere };
    // The doc set's own comparison, whole: its doc-set findings' marks do not depend on file findings (a fingerprint names its rule).
    const own = compareWithBaseline(s.result, s.before);
    const ownFixed = new Set(own.fixed);
    return {
      result,
      baseline: {
        findings: new Map(result.findings.map((f) => [f, judgesFile(f.rule) ? fileMark.get(f)! : own.findings.get(f)!])),
        fixed: s.before.findings.filter((f) => (judgesFile(f.rule) ? fixedBy.get(f) === index : ownFixed.has(f))),
        coverage: own.coverage,
      },
      ...elsewhere,
    };
  });
  return { results, inputs };
}
