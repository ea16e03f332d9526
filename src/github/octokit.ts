import * as github from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';

export type Octokit = ReturnType<typeof github.getOctokit>;

export interface OctokitLog {
  warning(message: string): void;
}

/** The one octokit: retries 5xx and network errors, waits out primary and secondary rate limits. */
export function createOctokit(token: string, log: OctokitLog, baseUrl = process.env.GITHUB_API_URL || 'https://api.github.com'): Octokit {
  return github.getOctokit(
    token,
    {
      baseUrl,
      retry: { retries: 2, doNotRetry: [400, 401, 403, 404, 409, 422] },
      throttle: {
        onRateLimit: (retryAfter: number, options: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
          log.warning(`GitHub rate limit hit on ${options.method} ${options.url}; retrying in ${retryAfter} s`);
          return retryCount < 2;
        },
        onSecondaryRateLimit: (retryAfter: number, options: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
          log.warning(`GitHub secondary rate limit hit on ${options.method} ${options.url}; retrying in ${retryAfter} s`);
          return retryCount < 2;
        },
      },
    },
    retry,
    throttling,
  );
}

export interface Repo {
  owner: string;
  repo: string;
}

/** An HTTP status from an octokit error, or 0. */
export function statusOf(error: unknown): number {
  return typeof (error as { status?: unknown })?.status === 'number' ? (error as { status: number }).status : 0;
}
