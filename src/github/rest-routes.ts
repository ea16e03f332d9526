import type { Octokit as CoreOctokit } from '@octokit/core';
import type { Api } from '@octokit/plugin-rest-endpoint-methods';

// The REST methods archgate calls (octokit.rest.<scope>.<method>), each its route as GitHub's
// REST reference names it. @octokit/rest would bring all of GitHub's ~1,000 routes: a 96 KB table
// that node compiles and evaluates before the first request. test/rest-routes.test.ts holds each
// route to @octokit/rest's own.
export const REST_ROUTES = {
  checks: {
    create: 'POST /repos/{owner}/{repo}/check-runs',
  },
  git: {
    createBlob: 'POST /repos/{owner}/{repo}/git/blobs',
    createCommit: 'POST /repos/{owner}/{repo}/git/commits',
    createTree: 'POST /repos/{owner}/{repo}/git/trees',
    getBlob: 'GET /repos/{owner}/{repo}/git/blobs/{file_sha}',
    getCommit: 'GET /repos/{owner}/{repo}/git/commits/{commit_sha}',
    getRef: 'GET /repos/{owner}/{repo}/git/ref/{ref}',
    updateRef: 'PATCH /repos/{owner}/{repo}/git/refs/{ref}',
  },
  issues: {
    createComment: 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments',
    deleteComment: 'DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}',
    listComments: 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments',
    updateComment: 'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}',
  },
  pulls: {
    createReview: 'POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews',
    get: 'GET /repos/{owner}/{repo}/pulls/{pull_number}',
    list: 'GET /repos/{owner}/{repo}/pulls',
    listFiles: 'GET /repos/{owner}/{repo}/pulls/{pull_number}/files',
    listReviewComments: 'GET /repos/{owner}/{repo}/pulls/{pull_number}/comments',
  },
  repos: {
    createCommitStatus: 'POST /repos/{owner}/{repo}/statuses/{sha}',
    get: 'GET /repos/{owner}/{repo}',
    getCollaboratorPermissionLevel: 'GET /repos/{owner}/{repo}/collaborators/{username}/permission',
    listActivities: 'GET /repos/{owner}/{repo}/activity',
  },
} as const;

type Routes = typeof REST_ROUTES;

/** octokit.rest with archgate's methods only, typed as @octokit/rest types them. */
export type RestMethods = { [S in keyof Routes]: Pick<Api['rest'][S], keyof Routes[S] & keyof Api['rest'][S]> };

/** The methods, made as @octokit/rest makes them: a request with the route's defaults (and its .endpoint, which pagination reads). */
export function restMethods(octokit: CoreOctokit): { rest: RestMethods } {
  const rest: Record<string, Record<string, unknown>> = {};
  for (const [scope, methods] of Object.entries(REST_ROUTES)) {
    rest[scope] = {};
    for (const [name, route] of Object.entries(methods)) {
      const [method, url] = route.split(' ');
      rest[scope][name] = octokit.request.defaults({ method, url });
    }
  }
  return { rest: rest as RestMethods };
}
