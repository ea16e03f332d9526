import type { Octokit, Repo } from './octokit.js';
import { statusOf } from './octokit.js';

export type CommitResult = { status: 'committed'; sha: string } | { status: 'branch-moved'; current: string } | { status: 'protected' } | { status: 'nothing' };

/**
 * Commit changed files onto a branch with the Git Data API: blobs, a tree on the parent's tree,
 * a commit whose parent is the commit archgate checked, and a fast-forward-only ref update.
 * If the branch moved meanwhile nothing is overwritten. Files are given as bytes: what is not
 * UTF-8 is committed as it is, never as decoded text.
 */
export async function commitFiles(octokit: Octokit, repo: Repo, branch: string, parentSha: string, files: { path: string; bytes: Uint8Array }[], message: string): Promise<CommitResult> {
  if (!files.length) return { status: 'nothing' };
  const { data: ref } = await octokit.rest.git.getRef({ ...repo, ref: `heads/${branch}` });
  if (ref.object.sha !== parentSha) return { status: 'branch-moved', current: ref.object.sha };
  const { data: parent } = await octokit.rest.git.getCommit({ ...repo, commit_sha: parentSha });
  const tree = [];
  for (const f of files) {
    const { data: blob } = await octokit.rest.git.createBlob({ ...repo, content: Buffer.from(f.bytes).toString('base64'), encoding: 'base64' });
    tree.push({ path: f.path, mode: '100644' as const, type: 'blob' as const, sha: blob.sha });
  }
  const { data: newTree } = await octokit.rest.git.createTree({ ...repo, base_tree: parent.tree.sha, tree });
  const { data: commit } = await octokit.rest.git.createCommit({ ...repo, message, tree: newTree.sha, parents: [parentSha] });
  try {
    await octokit.rest.git.updateRef({ ...repo, ref: `heads/${branch}`, sha: commit.sha, force: false });
  } catch (error) {
    // 403: a rule or protection forbids this token to push there.
    if (statusOf(error) === 403) return { status: 'protected' };
    // 422: not a fast-forward any more, or a protected branch; 409: conflict. A branch that did
    // not move was refused, not raced: it is protected (by branch protection or a ruleset).
    if (statusOf(error) === 422 || statusOf(error) === 409) {
      const { data: now } = await octokit.rest.git.getRef({ ...repo, ref: `heads/${branch}` });
      return now.object.sha === parentSha ? { status: 'protected' } : { status: 'branch-moved', current: now.object.sha };
    }
    throw error;
  }
  return { status: 'committed', sha: commit.sha };
}
