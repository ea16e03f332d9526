import type { Octokit, Repo } from './octokit.js';

/** The files the pull request changes (paginated: a PR may change thousands); with `until`, the listing stops after the page where it first says yes. */
export async function listChangedFiles(octokit: Octokit, repo: Repo, number: number, until?: (file: string) => boolean): Promise<string[]> {
  const files: string[] = [];
  for await (const page of octokit.paginate.iterator(octokit.rest.pulls.listFiles, { ...repo, pull_number: number, per_page: 100 })) {
    for (const f of page.data) {
      files.push(f.filename);
      if (f.previous_filename) files.push(f.previous_filename);
    }
    if (until && files.some(until)) break;
  }
  return files;
}
