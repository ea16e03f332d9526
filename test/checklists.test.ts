import { describe, expect, it } from 'vitest';
import { check, rulesOf } from './helpers.js';

const messages = (arch: string, rule: string, config = {}) => rulesOf(check('', arch, config), rule).map((f) => `${f.line} ${f.severity}: ${f.message}`);

describe('built-in checklist items read substance, not the topic word', () => {
  it('a heading with no text under it is not a section', () => {
    const prd = '# Shop\n\n## Goals\n\n## Users\n\nShoppers.';
    expect(rulesOf(check(prd, ''), 'prd/required-sections').map((f) => `${f.line}: ${f.message}`)).toContain('3: The PRD has no purpose or goals section ("Goals" has no text under it).');
  });

  it('generic words count only as a whole top-level heading', () => {
    const nested = '# Shop\n\n## Data\n\n### Purpose of the cache\n\nSpeed.';
    expect(rulesOf(check(nested, ''), 'prd/required-sections').map((f) => f.message)).toContain('The PRD has no purpose or goals section.');
    const top = '# Shop\n\n## Purpose\n\nSell socks online.';
    expect(rulesOf(check(top, ''), 'prd/required-sections').map((f) => f.message)).not.toContain('The PRD has no purpose or goals section.');
  });

  it('a negation, a ticked checklist line and a self-assessment section are not evidence', () => {
    const arch = ['# Arch', '', 'There are no materialized snapshots.', '', '## Validation Checklist', '', '- ✅ Backups run nightly', '- [x] RPO and RTO defined'].join('\n');
    expect(messages(arch, 'arch/backup-recovery')).toEqual([
      '1 warning: The architecture document does not say what is backed up and how often.',
      '1 warning: The architecture document does not state a recovery point objective (RPO).',
      '1 warning: The architecture document does not state a recovery time objective (RTO).',
    ]);
  });

  it('a section that validates the product ("Success Criteria and Validation") is evidence; one that grades the document is not', () => {
    const arch = '## Epic 1 Success Criteria and Validation\n\n**Risk Mitigation for Epic 1**:\n\n1. **WebGL issues**: detect capabilities, show a fallback.';
    expect(messages(arch, 'arch/risks')).toEqual([]);
    expect(messages('## Architecture Validation Checklist\n\n- Risks: mitigated by reviews', 'arch/risks')).toEqual([
      '1 warning: The architecture document does not give its risks a mitigation.',
      '1 warning: The architecture document does not list its risks.',
    ]);
  });

  it('cost needs an amount; "budget" is not one, and cost counts wherever options are compared', () => {
    expect(messages('## Deployment\n\n### Option A: VPS\n\nWithin budget.\n\n### Option B: PaaS\n\nA cost factor.', 'arch/deployment-options')).toEqual(['1 warning: The architecture document gives no cost estimate.']);
    const table = '## Hosting Comparison\n\n| Platform | Monthly cost | Pros |\n|---|---|---|\n| Fly.io | $12 | simple |\n| AWS ECS | $60 | control |';
    expect(messages(`# Arch\n\n## Deployment\n\nDocker images.\n\n${table}`, 'arch/deployment-options')).toEqual([]);
  });

  it('a risk counts with its mitigation in the same row or item', () => {
    expect(messages('## Risks\n\n- Vendor lock-in\n- Rate limits', 'arch/risks')).toEqual(['1 warning: The architecture document does not give its risks a mitigation.']);
    expect(messages('## Risks\n\n- Vendor lock-in: mitigated by an adapter layer', 'arch/risks')).toEqual([]);
  });

  it('authorization as ownership or tenant scoping counts', () => {
    const arch = 'Couriers sign in with a magic link. Only the courier assigned to a parcel may write its note. All traffic uses TLS 1.3; the database is encrypted at rest.';
    expect(messages(arch, 'arch/security')).toEqual([]);
  });

  it('alerting, metrics and logging are three items; a health check is not monitoring', () => {
    expect(messages('The API exposes /health. Logs go to stdout as JSON.', 'arch/observability')).toEqual([
      '1 warning: The architecture document does not describe alerting.',
      '1 warning: The architecture document does not describe monitoring.',
    ]);
  });
});

describe('diagrams are classified by what they draw', () => {
  it('an overview that draws users and external systems around the system is a context and a container view', () => {
    const arch = '## Overview\n\n```mermaid\nflowchart LR\n  User[Shopper] --> Web[Web app]\n  Web --> API[API server]\n  API --> DB[(PostgreSQL)]\n  API --> Stripe[Stripe payments]\n```';
    expect(messages(arch, 'arch/c4-diagrams')).toEqual(['1 warning: The architecture document has no component (C4 level 3) diagram.']);
  });

  it('an ASCII box-and-arrow drawing counts; a directory tree does not', () => {
    const ascii = '## Architecture\n\n```\n+---------+      +-----------+      +------------+\n| Browser | ---> | API server| ---> | PostgreSQL |\n+---------+      +-----------+      +------------+\n                      |\n                      v\n                 +---------+\n                 | Redis   |\n                 +---------+\n```';
    expect(messages(ascii, 'arch/c4-diagrams', { rules: { 'arch/c4-diagrams': { levels: ['container'] } } })).toEqual([]);
    const tree = '## Layout\n\n```\nsrc/\n├── api/\n├── db/\n└── web/\n```';
    expect(messages(tree, 'arch/c4-diagrams', { rules: { 'arch/c4-diagrams': { levels: ['container'] } } })).toEqual(['1 warning: The architecture document has no container (C4 level 2) diagram.']);
  });

  it('mermaid written as inline-code lines counts', () => {
    const arch = '## Flow\n\n`flowchart LR` `Shopper[User] --> App` `App --> Stripe[Stripe payments]`';
    expect(messages(arch, 'arch/c4-diagrams', { rules: { 'arch/c4-diagrams': { levels: ['context'] } } })).toEqual([]);
  });
});

describe('severity per checklist item', () => {
  it('an item can be switched off or raised on its own; a rule severity sets all items', () => {
    const arch = 'Users sign in with OAuth 2.0.';
    expect(messages(arch, 'arch/security', { rules: { 'arch/security': { items: { 'encryption-at-rest': 'off', authorization: 'error' } } } })).toEqual([
      '1 error: The architecture document does not describe authorization.',
      '1 warning: The architecture document does not describe encryption in transit.',
    ]);
    expect(new Set(rulesOf(check('', arch, { rules: { 'arch/security': 'error' } }), 'arch/security').map((f) => f.severity))).toEqual(new Set(['error']));
  });
});
