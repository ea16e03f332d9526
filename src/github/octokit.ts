import { Octokit as CoreOctokit } from '@octokit/core';
import { paginateRest } from '@octokit/plugin-paginate-rest';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { concurrencyGate, RetryGate, WRITES_AT_ONCE } from './request-gates.js';
import { graphqlRateLimited, malformedAnswer } from './api-errors.js';
import { UserError } from '../errors.js';
import { httpFetch } from './http-fetch.js';
import { restMethods } from './rest-routes.js';

// @octokit/rest on node:http(s) (src/github/http-fetch.ts): the first request leaves ~40 ms
// sooner than through @actions/github, which loads undici for its proxy support, and ~35 ms of
// CPU sooner than through node's own fetch, which is undici too. Behind a proxy (the *_PROXY
// variables of self-hosted runners) archgate takes @actions/github's octokit, proxy and all.
// Every wait is bounded: each request, all API work together, and waits for rate limits.
// @octokit/rest's plugins, but with archgate's REST methods alone (src/github/rest-routes.ts), and
// without its request log (it logs at debug and info, which octokit's default log drops).

const ArchgateOctokit = CoreOctokit.plugin(restMethods, paginateRest, retry, throttling);
export type Octokit = InstanceType<typeof ArchgateOctokit>;

export interface OctokitLog {
  warning(message: string): void;
  debug?(message: string): void;
}

/** How long archgate waits for GitHub, in seconds. */
export interface ApiLimits {
  /** One HTTP request, answer included. */
  request: number;
  /** All API work of the run, retries and rate-limit waits included. */
  total: number;
  /** All waits for rate limits together; a limit that resets later fails the run. */
  rateLimitWait: number;
}

export const DEFAULT_LIMITS: ApiLimits = { request: 30, total: 600, rateLimitWait: 180 };

/** The limits, each overridable by an environment variable (for self-hosted setups and tests). */
export function apiLimits(env: NodeJS.ProcessEnv): ApiLimits {
  const read = (name: string, fallback: number) => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const n = Number(raw);
    if (!Number.isFinite(n) || n <= 0) throw new UserError(`${name} must be a number of seconds above 0 (got "${raw}")`);
    return n;
  };
  return { request: read('ARCHGATE_API_REQUEST_TIMEOUT', DEFAULT_LIMITS.request), total: read('ARCHGATE_API_TOTAL_TIMEOUT', DEFAULT_LIMITS.total), rateLimitWait: read('ARCHGATE_API_RATE_LIMIT_WAIT', DEFAULT_LIMITS.rateLimitWait) };
}

const PROXY_VARIABLES = ['https_proxy', 'HTTPS_PROXY', 'http_proxy', 'HTTP_PROXY'];

const requestName = (options: { method?: string; url?: string }) => `${options.method ?? 'GET'} ${String(options.url ?? '').replace(/^https?:\/\/[^/]+/, '').replace(/\?.*$/, '')}`;

function options(log: OctokitLog, baseUrl: string, limits: ApiLimits) {
  let waited = 0;
  // Waits for a rate limit while the total stays under the cap; the error hook explains a refusal.
  const mayWait = (kind: string) => (retryAfter: number, options: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
    if (retryCount >= 2 || waited + retryAfter > limits.rateLimitWait) return false;
    waited += retryAfter;
    log.warning(`GitHub ${kind} hit on ${options.method} ${options.url}; retrying in ${retryAfter} s`);
    return true;
  };
  return {
    baseUrl,
    // 429 is the rate limiter's to wait out (throttling), never a blind retry.
    retry: { retries: 2, doNotRetry: [400, 401, 403, 404, 409, 422, 429] },
    // The plugin's limiters, but for content-creating requests, as gates without timers (src/github/request-gates.ts).
    throttle: { onRateLimit: mayWait('rate limit'), onSecondaryRateLimit: mayWait('secondary rate limit'), write: WRITES_AT_ONCE, global: concurrencyGate(10), retryLimiter: new RetryGate() },
  };
}

/** The one octokit: retries 5xx and network errors, waits out rate limits within bounds, and never waits without end. */
export async function createOctokit(token: string, log: OctokitLog, env: NodeJS.ProcessEnv = process.env): Promise<Octokit> {
  const baseUrl = env.GITHUB_API_URL || 'https://api.github.com';
  const limits = apiLimits(env);
  const proxy = PROXY_VARIABLES.find((v) => env[v]);
  if (proxy) {
    log.debug?.(`archgate: GitHub requests go through the proxy in ${proxy} (@actions/github's octokit)`);
    const github = await import('@actions/github');
    return bounded(github.getOctokit(token, options(log, baseUrl, limits), retry, throttling) as unknown as Octokit, limits);
  }
  return bounded(new ArchgateOctokit({ auth: token, request: { fetch: httpFetch }, ...options(log, baseUrl, limits) }), limits);
}

type Fetch = typeof globalThis.fetch;

/**
 * Every HTTP attempt gets its own timeout and the run's total budget; an answer that is not the
 * JSON it says it is stops with one message; a rate limit archgate will not wait for says which
 * limit and when it resets.
 */
function bounded(octokit: Octokit, limits: ApiLimits): Octokit {
  const budget = AbortSignal.timeout(limits.total * 1000);
  octokit.hook.before('request', (options) => {
    const inner: Fetch = (options.request?.fetch as Fetch | undefined) ?? globalThis.fetch;
    const name = requestName(options);
    const fetch: Fetch = async (url, init) => {
      const attempt = AbortSignal.timeout(limits.request * 1000);
      try {
        return await inner(url, { ...init, signal: AbortSignal.any([attempt, budget]) });
      } catch (error) {
        // Named AbortError, octokit passes it on as is, and the retry plugin does not retry it.
        if (budget.aborted) throw Object.assign(new UserError(`GitHub did not finish answering within archgate's budget of ${limits.total} s for all its API work (at ${name}). Re-run the job; if GitHub is slow for long, raise ARCHGATE_API_TOTAL_TIMEOUT.`), { name: 'AbortError' });
        if (attempt.aborted) throw Object.assign(new UserError(`GitHub did not answer ${name} within ${limits.request} s. Re-run the job; if GitHub is slow for long, raise ARCHGATE_API_REQUEST_TIMEOUT.`), { name: 'AbortError' });
        throw error;
      }
    };
    options.request = { ...options.request, fetch };
  });
  octokit.hook.after('request', (response, request) => {
    const type = String(response.headers['content-type'] ?? '');
    if (typeof response.data === 'string' && /json/i.test(type)) throw malformedAnswer(requestName(request), 'it is not valid JSON');
  });
  octokit.hook.error('request', (error) => {
    throw rateLimitError(error, limits) ?? error;
  });
  return octokit;
}

/** A 403/429 that is a rate limit archgate did not wait for: which limit, and when it resets. */
function rateLimitError(error: unknown, limits: ApiLimits): UserError | null {
  const e = error as { status?: number; message?: string; request?: { method?: string; url?: string }; response?: { headers?: Record<string, string | undefined>; data?: { errors?: { type?: string }[] } } };
  // GraphQL's primary limit answers 200 with a RATE_LIMITED error; the throttling plugin turns it into an error without a status.
  if (e?.response?.data?.errors?.some?.((x) => x?.type === 'RATE_LIMITED')) return graphqlRateLimited(e.response.headers ?? {}, limits);
  if (e?.status !== 403 && e?.status !== 429) return null;
  const h = e.response?.headers ?? {};
  const name = requestName(e.request ?? {});
  const retryAfter = Number(h['retry-after']);
  const reset = Number(h['x-ratelimit-reset']);
  const resetAt = Number.isFinite(reset) && reset > 0 ? new Date(reset * 1000).toISOString().replace('.000Z', 'Z') : null;
  const advice = `archgate waits at most ${limits.rateLimitWait} s for rate limits (ARCHGATE_API_RATE_LIMIT_WAIT): re-run the job after the reset, or use a token with its own limit.`;
  if (h['x-ratelimit-remaining'] === '0') {
    return new UserError(`GitHub's rate limit for this token is used up at ${name} (${h['x-ratelimit-resource'] ?? 'core'}: 0 of ${h['x-ratelimit-limit'] ?? '?'} requests left${resetAt ? `; it resets at ${resetAt}` : ''}). ${advice}`);
  }
  if (Number.isFinite(retryAfter) && retryAfter > 0 && (e.status === 429 || /rate limit/i.test(e.message ?? ''))) {
    return new UserError(`GitHub's secondary rate limit stopped ${name} and asks for a wait of ${retryAfter} s (Retry-After). ${advice}`);
  }
  return null;
}

export interface Repo {
  owner: string;
  repo: string;
}

/** An HTTP status from an octokit error, or 0. */
export function statusOf(error: unknown): number {
  return typeof (error as { status?: unknown })?.status === 'number' ? (error as { status: number }).status : 0;
}
