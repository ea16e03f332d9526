// One vocabulary for the sections that are not where a requirement is met: summaries and
// introductions, requirement lists and their coverage maps, glossaries, price lists. Several
// questions are asked of a heading (is it a list of the requirements again? a glossary? an
// overview of anything?), each in the same words.

/** Words that title a summary or an introduction, in the languages the patterns read. */
const SUMMARY_EN = 'overview|summary|recap|at a glance';
const INTRODUCTION_EN = 'introduction|intro';
const SUMMARY_FR = "vue d['’]ensemble|aper[çc]u|r[ée]sum[ée]|r[ée]capitulatif|synth[èe]se";
const SUMMARY_ES = 'resumen|visi[óo]n general';
const SUMMARY_PT = 'vis[ãa]o geral|resumo';
const SUMMARY_IT = 'panoramica|riepilogo|sintesi';
/** A price list ("Support | Email (24h) | SLA 99.9%") restates targets as offers. */
const PRICING = 'pricing|tarifs?|tarification';
/** Words of a map from each requirement to how it is met. */
const MAPPING_EN = 'traceability|coverage|mapping|matrix';
const MAPPING_FR = 'couverture|tra[çc]abilit[ée]|correspondance|mapping|matrice';
const MAPPING_ES_PT = 'cobertura|trazabilidad|rastreabilidade|mapeo|mapeamento|matriz';
const MAPPING_IT = 'copertura|tracciabilit[àa]|mappatura|matrice';

/**
 * Headings of summaries that list the requirements again: not where any is met. A word bounded
 * before is written (?<!\w)word, not \bword: the same before a letter, and V8 runs this iu
 * alternation ~13x faster so (see CONCEPTS_ELSEWHERE in terms.ts; test/boundary-rewrite.test.ts).
 */
export const RESTATEMENT_HEADING_ELSEWHERE = new RegExp(
  [
    `^(?:${SUMMARY_FR}|liste|matrice) des exigences\\b`, '^exigences(?: non[- ]fonctionnelles| de qualit[ée])?$',
    `^(?:${SUMMARY_ES}|lista|matriz) de (?:los )?requisitos\\b`, `^(?:${SUMMARY_PT}|lista) dos requisitos\\b`, '^requisitos(?: no funcionales| n[ãa]o funcionais)?$',
    '^anforderungs[üu]bersicht$', '^(?:[üu]bersicht|zusammenfassung) (?:der|[üu]ber die) anforderungen\\b', '^(?:nicht[- ]?funktionale )?anforderungen$',
    '^gereksinim(?:ler)?(?:e genel bak[ıi][şs]| [öo]zeti)\\b', '^fonksiyonel olmayan gereksinimler$',
    `^(?:${SUMMARY_IT}|elenco|matrice) dei requisiti\\b`, '^requisiti(?: non funzionali| di qualit[àa])?$', `(?<!\\w)(?:${MAPPING_IT})\\b.{0,25}(?<!\\w)requisiti\\b`,
    '^(?:要件概要|要件一覧|要件の概要|非機能要件|需求概述|需求概览|需求总览|非功能需求)$',
    '^(?:요구 ?사항 (?:개요|목록|요약)|(?:비기능 )?요구 ?사항|요구 ?사항 추적(?: 매트릭스)?|추적 매트릭스|(?:설계 |요구 ?사항 )?추적성?(?: 매트릭스)?)$',
    // "Validation de la couverture des exigences", "Matriz de trazabilidad de requisitos": the
    // coverage and mapping summaries the English pattern finds, in these languages.
    `(?<!\\w)(?:${MAPPING_FR})(?!\\p{L}).{0,25}(?<!\\w)exigences\\b|(?<!\\w)exigences\\b.{0,25}(?<!\\w)(?:${MAPPING_FR})(?!\\p{L})`,
    `(?<!\\w)(?:${MAPPING_ES_PT})\\b.{0,25}(?<!\\w)requisitos\\b|(?<!\\w)requisitos\\b.{0,25}(?<!\\w)(?:${MAPPING_ES_PT})\\b`,
    '(?<!\\w)anforderungs(?:abdeckung|zuordnung|matrix|verfolgung)\\b|(?<!\\w)abdeckung der anforderungen\\b', '(?<!\\w)gereksinim(?:ler)?(?:in)? (?:kapsam|izlenebilirli|e[şs]leme)',
  ].join('|'),
  'iu',
);
const RESTATEMENT_HEADING = new RegExp(
  `\\b(?:requirements?|nfrs?|quality goals)\\b.{0,20}\\b(?:${SUMMARY_EN}|list|${MAPPING_EN})\\b|\\b(?:overview|summary) of (?:the )?(?:key )?requirements\\b|^(?:non[- ]?functional|quality) requirements$|^nfrs?$|^(?:requirements|key requirements)$|^(?:security|performance|reliability|availability|scalability|privacy|compliance|accessibility|usability|portability|maintainability) requirements$|^quality attributes(?: \\([^)]*\\))?$`,
  'i',
);

/** Whether a heading titles a section that only lists the requirements again ("Requirements Overview"). */
export const isRestatement = (title: string) => RESTATEMENT_HEADING.test(title) || RESTATEMENT_HEADING_ELSEWHERE.test(title);

/**
 * Of those, the summaries that map each requirement to how it is met (BMAD's "Requirements
 * Coverage Validation": "Crash-free >99.9% : Crashlytics, staged rollouts"; a traceability
 * matrix), in every language the patterns above read: a reader names their lines as the place.
 */
const MAPPING_HEADING = new RegExp(
  `\\b(?:requirements?|nfrs?|quality goals)\\b.{0,20}\\b(?:${MAPPING_EN})\\b|\\b(?:${MAPPING_FR}|${MAPPING_ES_PT}|${MAPPING_IT}|abdeckung|zuordnung|matrix|verfolgung|kapsam|izlenebilirli|e[şs]leme)|추적`,
  'iu',
);
export const isMapping = (title: string) => isRestatement(title) && MAPPING_HEADING.test(title);

/**
 * Headings of a glossary (arc42's §12, "Glossaire", "用語集", a list of acronyms): its entries define the design's
 * words ("Downsampling | aggregating into 5-minute intervals"), so they restate any requirement
 * that uses them, more densely than the section where it is met.
 */
const GLOSSARY_HEADING = /(?:^|[^\p{L}])(?:glossary|glossaire|glosario|gloss[áa]rio|glossar|glossario|s[öo]zl[üu]k|terminology|terminologie|terminolog[íi]a|definitions|d[ée]finitions|definiciones|defini[çc][õo]es|begriffe|begriffsdefinitionen|acronyms?|abbreviations?|abr[ée]viations?|abreviaturas|siglas|abk[üu]rzungen|akronyme)(?!\p{L})|用語集|用語定義|术语|術語|词汇表|용어집|용어 정의/iu;
export const isGlossary = (title: string) => GLOSSARY_HEADING.test(title);

/** An overview or introduction of anything ("Project Overview", "Introduction"), or a price list. */
const OVERVIEW_HEADING = new RegExp(`(?:^|[^\\p{L}])(?:${SUMMARY_EN}|${INTRODUCTION_EN}|${SUMMARY_FR}|${PRICING}|개요|소개)(?!\\p{L})`, 'iu');

/**
 * Whether a heading titles a section that restates what the document is about rather than
 * designs it: an overview, an introduction, a summary, a glossary, a price list.
 */
export const isRestatingSection = (title: string) => OVERVIEW_HEADING.test(title) || isGlossary(title);

/**
 * Headings of a document's own bookkeeping: its version history, its control block. Their table
 * rows ("1.0 | 2026-02-06 | Architecture Team | Initial version") say when the document changed,
 * never how the design meets anything ("Up-to-date C4 diagrams" matched their dates).
 */
const DOCUMENT_CONTROL_HEADING = /^(?:document (?:history|control|information|metadata|revisions?)|(?:revision|version|change|document) history|change ?log|[äa]nderungs(?:historie|verlauf)|versionshistorie|dokumenthistorie|historique des (?:r[ée]visions|versions|modifications)|historial de (?:revisiones|versiones|cambios)|hist[óo]rico de (?:revis[õo]es|vers[õo]es|altera[çc][õo]es)|cronologia (?:delle )?revisioni|storico delle (?:revisioni|versioni)|s[üu]r[üu]m ge[çc]mi[şs]i|de[ğg]i[şs]iklik ge[çc]mi[şs]i|改訂履歴|変更履歴|修订记录|修订历史|变更记录|版本历史)$/iu;
export const isDocumentControl = (title: string) => DOCUMENT_CONTROL_HEADING.test(title.trim());

/**
 * A heading's words for the fixed titles below ("Decision Drivers:", "缺点 ▾"): the signs after
 * its last letter, digit or ")" left out, in one pass from the end. (A pattern anchored at the end
 * tried that run from every sign before it: a title of n spaces between two words cost n² steps.)
 * No such title is long: a longer heading is none of them.
 */
export function fixedTitleWords(title: string): string | null {
  if (title.length > FIXED_TITLE_CHARS) return null;
  let end = title.length;
  while (end > 0 && !/[\p{L}\p{N})]/u.test(title[end - 1])) end--;
  return title.slice(0, end).trim();
}
const FIXED_TITLE_CHARS = 120;
/** Whether a heading is one of the fixed titles `pattern` matches (see fixedTitleWords). */
export const titledAs = (pattern: RegExp, title: string): boolean => {
  const words = fixedTitleWords(title);
  return words !== null && pattern.test(words);
};

/**
 * BMAD's list of the concerns its decisions have yet to address ("Cross-Cutting Concerns
 * Identified", "Préoccupations Transversales Identifiées"), part of its reading of the PRD: it
 * names a requirement's mechanism as a concern ("Security & Secrets: AES-256"); the decision that
 * follows is where a careful architect cites it. Not its "Technical Constraints & Dependencies"
 * nor a brownfield "Identified Constraints": those describe the stack as it is, and readers cite
 * them. Nor arc42's "Cross-cutting Concepts", which is design.
 */
const CONCERNS_HEADING = /^(?:\d+(?:\.\d+)*\.?\s+)?(?:cross[- ]cutting concerns identified|(?:identified|key) cross[- ]cutting concerns|pr[ée]occupations transversales identifi[ée]es|preocupaciones transversales identificadas)$/iu;
export const isConcernsList = (title: string) => titledAs(CONCERNS_HEADING, title);

/**
 * BMAD's "Technical Constraints & Dependencies", the other half of its reading of the PRD: a line
 * there that restates a target is the requirement again, where a line of a requirements map that
 * restates it says how it is met. Readers do cite its lines that describe the stack ("Foundry VTT
 * v13 | ApplicationV2 mandatory"), so only a restated target yields to a map's line.
 */
const CONSTRAINTS_HEADING = /^(?:\d+(?:\.\d+)*\.?\s+)?(?:technical constraints (?:&|and) dependencies|contraintes techniques (?:&|et) d[ée]pendances|restricciones t[ée]cnicas y dependencias)$/iu;
export const isConstraintsList = (title: string) => titledAs(CONSTRAINTS_HEADING, title);

/**
 * The problem side of a decision record (MADR's "Context and Problem Statement", "Decision
 * Drivers", "Considered Options"): it restates what the decision must meet and weighs options
 * that were not all chosen. Readers cite the decision and its consequences, where the design
 * answers the requirement.
 */
const DECISION_PROBLEM_HEADING = /^(?:context and problem statement|decision drivers?|drivers|considered options|options considered|entscheidungstreiber|entscheidungskriterien|betrachtete optionen|erwogene optionen|impulsores de (?:la )?decisi[óo]n|criterios de decisi[óo]n|opciones consideradas|alternativas consideradas|fatores de decis[ãa]o|direcionadores(?: de decis[ãa]o)?|op[çc][õo]es consideradas|crit[èe]res de d[ée]cision|facteurs de d[ée]cision|options (?:envisag[ée]es|consid[ée]r[ée]es)|决策驱动因素|决策因素|考虑的选项|备选方案|決定要因|決定の推進要因|検討した選択肢|検討した案|결정 (?:동인|요인|기준)|고려한 (?:옵션|대안|선택지)|검토한 (?:옵션|대안|선택지)|대안 검토)$/iu;
export const isDecisionProblem = (title: string) => titledAs(DECISION_PROBLEM_HEADING, title);

/**
 * A decision record's or a chapter's list of pointers to other documents ("More Information",
 * "Related Decisions", "See also", "References"): its lines name where something is decided
 * ("ADR-0014: Three-Service Architecture (backend renders the static HTML)"), not how.
 */
const POINTERS_HEADING = /^(?:\d+(?:\.\d+)*\.?\s+)?(?:more information|further information|related (?:decisions|adrs?|records|documents|links)|see also|references|links|weitere informationen|verwandte entscheidungen|siehe auch|referenzen|m[áa]s informaci[óo]n|decisiones relacionadas|v[ée]ase tambi[ée]n|referencias|mais informa[çc][õo]es|decis[õo]es relacionadas|veja tamb[ée]m|refer[êe]ncias|plus d'informations|d[ée]cisions li[ée]es|voir aussi|r[ée]f[ée]rences|相关决策|参考资料|参考|相関する決定|関連する決定|参考文献|関連資料|참고|참고 자료|참고 문헌|관련 문서|관련 결정|관련 adr)$/iu;
export const isPointerList = (title: string) => titledAs(POINTERS_HEADING, title);
