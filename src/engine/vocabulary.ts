// The words archgate reads headings by, in every supported language: English, French, Spanish,
// Portuguese, German, Italian, Turkish, Chinese and Japanese. One place, so that every rule, the
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
  ],
  users: [
    'users', 'user', 'personas', 'persona', 'target audience', 'audience', 'audiences', 'stakeholders', 'user journeys', 'user journey', 'user scenarios', 'customers', 'actors',
    'utilisateurs', 'cibles', 'parties prenantes', 'acteurs',
    'usuarios', 'actores', 'partes interesadas', 'público objetivo', 'utilizadores', 'atores', 'partes interessadas',
    'benutzer', 'nutzer', 'anwender', 'zielgruppe', 'stakeholder', 'akteure',
    'utenti', 'attori', 'parti interessate',
    'kullanicilar', 'kullanici', 'paydaşlar',
    '用户', '目标用户', '干系人', 'ユーザー', '利用者', 'ペルソナ', 'ステークホルダー', 'アクター',
  ],
  'functional-requirements': [
    'functional requirements', 'functional', 'features', 'feature requirements', 'capabilities', 'user stories', 'system features',
    'exigences fonctionnelles', 'fonctionnalites',
    'requisitos funcionales', 'requerimientos funcionales', 'funcionalidades', 'historias de usuario', 'requisitos funcionais', 'histórias de usuário',
    'funktionale anforderungen', 'funktionen', 'funktionsumfang',
    'requisiti funzionali', 'funzionalità',
    'fonksiyonel gereksinimler', 'islevsel gereksinimler',
    '功能需求', '功能要求', '機能要件', '機能要求', '機能一覧', 'ユーザーストーリー',
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
  ],
  constraints: [
    'constraints', 'assumptions', 'domain specific requirements', 'regulatory requirements', 'compliance requirements', 'technical assumptions', 'limitations', 'dependencies',
    'contraintes', 'hypotheses',
    'restricciones', 'supuestos', 'limitaciones', 'dependencias', 'restrições', 'premissas', 'limitações',
    'randbedingungen', 'einschränkungen', 'annahmen', 'abhängigkeiten',
    'vincoli', 'assunzioni', 'limitazioni', 'dipendenze',
    'kisitlar', 'varsayimlar',
    '约束', '假设', '技术约束', '制約', '前提条件', '前提',
  ],
  'success-metrics': [
    'success metrics', 'success criteria', 'measurable outcomes', 'kpis', 'kpi', 'metrics', 'success measures', 'measures of success',
    'criteres de succes', 'metriques',
    'métricas de éxito', 'criterios de éxito', 'indicadores', 'métricas de sucesso', 'critérios de sucesso',
    'erfolgskriterien', 'erfolgsmetriken', 'kennzahlen',
    'metriche di successo', 'criteri di successo',
    'basari kriterleri', 'basari metrikleri',
    '成功指标', '验收标准', '成功指標', '成功基準', '評価指標',
  ],
  'out-of-scope': [
    'out of scope', 'post mvp', 'future enhancements', 'future features', 'future scope', 'deferred', 'non goals', 'nongoals', 'not in scope', 'exclusions', 'excluded',
    'hors perimetre', 'hors scope',
    'fuera de alcance', 'fuera del alcance', 'no objetivos', 'exclusiones', 'fora do escopo', 'fora de escopo',
    'nicht im umfang', 'abgrenzung', 'nicht ziele',
    'fuori ambito', 'esclusioni',
    'kapsam disi',
    '不包括', '非目标', '范围外', '対象外', 'スコープ外', '範囲外',
  ],

  'architecture-style': [
    'architecture style', 'architectural style', 'architectural pattern', 'architectural patterns', 'architecture pattern', 'architecture patterns', 'high level architecture', 'architecture overview', 'system architecture', 'architectural approach', 'solution strategy',
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
    'components', 'component', 'component architecture', 'modules', 'services', 'building block view', 'building blocks', 'project structure',
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
    'data model', 'data models', 'database schema', 'database', 'schema', 'er diagram', 'entities', 'data architecture', 'key entities',
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
  caching: ['caching', 'cache', 'caching strategy', 'caché', 'zwischenspeicher', 'キャッシュ', '缓存'],
  migration: [
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
    'container', 'containers', 'container diagram', 'high level architecture', 'architecture diagram', 'system architecture', 'architecture overview', 'system overview',
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
