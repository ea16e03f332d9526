import type { Rule } from '../rule.js';
import { requireAspects } from '../topic-check.js';

export const archScalability: Rule = {
  meta: {
    id: 'arch/scalability',
    description: 'The architecture has a growth strategy: how it scales with load.',
    defaultSeverity: 'warning',
    rationale: 'A design that works for ten users and says nothing about ten thousand leaves the hardest decision to production. Horizontal or vertical scaling, auto-scaling, load balancing, sharding, replicas or queues count as evidence.',
    examples: { pass: 'The API is stateless and scales horizontally behind a load balancer (2-10 instances).', fail: 'The API runs on one server.' },
  },
  check: (ctx) =>
    requireAspects(ctx, 'architecture', 'scalability', [
      { name: 'how it scales', evidence: /scal(?:e|es|ed|ing|ability)\b|horizontal|vertical scaling|auto-?scal|load[- ]balanc|shard|partition|replicas?|évolutivité|ölçekle|扩展|扩容/i, minHits: 2, fix: 'Add a "Scalability" section: what grows (users, data, requests), and how the system follows (horizontal scaling, auto-scaling limits, sharding, queues).' },
    ]),
};
