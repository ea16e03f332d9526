import type { Rule } from '../rule.js';
import { requireAspects } from '../topic-check.js';

export const archComponents: Rule = {
  meta: {
    id: 'arch/components',
    description: 'The architecture defines its components.',
    defaultSeverity: 'warning',
    rationale: 'Components with a responsibility each are what the rest of the document (interfaces, deployment, traceability) refers to. A "Components" section or `### Component: Name` headings count.',
    examples: { pass: '## Components\n\n### Component: API Gateway\n**Responsibility:** routes requests', fail: '## Overview\n\nA web app.' },
  },
  check: (ctx) => {
    if (ctx.view.findSection('architecture', 'components')) return;
    requireAspects(ctx, 'architecture', 'components', [
      { name: 'its components', evidence: /\bcomponents?\b|\bmodules?\b|composants?|bileşen|组件|模块/i, minHits: 3, fix: 'Add a "Components" section with one heading per component and its responsibility, technology and dependencies.' },
    ]);
  },
};
