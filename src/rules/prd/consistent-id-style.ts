import type { Requirement } from '../../engine/types.js';
import type { Rule } from '../../core/rule.js';
import { compareText } from '../../engine/compare-text.js';

/** NFR-001 -> "NFR-#", NFR-PERF-01 -> "NFR-X-#", NFR-P1 -> "NFR-X#", FR-1.2 -> "FR-#". */
export function idShape(id: string): string {
  const m = /^([A-Za-z]+)(.*)$/.exec(id);
  if (!m) return id;
  // Category infixes, however many (FR-SCORE-01, FR-AUTH-ACCESS-01), are one style.
  const rest = m[2]
    .replace(/(\d+)(?:\.\d+)+/g, '$1')
    .replace(/[A-Z][A-Z0-9]*?(?=-?\d+$)|[A-Z][A-Z0-9]*(?=-)/g, 'X')
    .replace(/X(?:-X)+/g, 'X')
    .replace(/\d+/g, '#');
  return m[1].toUpperCase() + rest;
}

/** The zero-padded width of an ID's number (NFR-001 -> 3), or 0 when it is not padded. */
function padWidth(id: string): number {
  const num = /(\d+)(?:\.\d+)*$/.exec(id)?.[1] ?? '';
  return num.length > 1 && num.startsWith('0') ? num.length : 0;
}

export const prdConsistentIdStyle: Rule = {
  meta: {
    id: 'prd/consistent-id-style',
    description: 'Requirement IDs of one kind share one style (separator, infix, zero padding).',
    defaultSeverity: 'warning',
    scope: 'file',
    rationale:
      'Mixed styles (`NFR1` next to `NFR-002`) make searches and citations miss requirements. The style is taken from the majority of each kind\'s IDs; sub-numbers such as `FR-1.2` are allowed next to `FR-1`, and category infixes (`NFR-PERF-01`, `NFR-SEC-01`) are one style.',
    examples: { pass: '- **NFR-001:** ...\n- **NFR-002:** ...', fail: '- **NFR-001:** ...\n- **NFR2:** ...' },
  },
  check(ctx) {
    const byKind = new Map<string, Requirement[]>();
    for (const r of ctx.view.requirements) {
      const list = byKind.get(r.kind);
      if (list) list.push(r);
      else byKind.set(r.kind, [r]);
    }
    for (const reqs of byKind.values()) {
      const counts = new Map<string, number>();
      for (const r of reqs) counts.set(idShape(r.id), (counts.get(idShape(r.id)) ?? 0) + 1);
      const [major] = [...counts.entries()].sort((a, b) => b[1] - a[1] || compareText(a[0], b[0]))[0] ?? [''];
      const widths = reqs.map((r) => padWidth(r.id)).filter((w) => w > 0);
      const width = widths.length * 2 > reqs.length ? Math.max(...widths) : 0;
      const example = reqs.find((r) => idShape(r.id) === major && (width === 0 || padWidth(r.id) === width))?.id ?? major;
      for (const r of reqs) {
        const shapeOff = idShape(r.id) !== major;
        const digits = (/(\d+)(?:\.\d+)*$/.exec(r.id)?.[1] ?? '').length;
        const padOff = !shapeOff && width > 0 && padWidth(r.id) === 0 && digits < width;
        if (!shapeOff && !padOff) continue;
        ctx.report({
          location: r.location,
          message: `${r.id} is written in another style than the other ${r.kind.toUpperCase()} IDs (like ${example}).`,
          fix: `Rename ${r.id} to match the style of ${example}, and update its references.`,
        });
      }
    }
  },
};
