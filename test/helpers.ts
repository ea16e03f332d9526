import type { SpawnSyncReturns } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkDocSet, checkDocSetAsync, type DocSetResult } from '../src/engine/engine.js';
import { nodeMermaidValidator } from '../src/io/mermaid-validator.js';
import type { DocSetInput } from '../src/engine/types.js';
import { resolveConfig } from '../src/config/resolve-config.js';
import { loadConfig, type RawConfig } from '../src/config/load-config.js';
import { UserError } from '../src/errors.js';
import { describe, expect, it } from 'vitest';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** Test data beside the project, not in the repository: the real corpus, its labels and the reference templates. */
export const SHARED = path.resolve(ROOT, '../shared');
export const CORPUS = path.join(SHARED, 'corpus');

// The tests on real documents need ../shared. Where it is missing they fail, naming it, unless
// ARCHGATE_TEST_CORPUS=optional says this checkout goes without it (GitHub's CI, which has only
// the repository): only then do they skip. .ci/run has ../shared and never sets the variable.
const SHARED_PARTS = ['corpus', 'labels', 'reference'];
const sharedMissing = SHARED_PARTS.map((part) => path.join(SHARED, part)).filter((p) => !existsSync(p));
const sharedSkipped = sharedMissing.length > 0 && process.env.ARCHGATE_TEST_CORPUS === 'optional';
const missingShared = (p: string) => new Error(`${p} is missing: the tests on real documents read ../shared beside the project. Put it there, or set ARCHGATE_TEST_CORPUS=optional to skip those tests where it cannot be.`);

/**
 * Whether the browser tests can run: the browser is at `executable`. Missing, it throws naming it
 * (the test file fails), unless ARCHGATE_TEST_BROWSER=optional says this machine goes without.
 */
export function browserPresent(executable: string): boolean {
  if (existsSync(executable)) return true;
  if (process.env.ARCHGATE_TEST_BROWSER === 'optional') return false;
  throw new Error(`${executable} is missing: the browser tests drive Debian's Chromium (apt-get install chromium; .ci/run installs it). Install it, or set ARCHGATE_TEST_BROWSER=optional to skip those tests where it cannot be.`);
}

/** A path in ../shared; throws naming it when it is missing. */
export function sharedPath(...parts: string[]): string {
  const p = path.join(SHARED, ...parts);
  if (!existsSync(p)) throw missingShared(p);
  return p;
}

/** A test that reads ../shared: it runs (and fails where ../shared is missing) unless ARCHGATE_TEST_CORPUS=optional. */
export const itWithShared = it.skipIf(sharedSkipped);

/** A suite that reads ../shared while it is defined: not even defined when skipped (see itWithShared). */
export function describeWithShared(name: string, factory: () => void): void {
  if (sharedSkipped) describe.skip(name, () => it(`needs ${sharedMissing.join(' and ')}`, () => {}));
  else describe(name, factory);
}

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
  if (!existsSync(CORPUS)) throw missingShared(CORPUS);
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

/**
 * A spawned archgate that ran to an exit code. A child killed by a signal with nothing written
 * (SIGSEGV under an artificial --stack-size, or a loaded runner) says nothing about archgate, whose
 * every exit writes its report or why it stopped: it runs once more (`beforeRetry` resets what the
 * first run left), and a second such end fails, naming its signal and spawn error.
 */
export function spawnedToExit(spawn: () => SpawnSyncReturns<string>, beforeRetry?: () => void): SpawnSyncReturns<string> {
  let run = spawn();
  if (run.status === null && !run.stdout && !run.stderr) {
    beforeRetry?.();
    run = spawn();
  }
  expect({ signal: run.signal, error: run.error?.message }).toEqual({ signal: null, error: undefined });
  return run;
}
