import type { List, ListItem, Nodes, Paragraph, RootContent, Table } from 'mdast';
import type { ParsedDoc } from './document.js';
import { plainText, lineOf, columnOf, paragraphLines, offsetLocator } from './markdown.js';
import { normalizeHeading, stripNumbering } from './headings.js';
import { idRegex, kindOf, normalizeId, type IdSettings } from './ids.js';
import { parseStandards, parseTargets } from './targets.js';
import { categoryFromId, categoryFromText } from './categories.js';
import type { BareRange, Reference, Requirement } from './types.js';
import { expandRanges, findBareRanges } from './ranges.js';

export interface IdScan {
  definitions: Requirement[];
  /** Later definitions of an ID already defined, with the first one. */
  duplicates: { requirement: Requirement; first: Requirement }[];
  references: Reference[];
  bareRanges: BareRange[];
}

const CHANGE_LOG = /\b(?:change ?log|changes|revision history|version history|document history|historique|historique des versions|degisiklik|sürüm geçmişi|修订|变更)\b/;
const CLAIM = /\b(?:all|every|each|tous|toutes|tüm)\b[^.]{0,60}\b(?:nfrs?|requirements|exigences)\b[^.]{0,60}\b(?:addressed|covered|met|satisfied|handled|traced|couvert|adress)/i;
const LEADING_NOISE = /^[\s\u200b]*(?:<a\b[^>]*>\s*<\/a>\s*)*[\s\p{Extended_Pictographic}\uFE0F*_#>|-]*/u;
const SEPARATOR_AFTER_ID = /^[\s*_`]*(?:\[[^\]]*\][\s`]*)?[:：.)\]–—-]?\s*/;

interface Context {
  file: string;
  sectionTitles: string[];
  noise?: Reference['noise'];
}

const words = (text: string) => text.toLowerCase().match(/\p{L}{3,}/gu) ?? [];
const stems = (text: string) => new Set(words(text).filter((w) => w.length >= 4).map((w) => w.slice(0, 4)));

/** Initialisms of consecutive words: "architecture decision records" gives "adr". */
function initialisms(text: string): Set<string> {
  const w = words(text);
  const out = new Set<string>();
  for (let i = 0; i < w.length; i++) for (let n = 2; n <= 4 && i + n <= w.length; n++) out.add(w.slice(i, i + n).map((x) => x[0]).join(''));
  return out;
}

/** True when two definitions of one ID share enough words to be the same requirement restated. */
export function restates(a: Requirement, b: Requirement): boolean {
  const [ta, tb] = [`${a.title} ${a.text}`, `${b.title} ${b.text}`];
  const [short, long, longText] = stems(ta).size <= stems(tb).size ? [stems(ta), stems(tb), tb] : [stems(tb), stems(ta), ta];
  if (short.size === 0) return true;
  const acronyms = initialisms(longText);
  let shared = 0;
  for (const s of short) if (long.has(s) || acronyms.has(s.replace(/s$/, ''))) shared++;
  return shared / short.size >= 0.3;
}

export function scanIds(doc: ParsedDoc, settings: IdSettings, collectDefinitions: boolean): IdScan {
  const re = idRegex(settings);
  const definitions: Requirement[] = [];
  const duplicates: IdScan['duplicates'] = [];
  const references: Reference[] = [];
  const bareRanges: BareRange[] = [];
  const byKey = new Map<string, Requirement>();
  const defPositions = new Set<string>();

  const startsWithId = (text: string): { id: string; rest: string } | null => {
    const lead = LEADING_NOISE.exec(text)?.[0].length ?? 0;
    const body = text.slice(lead);
    re.lastIndex = 0;
    const m = re.exec(body);
    if (!m || m.index !== 0) return null;
    const after = body.slice(m[0].length);
    // "NFR1-4 ..." or "NFR2–NFR4" opens a range: a reference, not a definition.
    if (/^\s*(?:[-–—]|to|through|à)\s*(?:[A-Z]+-?)?\d/.test(after)) return null;
    return { id: m[0], rest: after };
  };

  const define = (ctx: Context, node: Nodes, id: string, title: string, text: string, hints: { category?: string | null }) => {
    const key = normalizeId(id);
    const kind = kindOf(id, settings);
    const headingCategory = [...ctx.sectionTitles].reverse().map(categoryFromText).find((c) => c) ?? null;
    const req: Requirement = {
      id,
      key,
      kind,
      title: title.trim().slice(0, 160),
      text: text.trim(),
      category: categoryFromText(title) ?? hints.category ?? categoryFromId(id) ?? headingCategory ?? (kind === 'nfr' ? categoryFromText(text) : null),
      targets: parseTargets(text),
      standards: parseStandards(text),
      location: { file: ctx.file, line: lineOf(node), column: columnOf(node) },
    };
    defPositions.add(`${ctx.file}:${req.location.line}:${id}`);
    const first = byKey.get(key);
    if (first && restates(first, req)) {
      // A summary table and the detailed list say the same thing: one requirement, and the
      // fuller text is the one to read targets from.
      if (req.text.length > first.text.length) {
        definitions[definitions.indexOf(first)] = req;
        byKey.set(key, req);
      }
    } else if (first) duplicates.push({ requirement: req, first });
    else {
      byKey.set(key, req);
      definitions.push(req);
    }
  };

  const titleFrom = (rest: string): string => {
    const paren = /^\(([^)]{1,80})\)/.exec(rest.trim());
    const trimmed = rest.replace(SEPARATOR_AFTER_ID, '');
    if (paren) return paren[1];
    const clause = /^([^:\n]{1,80}?)(?::|\.(?=\s|$))/.exec(trimmed);
    if (clause && clause[1].split(/\s+/).length <= 10) return clause[1];
    return trimmed.split(/\s+/).slice(0, 10).join(' ');
  };

  const inChangeLog = (ctx: Context) => ctx.sectionTitles.some((t) => CHANGE_LOG.test(normalizeHeading(t)));

  const considerParagraph = (ctx: Context, p: Paragraph, following: RootContent[]) => {
    const lines = paragraphLines(p);
    for (const line of lines) {
      const first = line.find((c) => !(c.type === 'text' && /^[\s]*(?:<a\b[^>]*>\s*<\/a>\s*)*$/.test(c.value)) && c.type !== 'html');
      if (!first || first.type !== 'strong') continue;
      const strongText = plainText(first);
      const hit = startsWithId(strongText);
      if (!hit) continue;
      const whole = line.map((c) => plainText(c)).join('');
      const afterStrong = whole.slice(whole.indexOf(strongText) + strongText.length);
      const strongRest = hit.rest.replace(SEPARATOR_AFTER_ID, '').trim();
      let body = whole;
      if (!afterStrong.trim() && lines.length === 1) {
        // "**NFR-P1: Scan time**" alone on its line: the requirement is the block that follows.
        const next = following[0];
        if (next && (next.type === 'list' || next.type === 'paragraph')) body = `${whole}\n${plainText(next)}`;
      }
      define(ctx, first, hit.id, titleFrom(strongRest || afterStrong), body, {});
    }
  };

  const considerList = (ctx: Context, list: List) => {
    for (const item of list.children as ListItem[]) {
      const checklist = item.checked !== null && item.checked !== undefined;
      if (!checklist) {
        const para = item.children[0];
        if (para && para.type === 'paragraph') {
          const text = plainText(para);
          const hit = startsWithId(text);
          if (hit) {
            const strong = para.children.find((c) => c.type === 'strong');
            const strongRest = strong ? (startsWithId(plainText(strong))?.rest ?? '').replace(SEPARATOR_AFTER_ID, '').trim() : '';
            define(ctx, item, hit.id, titleFrom(strongRest || hit.rest), plainText(item), {});
          }
        }
      }
      for (const child of item.children) if (child.type === 'list') considerList(ctx, child);
    }
  };

  const considerTable = (ctx: Context, table: Table) => {
    const [header, ...rows] = table.children;
    const names = header.children.map((c) => normalizeHeading(plainText(c)));
    const titleCol = names.findIndex((n, i) => i > 0 && /\b(?:title|name|requirement|nfr|exigence|gereksinim|titre|description|summary)\b/.test(n));
    const categoryCol = names.findIndex((n, i) => i > 0 && /\b(?:category|type|area|categorie|kategori|domain|domaine|quality attribute)\b/.test(n));
    for (const row of rows) {
      const cells = row.children.map((c) => plainText(c).trim());
      const hit = cells[0] ? startsWithId(cells[0]) : null;
      if (!hit || cells[0].replace(LEADING_NOISE, '').length > hit.id.length + 40) continue;
      const title = titleCol > 0 ? cells[titleCol] : cells[1] ?? '';
      const category = categoryCol > 0 ? categoryFromText(cells[categoryCol] ?? '') : null;
      define(ctx, row, hit.id, titleFrom(title + '.'), cells.slice(1).join(' | '), { category });
    }
  };

  const collectReferences = (ctx: Context, node: Nodes) => {
    let inheritedRow = false;
    const visit = (n: Nodes, inherited: Reference['noise']) => {
      let noise = inherited;
      if (n.type === 'listItem' && n.checked !== null && n.checked !== undefined) noise = noise ?? 'checklist';
      if ((n.type === 'paragraph' || n.type === 'listItem' || n.type === 'tableRow') && !noise && CLAIM.test(plainText(n))) noise = 'claim';
      if (n.type === 'code' && n.lang !== 'mermaid') return;
      if (n.type === 'tableRow' || (n.type === 'paragraph' && !inheritedRow)) {
        for (const b of findBareRanges(plainText(n))) bareRanges.push({ ...b, context: plainText(n), location: { file: ctx.file, line: lineOf(n), column: columnOf(n) }, ...(noise ? { noise } : {}) });
      }
      if (n.type === 'text' || n.type === 'inlineCode' || n.type === 'code' || n.type === 'yaml' || n.type === 'html') {
        // HTML comments (archgate directives, notes to editors) are not text a reader sees.
        const value = n.type === 'html' ? n.value.replace(/<!--[\s\S]*?-->/g, (c) => c.replace(/[^\n]/g, ' ')) : n.value;
        const locate = offsetLocator(value);
        const baseLine = lineOf(n) + (n.type === 'code' ? 1 : 0);
        const place = (offset: number) => {
          const { lineOffset, column } = locate(offset);
          // Inline text starts at the node's column; a code block's lines start at column 1.
          return { file: ctx.file, line: baseLine + lineOffset, column: lineOffset === 0 && n.type !== 'code' ? columnOf(n) + offset : column };
        };
        const nodeNoise = n.type === 'yaml' ? 'front-matter' : noise;
        re.lastIndex = 0;
        let ids = 0;
        for (const m of value.matchAll(re)) {
          const ref: Reference = { id: m[0], key: normalizeId(m[0]), kind: kindOf(m[0], settings), location: place(m.index ?? 0) };
          if (nodeNoise) ref.noise = nodeNoise;
          references.push(ref);
          ids++;
        }
        // A range starts with an ID: text without one has none.
        if (ids) for (const r of expandRanges(value, settings)) {
          const ref: Reference = { id: r.id, key: normalizeId(r.id), kind: kindOf(r.id, settings), location: place(r.index), range: r.text };
          if (nodeNoise) ref.noise = nodeNoise;
          references.push(ref);
        }
        return;
      }
      const wasRow = inheritedRow;
      if (n.type === 'tableRow') inheritedRow = true;
      if ('children' in n) for (const c of n.children as Nodes[]) visit(c, noise);
      inheritedRow = wasRow;
    };
    visit(node, ctx.noise);
  };

  for (const file of doc.files) {
    const stack: { depth: number; title: string }[] = [];
    const children = file.root.children;
    let generated = false;
    for (let i = 0; i < children.length; i++) {
      const node = children[i];
      // What archgate generated between its markers is derived, never evidence of its own.
      if (node.type === 'html' && /<!--\s*archgate:begin\b/.test(node.value)) generated = true;
      if (node.type === 'html' && /<!--\s*archgate:end\b/.test(node.value)) generated = false;
      if (node.type === 'heading') {
        while (stack.length && stack[stack.length - 1].depth >= node.depth) stack.pop();
        stack.push({ depth: node.depth, title: plainText(node) });
      }
      const ctx: Context = { file: file.path, sectionTitles: stack.map((s) => s.title) };
      if (inChangeLog(ctx)) ctx.noise = 'change-log';
      if (generated) ctx.noise = 'generated';
      if (collectDefinitions && !ctx.noise) {
        if (node.type === 'heading') {
          const hit = startsWithId(stripNumbering(plainText(node)));
          if (hit) {
            const body = [];
            for (let j = i + 1; j < children.length && children[j].type !== 'heading'; j++) body.push(plainText(children[j]));
            define({ ...ctx, sectionTitles: ctx.sectionTitles.slice(0, -1) }, node, hit.id, titleFrom(hit.rest), `${plainText(node)}\n${body.join('\n')}`, {});
          }
        } else if (node.type === 'list') considerList(ctx, node);
        else if (node.type === 'table') considerTable(ctx, node);
        else if (node.type === 'paragraph') considerParagraph(ctx, node, children.slice(i + 1));
        else if (node.type === 'blockquote') {
          for (const c of node.children) if (c.type === 'list') considerList(ctx, c);
        }
      }
      collectReferences(ctx, node);
    }
  }

  const refs = references.filter((r) => !defPositions.has(`${r.location.file}:${r.location.line}:${r.id}`));
  return { definitions, duplicates, references: refs, bareRanges };
}
