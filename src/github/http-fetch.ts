import { channel } from 'node:diagnostics_channel';
import type { IncomingMessage } from 'node:http';
import { createRequire } from 'node:module';

// The fetch octokit calls, on node:http(s). Node's global fetch is undici: its first call loads
// undici's code and compiles its HTTP parser (WebAssembly), about 35 ms of CPU before the
// Action's first request leaves (6 requests to a local server: 120 ms CPU through fetch, 85 ms
// through node:http, node 24). Octokit needs little of fetch: a method, headers, a string body,
// an abort signal, redirects followed, and the answer's status, headers and text or bytes.

// Required, not imported: an ESM import of node:http reads every export of the module, and
// node:http's WebSocket, CloseEvent and MessageEvent are getters that load undici.
const builtin = createRequire(import.meta.url);
const http = builtin('node:http') as typeof import('node:http');
const https = builtin('node:https') as typeof import('node:https');

/** Published when a request's body is on the wire, and when its answer's headers arrive (src/github/request-sent.ts listens). */
export const REQUEST_SENT = channel('archgate:request:sent');
export const ANSWER_ARRIVED = channel('archgate:request:headers');

/** What octokit reads of an answer: fetch's Response, in part. */
export interface HttpResponse {
  status: number;
  statusText: string;
  url: string;
  headers: AnswerHeaders;
  text(): Promise<string>;
  json(): Promise<unknown>;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export interface HttpRequestInit {
  method?: string;
  headers?: Record<string, string>;
  body?: string | Uint8Array | null;
  signal?: AbortSignal | null;
  redirect?: RequestRedirect;
}

/** Headers as fetch shows them: names in lower case, iterated in order, repeated values joined. */
export class AnswerHeaders {
  readonly #map: Map<string, string>;
  constructor(raw: IncomingMessage['headers']) {
    const entries = Object.entries(raw).filter((e): e is [string, string | string[]] => e[1] !== undefined);
    this.#map = new Map(entries.map(([k, v]) => [k.toLowerCase(), Array.isArray(v) ? v.join(', ') : v] as [string, string]).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  }
  get(name: string): string | null {
    return this.#map.get(name.toLowerCase()) ?? null;
  }
  has(name: string): boolean {
    return this.#map.has(name.toLowerCase());
  }
  [Symbol.iterator](): IterableIterator<[string, string]> {
    return this.#map.entries();
  }
}

const MAX_REDIRECTS = 20;
// Connections stay open between requests (GitHub's TLS handshake is two round trips); node
// unrefs an idle kept-alive socket, so none holds the process open at the end.
const agents = { 'http:': new http.Agent({ keepAlive: true }), 'https:': new https.Agent({ keepAlive: true }) };

/** fetch's error for a request that failed before an answer: a TypeError whose cause says why (octokit reports the cause). */
const fetchFailed = (cause: unknown) => new TypeError('fetch failed', { cause });

const abortReason = (signal: AbortSignal): unknown => signal.reason ?? Object.assign(new Error('This operation was aborted'), { name: 'AbortError' });

async function decoded(body: Buffer, encoding: string | null): Promise<Buffer> {
  const coding = (encoding ?? '').trim().toLowerCase();
  if (!coding || coding === 'identity') return body;
  const zlib = await import('node:zlib');
  if (coding === 'gzip' || coding === 'x-gzip') return zlib.gunzipSync(body);
  if (coding === 'deflate') return zlib.inflateSync(body);
  if (coding === 'br') return zlib.brotliDecompressSync(body);
  throw fetchFailed(new Error(`the answer is encoded as "${coding}", which archgate cannot decode`));
}

/** One request, no redirect followed: the answer with its body read whole. */
function once(url: URL, init: HttpRequestInit, signal: AbortSignal | null): Promise<{ answer: IncomingMessage; body: Buffer }> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(abortReason(signal));
    const send = url.protocol === 'https:' ? https.request : url.protocol === 'http:' ? http.request : null;
    if (!send) return reject(fetchFailed(new Error(`unsupported protocol ${url.protocol}`)));
    const headers: Record<string, string> = { 'accept-encoding': 'gzip, deflate, br', ...init.headers };
    const req = send(url, { method: init.method ?? 'GET', headers, agent: agents[url.protocol as 'http:' | 'https:'] });
    const onAbort = () => {
      req.destroy();
      reject(abortReason(signal!));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    const done = () => signal?.removeEventListener('abort', onAbort);
    req.on('error', (error) => {
      done();
      reject(signal?.aborted ? abortReason(signal) : fetchFailed(error));
    });
    req.on('response', (answer) => {
      if (ANSWER_ARRIVED.hasSubscribers) ANSWER_ARRIVED.publish({ url: url.href });
      const chunks: Buffer[] = [];
      answer.on('data', (chunk: Buffer) => chunks.push(chunk));
      answer.on('error', (error) => {
        done();
        reject(signal?.aborted ? abortReason(signal) : fetchFailed(error));
      });
      answer.on('end', () => {
        done();
        resolve({ answer, body: Buffer.concat(chunks) });
      });
    });
    const body = init.body ?? undefined;
    req.end(body, () => {
      if (REQUEST_SENT.hasSubscribers) REQUEST_SENT.publish({ url: url.href });
    });
  });
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** A fetch for octokit: follows redirects as fetch does (without the Authorization header to another origin), decodes gzip, deflate and br. */
export async function httpFetch(input: string | URL, init: HttpRequestInit = {}): Promise<HttpResponse> {
  let url = new URL(String(input));
  const request = { ...init, headers: { ...init.headers } };
  const signal = init.signal ?? null;
  for (let redirects = 0; ; redirects++) {
    const { answer, body: raw } = await once(url, request, signal);
    const status = answer.statusCode ?? 0;
    const location = answer.headers.location;
    if (REDIRECTS.has(status) && location && init.redirect !== 'manual') {
      if (init.redirect === 'error') throw fetchFailed(new Error(`redirect to ${location} refused`));
      if (redirects >= MAX_REDIRECTS) throw fetchFailed(new Error('redirect count exceeded'));
      const next = new URL(location, url);
      if (next.origin !== url.origin) request.headers = Object.fromEntries(Object.entries(request.headers).filter(([k]) => k.toLowerCase() !== 'authorization'));
      // fetch turns a 303, and a 301 or 302 after a POST, into a GET without a body.
      if (status === 303 || ((status === 301 || status === 302) && request.method === 'POST')) {
        request.method = 'GET';
        request.body = undefined;
        request.headers = Object.fromEntries(Object.entries(request.headers).filter(([k]) => !/^content-(type|length)$/i.test(k)));
      }
      url = next;
      continue;
    }
    const headers = new AnswerHeaders(answer.headers);
    const body = status === 204 || status === 304 || request.method === 'HEAD' ? Buffer.alloc(0) : await decoded(raw, headers.get('content-encoding'));
    const text = async () => body.toString('utf8');
    return {
      status,
      statusText: answer.statusMessage ?? '',
      url: url.href,
      headers,
      text,
      json: async () => JSON.parse(await text()) as unknown,
      arrayBuffer: async () => body.buffer.slice(body.byteOffset, body.byteOffset + body.byteLength) as ArrayBuffer,
    };
  }
}
