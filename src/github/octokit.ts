import { Octokit as RestOctokit } from '@octokit/rest';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { malformedAnswer } from './api-errors.js';

// @octokit/rest on node's own fetch: the first request leaves ~40 ms sooner than through
// @actions/github, which loads undici for its proxy support. Behind a proxy (the *_PROXY
// variables of self-hosted runners) archgate takes @actions/github's octokit, proxy and all.

const ArchgateOctokit = RestOctokit.plugin(retry, throttling);
export type Octokit = InstanceType<typeof ArchgateOctokit>;

export interface OctokitLog {
  warning(message: string): void;
  debug?(message: string): void;
}

const PROXY_VARIABLES = ['https_proxy', 'HTTPS_PROXY', 'http_proxy', 'HTTP_PROXY'];

function options(log: OctokitLog, baseUrl: string) {
  return {
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
  };
}

/** The one octokit: retries 5xx and network errors, waits out primary and secondary rate limits. */
export async function createOctokit(token: string, log: OctokitLog, env: NodeJS.ProcessEnv = process.env): Promise<Octokit> {
  const baseUrl = env.GITHUB_API_URL || 'https://api.github.com';
  const proxy = PROXY_VARIABLES.find((v) => env[v]);
  if (proxy) {
    log.debug?.(`archgate: GitHub requests go through the proxy in ${proxy} (@actions/github's octokit)`);
    const github = await import('@actions/github');
    return checked(github.getOctokit(token, options(log, baseUrl), retry, throttling) as unknown as Octokit);
  }
  return checked(new ArchgateOctokit({ auth: token, ...options(log, baseUrl) }));
}

/** A JSON answer that does not parse reaches octokit as a string: stop there, with one message and no body. */
function checked(octokit: Octokit): Octokit {
  octokit.hook.after('request', (response, request) => {
    const type = String(response.headers['content-type'] ?? '');
    if (typeof response.data === 'string' && /json/i.test(type)) {
      throw malformedAnswer(`${request.method} ${String(request.url).replace(/^https?:\/\/[^/]+/, '').replace(/\?.*$/, '')}`, 'it is not valid JSON');
    }
  });
  return octokit;
}

export interface Repo {
  owner: string;
  repo: string;
}

/** An HTTP status from an octokit error, or 0. */
export function statusOf(error: unknown): number {
  return typeof (error as { status?: unknown })?.status === 'number' ? (error as { status: number }).status : 0;
}
