// The words archgate reads headings by, in every supported language: English, French, Spanish,
// Portuguese, German, Italian, Turkish, Chinese and Japanese; a PRD's sections also in Russian,
// Ukrainian, Vietnamese and Korean. One place, so that every rule, the
// ID finder and the diagram model read the same vocabulary, and a config's `sections:` adds to it.
// Phrases are compared after normalizeHeading (accents, case and punctuation folded), so they may
// be written with their accents; Chinese and Japanese phrases match inside a heading.

/** Topic -> heading phrases. Phrases are matched as whole words after normalizeHeading. */
export type SectionSynonyms = Record<string, string[]>;

export const SECTION_SYNONYMS: SectionSynonyms = {
  goals: [
    'goals', 'goal', 'purpose', 'objectives', 'objective', 'vision', 'background', 'executive summary', 'problem statement', 'overview', 'introduction',
    'objectifs', 'contexte',
    'objetivos', 'propósito', 'visión', 'introducción', 'resumen', 'visão', 'visão geral', 'introdução',
    'ziele', 'zielsetzung', 'einführung', 'einleitung', 'überblick', 'hintergrund',
    'obiettivi', 'scopo', 'introduzione', 'panoramica',
    'amac', 'hedefler', 'vizyon',
    '目标', '背景', '概述', '项目概述', '目的', '目標', '概要', 'はじめに', 'ビジョン',
    'цели', 'цель', 'цели и задачи', 'назначение', 'введение', 'обзор', 'общее описание', 'видение', 'предпосылки', 'мета', 'цілі', 'вступ', 'огляд',
    'mục tiêu', 'mục đích', 'giới thiệu', 'tổng quan', 'tầm nhìn', 'bối cảnh', '목표', '목적', '개요', '소개', '배경', '비전',
  ],
  users: [
    'users', 'user', 'user classes', 'user classes and characteristics', 'personas', 'persona', 'target audience', 'audience', 'audiences', 'stakeholders', 'user journeys', 'user journey', 'user scenarios', 'customers', 'actors',
    'utilisateurs', 'cibles', 'parties prenantes', 'acteurs',
    'usuarios', 'actores', 'partes interesadas', 'público objetivo', 'utilizadores', 'atores', 'partes interessadas',
    'benutzer', 'nutzer', 'anwender', 'zielgruppe', 'stakeholder', 'akteure',
    'utenti', 'attori', 'parti interessate',
    'kullanicilar', 'kullanici', 'paydaşlar',
    '用户', '目标用户', '干系人', 'ユーザー', '利用者', 'ペルソナ', 'ステークホルダー', 'アクター',
    'пользователи', 'целевая аудитория', 'заинтересованные стороны', 'персоны', 'роли пользователей', 'акторы', 'користувачі', 'зацікавлені сторони',
    'người dùng', 'đối tượng người dùng', 'các bên liên quan', 'tác nhân', '사용자', '대상 사용자', '이해관계자', '페르소나',
  ],
  'functional-requirements': [
    'functional requirements', 'functional', 'requirements overview', 'features', 'feature requirements', 'capabilities', 'user stories', 'system features',
    'exigences fonctionnelles', 'fonctionnalites',
    'requisitos funcionales', 'requerimientos funcionales', 'funcionalidades', 'historias de usuario', 'requisitos funcionais', 'histórias de usuário',
    'funktionale anforderungen', 'funktionen', 'funktionsumfang',
    'requisiti funzionali', 'funzionalità',
    'fonksiyonel gereksinimler', 'islevsel gereksinimler',
    '功能需求', '功能要求', '機能要件', '機能要求', '機能一覧', 'ユーザーストーリー',
    'функциональные требования', 'функции', 'пользовательские истории', 'функціональні вимоги', 'користувацькі історії',
    'yêu cầu chức năng', 'tính năng', 'câu chuyện người dùng', '기능 요구사항', '기능 요구 사항', '사용자 스토리',
  ],
  'nonfunctional-requirements': [
    'nonfunctional requirements', 'nonfunctional', 'nfr', 'nfrs', 'quality attributes', 'quality requirements', 'quality goals', 'quality scenarios', 'quality tree', 'software quality attributes', 'non user requirements',
    'exigences non fonctionnelles', 'non fonctionnelles', 'exigences de qualité', 'attributs de qualité', 'objectifs de qualité',
    'requisitos no funcionales', 'requerimientos no funcionales', 'no funcionales', 'atributos de calidad', 'requisitos de calidad', 'objetivos de calidad', 'escenarios de calidad',
    'requisitos não funcionais', 'não funcionais', 'atributos de qualidade', 'requisitos de qualidade', 'metas de qualidade',
    'nichtfunktionale anforderungen', 'nicht funktionale anforderungen', 'qualitätsanforderungen', 'qualitätsziele', 'qualitätsszenarien', 'qualitätsmerkmale',
    'requisiti non funzionali', 'non funzionali', 'attributi di qualità', 'requisiti di qualità', 'obiettivi di qualità',
    'fonksiyonel olmayan gereksinimler', 'fonksiyonel olmayan', 'kalite gereksinimleri', 'kalite nitelikleri',
    '非功能需求', '非功能性需求', '质量属性', '质量需求', '非機能要件', '非機能要求', '品質要件', '品質特性', '品質目標', '品質シナリオ',
    'нефункциональные требования', 'нефункциональные', 'атрибуты качества', 'требования к качеству', 'качественные атрибуты', 'сценарии качества', 'нефункціональні вимоги', 'атрибути якості', 'вимоги до якості',
    'yêu cầu phi chức năng', 'phi chức năng', 'thuộc tính chất lượng', 'yêu cầu chất lượng', 'kịch bản chất lượng', '비기능 요구사항', '비기능 요구 사항', '비기능', '품질 속성', '품질 요구사항', '품질 시나리오',
  ],
  constraints: [
    'constraints', 'assumptions', 'domain specific requirements', 'regulatory requirements', 'compliance requirements', 'technical assumptions', 'limitations', 'dependencies',
    'contraintes', 'hypotheses',
    'restricciones', 'supuestos', 'limitaciones', 'dependencias', 'restrições', 'premissas', 'limitações',
    'randbedingungen', 'einschränkungen', 'annahmen', 'abhängigkeiten',
    'vincoli', 'assunzioni', 'limitazioni', 'dipendenze',
    'kisitlar', 'varsayimlar',
    '约束', '假设', '技术约束', '制約', '前提条件', '前提',
    'ограничения', 'допущения', 'предположения', 'зависимости', 'обмеження', 'припущення', 'залежності',
    'ràng buộc', 'giả định', 'phụ thuộc', '제약사항', '제약 사항', '제약 조건', '가정', '의존성',
  ],
  'success-metrics': [
    'success metrics', 'success criteria', 'measurable outcomes', 'kpis', 'kpi', 'metrics', 'success measures', 'measures of success',
    'criteres de succes', 'metriques',
    'métricas de éxito', 'criterios de éxito', 'indicadores', 'métricas de sucesso', 'critérios de sucesso',
    'erfolgskriterien', 'erfolgsmetriken', 'kennzahlen',
    'metriche di successo', 'criteri di successo',
    'basari kriterleri', 'basari metrikleri',
    '成功指标', '验收标准', '成功指標', '成功基準', '評価指標',
    'метрики успеха', 'критерии успеха', 'критерии приемки', 'метрики успіху', 'критерії успіху', 'критерії приймання',
    'chỉ số thành công', 'tiêu chí thành công', 'tiêu chí chấp nhận', '성공 지표', '성공 기준', '인수 기준',
  ],
  'out-of-scope': [
    'out of scope', 'post mvp', 'future enhancements', 'future features', 'future scope', 'deferred', 'non goals', 'nongoals', 'not in scope', 'exclusions', 'excluded',
    'hors perimetre', 'hors scope',
    'fuera de alcance', 'fuera del alcance', 'no objetivos', 'exclusiones', 'fora do escopo', 'fora de escopo',
    'nicht im umfang', 'abgrenzung', 'nicht ziele',
    'fuori ambito', 'esclusioni',
    'kapsam disi',
    '不包括', '非目标', '范围外', '対象外', 'スコープ外', '範囲外',
    'вне рамок', 'за рамками', 'вне области', 'не входит в объем', 'поза межами', 'поза рамками',
    'ngoài phạm vi', 'không thuộc phạm vi', '범위 외', '범위 제외', '제외 사항',
  ],

  'architecture-style': [
    'architecture style', 'architectural style', 'architectural pattern', 'architectural patterns', 'architecture pattern', 'architecture patterns', 'high level architecture', 'architecture overview', 'system architecture', 'architectural approach', 'architectural design', 'solution strategy',
    'style architectural', 'stratégie de solution',
    'estilo arquitectónico', 'estilo de arquitectura', 'arquitectura de alto nivel', 'visión general de la arquitectura', 'estrategia de solución', 'estilo arquitetural', 'visão geral da arquitetura', 'estratégia de solução',
    'architekturstil', 'lösungsstrategie', 'architekturüberblick',
    'stile architetturale', 'strategia della soluzione',
    'mimari',
    '架构概述', '总体架构', 'アーキテクチャ概要', 'アーキテクチャスタイル', 'システム構成', '全体構成', 'ソリューション戦略',
  ],
  'tech-stack': [
    'tech stack', 'technology stack', 'technology domain', 'primary technology domain', 'technical preferences', 'starter template', 'starter template evaluation', 'technology', 'techno', 'technology choices', 'technologies', 'technology decisions', 'technical stack', 'technical context', 'stack',
    'domaine technologique', 'stack technique',
    'tecnologías', 'pila tecnológica', 'stack tecnológico', 'contexto técnico', 'tecnologias', 'pilha tecnológica',
    'technologien', 'technologieauswahl', 'technischer kontext',
    'tecnologie', 'stack tecnologico', 'contesto tecnico',
    'teknoloji', 'teknoloji yigini',
    '技术栈', '技术选型', '技術スタック', '使用技術', '技術選定', '採用技術',
  ],
  deployment: [
    'deployment', 'deployment architecture', 'deployment options', 'deployment strategy', 'infrastructure', 'infrastructure and deployment', 'hosting',
    'deploiement',
    'despliegue', 'infraestructura', 'implantación', 'infraestrutura',
    'verteilung', 'verteilungssicht', 'bereitstellung', 'infrastruktur',
    'distribuzione', 'infrastruttura',
    'dagitim',
    '部署', 'デプロイ', '配置', 'インフラ', '運用環境',
  ],
  security: ['security', 'security architecture', 'authentication', 'securite', 'seguridad', 'segurança', 'sicherheit', 'sicurezza', 'guvenlik', '安全', 'セキュリティ', '認証'],
  scalability: [
    'scalability', 'scaling', 'performance', 'performance and scalability', 'evolutivite',
    'escalabilidad', 'rendimiento', 'escalabilidade', 'desempenho', 'skalierbarkeit', 'leistung', 'scalabilità', 'prestazioni', 'olceklenebilirlik',
    '扩展性', '性能', 'スケーラビリティ', '拡張性', 'パフォーマンス',
  ],
  observability: [
    'monitoring', 'observability', 'logging', 'telemetry', 'supervision', 'observabilite',
    'monitoreo', 'monitorización', 'observabilidad', 'monitoramento', 'observabilidade', 'überwachung', 'protokollierung', 'beobachtbarkeit', 'monitoraggio', 'osservabilità', 'izleme',
    '监控', '日志', '監視', 'モニタリング', 'ログ', '可観測性', 'オブザーバビリティ',
  ],
  backup: [
    'backup', 'backups', 'disaster recovery', 'recovery', 'business continuity', 'sauvegarde',
    'respaldo', 'copias de seguridad', 'recuperación ante desastres', 'recuperação de desastres', 'datensicherung', 'wiederherstellung', 'ripristino', 'yedekleme',
    '备份', '灾备', 'バックアップ', '障害復旧', '災害復旧', 'リカバリ',
  ],
  decisions: [
    'decisions', 'decision', 'adr', 'adrs', 'architecture decision records', 'decision records', 'decision log', 'key decisions', 'design decisions',
    'decisiones', 'decisões', 'entscheidungen', 'architekturentscheidungen', 'entwurfsentscheidungen', 'decisioni', 'kararlar',
    '决策', '意思決定', '設計判断', '決定事項', 'アーキテクチャ決定',
  ],
  risks: ['risks', 'risk', 'risk assessment', 'risks and mitigations', 'risques', 'riesgos', 'riscos', 'risiken', 'rischi', 'riskler', '风险', 'リスク'],
  components: [
    'components', 'component', 'component architecture', 'component design', 'modules', 'services', 'building block view', 'building blocks', 'project structure',
    'composants',
    'componentes', 'módulos', 'servicios', 'vista de bloques', 'serviços',
    'komponenten', 'bausteinsicht', 'bausteine', 'module',
    'componenti', 'moduli', 'servizi',
    'bilesenler',
    '组件', '模块', 'コンポーネント', 'モジュール', '構成要素',
  ],
  interfaces: [
    'api', 'apis', 'interfaces', 'rest api', 'rest api spec', 'api specification', 'api design', 'endpoints', 'api endpoints', 'interface', 'contracts',
    'contratos', 'schnittstellen', 'interfacce', 'arayuzler',
    '接口', 'インターフェース', 'インタフェース', 'API設計',
  ],
  'data-model': [
    'data model', 'data models', 'database schema', 'database', 'schema', 'er diagram', 'entities', 'data architecture', 'data design', 'key entities',
    'modele de donnees',
    'modelo de datos', 'base de datos', 'esquema', 'modelo de dados', 'banco de dados',
    'datenmodell', 'datenbank', 'datenbankschema',
    'modello dati', 'modello dei dati',
    'veri modeli',
    '数据模型', 'データモデル', 'データベース', 'ER図', 'データ設計',
  ],
  'error-handling': [
    'error handling', 'error handling strategy', 'errors', 'error codes', 'failure modes', 'gestion des erreurs',
    'manejo de errores', 'gestión de errores', 'tratamento de erros', 'fehlerbehandlung', 'gestione degli errori', 'hata yonetimi',
    '错误处理', 'エラー処理', 'エラーハンドリング', '例外処理',
  ],
  caching: ['caching', 'cache', 'caching strategy', 'caché', 'zwischenspeicher', 'キャッシュ', '缓存', 'redis'],
  migration: ['migrazione', 'migrazioni', 
    'migration', 'migration plan', 'rollout', 'rollout plan', 'implementation roadmap', 'roadmap', 'migration strategy',
    'migración', 'plan de migración', 'hoja de ruta', 'migração', 'migrazione', 'piano di migrazione', 'einführungsplan',
    '迁移', '移行', '移行計画', 'ロードマップ',
  ],

  // The C4 levels a diagram's heading (or the sentence before it) may name.
  'context-diagram': [
    'system context', 'context diagram', 'context view', 'context map', 'context level', 'c4 context', 'c0', 'c1 context', 'context and scope', 'business context',
    'contexte du systeme', 'contexte systeme', 'diagramme de contexte',
    'contexto del sistema', 'diagrama de contexto', 'contexto y alcance', 'contexto do sistema', 'contexto e escopo',
    'systemkontext', 'kontextabgrenzung', 'kontextdiagramm', 'fachlicher kontext',
    'contesto di sistema', 'diagramma di contesto', 'contesto e ambito',
    'sistem baglami',
    '系统上下文', '上下文图', 'コンテキスト図', 'システムコンテキスト', 'システム境界',
  ],
  'container-diagram': [
    'container', 'containers', 'container diagram', 'high level architecture', 'architecture diagram', 'architectural design', 'system architecture', 'architecture overview', 'system overview',
    'conteneurs',
    'contenedores', 'diagrama de arquitectura', 'contêineres', 'diagrama de arquitetura',
    'architekturdiagramm', 'architekturüberblick',
    'diagramma architetturale', 'contenitori',
    '架构图', 'アーキテクチャ図', 'システム構成図', '構成図', 'コンテナ図',
  ],
  'component-diagram': [
    'component', 'components', 'building block view', 'composants', 'componentes', 'komponenten', 'bausteinsicht', 'componenti', 'bilesen', 'bilesenler', '组件', 'コンポーネント',
  ],
};

/**
 * Headings that end the search for a requirement's kind: an ID under "Acceptance criteria" inside
 * a functional section is a criterion, not a functional requirement.
 */
export const NOT_REQUIREMENT_SECTIONS: string[] = [
  'acceptance criteria', 'edge cases', 'test cases', 'tests', 'open questions', 'glossary', 'risks', 'assumptions', 'out of scope', 'dependencies', 'references',
  'table of contents', 'contents', 'introduction', 'purpose', 'scope', 'revision history', 'change log', 'document history', 'sommaire', 'indice', 'índice', 'inhaltsverzeichnis', '目次', '目录',
  'criteres d acceptation', 'criterios de aceptación', 'casos límite', 'critérios de aceitação', 'akzeptanzkriterien', 'criteri di accettazione', 'kabul kriterleri',
  '验收标准', '受入基準', '受け入れ基準', '用語集',
];

/**
 * Success-criteria headings whose IDs are measurable, non-functional targets (spec-kit's SC-001),
 * besides the non-functional topic's own headings.
 */
export const QUALITY_CRITERIA_SECTIONS: string[] = [
  'success criteria', 'measurable outcomes', 'criterios de éxito', 'critérios de sucesso', 'erfolgskriterien', 'criteri di successo', 'critères de succès', 'başarı kriterleri', '成功基準', '成功标准',
];

// The words of the text under the headings, per checklist topic: what the built-in checklist
// records take as evidence. Each entry is a list of regular-expression alternatives that
// src/rules/checklist/topic-patterns.ts joins as whole words (Chinese and Japanese anywhere).
export const TOPIC_WORDS = {
  style: ['microservices?', 'monolith(?:ic)?', 'modular monolith', 'serverless', 'event[- ]driven', 'layered', 'hexagonal', 'ports and adapters', 'clean architecture', 'client[- ]server', 'mvc', 'mvvm', 'jamstack', 'micro[- ]?frontends?', 'service[- ]oriented', 'soa', 'pipeline', 'plug-?in architecture', 'peer[- ]to[- ]peer', 'cqrs', 'event sourcing', 'spa', 'single[- ]page (?:app|application)', 'browser extension', 'cli', 'library', 'static site', 'mikroservis', 'monolit', 'katmanlı', 'monolithe', 'architecture en couches', 'microservicios', 'monolito', '单体', '微服务', '分层', 'モノリス', 'モジュラーモノリス', 'マイクロサービス', 'レイヤード', 'サーバーレス', 'イベント駆動', 'monolito modular', 'arquitectura en capas', 'monólito modular', 'microsserviços', 'monolithe modulaire', 'microservices', 'modularer monolith', 'microservizi', 'monolite modulare', 'レイヤードアーキテクチャ', '分层架构'],
  reason: ['because', 'rationale', 'chosen (?:for|because|over)', 'chose', 'trade-?offs?', 'why', 'justif\\w*', 'reasons?', 'benefits?', 'advantages?', 'in order to', 'so that', 'allows?', 'enables?', 'simplif\\w*', 'ensures?', 'avoids?', 'keeps?', 'fits?', 'suited', 'ideal for', 'best for', 'optimal for', 'preferred', 'over \\w+ (?:because|since|as)', 'since', 'parce que', 'pourquoi', 'car', 'afin de', 'gerekçe', 'çünkü', 'için', 'porque', 'weil', '因为', '理由', '以便', 'ため', 'ので', '採用理由', '选择', 'perché'],
  authentication: ['authenticat\\w*', 'authn', 'log ?in', 'sign[- ]?in', 'oauth\\s?2?(?:\\.\\d)?', 'openid', 'oidc', 'sso', 'jwts?', 'api[- ]?keys?', 'saml', 'passkeys?', 'mfa', '2fa', 'magic links?', 'session cookies?', 'bearer tokens?', 'clerk', 'auth0', 'cognito', 'firebase auth', 'supabase auth', 'nextauth', 'authentification', 'kimlik doğrulama', 'autentica\\w+', 'authentifizier\\w*', 'anmeldung', '认证', '登录', '認証', 'ログイン', 'サインイン', '身份验证', 'autenticaci\\w+', 'autenticación', 'autenticação', 'authentifizierung', 'autenticazione', 'openid connect', 'oauth'],
  authorization: ['authori[sz]\\w*', 'authz', 'rbac', 'abac', 'role[- ]based', 'roles?', 'permissions?', 'access control', 'row[- ]level security', 'rls', 'least privilege', 'ownership', 'owned by', 'owner', 'only the \\w+(?: \\w+)? (?:who|that|assigned)', 'tenant (?:isolation|scoping|scoped)', 'scoped to', 'per[- ]tenant', 'policies', 'acls?', 'autorisation', 'yetkilendirme', 'autorizaci\\w+', '授权', '权限', '認可', 'ロールベース', '権限', 'アクセス制御', 'autorización', 'autorização', 'autorisierung', 'berechtigung', 'autorizzazione'],
  inTransit: ['in[- ]transit', 'tls\\s?(?:1\\.[0-3])?', 'https', 'ssl', 'mtls', 'wss', 'hsts', 'en transit', 'aktarım', 'en tránsito', '传输加密', '通信の暗号化', '暗号化通信', 'tls', 'cifrado en tránsito', 'criptografia em trânsito', 'chiffrement en transit', 'transportverschlüsselung', 'crittografia in transito'],
  atRest: ['at[- ]rest', 'aes-?256', 'aes', 'kms', 'disk encryption', 'encrypted (?:storage|volumes?|databases?|backups?|fields?|columns?|at rest)', 'encrypt(?:s|ed|ion of)? (?:the )?(?:data|database|storage|secrets|tokens|credentials|pii)', 'encryption: true', 'storage_encrypted', 'encrypted: true', 'au repos', 'sqlcipher', 'keychain', 'keystore', 'secure storage', 'secrets? manager', 'vault', 'encrypted', 'chiffr\\w+', 'şifrel\\w+', 'cifrad\\w+', '加密', '暗号化', '保存時', 'cifrado en reposo', 'datos cifrados', 'criptografia em repouso', 'chiffrement au repos', 'verschlüsselung im ruhezustand', 'verschlüsselt gespeichert', 'crittografia a riposo', 'durağan veri şifreleme', '保存データの暗号化', '暗号化して保存', '静态加密', 'aes-256'],
  scaling: ['scal(?:es|ed|ing) (?:out|up|horizontally|vertically|to \\d)', 'horizontal(?:ly)? scal\\w*', 'vertical(?:ly)? scal\\w*', 'auto-?scal\\w*', 'load[- ]balanc\\w*', 'shard\\w*', 'partition\\w*', 'read replicas?', 'replicas?', 'stateless', 'queues?', 'worker pool', 'connection pool\\w*', 'min[_ ]?instances', 'max[_ ]?instances', 'concurrency', 'rate limit\\w*', 'cdn', 'caching', 'cache', 'évolutivité', 'mise à l\'échelle', 'ölçekle\\w*', 'escalado', 'escalabilidad', 'balanceador\\w*', 'réplicas?', 'skalier\\w*', 'lastverteil\\w*', '扩展', '扩容', 'オートスケーリング', 'スケールアウト', 'スケール', '負荷分散', 'レプリカ', 'キュー', 'キャッシュ', '负载均衡', '水平扩展', '(?:read )?replicas?', 'escalado horizontal', 'escalonamento', 'skalierung', 'scalabilità', 'ölçeklendirme', '自动扩缩', 'balanceador de carga', 'balanceador', 'balanceamento de carga', 'lastverteilung', 'bilanciamento del carico', 'ロードバランサ'],
  metrics: ['metrics', 'monitor\\w*', 'observab\\w*', 'dashboards?', 'prometheus', 'grafana', 'datadog', 'opentelemetry', 'otel', 'tracing', 'traces', 'apm', 'sentry', 'cloudwatch', 'stackdriver', 'new relic', 'cloud monitoring', 'application insights', 'posthog', 'analytics', 'supervision', 'métriques', 'izleme', 'métricas', '监控', '指标', '監視', 'メトリクス', 'モニタリング', 'ダッシュボード', 'monitorización', 'monitoreo', 'monitoramento', 'überwachung', 'monitoraggio'],
  alerting: ['alert\\w*', 'pager\\w*', 'on-?call', 'notif(?:y|ies|ied|ication) (?:the )?(?:team|on-?call|admins?|operators?)', 'incident', 'opsgenie', 'alarm\\w*', 'alerte\\w*', 'uyarı', 'alarma', '告警', '报警', 'アラート', '告警', 'alertas', 'alertes', 'アラーム'],
  logging: ['log(?:s|ging|ged)?', 'logger', 'audit (?:trail|logs?)', 'structured json', 'cloud logging', 'loki', 'elk', 'journalisation', 'journaux', 'günlük\\w*', 'registro', '日志', 'ログ', 'registros', 'bitácora', 'logs', 'protokollierung', 'registrazione', 'günlük'],
  backup: ['backups?', 'backed up', 'snapshots?', 'point[- ]in[- ]time', 'pitr', 'replicat\\w+', 'dump\\w*', 'sauvegarde\\w*', 'yedek\\w*', 'respaldo', 'copias? de seguridad', 'sicherung\\w*', 'backup\\w*', '备份', 'バックアップ', 'スナップショット', 'copia de seguridad', 'copias de seguridad', 'cópia de segurança', 'sauvegarde', 'datensicherung', 'yedekleme'],
  backupSchedule: ['daily', 'nightly', 'hourly', 'weekly', 'every \\d{1,4}', 'every (?:hour|day|night|week)', 'continuous\\w*', 'automated', 'automatic\\w*', 'scheduled', 'cron', 'point[- ]in[- ]time', 'pitr', 'retention', 'retained', 'kept for', '\\d{1,4}[- ]day', 'quotidien\\w*', 'günlük', 'diari\\w+', '每天', '每日', '自動', '毎日', '日次', '定期', '自动', 'every \\d+', '\\d+[- ]day', 'täglich', 'giornalier\\w+'],
  rpo: ['rpo', 'recovery point', 'punto de recuperación', 'ponto de recuperação', 'point de reprise', 'wiederherstellungspunkt', '目標復旧時点', '恢复点'],
  rto: ['rto', 'recovery time', 'tiempo de recuperación', 'tempo de recuperação', 'temps de reprise', 'wiederherstellungszeit', '目標復旧時間', '復旧時間', '恢复时间'],
  errorHandling: ['retr(?:y|ies|ied|ying)', 'back-?off', 'fallbacks?', 'circuit[- ]breakers?', 'time ?outs?', 'timed out', 'dead[- ]letter', 'dlq', 'graceful(?:ly)? degrad\\w*', 'idempoten\\w*', 'error boundar\\w*', 'try[/ ]catch', 'exception handl\\w*', 'error handl\\w*', 'handles? errors', 'failover', 'gestion des erreurs', 'hata yönetimi', 'reintent\\w+', '重试', '错误处理', 'リトライ', '再試行', 'タイムアウト', 'エラー処理', 'フォールバック', '超时', '降级', 'manejo de errores', 'gestión de errores', 'tratamento de erros', 'fehlerbehandlung', 'gestione degli errori', 'エラーハンドリング', '例外処理'],
  errorFormat: ['error codes?', 'error responses?', 'error format', 'error envelope', 'error objects?', 'error schema', 'problem details', 'rfc ?7807', 'rfc ?9457', 'status codes?', 'http (?:4|5)\\d\\d', '[45]\\d\\d (?:bad|unauthorized|forbidden|not found|conflict|internal|too many)', '\\{\\s*"?error"?\\s*:', '"code"\\s*:', 'codes d\'erreur', 'hata kodları', 'códigos de error', '错误码', 'エラーコード', 'エラーレスポンス', '错误响应', '(?:4|5)\\d\\d (?:bad|unauthorized|forbidden|not found|conflict|internal|too many)'],
  risk: ['risks?', 'threats?', 'risques?', 'riskler?', 'riesgos?', '风险', 'リスク', 'riesgo', 'riesgos', 'risco', 'risque', 'risiko', 'rischio', 'risk'],
  mitigation: ['mitigat\\w*', 'contingenc\\w*', 'fallback', 'countermeasures?', 'response', 'atténu\\w*', 'azaltma', 'mitigaci\\w+', '缓解', '应对', '対策', '緩和', '措施', 'mitigación', 'mitigação', 'atténuation', 'gegenmaßnahme', 'mitigazione', 'önlem'],
  // Bounded runs only: a 10,000-digit number must not cost 10,000 steps at each digit.
  currencyAmount: ['[$€£¥]\\s?\\d[\\d,.]{0,15}k?', '\\d[\\d,.]{0,15}\\s?(?:k\\s?)?(?:usd|eur|gbp|dollars?|euros?|€|\\$)', 'free tier', 'free plan', 'no cost', 'costs?[ \\t]{0,3}(?:is|of|:)?[ \\t]{0,3}(?:\\$|€|£)?[ \\t]?0\\b', 'pric(?:e|ing)[ \\t]{0,3}(?:is|of|:)?[ \\t]{0,3}(?:\\$|€|£)?[ \\t]?0\\b', '\\d{1,15}[ \\t]?(?:tl|₺)', '\\d{1,15}[ \\t]?(?:元|円)', '(?:costs?|price|pricing)\\s*(?:is|of|:)?\\s*(?:\\$|€|£)?\\s?0\\b', '\\d{1,15}\\s?(?:tl|₺|元|円)'],
  caching: ['cach(?:e|es|ed|ing)', 'redis', 'memcached', 'cdn', 'ttl', 'キャッシュ', '缓存'],
  migration: ['migrat\\w*', 'roll-?out', 'roll-?back', 'roadmap', 'phase \\d', 'cut-?over', 'feature flags?', 'canary', '移行', '迁移', 'migración', 'migração', 'migration', 'migrazione', 'geçiş', 'despliegue gradual', 'implantação gradual'],
  optionsConsidered: ['alternatives?', 'options?', 'considered', 'rejected', 'instead of', 'vs\\.?', 'versus', 'over', 'alternatif\\w*', 'alternativ\\w*', '备选', '代替案', '選択肢', '比較', '对比', 'alternativas', 'opciones', 'opções', 'alternatives', 'alternativen', 'alternative', 'alternatifler', '备选方案'],
  consequences: ['consequences?', 'implications?', 'trade-?offs?', 'downsides?', 'impact', 'cons', 'drawbacks?', 'conséquences', 'sonuç\\w*', 'consecuencias', '后果', '影响', '影響', 'トレードオフ', 'consequências', 'konsequenzen', 'conseguenze', 'sonuçlar', '結果'],
  components: ['components?', 'modules?', 'services?', 'composants?', 'bileşen\\w*', 'componentes?', '组件', '模块', 'コンポーネント', 'モジュール', 'componente', 'componentes', 'composant', 'komponente', 'componenti', 'bileşen'],
  interfaces: ['endpoints?', 'apis?', 'interfaces?', 'openapi', 'graphql', 'grpc', 'websockets?', 'events?', 'commands?', 'protocols?', 'webhooks?', 'routes?', 'get /', 'post /', 'arayüz\\w*', '接口', 'エンドポイント', 'インターフェース', '接口', 'api rest', 'interfaz', 'interfaces', 'schnittstelle', 'interfaccia', 'arayüz', 'endpoint'],
  dataModel: ['data ?models?', 'schemas?', 'entit(?:y|ies)', 'tables?', 'collections?', 'erdiagram', 'foreign keys?', 'primary keys?', 'modèle de données', 'veri modeli', 'modelo de datos', '数据模型', 'データモデル', 'スキーマ', 'テーブル', 'エンティティ', '数据表', 'modelo de dados', 'datenmodell', 'modello dati', '实体'],
  users: ['target users', 'personas?', 'user journeys?', 'user types', 'target audience', 'primary users'],
  constraints: ['constraints?\\s*:', 'assumptions?\\s*:'],
  successMetrics: ['success (?:metrics|criteria)', 'kpis?'],
  outOfScope: ['out of scope', 'out-of-scope', 'not in scope', 'non-goals', 'hors (?:du )?(?:périmètre|scope)', 'kapsam dışı', 'fuera de alcance'],
} as const satisfies Record<string, readonly string[]>;

/** Column headings that hold a reason (normalized: lower case, no accents). */
export const RATIONALE_COLUMNS = ['rationale', 'why', 'justification', 'reason', 'reasons', 'purpose', 'notes', 'raison', 'justificatif', 'gerekce', 'amac', 'justificacion', 'motivo', 'razon', 'motivacao', 'justificativa', 'begrundung', 'grund', 'motivazione', 'ragione', '理由', '原因', '根拠'];

/** Words that label an option (normalized). */
export const OPTION_WORDS = ['option', 'alternative', 'approach', 'variant', 'variante', 'mode', 'scenario', 'choice', 'plan', 'tier', 'secenek', 'opcion', 'opción', 'opcao', 'opção', 'opzione', 'alternativa', '方案'];

/** Column headings of a table that compares options (normalized). */
export const COMPARISON_COLUMNS = ['cost', 'costs', 'price', 'pricing', 'monthly cost', 'pros', 'cons', 'trade ?offs?', 'cout', 'maliyet', 'coste', 'costo', 'custo', 'kosten', 'preis', 'prezzo', '成本', '费用', 'コスト', '費用'];

/**
 * English words of software design and the words that mean them in the other languages archgate
 * reads (French, Spanish, Portuguese, German, Italian, Turkish, Chinese, Japanese): a PRD written in one
 * and an architecture that keeps English terms ("Agents concurrents" and "Agents actifs
 * simultanés"; "autorización por rol del lado servidor" and "roles ... (server-side)"; "组件" and
 * "Component Architecture") are compared by one term. Only words that name one thing, not
 * generic ones; the families of a quality (latency, encryption, ...) are terms.ts's concepts.
 * Words are matched whole (not by stem: "composant" and "compose" share one); Chinese words
 * inside a run of Han characters, Japanese katakana words as whole runs, phrases as written.
 * "Connection" has no Chinese or Japanese entry: its stem is also "OpenID Connect"'s, and a
 * Japanese "同時接続数" NFR was offered the line that names the login protocol.
 */
export const TERM_TRANSLATIONS: Record<string, string[]> = {
  concurrent: ['simultaneo', 'simultanei', 'simultanee', 'contemporanei', 'contemporanee', 'concorrenti', 'simultané', 'simultanée', 'simultanés', 'simultanées', 'simultáneo', 'simultáneos', 'simultánea', 'simultáneas', 'simultâneo', 'simultâneos', 'simultânea', 'simultâneas', 'concurrentes', 'gleichzeitig', 'gleichzeitige', 'gleichzeitigen', 'eşzamanlı', '并发', '同时', '同時'],
  connection: ['connessione', 'connessioni', 'connexion', 'connexions', 'conexión', 'conexiones', 'conexão', 'conexões', 'verbindung', 'verbindungen', 'bağlantı', 'bağlantıları'],
  request: ['richiesta', 'richieste', 'requête', 'requêtes', 'solicitud', 'solicitudes', 'petición', 'peticiones', 'requisição', 'requisições', 'anfrage', 'anfragen', 'istek', 'istekler', '请求', 'リクエスト'],
  server: ['serveur', 'serveurs', 'servidor', 'servidores', 'sunucu', 'sunucular', '服务器', '服务端', '伺服器', 'サーバー', 'サーバ'],
  role: ['ruolo', 'ruoli', 'rôle', 'rôles', 'rol', 'rollen', '角色', 'ロール'],
  component: ['composant', 'composants', 'componente', 'componentes', 'komponente', 'komponenten', 'bileşen', 'bileşenler', '组件', 'コンポーネント'],
  database: ['base di dati', 'banca dati', 'base de données', 'bases de données', 'base de datos', 'bases de datos', 'banco de dados', 'veritabanı', 'datenbank', 'datenbanken', '数据库', 'データベース'],
  cache: ['caché', 'caches', '缓存', 'キャッシュ'],
  error: ['errore', 'errori', 'erreur', 'erreurs', 'errores', 'erro', 'erros', 'fehler', 'hata', 'hatalar', '错误', 'エラー'],
  queue: ["file d'attente", 'cola de mensajes', 'warteschlange', 'kuyruk', '队列', 'キュー'],
  page: ['pagina', 'pagine', 'página', 'páginas', 'seite', 'seiten', 'sayfa', '页面', 'ページ'],
  loading: ['caricamento', 'chargement', 'carga', 'carregamento', 'laden', 'yükleme', '加载', '読み込み'],
  timeout: ['超时', 'タイムアウト', 'zaman aşımı'],
  retry: ['nuovo tentativo', 'tentativi', 'réessai', 'réessais', 'reintento', 'reintentos', 'tentativa', 'wiederholung', 'yeniden deneme', '重试', 'リトライ', '再試行'],
  memory: ['mémoire', 'memoria', 'memória', 'speicher', 'bellek', '内存', 'メモリ'],
  storage: ['archiviazione', 'stockage', 'almacenamiento', 'armazenamento', 'depolama', '存储', 'ストレージ'],
  search: ['ricerca', 'ricerche', 'recherche', 'recherches', 'búsqueda', 'búsquedas', 'buscador', 'buscadores', 'busca', 'pesquisa', 'pesquisas', 'suche', 'suchfunktion', 'arama', '搜索', '検索', 'поиск', 'поиска', 'поиску', 'поиском'],
  image: ['immagine', 'immagini', 'imagen', 'imágenes', 'imagem', 'imagens', 'bild', 'bilder', 'görsel', '图片', '画像'],
  file: ['fichier', 'fichiers', 'archivo', 'archivos', 'arquivo', 'arquivos', 'datei', 'dateien', 'dosya', '文件', 'ファイル'],
  session: ['sessione', 'sessioni', 'sesión', 'sesiones', 'sessão', 'sessões', 'sitzung', 'oturum', '会话', 'セッション'],
  key: ['chiave', 'chiavi', 'clé', 'clés', 'clave', 'claves', 'chave', 'chaves', 'schlüssel', 'anahtar', '密钥', 'キー'],
  message: ['messaggio', 'messaggi', 'mensaje', 'mensajes', 'mensagem', 'mensagens', 'nachricht', 'nachrichten', 'mesaj', '消息', 'メッセージ'],
  report: ['rapport', 'rapports', 'relatório', 'relatórios', 'bericht', 'rapor', '报告', 'レポート'],
  update: ['aggiornamento', 'aggiornamenti', 'mise à jour', 'mises à jour', 'actualización', 'atualização', 'aktualisierung', 'güncelleme', '更新'],
  schema: ['schéma', 'esquema', 'şema', 'スキーマ'],
  migration: ['migración', 'migraciones', 'migração', 'migrações', '迁移', '移行', 'マイグレーション'],
  threshold: ['soglia', 'soglie', 'seuil', 'seuils', 'umbral', 'umbrales', 'limiar', 'schwellenwert', 'eşik', '阈值', '閾値'],
  scenario: ['escenario', 'escenarios', 'cenário', 'cenários', 'szenario', 'szenarien', 'senaryo', '场景', 'シナリオ'],
  pagination: ['paginazione', 'paginación', 'paginação', 'paginierung', 'sayfalama', '分页', 'ページネーション'],
  notification: ['notifica', 'notifiche', 'notificación', 'notificaciones', 'notificação', 'benachrichtigung', 'bildirim', '通知'],
  // A French PRD's "coûts de session" and an English design's "cost display": one word.
  cost: ['coût', 'coûts', 'costo', 'costi', 'coste', 'costes', 'custo', 'custos', 'kosten', 'maliyet', '成本', 'コスト'],
  dashboard: ['tableau de bord', 'tableaux de bord', 'panel de control', 'painel', '仪表盘', 'ダッシュボード'],
};

/**
 * Abbreviations a design writes where a requirement writes the word, in config keys, file names
 * and tables ("Config,Pydantic Settings + .env", "infra/", "repos"): read as the word's stem.
 * Only ones that stand for one word ("auth" is authentication or authorization: not here).
 */
export const TERM_ABBREVIATIONS: Record<string, string[]> = {
  environment: ['env', 'envs'],
  production: ['prod'],
  development: ['dev'],
  infrastructure: ['infra'],
  repository: ['repo', 'repos'],
  administrator: ['admin', 'admins'],
  asynchronous: ['async'],
  dependency: ['deps'],
  statistics: ['stats'],
  message: ['msg', 'msgs'],
};
