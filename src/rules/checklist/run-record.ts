import { levelOf, type ParsedDoc, type Section } from '../../engine/document.js';
import { findLabel, findSections } from '../../engine/section-finder.js';
import { normalizeHeading } from '../../engine/headings.js';
import type { Location } from '../../engine/types.js';
import { docStart, type DocSetView } from '../../core/rule.js';
import { kindOf } from './kinds/index.js';
import type { ChecklistRecord, KindReport } from '../../core/rule-kind.js';

// Generic words ("Purpose", "Background", "User Stories") name a topic only as a whole heading at
// the top levels of a document; inside a longer heading ("Purpose of the cache") they name
// something else.
const GENERIC_HEADINGS = new Set(['purpose', 'objective', 'objectives', 'background', 'overview', 'introduction', 'vision', 'user stories', 'features', 'functional', 'capabilities', 'audience', 'audiences', 'actors', 'customers', 'stakeholders', 'dependencies', 'limitations', 'metrics', 'deferred', 'excluded', 'exclusions', 'performance', 'recovery', 'errors', 'database', 'schema', 'stack', 'technology', 'technologies', 'techno', 'services', 'modules', 'contracts', 'interface', 'decision', 'component', 'roadmap', 'cache']);

// The shallowest heading level of each file, found once per document (records ask per section).
// Levels as parents decide (levelOf): "## 5.1 Performance" after "## 5." is a level deeper.
const topDepths = new WeakMap<ParsedDoc, Map<string, number>>();

function topLevel(doc: ParsedDoc, section: Section): boolean {
  let tops = topDepths.get(doc);
  if (!tops) {
    tops = new Map();
    for (const s of doc.sections) tops.set(s.file, Math.min(tops.get(s.file) ?? Infinity, levelOf(s)));
    topDepths.set(doc, tops);
  }
  return levelOf(section) <= tops.get(section.file)! + 1;
}

/** The record's sections, best first: by its vocabulary topic(s) or its own headings. */
export function recordSections(record: ChecklistRecord, view: DocSetView, doc: ParsedDoc): { sections: Section[]; phrases: string[] } {
  const topics = record.topic === undefined ? [] : Array.isArray(record.topic) ? record.topic : [record.topic];
  if (topics.length) {
    const sections: Section[] = [];
    const phrases: string[] = [];
    for (const topic of topics) {
      const all = view.synonyms[topic] ?? [normalizeHeading(topic)];
      const specific = all.filter((p) => !GENERIC_HEADINGS.has(p));
      phrases.push(...all);
      // Once per topic, not once per candidate section: each call walks every heading.
      const bySpecificPhrase = new Set(findSections(doc, { t: specific }, 't'));
      for (const s of view.findSections(doc.kind, topic)) {
        const bySpecific = bySpecificPhrase.has(s);
        if (bySpecific || (GENERIC_HEADINGS.has(s.key) && topLevel(doc, s))) sections.push(s);
      }
    }
    return { sections, phrases };
  }
  if (!record.section?.length) return { sections: [], phrases: [] };
  const phrases = record.section.map(normalizeHeading);
  return { sections: findSections(doc, { t: phrases }, 't'), phrases };
}

// A record runs once per doc set: its checklist rule and the core-topics gate share the result.
const results = new WeakMap<DocSetView, Map<ChecklistRecord, KindReport[]>>();

/** The findings one record gives on a doc set: none when it holds or its document is absent. */
export function runRecord(record: ChecklistRecord, view: DocSetView, alsoHolds?: (view: DocSetView) => boolean): KindReport[] {
  let byRecord = results.get(view);
  if (!byRecord) results.set(view, (byRecord = new Map()));
  const known = byRecord.get(record);
  if (known) return known;
  const reports = evaluate(record, view, alsoHolds);
  byRecord.set(record, reports);
  return reports;
}

function evaluate(record: ChecklistRecord, view: DocSetView, alsoHolds?: (view: DocSetView) => boolean): KindReport[] {
  const doc = view.doc(record.document);
  const kind = kindOf(record.kind);
  if (!doc || !kind) return [];
  if (alsoHolds?.(view)) return [];
  const { sections, phrases } = recordSections(record, view, doc);
  const label = phrases.length ? findLabel(doc, phrases) : null;
  const where: Location = sections[0] ? { file: sections[0].file, line: sections[0].line, column: 1 } : (label ?? docStart(doc));
  // Built-in topics point at a section but read the whole document, unless scoped: real documents
  // cover a topic under other headings. A custom rule's `section` is its scope.
  const scope = record.topic === undefined || record.scoped ? sections : [];
  const reports = kind.check(record, { view, doc, sections, scope, where });
  // A bold label ("**Out of Scope:** ...") stands for a heading where the kind asks for a section.
  if (reports.length && record.kind === 'required-section' && label) return [];
  return reports;
}
