import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

// GitHub's official OpenAPI description (@octokit/openapi): the fake GitHub checks every request
// it receives and every response it sends against it, so it cannot drift into fiction.

const require = createRequire(import.meta.url);
const SPEC_PATH = path.join(path.dirname(require.resolve('@octokit/openapi/package.json')), 'generated/api.github.com.json');

type Json = Record<string, unknown>;

export interface Operation {
  template: string;
  method: string;
  params: Record<string, string>;
}

export class OpenApi {
  readonly spec: Json & { paths: Record<string, Record<string, Json>>; components: Json };
  private readonly ajv: Ajv;
  private readonly validators = new Map<string, ValidateFunction>();
  private readonly templates: { template: string; re: RegExp; names: string[]; literal: number }[];

  constructor() {
    this.spec = JSON.parse(readFileSync(SPEC_PATH, 'utf8'));
    this.ajv = new Ajv({ strict: false, validateSchema: false, allErrors: false });
    (addFormats as unknown as { default: (a: Ajv) => void }).default(this.ajv);
    this.ajv.addSchema(this.spec, 'gh');
    this.templates = Object.keys(this.spec.paths).map((template) => {
      const names: string[] = [];
      const re = new RegExp(
        '^' +
          template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{(\w+)\\?\}/g, (_m, name: string) => {
            names.push(name);
            // {path} in the contents API spans slashes; every other parameter is one segment.
            return name === 'path' ? '(.+)' : '([^/]+)';
          }) +
          '$',
      );
      return { template, re, names, literal: template.replace(/\{\w+\}/g, '').length };
    });
    // Literal paths before templated ones ("/repos/{o}/{r}/pulls/comments" before ".../pulls/{n}").
    this.templates.sort((a, b) => b.literal - a.literal);
  }

  /** The operation a request addresses, or null when the API has no such path and method. */
  match(method: string, pathname: string): Operation | null {
    for (const t of this.templates) {
      const m = t.re.exec(pathname);
      if (!m || !this.spec.paths[t.template][method.toLowerCase()]) continue;
      const params: Record<string, string> = {};
      t.names.forEach((n, i) => (params[n] = decodeURIComponent(m[i + 1])));
      return { template: t.template, method: method.toLowerCase(), params };
    }
    return null;
  }

  private pointer(op: Operation, rest: string): string {
    const escaped = op.template.replace(/~/g, '~0').replace(/\//g, '~1');
    return `gh#/paths/${escaped}/${op.method}/${rest}`;
  }

  private validator(ref: string): ValidateFunction {
    let v = this.validators.get(ref);
    if (!v) {
      v = this.ajv.compile({ $ref: ref });
      this.validators.set(ref, v);
    }
    return v;
  }

  private resolve(node: unknown): unknown {
    const ref = (node as { $ref?: string } | undefined)?.$ref;
    if (!ref) return node;
    return ref
      .slice(2)
      .split('/')
      .reduce<unknown>((acc, key) => (acc as Json)[key.replace(/~1/g, '/').replace(/~0/g, '~')], this.spec);
  }

  /** Errors of a request body against the operation's requestBody schema ([] when valid). */
  checkRequest(op: Operation, body: unknown): string[] {
    const opSpec = this.spec.paths[op.template][op.method] as Json;
    const requestBody = this.resolve(opSpec.requestBody) as Json | undefined;
    if (!requestBody) return body === undefined || body === null || (typeof body === 'object' && Object.keys(body as object).length === 0) ? [] : [`${op.method.toUpperCase()} ${op.template} takes no body`];
    if (!(requestBody.content as Json)?.['application/json']) return [];
    const v = this.validator(this.pointer(op, 'requestBody/content/application~1json/schema'));
    return v(body) ? [] : (v.errors ?? []).map((e) => `request ${op.method.toUpperCase()} ${op.template}: ${e.instancePath} ${e.message}`);
  }

  /** Errors of a response against the documented response for its status ([] when valid). */
  checkResponse(op: Operation, status: number, body: unknown): string[] {
    const responses = (this.spec.paths[op.template][op.method] as Json).responses as Json;
    const documented = this.resolve(responses[String(status)]) as Json | undefined;
    if (!documented) return [`response ${status} is not documented for ${op.method.toUpperCase()} ${op.template}`];
    const content = documented.content as Json | undefined;
    if (!content?.['application/json']) return body === undefined || body === '' ? [] : [];
    const where = `responses/${status}/content/application~1json/schema`;
    const direct = responses[String(status)] as Json;
    const ref = direct.$ref ? `gh#${(direct.$ref as string).slice(1)}/content/application~1json/schema` : this.pointer(op, where);
    const v = this.validator(ref);
    return v(body) ? [] : (v.errors ?? []).slice(0, 3).map((e) => `response ${status} ${op.method.toUpperCase()} ${op.template}: ${e.instancePath} ${e.message}`);
  }

  /** The operation's documented example for a status: a body that is valid by construction. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  example(op: Operation, status: number, name?: string): Record<string, any> {
    const responses = (this.spec.paths[op.template][op.method] as Json).responses as Json;
    const documented = this.resolve(responses[String(status)]) as Json;
    const examples = ((documented.content as Json)['application/json'] as Json).examples as Json;
    const chosen = name ? examples[name] : Object.values(examples)[0];
    return structuredClone((this.resolve(chosen) as Json).value as Json) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  }
}
