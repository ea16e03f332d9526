import { UserError } from '../errors.js';
import type { FailOn } from '../config/resolve-config.js';
import type { Mode } from '../config/settings.js';

export type { Mode };

/** Everything the workflow step said, read once, in one place; src/config/settings.ts resolves it over the config. */
export interface ActionInputs {
  token: string;
  config: string;
  prd: string[];
  architecture: string[];
  docSet: string;
  mode: Mode;
  failOn: FailOn | null;
  failOnNewOnly: boolean;
  /** Extra paths (globs) whose change triggers a run, besides the doc sets and the config. */
  paths: string[];
  /** Post one-click citation suggestions as review comments on changed lines (off by default). */
  reviewSuggestions: boolean;
}

/**
 * An input as the runner passes it (INPUT_<NAME>), trimmed: what @actions/core's getInput does.
 * Read here directly because @actions/core loads undici, and the first request waits for inputs.
 */
const getInput = (name: string, env: NodeJS.ProcessEnv) => (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();

const list = (name: string, env: NodeJS.ProcessEnv) =>
  getInput(name, env)
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter(Boolean);

function oneOf<T extends string>(name: string, allowed: readonly T[], fallback: T | null, env: NodeJS.ProcessEnv): T | null {
  const value = getInput(name, env);
  if (!value) return fallback;
  if (!(allowed as readonly string[]).includes(value)) throw new UserError(`input "${name}" must be one of ${allowed.join(', ')} (got "${value}")`);
  return value as T;
}

export function getInputs(env: NodeJS.ProcessEnv = process.env): ActionInputs {
  const token = getInput('github-token', env);
  if (!token) throw new UserError('input "github-token" is empty: leave it at its default (the workflow token) or pass a token');
  // The workflow token is masked by the runner already; archgate never prints it.
  const failOnNewOnly = getInput('fail-on-new-only', env).toLowerCase();
  if (failOnNewOnly && !['true', 'false'].includes(failOnNewOnly)) throw new UserError(`input "fail-on-new-only" must be true or false (got "${failOnNewOnly}")`);
  const reviewSuggestions = getInput('review-suggestions', env).toLowerCase();
  if (reviewSuggestions && !['true', 'false'].includes(reviewSuggestions)) throw new UserError(`input "review-suggestions" must be true or false (got "${reviewSuggestions}")`);
  return {
    token,
    config: getInput('config', env) || '.github/archgate.yml',
    prd: list('prd', env),
    architecture: list('architecture', env),
    docSet: getInput('doc-set', env),
    mode: oneOf('mode', ['comment', 'commit', 'check'] as const, 'comment', env)!,
    failOn: oneOf('fail-on', ['error', 'warning', 'never'] as const, null, env),
    failOnNewOnly: failOnNewOnly === 'true',
    paths: list('paths', env),
    reviewSuggestions: reviewSuggestions === 'true',
  };
}
