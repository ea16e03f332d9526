import type { Rule } from '../rule.js';
import { requireAspects } from '../topic-check.js';

export const archObservability: Rule = {
  meta: {
    id: 'arch/observability',
    description: 'The architecture has a monitoring and logging strategy.',
    defaultSeverity: 'warning',
    rationale: 'Without metrics, alerts and logs nobody can tell whether the NFRs hold in production. Monitoring (metrics, dashboards, alerts, tracing, Prometheus, OpenTelemetry, CloudWatch, Sentry, ...) and logging are checked separately.',
    examples: { pass: 'Metrics go to Prometheus with alerts on p95 latency; logs are structured JSON.', fail: 'We will look at the server when something breaks.' },
  },
  check: (ctx) =>
    requireAspects(ctx, 'architecture', 'observability', [
      { name: 'monitoring', evidence: /monitor|observab|\bmetrics\b|dashboards?|alert|prometheus|grafana|datadog|opentelemetry|tracing|\bapm\b|sentry|cloudwatch|stackdriver|new relic|health ?checks?|supervision|izleme|监控/i, fix: 'Say what is measured and who is alerted (metrics, dashboards, alerts, tracing) in a "Monitoring" section.' },
      { name: 'logging', evidence: /\blog(?:s|ging|ged)?\b|audit trail|journalisation|journaux|günlük|日志/i, fix: 'Say what is logged, in what format and where logs go (e.g. structured JSON to Cloud Logging).' },
    ]),
};
