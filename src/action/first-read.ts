import { DEFAULT_PATHS, type DocSetSpec } from '../io/read-doc-set.js';
import type { ActionInputs } from './inputs.js';

/** Every path a doc set may live at: its configured files or folders, else both default forms. */
export const candidatePaths = (spec: Pick<DocSetSpec, 'prd' | 'architecture'>): string[] => [...(spec.prd ?? DEFAULT_PATHS.prd), ...(spec.architecture ?? DEFAULT_PATHS.architecture)];

/** What the first request reads, before the config is known: the config, and the documents the inputs or the defaults name. */
export function firstReadPaths(inputs: Pick<ActionInputs, 'config' | 'prd' | 'architecture'>): string[] {
  return [inputs.config, ...candidatePaths({ prd: inputs.prd.length ? inputs.prd : undefined, architecture: inputs.architecture.length ? inputs.architecture : undefined })];
}
