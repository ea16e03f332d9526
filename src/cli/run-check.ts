import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { DocSetResult } from '../engine/engine.js';
import { checkWithinLimit } from '../io/bounded-check.js';
import { nodeMermaidValidator } from '../io/mermaid-validator.js';
import type { RawConfig } from '../config/load-config.js';
import { resolveConfig, type FailOn } from '../config/resolve-config.js';
import { describeFolderRead, readDocSetFrom, selectDocSets, withDefaults, type DocSetSpec } from '../io/read-doc-set.js';
import { describeConflict, planFixes } from '../diagrams/plan-fixes.js';
import { writeFixes } from '../io/write-fixes.js';
import { OutsideRootError, containedPath, gitCommit, workingTree } from '../io/file-source.js';
import { compareWithBaseline } from '../engine/baseline.js';
import { buildReport, type Report, type ReportInput } from '../report/report.js';
import { UserError } from '../errors.js';

export interface CheckOptions {
  dir: string;
  config?: string;
  prd?: string[];
  architecture?: string[];
  docSet?: string;
  failOn?: FailOn;
  /** A git ref: the same checks run on the documents as they were there, to mark findings new or existing. */
  baseline?: string;
  /** Gate only on findings the baseline does not have. */
  failOnNewOnly?: boolean;
  /** Rewrite stale generated blocks in place (only the text between their markers). */
  fix?: boolean;
  /** Told of each file --fix rewrote. */
  onFixed?: (path: string) => void;
  /** Told how each folder given as a document was read (how many files, from where, in which order). */
  onNotice?: (message: string) => void;
  /** Told of each block --fix left alone because doc sets sharing its file generate it differently. */
  onConflict?: (message: string) => void;
  /** YYYY-MM-DD for waiver expiry; today by default. */
  today?: string;
  /** Called before each doc set, for progress on a terminal. */
  onProgress?: (index: number, total: number, name: string) => void;
}

export const DEFAULT_CONFIG_PATHS = ['.github/archgate.yml', '.github/archgate.yaml'];

export async function readConfigFile(dir: string, explicit?: string): Promise<{ raw: RawConfig; file: string; waiverLines: number[] }> {
  const rel = explicit ?? DEFAULT_CONFIG_PATHS.find((p) => existsSync(path.join(dir, p)));
  if (!rel) return { raw: {}, file: DEFAULT_CONFIG_PATHS[0], waiverLines: [] };
  let abs: string;
  try {
    // The config can come with the pull request: it is held to the checked directory like the documents.
    abs = containedPath(dir, rel);
  } catch (error) {
    if (error instanceof OutsideRootError) throw new UserError(`${explicit ? '--config' : rel}: ${error.message}`);
    throw error;
  }
  if (!existsSync(abs)) throw new UserError(`config file not found: ${rel}`);
  if (!statSync(abs).isFile()) throw new UserError(`${explicit ? '--config' : rel}: "${rel}" is not a regular file; point --config at a YAML file.`);
  // The YAML parser and the schema validator load only when there is a config file.
  const { loadConfigWithLines } = await import('../config/load-config.js');
  return loadConfigWithLines(readFileSync(abs, 'utf8'), rel);
}

/** The CLI's check: read config and documents from disk, run the pure engine, build the report. */
export async function runCheck(options: CheckOptions): Promise<Report> {
  if (!existsSync(options.dir)) throw new UserError(`directory not found: ${options.dir}`);
  const loaded = await readConfigFile(options.dir, options.config);
  const config = resolveConfig(loaded.raw, loaded, options.today);
  const specs = selectDocSets(config.docSets, options, { docSet: '--doc-set', paths: '--prd and --architecture', prd: '--prd', architecture: '--architecture' });
  if (options.failOnNewOnly && !options.baseline) throw new UserError('--fail-on-new-only needs --baseline <git-ref>');
  const head = workingTree(options.dir);
  const base = options.baseline ? gitCommit(options.dir, options.baseline) : null;
  const check = (spec: DocSetSpec) => checkWithinLimit(readDocSetFrom(head, withDefaults(head, spec)), config, nodeMermaidValidator);
  const results: DocSetResult[] = [];
  for (const [i, spec] of specs.entries()) {
    options.onProgress?.(i, specs.length, spec.name);
    const input = readDocSetFrom(head, withDefaults(head, spec));
    // A folder is read whole: say how much was read from where, so a layout read wrong shows.
    for (const folder of input.folders) options.onNotice?.(describeFolderRead(folder));
    results.push(await checkWithinLimit(input, config, nodeMermaidValidator));
  }
  if (options.fix) {
    // Planned over every doc set at once, so that doc sets sharing a file never undo each other.
    const plan = planFixes(results);
    for (const conflict of plan.conflicts) options.onConflict?.(describeConflict(conflict));
    writeFixes(options.dir, plan.fixes, options.onFixed);
    const fixed = new Set(plan.fixes.map((f) => f.path));
    for (const [i, spec] of specs.entries()) {
      if (results[i].architectureFiles.some((f) => fixed.has(f))) results[i] = await check(spec);
    }
  }
  const inputs: ReportInput[] = [];
  for (const [i, spec] of specs.entries()) {
    const result = results[i];
    if (!base) {
      inputs.push({ result });
      continue;
    }
    const before = await checkWithinLimit(readDocSetFrom(base, withDefaults(base, spec)), config, nodeMermaidValidator);
    inputs.push({ result, baseline: compareWithBaseline(result, before) });
  }
  return buildReport(inputs, options.failOn ?? config.failOn, { failOnNewOnly: options.failOnNewOnly, baseline: options.baseline });
}
