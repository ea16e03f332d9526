import type { Nodes, RootContent } from 'mdast';
import type { ParsedDoc, Section } from '../engine/document.js';
import { ancestors, inGenerated, sectionTree } from '../engine/document.js';
import { paragraphLines, plainText } from '../engine/markdown.js';
import { headingHas, normalizeHeading, stripNumbering } from '../engine/headings.js';
import { idRegex, normalizeId, type IdSettings } from '../engine/ids.js';
import type { Location } from '../engine/types.js';

// The component catalogue, read from the architecture document itself: "### Component: API Gateway"
// headings, or headings under a "Components" section, with labelled fields written as bold labels,
// list items or two-column table rows (BMAD: **Responsibility:**, **Key Interfaces:**, ...).

export interface Component {
  /** Stable node ID for diagrams, unique within the catalogue. */
  key: string;
  name: string;
  purpose: string;
  technology: string;
  /** Names as written; resolved against the catalogue by `resolveDependencies`. */
  dependencies: string[];
  interfaces: string[];
  /** Normalised requirement keys the component's section cites. */
  requirements: string[];
  location: string;
  source: Location;
}

type Field = 'purpose' | 'technology' | 'dependencies' | 'interfaces' | 'requirements' | 'location';

const FIELD_NAMES: [RegExp, Field][] = [
  [/^(?:responsibilit(?:y|ies)|purpose|description|role|what it does|rôle|responsabilit[ée]s?|sorumluluk)$/, 'purpose'],
  [/^(?:technology(?: stack)?|tech(?: stack)?|technologies|stack|implementation|technologie|teknoloji)$/, 'technology'],
  [/^(?:dependencies|depends on|dependency|uses|calls|dépendances|bağımlılıklar)$/, 'dependencies'],
  [/^(?:key interfaces|interfaces?|api|apis|exposes|provides)$/, 'interfaces'],
  [/^(?:related requirements|requirements|addresses|nfrs?|frs?|traces to|satisfies|exigences)$/, 'requirements'],
  [/^(?:location|path|code|source|module|package|directory|emplacement)$/, 'location'],
];

const COMPONENT_HEADING = /^(?:component|composant|bileşen)\s*[:：]\s*(.+)$/i;

function fieldOf(label: string): Field | null {
  const key = normalizeHeading(label.replace(/[:：]\s*$/, ''));
  for (const [re, field] of FIELD_NAMES) if (re.test(key)) return field;
  return null;
}

/** "`PacketHandler` - ILP packet logic" -> "PacketHandler"; "S3 client, DynamoDB" -> two names. */
export function splitNames(text: string): string[] {
  return text
    .replace(/\([^)]*\)/g, '')
    .split(/[,;\n]|\s+and\s+|\s+et\s+/)
    .map((s) => s.replace(/\s+[-–—:(].*$/, '').replace(/[`*_]/g, '').trim())
    .filter((s) => s.length > 1 && s.length <= 60 && !/^(?:none|n\/a|-|—)$/i.test(s));
}

interface RawFields {
  fields: Partial<Record<Field, string[]>>;
  count: number;
}

/** Labelled fields in a component's own blocks. */
function readFields(blocks: RootContent[]): RawFields {
  const out: RawFields = { fields: {}, count: 0 };
  const add = (field: Field, values: string[]) => {
    out.fields[field] = [...(out.fields[field] ?? []), ...values.filter((v) => v.trim())];
    out.count++;
  };
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (b.type === 'paragraph' && b.children[0]?.type === 'strong') {
      // One paragraph may hold several labels, one per line.
      const lines = paragraphLines(b);
      for (const [n, line] of lines.entries()) {
        if (line[0]?.type !== 'strong') continue;
        const field = fieldOf(plainText(line[0]));
        if (!field) continue;
        const rest = line.slice(1).map((c) => plainText(c)).join('').replace(/^\s*[:：]\s*/, '').trim();
        const next = blocks[i + 1];
        // "**Dependencies:**" followed by a list: the list is the value.
        const items = !rest && n === lines.length - 1 && next?.type === 'list' ? next.children.map((li) => plainText(li).trim()) : [];
        add(field, rest ? [rest] : items);
        if (items.length) i++;
      }
    } else if (b.type === 'list') {
      for (const li of b.children) {
        const text = plainText(li).trim();
        const m = /^([^:：\n]{2,40})[:：]\s*([\s\S]*)$/.exec(text);
        const field = m ? fieldOf(m[1]) : null;
        if (field && m) add(field, [m[2]]);
      }
    } else if (b.type === 'table') {
      for (const row of b.children.slice(0)) {
        if (row.children.length < 2) continue;
        const field = fieldOf(plainText(row.children[0]));
        if (field) add(field, [plainText(row.children[1])]);
      }
    }
  }
  return out;
}

const slug = (name: string) =>
  name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .toLowerCase() || 'component';

/** Normalised for matching names written differently: "API Gateway", "`ApiGateway`", "api-gateway". */
export const nameKey = (name: string) => name.toLowerCase().replace(/[^a-z0-9\p{L}]+/gu, '');

function isComponentsSection(s: Section, phrases: string[]): boolean {
  return phrases.some((p) => headingHas(s.key, p)) && !/\b(?:diagram|diagrams|interaction|file structure|standards|organization|organisation|hierarchy)\b/.test(s.key);
}

export function readCatalogue(doc: ParsedDoc | null, componentPhrases: string[], ids: IdSettings): Component[] {
  if (!doc) return [];
  const re = idRegex(ids);
  const components: Component[] = [];
  const used = new Set<string>();
  for (const section of doc.sections) {
    const title = stripNumbering(section.title).trim();
    const explicit = COMPONENT_HEADING.exec(title);
    const parents = ancestors(section).slice(1);
    const underComponents = parents.some((p) => isComponentsSection(p, componentPhrases));
    if (!explicit && !underComponents) continue;
    const file = doc.files.find((f) => f.path === section.file)!;
    const raw = readFields(section.blocks.filter((b) => !inGenerated(file, b.position?.start.line ?? 0)));
    // Under a "Components" section, only headings with fields are components (not "Overview").
    if (!explicit && raw.count === 0) continue;
    let name = (explicit ? explicit[1] : title).trim();
    let location = raw.fields.location?.join(', ') ?? '';
    const pathInName = /\s*\(`?([^)`]+)`?\)\s*$/.exec(name);
    if (pathInName && /[/.]/.test(pathInName[1])) {
      name = name.slice(0, pathInName.index).trim();
      location ||= pathInName[1];
    }
    name = name.replace(/[`*]/g, '').trim();
    if (!name) continue;
    let key = slug(name);
    while (used.has(key)) key += '_';
    used.add(key);
    const text = sectionTree(doc, section)
      .map((s) => s.blocks.map((b) => plainText(b as Nodes)).join('\n'))
      .join('\n');
    const requirements = [...new Set([...(raw.fields.requirements ?? []).join(' ').matchAll(re), ...text.matchAll(re)].map((m) => normalizeId(m[0])))];
    components.push({
      key,
      name,
      purpose: (raw.fields.purpose ?? []).join(' ').replace(/\s+/g, ' ').trim(),
      technology: (raw.fields.technology ?? []).join(', ').replace(/\s+/g, ' ').trim(),
      dependencies: (raw.fields.dependencies ?? []).flatMap(splitNames),
      interfaces: (raw.fields.interfaces ?? []).flatMap((v) => v.split('\n')).map((s) => s.trim()).filter(Boolean),
      requirements,
      location,
      source: { file: section.file, line: section.line, column: 1 },
    });
  }
  return components;
}

export interface ResolvedDependency {
  from: Component;
  to: Component | null;
  /** The name as written, for dependencies outside the catalogue. */
  name: string;
}

/** Match each dependency to a catalogue component by name, else it is external. */
export function resolveDependencies(components: Component[]): ResolvedDependency[] {
  const keys = components.map((c) => nameKey(c.name));
  const byKey = new Map<string, Component>();
  components.forEach((c, i) => byKey.has(keys[i]) || byKey.set(keys[i], c));
  // Prefix matches ("Storage abstraction layer" for "Storage Abstraction Layer Service") look only
  // at names that share the first four characters: no component x component scan.
  const byHead = new Map<string, number[]>();
  keys.forEach((k, i) => {
    const head = k.slice(0, 4);
    const list = byHead.get(head);
    if (list) list.push(i);
    else byHead.set(head, [i]);
  });
  const out: ResolvedDependency[] = [];
  for (const c of components) {
    const seen = new Set<string>();
    for (const dep of c.dependencies) {
      const k = nameKey(dep);
      if (!k || seen.has(k)) continue;
      seen.add(k);
      let to = byKey.get(k) ?? null;
      if (!to && k.length >= 4) {
        const i = (byHead.get(k.slice(0, 4)) ?? []).find((j) => components[j] !== c && (keys[j].startsWith(k) || k.startsWith(keys[j])));
        to = i === undefined ? null : components[i];
      }
      if (to === c) continue;
      out.push({ from: c, to, name: dep });
    }
  }
  return out;
}
