import type { Rule } from '../rule.js';
import { requireAspects } from '../topic-check.js';

export const archDataModel: Rule = {
  meta: {
    id: 'arch/data-model',
    description: 'The architecture describes its data model or database schema.',
    defaultSeverity: 'warning',
    rationale: 'Data outlives code: the entities, their relations and where they are stored are the decisions that are most expensive to change later. A data-model or schema section, an ER diagram, or entities and tables described in prose count.',
    examples: { pass: '## Data Model\n\nInvoice(id, vendor, total) 1..* LineItem', fail: 'Data is stored in PostgreSQL.' },
  },
  check: (ctx) => {
    if (ctx.view.findSection('architecture', 'data-model')) return;
    requireAspects(ctx, 'architecture', 'data-model', [
      { name: 'its data model', evidence: /data ?models?|\bschemas?\b|\bentit(?:y|ies)\b|\btables?\b|\bcollections?\b|erDiagram|modèle de données|veri modeli|数据模型/i, minHits: 3, fix: 'Add a "Data Model" section: the entities, their fields and relations, and where each is stored.' },
    ]);
  },
};
