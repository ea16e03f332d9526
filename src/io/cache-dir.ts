import os from 'node:os';
import path from 'node:path';

/** Where the CLI keeps what it may reuse between runs: $XDG_CACHE_HOME/archgate, else ~/.cache/archgate (outside any repository a pull request controls); null when ARCHGATE_CACHE=off. */
export function defaultCacheDir(env: NodeJS.ProcessEnv): string | null {
  if (env.ARCHGATE_CACHE === 'off') return null;
  const base = env.XDG_CACHE_HOME || (os.homedir() ? path.join(os.homedir(), '.cache') : '');
  return base ? path.join(base, 'archgate') : null;
}
