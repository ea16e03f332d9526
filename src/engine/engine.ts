import { parseDoc, type ParseMemo, type ParsedDoc } from './document.js';
import { scanIds, type IdScan } from './requirements.js';
import { findSections, type SectionSynonyms } from './section-finder.js';
import { disabledSpans, isDisabled } from './inline-disables.js';
import type { IdSettings } from './ids.js';
import type { DocKind, DocSetInput, Finding, Requirement, Severity } from './types.js';
import type { DocSetView, Rule, RuleSetting } from '../core/rule.js';
import { computeCoverage, type Coverage } from './coverage.js';
import { activate, inlineWaivers, type Waiver } from './waivers.js';
import { SuppressionGate, waiverKey, type Suppression } from './suppressions.js';
import { buildDiagramView, validateMermaid, type MermaidValidator } from '../diagrams/diagram-view.js';
import type { BlockPlan, FileFix } from '../diagrams/plan-fixes.js';
import { compareText } from './compare-text.js';
import { forgetRequirementTerms } from './cite-suggestions.js';

export type { RuleSetting } from '../core/rule.js';

/** Everything the engine needs besides the documents; the shells build it from config. */
export interface EngineConfig {
  ids: IdSettings;
  synonyms: SectionSynonyms;
  rules: Rule[];
  settings: Record<string, RuleSetting>;
  /** Waivers from the config; inline ones are read from the documents. */
  waivers: Waiver[];
  /** YYYY-MM-DD, for waiver expiry: given by the shell so the engine stays pure. */
  today: string;
  /**
   * Keys of the inline suppressions that may take effect (the Action passes those of the base
   * commit's documents, so a pull request cannot weaken its own gate); absent, all of them do.
   */
  allowedSuppressions?: readonly string[];
  /** Every doc set the config names, whichever this run checks; absent when it names none (one doc set, "default"). */
  docSetNames?: readonly string[];
  /** Trees parsed earlier in this run (the host's, shared by the checks of one review): a text the base and head share is parsed once. */
  parseMemo?: ParseMemo;
}

export interface DocSetResult {
  name: string;
  prdFiles: string[];
  architectureFiles: string[];
  requirements: Requirement[];
  findings: Finding[];
  coverage: Coverage;
  /** Normalised IDs the PRD defines more than once. */
  duplicateKeys: string[];
  /** Findings silenced by inline archgate-disable comments. */
  suppressed: number;
  /** Findings silenced by rule waivers. */
  waived: number;
  /** New texts of architecture files whose generated blocks are stale (what --fix writes for this doc set alone). */
  fixes: FileFix[];
  /** Every generated block as this doc set generates it: planFixes merges them over doc sets sharing a file. */
  generated: BlockPlan[];
  /** Things the user should know about how the documents were read (not findings). */
  notices: string[];
  /** Whether mermaid syntax was checked (it needs the asynchronous validator). */
  mermaidChecked: boolean;
  /** Every inline suppression in the documents (their keys are what a later run may allow). */
  suppressions: Suppression[];
  /** Inline suppressions that did not take effect: not among `allowedSuppressions`. */
  refusedSuppressions: Suppression[];
}

/** The view, and which inline suppressions it admitted so far (the waivers; runRules adds the disables). */
type EngineView = DocSetView & { suppressionGate: SuppressionGate };

const emptyScan = (settings: IdSettings): IdScan => ({ definitions: [], duplicates: [], restated: [], references: [], bareRanges: [], settings });

export function buildView(input: DocSetInput, config: EngineConfig): EngineView {
  const prd = input.prd.length ? parseDoc('prd', input.prd, config.parseMemo) : null;
  // A file named as PRD is the PRD, even inside the architecture folder (arc42 keeps its quality
  // requirements in §10 there): its definitions would otherwise count as their own citations.
  const prdPaths = new Set(input.prd.map((f) => f.path));
  const architectureSources = input.architecture.filter((f) => !prdPaths.has(f.path));
  const notices = (input.notices ?? []).concat(input.architecture
    .filter((f) => prdPaths.has(f.path))
    .map((f) => `${f.path} is named as PRD, so it is read as the PRD only, not as architecture: a requirement's definition is never its citation.`));
  const architecture = architectureSources.length ? parseDoc('architecture', architectureSources, config.parseMemo) : null;
  const prdIds = prd ? scanIds(prd, config.ids, true, config.synonyms) : emptyScan(config.ids);
  // The architecture is read with what the PRD's sections taught (RNF-01 is an NFR there too).
  const ids = prdIds.settings;
  const architectureIds = architecture ? scanIds(architecture, ids, false) : emptyScan(ids);
  const doc = (kind: DocKind): ParsedDoc | null => (kind === 'prd' ? prd : architecture);
  const suppressionGate = new SuppressionGate(config.allowedSuppressions);
  const inline = [...inlineWaivers(prd), ...inlineWaivers(architecture)].filter((w) => {
    const target = w.id ?? w.rule ?? '';
    const text = `<!-- archgate-waive ${target}${w.expires ? ` until ${w.expires}` : ''} -->`;
    return suppressionGate.admit({ key: waiverKey(w.source.file, target, w.expires), file: w.source.file, line: w.source.line, text });
  });
  const waivers = activate([...config.waivers, ...inline], config.today);
  // A drifted citation covers nothing while the rule that reports it is on, and its finding is
  // not silenced inline: silencing it says the citation is right. The inline disables are probed
  // with a gate of their own, so that the run's gate counts each suppression once.
  const driftRule = config.rules.find((r) => r.meta.id === 'trace/citation-drift');
  const driftSeverity = config.settings['trace/citation-drift']?.severity ?? driftRule?.meta.defaultSeverity ?? 'off';
  let silenced: Map<string, ReturnType<typeof disabledSpans>> | null = null;
  const silencedSpans = () => {
    const probe = new SuppressionGate(config.allowedSuppressions);
    return (silenced ??= new Map((architecture?.files ?? []).map((f) => [f.path, disabledSpans(f).filter((s) => probe.admit(s.suppression))])));
  };
  const coverage = computeCoverage(prdIds.definitions, architecture, architectureIds, waivers, ids, {
    citationDrift: driftRule !== undefined && driftSeverity !== 'off',
    citationStands: (at) => isDisabled({ rule: 'trace/citation-drift', severity: 'warning', message: '', fix: '', file: at.file, line: at.line, column: at.column }, silencedSpans()),
  });
  const diagrams = buildDiagramView(prd, architecture, coverage, config.synonyms, ids, { name: input.name, ...(config.docSetNames ? { configured: config.docSetNames } : {}) });
  return {
    name: input.name,
    missing: input.missing,
    notices: notices.concat(diagrams.notices),
    prd,
    architecture,
    prdIds,
    architectureIds,
    requirements: prdIds.definitions,
    coverage,
    waivers,
    diagrams,
    suppressionGate,
    synonyms: config.synonyms,
    ruleIds: config.rules.map((r) => r.meta.id),
    doc,
    findSections: (kind, topic) => {
      const d = doc(kind);
      return d ? findSections(d, config.synonyms, topic) : [];
    },
  };
}

/** The pure engine: documents and config in, findings out. No I/O, no process state. Mermaid syntax is not checked here. */
export function checkDocSet(input: DocSetInput, config: EngineConfig): DocSetResult {
  const view = buildView(input, config);
  return findingsResult(view, input, runRules(view, config, () => true));
}

/** Runs one synchronous step of a check; a host may bound its time (src/io/bounded-check.ts). */
export type StepRunner = <T>(step: () => T) => T;

/**
 * As checkDocSet, and every mermaid block is checked with the validator the shell supplies.
 * The two synchronous steps (reading the documents, then the rules) run through `runStep`.
 */
export async function checkDocSetAsync(input: DocSetInput, config: EngineConfig, validator: MermaidValidator, runStep: StepRunner = (step) => step()): Promise<DocSetResult> {
  validator.prepare?.([...input.architecture, ...input.prd].map((f) => f.text));
  const view = runStep(() => buildView(input, config));
  // Every rule that does not read mermaid's verdicts runs while mermaid works (on its own thread
  // in the bundle): the check then waits for mermaid only as long as mermaid takes beyond them.
  const verdicts = view.diagrams.mermaid.length ? validateMermaid(view.diagrams, validator) : null;
  if (!verdicts) view.diagrams.mermaidProblems = new Map();
  // A stop meanwhile (the time limit) is the rules' to report: mermaid's rejection waits for the await.
  verdicts?.catch(() => undefined);
  const early = runStep(() => runRules(view, config, (rule) => !rule.readsMermaidVerdicts));
  if (verdicts) await verdicts;
  return runStep(() => findingsResult(view, input, [...early, ...runRules(view, config, (rule) => !!rule.readsMermaidVerdicts)]));
}

/** The raw findings of the rules `which` picks, in the config's order. */
function runRules(view: EngineView, config: EngineConfig, which: (rule: Rule) => boolean): Finding[] {
  const raw: Finding[] = [];
  for (const rule of config.rules) {
    if (!which(rule)) continue;
    const setting = config.settings[rule.meta.id] ?? { severity: rule.meta.defaultSeverity, options: {} };
    if (setting.severity === 'off') continue;
    const severity: Severity = setting.severity;
    rule.check({
      view,
      options: setting.options,
      severity,
      severityFixed: setting.fixed ?? false,
      report: (r) => {
        const finding: Finding = { rule: rule.meta.id, severity: r.severity ?? severity, message: r.message, fix: r.fix, file: r.location.file, line: r.location.line, column: r.location.column };
        if (r.related) finding.related = r.related;
        if (r.suggestions) finding.suggestions = r.suggestions;
        if (r.identity) finding.identity = r.identity;
        raw.push(finding);
      },
    });
  }
  return raw;
}

/** The result: the raw findings less those suppressed or waived, in document order. */
function findingsResult(view: EngineView, input: DocSetInput, raw: Finding[]): DocSetResult {
  const gate = view.suppressionGate;
  const spans = new Map([...(view.prd?.files ?? []), ...(view.architecture?.files ?? [])].map((f) => [f.path, disabledSpans(f).filter((s) => gate.admit(s.suppression))]));
  const enabled = raw.filter((f) => !isDisabled(f, spans));
  const ruleWaived = (f: Finding) => view.waivers.some((w) => w.rule === f.rule && !w.expired && w.reason && (!w.file || w.file === f.file));
  const findings = enabled.filter((f) => !ruleWaived(f));
  const missing = (kind: string) => input.missing.filter((m) => m.kind === kind).map((m) => m.path);
  const fileOrder = [...input.prd.map((f) => f.path), ...missing('prd'), ...input.architecture.map((f) => f.path), ...missing('architecture')];
  const rank = (file: string) => {
    const i = fileOrder.indexOf(file);
    return i === -1 ? fileOrder.length : i;
  };
  findings.sort((a, b) => rank(a.file) - rank(b.file) || compareText(a.file, b.file) || a.line - b.line || a.column - b.column || compareText(a.rule, b.rule) || compareText(a.message, b.message));
  forgetRequirementTerms(view.requirements);
  return {
    name: input.name,
    prdFiles: input.prd.map((f) => f.path),
    architectureFiles: view.architecture?.files.map((f) => f.path) ?? [],
    notices: view.notices,
    requirements: view.requirements,
    findings,
    coverage: view.coverage,
    duplicateKeys: [...new Set(view.prdIds.duplicates.map((d) => d.requirement.key))],
    suppressed: raw.length - enabled.length,
    waived: enabled.length - findings.length,
    fixes: view.diagrams.fixes,
    generated: view.diagrams.generated.map((g) => ({ file: g.file, block: g.block, kind: g.kind, expected: g.expected, stale: g.stale })),
    mermaidChecked: view.diagrams.mermaidProblems !== undefined,
    suppressions: [...gate.admitted, ...gate.refused].sort((a, b) => compareText(a.file, b.file) || a.line - b.line),
    refusedSuppressions: gate.refused,
  };
}
