import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Octokit } from '@octokit/rest';
import { httpFetch } from '../src/github/http-fetch.js';
import { answerArrived, requestSent } from '../src/github/request-sent.js';

// The Action's fetch (node:http, not undici): what octokit reads of it, against a local server
// shaped like GitHub's REST API (gzip when asked, a redirect for a renamed repository, errors
// with a JSON message).

const seen: { method: string; url: string; headers: IncomingMessage['headers']; body: string }[] = [];
let base = '';
const server = createServer((req: IncomingMessage, res: ServerResponse) => {
  let body = '';
  req.on('data', (c) => (body += c));
  req.on('end', () => {
    seen.push({ method: req.method!, url: req.url!, headers: req.headers, body });
    const json = (status: number, data: unknown, extra: Record<string, string> = {}) => {
      const text = JSON.stringify(data);
      const gzip = /gzip/.test(String(req.headers['accept-encoding']));
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'x-ratelimit-remaining': '4999', ...(gzip ? { 'content-encoding': 'gzip' } : {}), ...extra });
      res.end(gzip ? gzipSync(text) : text);
    };
    if (req.url === '/repos/old/name/issues/1/comments') return void res.writeHead(301, { location: '/repos/new/name/issues/1/comments' }).end();
    if (req.url === '/repos/new/name/issues/1/comments' && req.method === 'GET') return json(200, [{ id: 7, body: 'é — ✅' }]);
    if (req.url === '/repos/new/name/issues/1/comments' && req.method === 'POST') return json(201, { id: 8, body: JSON.parse(body).body });
    if (req.url === '/repos/new/name/issues/2') return json(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });
    if (req.url === '/elsewhere') return void res.writeHead(302, { location: `http://localhost:${(server.address() as AddressInfo).port}/landed` }).end();
    if (req.url === '/landed') return json(200, { ok: true });
    if (req.url === '/slow') return void setTimeout(() => json(200, {}), 2_000);
    json(404, { message: 'Not Found' });
  });
});

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const quiet = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };
const octokit = () => new Octokit({ auth: 'ghs_token', baseUrl: base, request: { fetch: httpFetch }, log: quiet });

describe('the Action fetch on node:http', () => {
  it('serves octokit: JSON decoded from gzip, a renamed repository followed, headers as fetch names them', async () => {
    seen.length = 0;
    const answer = await octokit().rest.issues.listComments({ owner: 'old', repo: 'name', issue_number: 1 });
    expect(answer.status).toBe(200);
    expect(answer.data).toEqual([{ id: 7, body: 'é — ✅' }]);
    expect(answer.url).toBe(`${base}/repos/new/name/issues/1/comments`);
    expect(answer.headers['x-ratelimit-remaining']).toBe('4999');
    expect(seen.map((s) => `${s.method} ${s.url}`)).toEqual(['GET /repos/old/name/issues/1/comments', 'GET /repos/new/name/issues/1/comments']);
    expect(seen[1].headers.authorization).toBe('token ghs_token');
    expect(seen[1].headers['accept-encoding']).toBe('gzip, deflate, br');
  });

  it('sends a body, and a 4xx becomes the RequestError octokit makes of fetch’s answer', async () => {
    const created = await octokit().rest.issues.createComment({ owner: 'new', repo: 'name', issue_number: 1, body: 'archgate ✅' });
    expect(created).toMatchObject({ status: 201, data: { id: 8, body: 'archgate ✅' } });
    const error = await octokit()
      .rest.issues.get({ owner: 'new', repo: 'name', issue_number: 2 })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'HttpError', status: 404, message: 'Not Found - https://docs.github.com/rest' });
  });

  it('drops the token on a redirect to another origin, as fetch does', async () => {
    seen.length = 0;
    const answer = await httpFetch(`${base}/elsewhere`, { headers: { authorization: 'token secret' } });
    expect(await answer.json()).toEqual({ ok: true });
    expect(seen.map((s) => [s.url, s.headers.authorization])).toEqual([
      ['/elsewhere', 'token secret'],
      ['/landed', undefined],
    ]);
  });

  it('stops at its signal with the signal’s reason, and reports a refused connection as fetch does', async () => {
    const reason = await httpFetch(`${base}/slow`, { signal: AbortSignal.timeout(50) }).catch((e: unknown) => e);
    expect(reason).toMatchObject({ name: 'TimeoutError' });
    const refused = await httpFetch('http://127.0.0.1:1/').catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(TypeError);
    expect(refused).toMatchObject({ message: 'fetch failed', cause: { code: 'ECONNREFUSED' } });
  });

  it('says when a request is on the wire and when its answer arrives (the Action overlaps its loading with the wait)', async () => {
    const events: string[] = [];
    const sent = requestSent().then(() => events.push('sent'));
    const arrived = answerArrived().then(() => events.push('answered'));
    const answer = await httpFetch(`${base}/landed`);
    await Promise.all([sent, arrived]);
    expect(events).toEqual(['sent', 'answered']);
    expect(answer.status).toBe(200);
  });
});
