import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { RawConfig } from '../config/load-config.js';
import type { FailOn } from '../config/resolve-config.js';
import { resolveSettings, type OverrideNames, type Overrides } from '../config/settings.js';
import { OutsideRootError, containedPath } from '../io/file-source.js';
import type { Report } from '../report/report.js';
import { runReview } from '../review/review-workflow.js';
import { LocalHost, type LocalHostEvents } from './local-host.js';
import { UserError } from '../errors.js';

/** The check flags, and what the CLI wants to hear on the way. */
export interface CheckOptions extends LocalHostEvents {
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
  /** YYYY-MM-DD for waiver expiry; today by default. */
  today?: string;
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

/** The check flags as overrides of the config file. */
export const checkOverrides = (options: CheckOptions): Overrides => ({
  docSet: options.docSet,
  prd: options.prd,
  architecture: options.architecture,
  failOn: options.failOn,
  failOnNewOnly: options.failOnNewOnly,
  baseline: options.baseline,
  mode: options.fix ? 'commit' : 'check',
  today: options.today,
});

const CLI_NAMES: OverrideNames = { docSet: '--doc-set', paths: '--prd and --architecture', prd: '--prd', architecture: '--architecture', failOnNewOnly: '--fail-on-new-only', baseline: '--baseline <git-ref>' };

/** The CLI's check: read config and documents from disk and review them, the working tree as the head. */
export async function runCheck(options: CheckOptions): Promise<Report> {
  if (!existsSync(options.dir)) throw new UserError(`directory not found: ${options.dir}`);
  const loaded = await readConfigFile(options.dir, options.config);
  const settings = resolveSettings(loaded, checkOverrides(options), CLI_NAMES);
  const host = new LocalHost(options.dir, options.baseline, options);
  const review = await runReview(host, settings);
  // A local host always reviews (its prepare says yes).
  return review!.report;
}
