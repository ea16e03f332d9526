// The words the built-in checklist records look for, in one place, so that a language or a house
// style is added here and every record follows. Heading synonyms live with the section finder
// (src/engine/section-finder.ts, extended by `sections` in the config); these are the words of the
// text under them. Each entry is a list of regular-expression alternatives, joined as words.

/** Alternatives joined into one case-insensitive pattern, matched as whole words where the text has word boundaries. */
export function words(list: readonly string[]): RegExp {
  // Chinese and Japanese have no spaces between words: their alternatives match anywhere.
  const cjk = list.filter((w) => /[\u3040-\u30ff\u4e00-\u9fff]/.test(w));
  const spaced = list.filter((w) => !cjk.includes(w));
  const bounded = `(?:^|(?<=[^\\p{L}\\p{N}]))(?:${spaced.join('|')})(?![\\p{L}\\p{N}])`;
  return new RegExp(cjk.length ? `${bounded}|${cjk.join('|')}` : bounded, 'iu');
}

export const TOPIC_WORDS = {
  style: ['microservices?', 'monolith(?:ic)?', 'modular monolith', 'serverless', 'event[- ]driven', 'layered', 'hexagonal', 'ports and adapters', 'clean architecture', 'client[- ]server', 'mvc', 'mvvm', 'jamstack', 'micro[- ]?frontends?', 'service[- ]oriented', 'soa', 'pipeline', 'plug-?in architecture', 'peer[- ]to[- ]peer', 'cqrs', 'event sourcing', 'spa', 'single[- ]page (?:app|application)', 'browser extension', 'cli', 'library', 'static site', 'mikroservis', 'monolit', 'katmanlı', 'monolithe', 'architecture en couches', 'microservicios', 'monolito', '单体', '微服务', '分层'],
  reason: ['because', 'rationale', 'chosen (?:for|because|over)', 'chose', 'trade-?offs?', 'why', 'justif\\w*', 'reasons?', 'benefits?', 'advantages?', 'in order to', 'so that', 'allows?', 'enables?', 'simplif\\w*', 'ensures?', 'avoids?', 'keeps?', 'fits?', 'suited', 'ideal for', 'best for', 'optimal for', 'preferred', 'over \\w+ (?:because|since|as)', 'since', 'parce que', 'pourquoi', 'car', 'afin de', 'gerekçe', 'çünkü', 'için', 'porque', 'weil', '因为', '理由', '以便'],
  authentication: ['authenticat\\w*', 'authn', 'log ?in', 'sign[- ]?in', 'oauth\\s?2?(?:\\.\\d)?', 'openid', 'oidc', 'sso', 'jwts?', 'api[- ]?keys?', 'saml', 'passkeys?', 'mfa', '2fa', 'magic links?', 'session cookies?', 'bearer tokens?', 'clerk', 'auth0', 'cognito', 'firebase auth', 'supabase auth', 'nextauth', 'authentification', 'kimlik doğrulama', 'autenticaci\\w+', '认证', '登录'],
  authorization: ['authori[sz]\\w*', 'authz', 'rbac', 'abac', 'role[- ]based', 'roles?', 'permissions?', 'access control', 'row[- ]level security', 'rls', 'least privilege', 'ownership', 'owned by', 'owner', 'only the \\w+(?: \\w+)? (?:who|that|assigned)', 'tenant (?:isolation|scoping|scoped)', 'scoped to', 'per[- ]tenant', 'policies', 'acls?', 'autorisation', 'yetkilendirme', 'autorizaci\\w+', '授权', '权限'],
  inTransit: ['in[- ]transit', 'tls\\s?(?:1\\.[0-3])?', 'https', 'ssl', 'mtls', 'wss', 'hsts', 'en transit', 'aktarım', 'en tránsito', '传输加密'],
  atRest: ['at[- ]rest', 'aes-?256', 'aes', 'kms', 'disk encryption', 'encrypted (?:storage|volumes?|databases?|backups?|fields?|columns?|at rest)', 'encrypt(?:s|ed|ion of)? (?:the )?(?:data|database|storage|secrets|tokens|credentials|pii)', 'encryption: true', 'storage_encrypted', 'encrypted: true', 'au repos', 'sqlcipher', 'keychain', 'keystore', 'secure storage', 'secrets? manager', 'vault', 'encrypted', 'chiffr\\w+', 'şifrel\\w+', 'cifrad\\w+', '加密'],
  scaling: ['scal(?:es|ed|ing) (?:out|up|horizontally|vertically|to \\d)', 'horizontal(?:ly)? scal\\w*', 'vertical(?:ly)? scal\\w*', 'auto-?scal\\w*', 'load[- ]balanc\\w*', 'shard\\w*', 'partition\\w*', '(?:read )?replicas?', 'stateless', 'queues?', 'worker pool', 'connection pool\\w*', 'min[_ ]?instances', 'max[_ ]?instances', 'concurrency', 'rate limit\\w*', 'cdn', 'caching', 'cache', 'évolutivité', 'mise à l\'échelle', 'ölçekle\\w*', 'escalado', '扩展', '扩容'],
  metrics: ['metrics', 'monitor\\w*', 'observab\\w*', 'dashboards?', 'prometheus', 'grafana', 'datadog', 'opentelemetry', 'otel', 'tracing', 'traces', 'apm', 'sentry', 'cloudwatch', 'stackdriver', 'new relic', 'cloud monitoring', 'application insights', 'posthog', 'analytics', 'supervision', 'métriques', 'izleme', 'métricas', '监控', '指标'],
  alerting: ['alert\\w*', 'pager\\w*', 'on-?call', 'notif(?:y|ies|ied|ication) (?:the )?(?:team|on-?call|admins?|operators?)', 'incident', 'opsgenie', 'alarm\\w*', 'alerte\\w*', 'uyarı', 'alarma', '告警', '报警'],
  logging: ['log(?:s|ging|ged)?', 'logger', 'audit (?:trail|logs?)', 'structured json', 'cloud logging', 'loki', 'elk', 'journalisation', 'journaux', 'günlük\\w*', 'registro', '日志'],
  backup: ['backups?', 'backed up', 'snapshots?', 'point[- ]in[- ]time', 'pitr', 'replicat\\w+', 'dump\\w*', 'sauvegarde\\w*', 'yedek\\w*', 'respaldo', 'copia de seguridad', '备份'],
  backupSchedule: ['daily', 'nightly', 'hourly', 'weekly', 'every \\d+', 'every (?:hour|day|night|week)', 'continuous\\w*', 'automated', 'automatic\\w*', 'scheduled', 'cron', 'point[- ]in[- ]time', 'pitr', 'retention', 'retained', 'kept for', '\\d+[- ]day', 'quotidien\\w*', 'günlük', 'diari\\w+', '每天', '每日'],
  rpo: ['rpo', 'recovery point'],
  rto: ['rto', 'recovery time'],
  errorHandling: ['retr(?:y|ies|ied|ying)', 'back-?off', 'fallbacks?', 'circuit[- ]breakers?', 'time ?outs?', 'timed out', 'dead[- ]letter', 'dlq', 'graceful(?:ly)? degrad\\w*', 'idempoten\\w*', 'error boundar\\w*', 'try[/ ]catch', 'exception handl\\w*', 'error handl\\w*', 'handles? errors', 'failover', 'gestion des erreurs', 'hata yönetimi', 'reintent\\w+', '重试', '错误处理'],
  errorFormat: ['error codes?', 'error responses?', 'error format', 'error envelope', 'error objects?', 'error schema', 'problem details', 'rfc ?7807', 'rfc ?9457', 'status codes?', 'http (?:4|5)\\d\\d', '(?:4|5)\\d\\d (?:bad|unauthorized|forbidden|not found|conflict|internal|too many)', '\\{\\s*"?error"?\\s*:', '"code"\\s*:', 'codes d\'erreur', 'hata kodları', 'códigos de error', '错误码'],
  risk: ['risks?', 'threats?', 'risques?', 'riskler?', 'riesgos?', '风险'],
  mitigation: ['mitigat\\w*', 'contingenc\\w*', 'fallback', 'countermeasures?', 'response', 'atténu\\w*', 'azaltma', 'mitigaci\\w+', '缓解', '应对'],
  currencyAmount: ['[$€£¥]\\s?\\d[\\d,.]*k?', '\\d[\\d,.]*\\s?(?:k\\s?)?(?:usd|eur|gbp|dollars?|euros?|€|\\$)', 'free tier', 'free plan', 'no cost', '(?:costs?|price|pricing)\\s*(?:is|of|:)?\\s*(?:\\$|€|£)?\\s?0\\b', '\\d+\\s?(?:tl|₺|元|円)'],
  caching: ['cach(?:e|es|ed|ing)', 'redis', 'memcached', 'cdn', 'ttl'],
  migration: ['migrat\\w*', 'roll-?out', 'roll-?back', 'roadmap', 'phase \\d', 'cut-?over', 'feature flags?', 'canary'],
  optionsConsidered: ['alternatives?', 'options?', 'considered', 'rejected', 'instead of', 'vs\\.?', 'versus', 'over', 'alternatif\\w*', 'alternativ\\w*', '备选'],
  consequences: ['consequences?', 'implications?', 'trade-?offs?', 'downsides?', 'impact', 'cons', 'drawbacks?', 'conséquences', 'sonuç\\w*', 'consecuencias', '后果', '影响'],
  components: ['components?', 'modules?', 'services?', 'composants?', 'bileşen\\w*', 'componentes?', '组件', '模块'],
  interfaces: ['endpoints?', 'apis?', 'interfaces?', 'openapi', 'graphql', 'grpc', 'websockets?', 'events?', 'commands?', 'protocols?', 'webhooks?', 'routes?', 'get /', 'post /', 'arayüz\\w*', '接口'],
  dataModel: ['data ?models?', 'schemas?', 'entit(?:y|ies)', 'tables?', 'collections?', 'erdiagram', 'foreign keys?', 'primary keys?', 'modèle de données', 'veri modeli', 'modelo de datos', '数据模型'],
  users: ['target users', 'personas?', 'user journeys?', 'user types', 'target audience', 'primary users'],
  constraints: ['constraints?\\s*:', 'assumptions?\\s*:'],
  successMetrics: ['success (?:metrics|criteria)', 'kpis?'],
  outOfScope: ['out of scope', 'out-of-scope', 'not in scope', 'non-goals', 'hors (?:du )?(?:périmètre|scope)', 'kapsam dışı', 'fuera de alcance'],
} as const satisfies Record<string, readonly string[]>;

export const REASON_WORDS = words(TOPIC_WORDS.reason);

/** Column headings that hold a reason (normalized: lower case, no accents). */
export const RATIONALE_COLUMNS = ['rationale', 'why', 'justification', 'reason', 'reasons', 'purpose', 'notes', 'raison', 'justificatif', 'gerekce', 'amac', 'justificacion', 'motivo', 'begrundung', '理由', '原因'];

/** Words that label an option (normalized). */
export const OPTION_WORDS = ['option', 'alternative', 'approach', 'variant', 'variante', 'mode', 'scenario', 'choice', 'plan', 'tier', 'secenek', 'opcion', '方案'];

/** Column headings of a table that compares options (normalized). */
export const COMPARISON_COLUMNS = ['cost', 'costs', 'price', 'pricing', 'monthly cost', 'pros', 'cons', 'trade ?offs?', 'cout', 'maliyet', 'coste', 'costo', '成本', '费用'];
