import { UserError } from '../errors.js';
import type { Repo } from './octokit.js';

// Errors of the API work that say what to fix. A gate that cannot read, or gets an answer it
// cannot trust, fails the step with one of these: it never ends as "skipped".

const PERMISSIONS_HELP = 'give the job `permissions: { contents: read, pull-requests: write }`, or pass a `github-token` that can read this repository';

/** The token cannot see the repository (GitHub hides what a token may not read behind NOT_FOUND). */
export function cannotReadRepository(repo: Repo, why: string): UserError {
  return new UserError(`cannot read ${repo.owner}/${repo.repo} with this token (${why}): ${PERMISSIONS_HELP}.`);
}

/** An answer that is not what GitHub's API describes: said once, without echoing its body. */
export function malformedAnswer(request: string, what: string): UserError {
  return new UserError(`GitHub's answer to ${request} is not what its API describes (${what}). Re-run the job; if it happens again, GitHub or a proxy between the runner and GitHub is at fault.`);
}

/** GraphQL's primary rate limit answers 200 with a RATE_LIMITED error (REST answers 403): which limit, and when it resets. */
export function graphqlRateLimited(headers: Record<string, string | undefined>, limits: { rateLimitWait: number }): UserError {
  const reset = Number(headers['x-ratelimit-reset']);
  const when = Number.isFinite(reset) && reset > 0 ? `; it resets at ${new Date(reset * 1000).toISOString().replace('.000Z', 'Z')}` : '';
  return new UserError(`GitHub's GraphQL rate limit for this token is used up at POST /graphql (RATE_LIMITED${when}). archgate waits at most ${limits.rateLimitWait} s for rate limits (ARCHGATE_API_RATE_LIMIT_WAIT): re-run the job after the reset, or use a token with its own limit.`);
}
