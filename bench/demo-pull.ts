import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../test/helpers.js';
import type { FakeGitHub } from '../test/fake-github/server.js';

/**
 * The pull request the Action benchmarks judge: the demo docs at the base, the head changing the
 * architecture by one newline (so the doc set is judged), opened as pull request 1.
 */
export function openDemoPull(gh: FakeGitHub): void {
  const demo = (f: string) => readFileSync(path.join(ROOT, 'examples/demo/docs', f), 'utf8');
  const base = gh.commit({ 'docs/prd.md': demo('prd.md'), 'docs/architecture.md': demo('architecture.md') });
  const head = gh.commit({ 'docs/architecture.md': demo('architecture.md') + '\n' }, base);
  gh.openPull({ number: 1, headSha: head, headRef: 'f', baseSha: base });
}
