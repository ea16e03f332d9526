import { wordAlternatives } from './word-boundary.js';
import { titledAs } from './section-titles.js';

// A decision record weighs what its choice costs: "Bad, because HTTP HEAD requests add latency to
// Phase 2" (MADR's template phrase), "Nachteil: höhere Latenz", "缺点：延迟增加". Such a line names
// the requirement's quality as what the design makes worse; it shares the requirement's words as
// closely as the place that meets it (an unseen set's one-file-per-ADR pair implied a latency NFR
// at one). A place that states a drawback, or stands under a heading that lists them, never
// implies the requirement; it stays a place to choose.

/** What opens a line that states a drawback, after list markers and emphasis. */
const DRAWBACK_LEADS = [
  'Bad, because', 'Bad:', 'Cons?:', 'Negative:', 'Drawbacks?:', 'Downsides?:', 'Trade-?off:',
  'Nachteile?:', 'Contras?:', 'Desventajas?:', 'Desvantage(?:m|ns):', 'Inconvénients?:', 'Svantaggi:', 'Svantaggio:',
  'Schlecht, weil', 'Malo, porque', 'Ruim, porque', 'Mauvais, car',
  '缺点', '劣势', '弊端', 'デメリット', '短所', '欠点', '단점', '약점',
];
const DRAWBACK_LINE = new RegExp(`^[\\s>*_#|+-]*(?:${wordAlternatives(DRAWBACK_LEADS)})`, 'u');

/** Headings of a list of drawbacks: "Negative Consequences", "Cons", "Nachteile", "Negativas", "缺点". */
const DRAWBACK_HEADING = /^(?:\d+(?:\.\d+)*\.?\s+)?(?:negative consequences|negative|cons|drawbacks|downsides|nachteile|negative (?:konsequenzen|auswirkungen)|desventajas|consecuencias negativas|negativas|desvantagens|consequ[êe]ncias negativas|inconv[ée]nients|cons[ée]quences n[ée]gatives|svantaggi|conseguenze negative|缺点|负面影响|劣势|デメリット|短所|負の影響|단점|부정적 (?:영향|결과))$/iu;

/** Whether a place's text states a drawback of the design (see DRAWBACK_LEADS). */
export const statesDrawback = (text: string): boolean => DRAWBACK_LINE.test(text);

/** Whether a heading titles a list of drawbacks. */
export const titlesDrawbacks = (title: string): boolean => titledAs(DRAWBACK_HEADING, title);
