import type { Rule } from '../rule.js';
import { requireAspects } from '../topic-check.js';

export const archErrorHandling: Rule = {
  meta: {
    id: 'arch/error-handling',
    description: 'The architecture says how errors are handled: retries, fallbacks, error codes.',
    defaultSeverity: 'warning',
    rationale: 'Failures in integrations and dependencies are certain; the architecture should say what happens then. Error-handling sections, retries, timeouts, fallbacks, circuit breakers and error codes count.',
    examples: { pass: 'Calls to the OCR service time out after 10 s and are retried twice with backoff, then the invoice is queued for manual review.', fail: 'The backend calls the OCR service.' },
  },
  check: (ctx) => {
    if (ctx.view.findSection('architecture', 'error-handling')) return;
    requireAspects(ctx, 'architecture', 'error-handling', [
      { name: 'error handling', evidence: /error handling|\bretr(?:y|ies|ied|ying)\b|back-?off|fallback|circuit[- ]breaker|error codes?|\bexceptions?\b|time ?outs?\b|timed out|dead[- ]letter|graceful degradation|gestion des erreurs|hata yönetimi|错误处理/i, minHits: 2, fix: 'Add an "Error Handling" section: timeouts, retries, fallbacks, and the error codes clients see.' },
    ]);
  },
};
