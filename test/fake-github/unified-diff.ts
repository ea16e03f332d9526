// The `patch` GitHub's files listing gives for a text file: a unified diff with three lines of
// context, from a longest-common-subsequence line match (the fake's files are small).

type Op = { kind: ' ' | '-' | '+'; text: string; oldNo: number; newNo: number };

/** GitHub leaves `patch` out when a diff is too large to show; here, when the changed middle is too large to match. */
const MAX_MATCH_CELLS = 4_000_000;

function lineOps(a: string[], b: string[]): Op[] | null {
  // The common head and tail match as they are; only the changed middle needs the quadratic match.
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const middle = middleOps(a.slice(head, a.length - tail), b.slice(head, b.length - tail), head);
  if (!middle) return null;
  const same = (k: number): Op => ({ kind: ' ', text: a[k], oldNo: k + 1, newNo: k + 1 + b.length - a.length });
  return [...a.slice(0, head).map((text, k): Op => ({ kind: ' ', text, oldNo: k + 1, newNo: k + 1 })), ...middle, ...Array.from({ length: tail }, (_, k) => same(a.length - tail + k))];
}

function middleOps(a: string[], b: string[], offset: number): Op[] | null {
  const n = a.length;
  const m = b.length;
  if (n * m > MAX_MATCH_CELLS) return null;
  const lcs = Array.from({ length: n + 1 }, () => new Int32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  const ops: Op[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) ops.push({ kind: ' ', text: a[i], oldNo: offset + ++i, newNo: offset + ++j });
    // Deletions before additions, as git writes them.
    else if (i < n && (j === m || lcs[i + 1][j] >= lcs[i][j + 1])) ops.push({ kind: '-', text: a[i], oldNo: offset + ++i, newNo: offset + j });
    else ops.push({ kind: '+', text: b[j], oldNo: offset + i, newNo: offset + ++j });
  }
  return ops;
}

const splitLines = (text: string) => (text === '' ? [] : text.replace(/\n$/, '').split('\n'));

/** The hunks of a change from `before` to `after`, as GitHub's `patch` field shows them (no file header); undefined when too large. */
export function unifiedDiff(before: string, after: string, context = 3): string | undefined {
  const ops = lineOps(splitLines(before), splitLines(after));
  if (!ops) return undefined;
  const changed = ops.map((o, k) => (o.kind !== ' ' ? k : -1)).filter((k) => k >= 0);
  const hunks: [number, number][] = [];
  for (const k of changed) {
    const from = Math.max(0, k - context);
    const to = Math.min(ops.length - 1, k + context);
    const last = hunks[hunks.length - 1];
    if (last && from <= last[1] + 1) last[1] = to;
    else hunks.push([from, to]);
  }
  const out: string[] = [];
  for (const [from, to] of hunks) {
    const part = ops.slice(from, to + 1);
    const olds = part.filter((o) => o.kind !== '+');
    const news = part.filter((o) => o.kind !== '-');
    const oldStart = olds.length ? olds[0].oldNo : part[0].oldNo;
    const newStart = news.length ? news[0].newNo : part[0].newNo;
    out.push(`@@ -${oldStart},${olds.length} +${newStart},${news.length} @@`, ...part.map((o) => o.kind + o.text));
  }
  return out.join('\n');
}

/** The head-side lines a review comment may sit on: those of the diff's hunks (added and context lines). */
export function commentableLines(patch: string): Set<number> {
  const lines = new Set<number>();
  let line = 0;
  for (const text of patch.split('\n')) {
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(text);
    if (hunk) line = Number(hunk[1]);
    else if (text.startsWith('+') || text.startsWith(' ')) lines.add(line++);
  }
  return lines;
}
