import type { Octokit, Repo } from './octokit.js';

/** The token's own login (GraphQL viewer answers for the workflow token, an App's token and a PAT alike). */
export async function tokenLogin(octokit: Octokit): Promise<string> {
  const data = await octokit.graphql<{ viewer?: { login?: unknown } }>('query archgateViewer { viewer { login } }');
  if (typeof data?.viewer?.login !== 'string') throw new Error("GitHub's answer to POST /graphql does not say who the token is (viewer.login)");
  return data.viewer.login;
}

/**
 * A reply to a refused request, posted once per pull request and reason: anyone can comment
 * `/archgate fix` again and again, and archgate answers the first time only.
 * @returns false when archgate had replied already.
 */
export async function replyOnce(octokit: Octokit, repo: Repo, issue: number, reason: string, body: string): Promise<boolean> {
  const marker = `<!-- archgate:reply reason="${reason.replace(/[^\w-]/g, '_')}" -->`;
  const author = await tokenLogin(octokit);
  for await (const page of octokit.paginate.iterator(octokit.rest.issues.listComments, { ...repo, issue_number: issue, per_page: 100 })) {
    if (page.data.some((c) => c.user?.login === author && typeof c.body === 'string' && c.body.startsWith(marker))) return false;
  }
  await octokit.rest.issues.createComment({ ...repo, issue_number: issue, body: `${marker}\n${body}` });
  return true;
}
