import * as core from '@actions/core';
import { UserError } from '../errors.js';
import type { FailOn } from '../config/resolve-config.js';

export type Mode = 'comment' | 'commit' | 'check';

/** Everything the workflow step said, read once, in one place. */
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
}

const list = (name: string) =>
  core
    .getInput(name)
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter(Boolean);

function oneOf<T extends string>(name: string, allowed: readonly T[], fallback: T | null): T | null {
  const value = core.getInput(name).trim();
  if (!value) return fallback;
  if (!(allowed as readonly string[]).includes(value)) throw new UserError(`input "${name}" must be one of ${allowed.join(', ')} (got "${value}")`);
  return value as T;
}

export function getInputs(): ActionInputs {
  const token = core.getInput('github-token');
  if (!token) throw new UserError('input "github-token" is empty: leave it at its default (the workflow token) or pass a token');
  // The workflow token is masked by the runner already; archgate never prints it.
  const failOnNewOnly = core.getInput('fail-on-new-only').trim().toLowerCase();
  if (failOnNewOnly && !['true', 'false'].includes(failOnNewOnly)) throw new UserError(`input "fail-on-new-only" must be true or false (got "${failOnNewOnly}")`);
  return {
    token,
    config: core.getInput('config').trim() || '.github/archgate.yml',
    prd: list('prd'),
    architecture: list('architecture'),
    docSet: core.getInput('doc-set').trim(),
    mode: oneOf('mode', ['comment', 'commit', 'check'] as const, 'comment')!,
    failOn: oneOf('fail-on', ['error', 'warning', 'never'] as const, null),
    failOnNewOnly: failOnNewOnly === 'true',
    paths: list('paths'),
  };
}
