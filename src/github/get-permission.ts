import type { Octokit, Repo } from './octokit.js';
import { statusOf } from './octokit.js';

/**
 * True when the user may push to the repository. Decided by the permission GitHub computes
 * (`user.permissions.push`, else the legacy `permission`: admin or write, maintain included),
 * never by the role's name: a custom role with write access is named anything.
 */
export async function canWrite(octokit: Octokit, repo: Repo, username: string): Promise<boolean> {
  try {
    const { data } = await octokit.rest.repos.getCollaboratorPermissionLevel({ ...repo, username });
    const push = (data.user as { permissions?: { push?: unknown } } | null)?.permissions?.push;
    if (typeof push === 'boolean') return push;
    return ['admin', 'maintain', 'write'].includes(data.permission);
  } catch (error) {
    if (statusOf(error) === 404) return false;
    throw error;
  }
}
