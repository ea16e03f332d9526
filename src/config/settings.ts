import { UserError } from '../errors.js';
import { selectDocSets, type DocSetSpec } from '../io/read-doc-set.js';
import type { LoadedConfig } from './load-config.js';
import { resolveConfig, type CheckConfig, type FailOn } from './resolve-config.js';

// Every knob of a review, resolved once: the config file's values under the flags (CLI) or the
// inputs (Action) that override them. Nothing downstream reads a flag, an input or a config key
// for a knob this object has.

/** check: report only; comment: also comment on the pull request; commit: also write the regenerated blocks. */
export type Mode = 'comment' | 'commit' | 'check';

/** What a run says on top of the config file: CLI flags or Action inputs, already parsed. */
export interface Overrides {
  docSet?: string;
  prd?: string[];
  architecture?: string[];
  failOn?: FailOn;
  failOnNewOnly?: boolean;
  mode?: Mode;
  /** What the head is compared with (a git ref, a base commit): findings get marked new or existing. */
  baseline?: string;
  reviewSuggestions?: boolean;
  /** Extra globs whose change calls for a review, besides the doc sets and the config. */
  paths?: string[];
  /** YYYY-MM-DD for waiver expiry; today by default. */
  today?: string;
}

/** How the user wrote each override, for errors: "--doc-set" or 'input "doc-set"'. */
export interface OverrideNames {
  docSet: string;
  /** The PRD and architecture overrides together. */
  paths: string;
  prd?: string;
  architecture?: string;
  /** Commands without a gate (cite, ids) take neither. */
  failOnNewOnly?: string;
  baseline?: string;
}

export interface Settings {
  /** The doc sets this run reviews: the config's (or the default one), narrowed and overridden. */
  docSets: DocSetSpec[];
  /**
   * Narrowed to one doc set (a matrix job's doc-set input, --doc-set): the doc sets the config
   * lists before it. A file it shares with one of them has its own findings reported by the first
   * doc set listing the file, as in a run over all doc sets; they are judged for that alone and
   * never reported (src/review/review-workflow.ts).
   */
  companions?: DocSetSpec[];
  failOn: FailOn;
  /** Gate only on findings the baseline does not have (there is always a baseline then). */
  failOnNewOnly: boolean;
  mode: Mode;
  /** The label of what the head is compared with; undefined when nothing is. */
  baseline?: string;
  reviewSuggestions: boolean;
  watchedPaths: string[];
  /** Custom templates, paths in the repository. */
  templates: { comment?: string; summary?: string };
  /** The config file the settings came from (its path whether or not it exists). */
  configFile: string;
  /** The rules, their settings, the waivers and the parse limit: what checking one doc set needs. */
  checks: CheckConfig;
}

/** The one place where a config file and a run's overrides become settings. */
export function resolveSettings(config: LoadedConfig, overrides: Overrides, names: OverrideNames): Settings {
  const resolved = resolveConfig(config.raw, config, overrides.today);
  const docSets = selectDocSets(resolved.docSets, overrides, names);
  const selected = overrides.docSet ? resolved.docSets.findIndex((s) => s.name === overrides.docSet) : -1;
  if (overrides.failOnNewOnly && !overrides.baseline) throw new UserError(`${names.failOnNewOnly ?? 'fail-on-new-only'} needs ${names.baseline ?? 'a baseline'}`);
  return {
    docSets,
    ...(selected > 0 ? { companions: resolved.docSets.slice(0, selected) } : {}),
    failOn: overrides.failOn ?? resolved.failOn,
    failOnNewOnly: !!overrides.failOnNewOnly,
    mode: overrides.mode ?? 'check',
    ...(overrides.baseline ? { baseline: overrides.baseline } : {}),
    reviewSuggestions: !!overrides.reviewSuggestions,
    watchedPaths: overrides.paths ?? [],
    templates: resolved.templates,
    configFile: config.file,
    checks: { engine: resolved.engine, parseSeconds: resolved.parseSeconds },
  };
}
