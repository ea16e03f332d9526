import { existsSync, readFileSync } from 'node:fs';
import { UserError } from '../errors.js';
import type { EventContext } from './resolve-target.js';

/**
 * The event the workflow runs on, as the runner describes it: GITHUB_EVENT_NAME, the payload
 * file at GITHUB_EVENT_PATH, GITHUB_REPOSITORY (what @actions/github's context reads, without
 * loading that library before the first request).
 */
export function readEventContext(env: NodeJS.ProcessEnv): EventContext {
  const file = env.GITHUB_EVENT_PATH;
  let payload: EventContext['payload'] = {};
  if (file && existsSync(file)) {
    try {
      payload = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      throw new UserError(`${file}: the event payload is not JSON (${(error as Error).message})`);
    }
  }
  const full = env.GITHUB_REPOSITORY || payload.repository?.full_name || '';
  const [owner, repo] = String(full).split('/');
  if (!owner || !repo) throw new UserError('GITHUB_REPOSITORY is not set (owner/name): run archgate as a step of a GitHub Actions workflow');
  return { eventName: env.GITHUB_EVENT_NAME ?? '', payload, repo: { owner, repo } };
}
