import type { Rule } from '../rule.js';
import { requireAspects } from '../topic-check.js';

export const archInterfaces: Rule = {
  meta: {
    id: 'arch/interfaces',
    description: 'The architecture documents the interfaces between components and to the outside (APIs, events, protocols).',
    defaultSeverity: 'warning',
    rationale: 'Interfaces are where teams and components meet; undocumented ones are where integrations break. An API section, endpoints, OpenAPI, GraphQL, gRPC, message schemas or CLI commands count.',
    examples: { pass: '## API\n\n| Method | Path | Purpose |\n|---|---|---|\n| GET | /invoices | list invoices |', fail: 'The frontend talks to the backend.' },
  },
  check: (ctx) => {
    if (ctx.view.findSection('architecture', 'interfaces')) return;
    requireAspects(ctx, 'architecture', 'interfaces', [
      { name: 'its interfaces', evidence: /\bendpoints?\b|\bapis?\b|interfaces?\b|openapi|graphql|grpc|websockets?|\bevents?\b|\bcommands?\b|protocol|arayüz|接口/i, minHits: 3, fix: 'Add an "API" or "Interfaces" section listing each interface: operations, payloads, errors.' },
    ]);
  },
};
