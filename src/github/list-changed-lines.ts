import type { Octokit, Repo } from './octokit.js';

/** Lines the pull request adds or modifies, per file, as numbered at its head (the RIGHT side of the diff). */
export type ChangedLines = Map<string, Set<number>>;

/** The added lines of one file's unified diff (`patch` of the files listing): "+" lines, numbered on the new side. */
export function addedLines(patch: string): Set<number> {
  const added = new Set<number>();
  let line = 0;
  for (const text of patch.split('\n')) {
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(text);
    if (hunk) {
      line = Number(hunk[1]);
      continue;
    }
    if (!line) continue;
    if (text.startsWith('+')) added.add(line++);
    else if (text.startsWith(' ')) line++;
    // "-" lines exist only on the old side; "\ No newline at end of file" is on neither.
  }
  return added;
}

/**
 * The added lines of the files the pull request changes, among `files` (paginated: a PR may change
 * thousands). A file without a `patch` (binary, or a diff too large for GitHub to show) has none:
 * GitHub takes no review comment on it either.
 */
export async function listChangedLines(octokit: Octokit, repo: Repo, number: number, files: Set<string>): Promise<ChangedLines> {
  const out: ChangedLines = new Map();
  for await (const page of octokit.paginate.iterator(octokit.rest.pulls.listFiles, { ...repo, pull_number: number, per_page: 100 })) {
    for (const f of page.data) {
      if (files.has(f.filename) && typeof f.patch === 'string') out.set(f.filename, addedLines(f.patch));
    }
  }
  return out;
}
