import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Octokit as RestOctokit } from '@octokit/rest';
import { describe, expect, it } from 'vitest';
import { createOctokit } from '../src/github/octokit.js';
import { REST_ROUTES } from '../src/github/rest-routes.js';
import { ROOT } from './helpers.js';

// archgate's REST methods (src/github/rest-routes.ts) in place of @octokit/rest's 1,000: each
// one sends what @octokit/rest's method of the same name sends, and every method the sources call
// is in the table.

const quiet = { warning: () => undefined };
const env = { GITHUB_API_URL: 'http://127.0.0.1:9' };
type Method = { endpoint: (params: Record<string, unknown>) => { method: string; url: string; body?: unknown; headers: Record<string, string> } };
const methodOf = (rest: unknown, scope: string, name: string) => (rest as Record<string, Record<string, Method>>)[scope][name];

describe("archgate's REST methods", () => {
  it('are @octokit/rest\'s: the same request (method, URL, body, accept header) for the same parameters', async () => {
    const ours = await createOctokit('ghs_token', quiet, env);
    const theirs = new RestOctokit({ auth: 'ghs_token', baseUrl: env.GITHUB_API_URL });
    const params = { owner: 'octo', repo: 'docs', issue_number: 3, pull_number: 4, comment_id: 5, file_sha: 'abc', commit_sha: 'def', ref: 'heads/main', sha: 'f00', username: 'mona', body: 'text', per_page: 100 };
    const compared: string[] = [];
    for (const [scope, methods] of Object.entries(REST_ROUTES)) {
      for (const name of Object.keys(methods)) {
        const mine = methodOf(ours.rest, scope, name).endpoint(params);
        const reference = methodOf(theirs.rest, scope, name).endpoint(params);
        expect({ method: mine.method, url: mine.url, body: mine.body, accept: mine.headers.accept }).toEqual({ method: reference.method, url: reference.url, body: reference.body, accept: reference.headers.accept });
        compared.push(`${scope}.${name}`);
      }
    }
    expect(compared).toHaveLength(21);
  });

  it('hold every octokit.rest method the sources call', () => {
    const called = new Set<string>();
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (entry.name.endsWith('.ts')) for (const m of readFileSync(full, 'utf8').matchAll(/octokit\.rest\.(\w+)\.(\w+)/g)) called.add(`${m[1]}.${m[2]}`);
      }
    };
    walk(path.join(ROOT, 'src'));
    const table = Object.entries(REST_ROUTES).flatMap(([scope, methods]) => Object.keys(methods).map((name) => `${scope}.${name}`));
    expect([...called].sort()).toEqual(table.sort());
  });
});
