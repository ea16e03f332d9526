import type { Octokit, Repo } from '../github/octokit.js';
import { statusOf } from '../github/octokit.js';
import { getPullRequest, type PullRequestInfo } from '../github/get-pull-request.js';
import { canWrite } from '../github/get-permission.js';
import { pushedSince } from '../github/pushed-since.js';
import { replyOnce } from '../github/reply-once.js';

// "/archgate fix" in a pull request's comments: archgate regenerates the diagram blocks and
// commits them to the branch. It acts only for someone who may push, only on an open pull
// request, and only on the head the comment was written about.

export const FIX_COMMAND = /^\s*\/archgate\s+fix\b/i;

export type FixRequest = { kind: 'run'; pr: PullRequestInfo } | { kind: 'refused'; reason: string };

interface CommentPayload {
  body?: string;
  created_at?: string;
  user?: { login?: string };
}

export async function acceptFixRequest(octokit: Octokit, repo: Repo, issue: number, comment: CommentPayload): Promise<FixRequest> {
  const user = comment.user?.login ?? '';
  const refuse = async (reason: string, why: string, reply: string): Promise<FixRequest> => {
    const replied = await replyOnce(octokit, repo, issue, reason, reply);
    return { kind: 'refused', reason: `${why}; archgate ${replied ? 'replied' : 'had replied already'} and did nothing` };
  };
  if (!(await canWrite(octokit, repo, user))) {
    return refuse('no-write-access', `${user} may not write to the repository`, `@${user} thanks for asking! \`/archgate fix\` commits to this branch, so it needs write access to the repository. A maintainer can run it, or you can run \`npx github:archgate/archgate check --fix\` locally (archgate is not on the npm registry) and push the result.`);
  }
  let pr: PullRequestInfo;
  try {
    pr = await getPullRequest(octokit, repo, issue);
  } catch (error) {
    if (statusOf(error) === 404) return { kind: 'refused', reason: `pull request #${issue} no longer exists` };
    throw error;
  }
  if (pr.state !== 'open') {
    return refuse('closed', `pull request #${issue} is ${pr.merged ? 'merged' : 'closed'}`, `\`/archgate fix\` works on open pull requests only: this one is ${pr.merged ? 'merged' : 'closed'}, so archgate commits nothing to it. Run \`npx github:archgate/archgate check --fix\` on the branch you want to fix (archgate is not on the npm registry).`);
  }
  // The maintainer approved the head they saw: a push after the comment is not theirs to vouch for.
  if (!pr.fork && (!comment.created_at || (await pushedSince(octokit, repo, pr.headRef, comment.created_at)))) {
    return refuse(`head-moved-${pr.headSha}`, `the branch ${pr.headRef} moved after the comment`, `The branch moved to ${pr.headSha.slice(0, 7)} after this \`/archgate fix\` was written, so archgate commits nothing: it fixes only the head the request was about. Review the new commits, then comment \`/archgate fix\` again.`);
  }
  return { kind: 'run', pr };
}
