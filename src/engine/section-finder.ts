import type { Nodes } from 'mdast';
import type { ParsedDoc, Section } from './document.js';
import { headingHas, normalizeHeading } from './headings.js';
import { plainText, lineOf, columnOf } from './markdown.js';
import type { Location } from './types.js';

/** Topic -> heading phrases. Phrases are matched as whole words after normalizeHeading. */
export type SectionSynonyms = Record<string, string[]>;

// English first, then the languages the corpus is written in (French, Turkish, Chinese).
export const DEFAULT_SYNONYMS: SectionSynonyms = {
  goals: ['goals', 'goal', 'purpose', 'objectives', 'objective', 'vision', 'background', 'executive summary', 'problem statement', 'overview', 'introduction', 'objectifs', 'contexte', 'amac', 'hedefler', 'vizyon', '目标', '背景', '概述', '项目概述'],
  users: ['users', 'user', 'personas', 'persona', 'target audience', 'audience', 'audiences', 'stakeholders', 'user journeys', 'user journey', 'user scenarios', 'customers', 'actors', 'utilisateurs', 'cibles', 'kullanicilar', 'kullanici', '用户', '目标用户'],
  'functional-requirements': ['functional requirements', 'functional', 'features', 'feature requirements', 'capabilities', 'user stories', 'exigences fonctionnelles', 'fonctionnalites', 'fonksiyonel gereksinimler', 'islevsel gereksinimler', '功能需求'],
  'nonfunctional-requirements': ['nonfunctional requirements', 'nonfunctional', 'nfr', 'nfrs', 'quality attributes', 'quality requirements', 'non user requirements', 'exigences non fonctionnelles', 'non fonctionnelles', 'fonksiyonel olmayan gereksinimler', 'fonksiyonel olmayan', '非功能需求'],
  constraints: ['constraints', 'assumptions', 'domain specific requirements', 'regulatory requirements', 'compliance requirements', 'technical assumptions', 'limitations', 'dependencies', 'contraintes', 'hypotheses', 'kisitlar', 'varsayimlar', '约束', '假设', '技术约束'],
  'success-metrics': ['success metrics', 'success criteria', 'kpis', 'kpi', 'metrics', 'success measures', 'measures of success', 'criteres de succes', 'metriques', 'basari kriterleri', 'basari metrikleri', '成功指标', '验收标准'],
  'out-of-scope': ['out of scope', 'post mvp', 'future enhancements', 'future features', 'future scope', 'deferred', 'non goals', 'nongoals', 'not in scope', 'exclusions', 'excluded', 'hors perimetre', 'hors scope', 'kapsam disi', '不包括', '非目标'],

  'architecture-style': ['architecture style', 'architectural style', 'architectural pattern', 'architectural patterns', 'architecture pattern', 'architecture patterns', 'high level architecture', 'architecture overview', 'system architecture', 'architectural approach', 'style architectural', 'mimari'],
  'tech-stack': ['tech stack', 'technology stack', 'technology domain', 'primary technology domain', 'technical preferences', 'starter template', 'starter template evaluation', 'technology', 'techno', 'domaine technologique', 'teknoloji', 'technology choices', 'technologies', 'technology decisions', 'technical stack', 'stack technique', 'stack', 'teknoloji yigini', '技术栈', '技术选型'],
  deployment: ['deployment', 'deployment architecture', 'deployment options', 'deployment strategy', 'infrastructure', 'infrastructure and deployment', 'hosting', 'deploiement', 'dagitim', '部署'],
  security: ['security', 'security architecture', 'securite', 'guvenlik', 'authentication', '安全'],
  scalability: ['scalability', 'scaling', 'performance', 'performance and scalability', 'evolutivite', 'olceklenebilirlik', '扩展性', '性能'],
  observability: ['monitoring', 'observability', 'logging', 'telemetry', 'supervision', 'observabilite', 'izleme', '监控', '日志'],
  backup: ['backup', 'backups', 'disaster recovery', 'recovery', 'business continuity', 'sauvegarde', 'yedekleme', '备份', '灾备'],
  decisions: ['decisions', 'decision', 'adr', 'adrs', 'architecture decision records', 'decision records', 'decision log', 'key decisions', 'design decisions', 'decisions', 'kararlar', '决策'],
  risks: ['risks', 'risk', 'risk assessment', 'risks and mitigations', 'risques', 'riskler', '风险'],
  components: ['components', 'component', 'component architecture', 'modules', 'services', 'composants', 'bilesenler', '组件', '模块'],
  interfaces: ['api', 'apis', 'interfaces', 'rest api', 'rest api spec', 'api specification', 'api design', 'endpoints', 'api endpoints', 'interface', 'contracts', 'arayuzler', '接口'],
  'data-model': ['data model', 'data models', 'database schema', 'database', 'schema', 'er diagram', 'entities', 'data architecture', 'modele de donnees', 'veri modeli', '数据模型'],
  'error-handling': ['error handling', 'error handling strategy', 'errors', 'error codes', 'failure modes', 'gestion des erreurs', 'hata yonetimi', '错误处理'],
  caching: ['caching', 'cache', 'caching strategy'],
  migration: ['migration', 'migration plan', 'rollout', 'rollout plan', 'implementation roadmap', 'roadmap', 'migration strategy'],
};

export function mergeSynonyms(base: SectionSynonyms, extra: SectionSynonyms | undefined): SectionSynonyms {
  const out: SectionSynonyms = {};
  for (const [topic, phrases] of Object.entries(base)) out[topic] = phrases.map(normalizeHeading);
  for (const [topic, phrases] of Object.entries(extra ?? {})) out[topic] = [...(out[topic] ?? []), ...phrases.map(normalizeHeading)];
  return out;
}

export function sectionMatches(section: Section, phrases: string[]): boolean {
  return phrases.some((p) => headingHas(section.key, p));
}

/** Every section on the topic, best first: a heading that is exactly the phrase, then one that starts with it, then the shallowest, then the earliest. */
export function findSections(doc: ParsedDoc, synonyms: SectionSynonyms, topic: string): Section[] {
  const phrases = synonyms[topic] ?? [normalizeHeading(topic)];
  const score = (s: Section) => (phrases.includes(s.key) ? 0 : phrases.some((p) => s.key.startsWith(p + ' ')) ? 1 : 2);
  return doc.sections
    .filter((s) => sectionMatches(s, phrases))
    .sort((a, b) => score(a) - score(b) || a.depth - b.depth || a.index - b.index);
}

export function findSection(doc: ParsedDoc, synonyms: SectionSynonyms, topic: string): Section | null {
  return findSections(doc, synonyms, topic)[0] ?? null;
}

/**
 * A bold label that opens a paragraph or list item ("**Out of Scope:** ...") counts as a heading:
 * many PRDs mark small sections that way.
 */
export function findLabel(doc: ParsedDoc, phrases: string[]): Location | null {
  for (const file of doc.files) {
    let found: Location | null = null;
    const visit = (node: Nodes): void => {
      if (found) return;
      if (node.type === 'paragraph') {
        const first = node.children[0];
        if (first && first.type === 'strong') {
          const label = normalizeHeading(plainText(first));
          if (label.split(' ').length <= 6 && phrases.some((p) => headingHas(label, p))) {
            found = { file: file.path, line: lineOf(first), column: columnOf(first) };
          }
        }
        return;
      }
      if (node.type === 'code' || node.type === 'heading') return;
      if ('children' in node) for (const c of node.children as Nodes[]) visit(c);
    };
    visit(file.root);
    if (found) return found;
  }
  return null;
}
