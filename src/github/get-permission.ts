import type { Octokit, Repo } from './octokit.js';
import { statusOf } from './octokit.js';

/** True when the user may push to the repository (write, maintain or admin). */
export async function canWrite(octokit: Octokit, repo: Repo, username: string): Promise<boolean> {
  try {
    const { data } = await octokit.rest.repos.getCollaboratorPermissionLevel({ ...repo, username });
    return ['admin', 'maintain', 'write'].includes(data.role_name ?? data.permission);
  } catch (error) {
    if (statusOf(error) === 404) return false;
    throw error;
  }
}
