import type { Target } from './types.js';

// One measured quantity under its other names. A PRD asks "Le temps de chargement de chaque page
// doit être ≤ 3 secondes"; the design answers "| Largest Contentful Paint | < 2.5s |", or budgets
// "Time to Interactive" by a Lighthouse performance score: the same quantity, no shared word.
// targets.ts reads every time as a latency, so the name tells a page's load time from an API's
// answer or a search; the other metrics it reads (availability, recovery time and point,
// throughput) are named by the words around their number already.
//
// Every pattern is a list of fixed words with bounded gaps: linear on any text.

/** A page's load time, in the names a design writes it under (web vitals, Lighthouse), in the languages archgate reads. */
const PAGE_LOAD = new RegExp(
  [
    String.raw`\bpage[- ]?loads?\b`,
    String.raw`\b(?:page|initial|first|app)[- ]load(?:ing)?\b`,
    String.raw`\bload(?:ing)?[- ]times?\b`,
    String.raw`\btime[- ]to[- ]interactive\b`,
    String.raw`\b(?:lcp|fcp|tti|inp)\b`,
    String.raw`\blargest[- ]contentful[- ]paint\b`,
    String.raw`\bfirst[- ](?:(?:contentful|meaningful)[- ])?paint\b`,
    String.raw`\b(?:core[- ])?web[- ]vitals\b`,
    String.raw`\blighthouse\b`,
    String.raw`\bpagespeed\b`,
    String.raw`\bspeed[- ]index\b`,
    // French, Spanish, Portuguese, Italian, German.
    String.raw`temps de chargement`,
    String.raw`\bchargement (?:de la |des |d['’]une |de )?pages?\b`,
    String.raw`tiempos? de carga`,
    String.raw`\bcarga (?:de |de la )?p[áa]gina`,
    String.raw`tempos? de carregamento`,
    String.raw`\bcarregamento (?:da |de )?p[áa]gina`,
    String.raw`tempi? di caricamento`,
    String.raw`\bcaricamento (?:della )?pagina`,
    String.raw`ladezeit`,
    String.raw`seitenlade`,
    // Japanese, Chinese, Korean.
    String.raw`読み込み時間`,
    String.raw`ページ(?:の)?(?:読み込み|表示|ロード)`,
    String.raw`表示速度`,
    String.raw`ロード時間`,
    String.raw`页面加载`,
    String.raw`加载时间`,
    String.raw`首屏`,
    String.raw`로딩 ?시간`,
    String.raw`페이지 ?로(?:드|딩)`,
  ].join('|'),
  // No `u`: every word is in the Basic Multilingual Plane, and V8 runs a case-insensitive
  // alternation like this one an order of magnitude slower with it (measured on the corpus's
  // paragraphs: 4.5 s against 0.3 s), over every place that writes a number.
  'i',
);

/** A score a page's load is budgeted by ("Lighthouse Performance ≥ 85", "PageSpeed score > 90"): a target of the family in its own unit. */
const LOAD_SCORE = /\blighthouse\b|\bpagespeed\b|\bperformance score\b|\bscore (?:de )?performance\b/i;

/**
 * The metrics whose name the target parser reads from the words around the number: the metric is
 * the family. Not coverage: "95% docstring coverage" is no test coverage, yet read as the same
 * metric it outranked the likely "pytest-cov | Coverage reporting; 90% threshold enforced by CI"
 * for a "≥ 90% test coverage" NFR (held-in pair 14), and its NFR lost its implied status.
 */
const NAMED_METRICS: ReadonlySet<string> = new Set(['availability', 'recovery-time', 'recovery-point', 'throughput']);

/** Whether a text names a page's load time under any of its names. */
export const namesPageLoad = (text: string): boolean => PAGE_LOAD.test(text);

/**
 * The families a text's targets measure: "page-load" for a time where the text names a page's
 * load, a named metric's own name ("availability" for "99.9% uptime"). `names` says whether the
 * text names a page's load (read once by the caller).
 */
export function familiesOf(targets: readonly Target[], namesLoad: boolean, text: string): Set<string> {
  const out = new Set<string>();
  for (const t of targets) {
    if (NAMED_METRICS.has(t.metric)) out.add(t.metric);
    else if (namesLoad && t.metric === 'latency') out.add('page-load');
    else if (namesLoad && loadScore(t, text)) out.add('page-load');
  }
  return out;
}

/** A score out of 100 at least ("Performance ≥ 85") in a text that names the score (Lighthouse, PageSpeed). */
export function loadScore(t: Target, text: string): boolean {
  return (t.metric === 'value' || t.metric === 'ratio') && (t.comparator === '>=' || t.comparator === '>') && t.value > 0 && t.value <= 100 && LOAD_SCORE.test(text);
}

/** The family a requirement's target belongs to, or undefined: "page-load" for a time where the requirement names a page's load. */
export function familyOfRequirementTarget(t: Target, namesLoad: boolean): string | undefined {
  if (NAMED_METRICS.has(t.metric)) return t.metric;
  if (namesLoad && t.metric === 'latency') return 'page-load';
  return undefined;
}

/**
 * What a place must write to name a family's metric (a cheap test before its targets are read):
 * a page's load, availability, recovery, or a rate.
 */
export const FAMILY_HINT = new RegExp(
  `${PAGE_LOAD.source}|${LOAD_SCORE.source}|uptime|availab|disponibili|verf[üu]gbar|稼働|可用|\\bsla\\b|\\bslo\\b|\\brto\\b|\\brpo\\b|recover|restor|recupera|wiederherst|復旧|恢复|data loss|\\b(?:rps|tps|qps)\\b|/\\s?(?:s|sec|min)\\b|per (?:second|minute)|par (?:seconde|minute)|por (?:segundo|minuto)|pro (?:sekunde|minute)|throughput|durchsatz|d[ée]bit|毎秒|每秒`,
  'i', // no `u`, as PAGE_LOAD
);
