import { replaceBlocks, type MarkedBlock } from './markers.js';
import { unifiedPatch } from './patch.js';

// What --fix and commit mode write, decided over every doc set of a run at once. Doc sets that
// share an architecture file may each generate its blocks differently (two PRDs, two
// traceability diagrams): written one after the other, each run would undo the last one's
// work and commit again, for ever. A block the doc sets disagree on is left as it is and
// reported; every other stale block is written once, so a second run changes nothing.

/** The text between one block's markers, replaced. */
export interface BlockEdit {
  beginLine: number;
  endLine: number;
  text: string;
}

/** A file whose generated blocks are stale: the new text, the same as a patch, and the edits alone. */
export interface FileFix {
  path: string;
  /** The text the edits apply to. */
  original: string;
  text: string;
  patch: string;
  edits: BlockEdit[];
}

/** One generated block as one doc set would generate it. */
export interface BlockPlan {
  file: string;
  block: MarkedBlock;
  kind: string;
  expected: string;
  stale: boolean;
}

export interface FixConflict {
  file: string;
  line: number;
  kind: string;
  docSets: string[];
}

/** Whitespace at line ends and blank lines at the end do not make a block stale. */
export const comparable = (text: string) => text.replace(/\r\n/g, '\n').replace(/[ \t]+$/gm, '').replace(/\n+$/, '');

/** The fix of one file: its stale blocks replaced, every other byte kept. */
export function fileFix(path: string, original: string, stale: { block: MarkedBlock; expected: string }[]): FileFix {
  const sorted = [...stale].sort((a, b) => a.block.beginLine - b.block.beginLine);
  return {
    path,
    original,
    text: replaceBlocks(original, sorted.map((s) => s.block), (b) => sorted.find((s) => s.block === b)!.expected),
    patch: unifiedPatch(path, original, sorted),
    edits: sorted.map((s) => ({ beginLine: s.block.beginLine, endLine: s.block.endLine, text: s.expected })),
  };
}

/** Merge the doc sets' fixes: blocks they agree on are fixed once; blocks they disagree on are conflicts, never written. */
export function planFixes(runs: { name: string; fixes: FileFix[]; generated: BlockPlan[] }[]): { fixes: FileFix[]; conflicts: FixConflict[] } {
  const groups = new Map<string, { plan: BlockPlan; expected: Map<string, string[]>; stale: boolean }>();
  const originals = new Map<string, string>();
  for (const run of runs) {
    for (const fix of run.fixes) if (!originals.has(fix.path)) originals.set(fix.path, fix.original);
    for (const plan of run.generated) {
      const key = `${plan.file}\0${plan.block.beginLine}`;
      const group = groups.get(key) ?? { plan, expected: new Map<string, string[]>(), stale: false };
      groups.set(key, group);
      const same = comparable(plan.expected);
      group.expected.set(same, [...(group.expected.get(same) ?? []), run.name]);
      group.stale ||= plan.stale;
    }
  }
  const conflicts: FixConflict[] = [];
  const stale = new Map<string, { block: MarkedBlock; expected: string }[]>();
  for (const { plan, expected, stale: isStale } of groups.values()) {
    if (expected.size > 1) {
      conflicts.push({ file: plan.file, line: plan.block.beginLine, kind: plan.kind, docSets: [...new Set([...expected.values()].flat())] });
      continue;
    }
    if (!isStale || !originals.has(plan.file)) continue;
    stale.set(plan.file, [...(stale.get(plan.file) ?? []), { block: plan.block, expected: plan.expected }]);
  }
  const fixes = [...stale.entries()].map(([file, blocks]) => fileFix(file, originals.get(file)!, blocks));
  return { fixes, conflicts };
}

/** What a user reads about a conflict, and how to settle it. */
export function describeConflict(c: FixConflict): string {
  return `${c.file}:${c.line}: the doc sets ${c.docSets.join(' and ')} read this file and generate its ${c.kind} block differently, so archgate left it as it is. Say which doc set the block belongs to (<!-- archgate:begin ${c.kind} for ${c.docSets[0]} -->), and give each other doc set a block of its own.`;
}
