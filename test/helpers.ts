import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkDocSet, checkDocSetAsync, type DocSetResult } from '../src/engine/engine.js';
import { nodeMermaidValidator } from '../src/io/mermaid-validator.js';
import type { DocSetInput } from '../src/engine/types.js';
import { resolveConfig } from '../src/config/resolve-config.js';
import { loadConfig, type RawConfig } from '../src/config/load-config.js';
import { UserError } from '../src/errors.js';
import { expect } from 'vitest';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const CORPUS = path.resolve(ROOT, '../shared/corpus');

export interface CorpusPair {
  name: string;
  dir: string;
  prd: string[];
  architecture: string[];
  nfrIds: string[];
  citedIds: string[];
}

/** The real doc pairs in ../shared/corpus, read in place (never copied into the project). */
export function corpusPairs(): CorpusPair[] {
  if (!existsSync(CORPUS)) throw new Error(`the corpus is missing: ${CORPUS} (CI runs with ../shared beside the project)`);
  return readdirSync(CORPUS)
    .filter((d) => existsSync(path.join(CORPUS, d, 'pair.json')))
    .sort()
    .map((d) => {
      const pair = JSON.parse(readFileSync(path.join(CORPUS, d, 'pair.json'), 'utf8'));
      const list = (x: string | string[]) => (Array.isArray(x) ? x : [x]);
      return { name: d, dir: path.join(CORPUS, d), prd: list(pair.prd), architecture: list(pair.architecture), nfrIds: pair.nfr_ids, citedIds: pair.nfr_ids_cited_in_architecture };
    });
}

function input(prd: string | null, architecture: string | null): DocSetInput {
  return {
    name: 'test',
    prd: prd === null ? [] : [{ path: 'docs/prd.md', text: prd }],
    architecture: architecture === null ? [] : [{ path: 'docs/architecture.md', text: architecture }],
    missing: [...(prd === null ? [{ kind: 'prd' as const, path: 'docs/prd.md' }] : []), ...(architecture === null ? [{ kind: 'architecture' as const, path: 'docs/architecture.md' }] : [])],
  };
}

/** Run the engine on in-memory documents with a config (no mermaid syntax check). */
export function check(prd: string | null, architecture: string | null, config: RawConfig = {}): DocSetResult {
  return checkDocSet(input(prd, architecture), resolveConfig(config).engine);
}

/** As the CLI runs it: with the real mermaid parser. */
export function checkAsync(prd: string | null, architecture: string | null, config: RawConfig = {}): Promise<DocSetResult> {
  return checkDocSetAsync(input(prd, architecture), resolveConfig(config).engine, nodeMermaidValidator);
}

export const rulesOf = (r: DocSetResult, rule: string) => r.findings.filter((f) => f.rule === rule);

/** The one-line error a config text gets (file:line:col: key: message), as the user sees it. */
export function configError(text: string): string {
  try {
    loadConfig(text, '.github/archgate.yml');
  } catch (e) {
    expect(e).toBeInstanceOf(UserError);
    return (e as UserError).describe();
  }
  throw new Error('expected a config error');
}
