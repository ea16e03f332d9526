import type { Octokit, Repo } from './octokit.js';

/** Every file the pull request changes (paginated: a PR may change thousands). */
export async function listChangedFiles(octokit: Octokit, repo: Repo, number: number): Promise<string[]> {
  const files: string[] = [];
  for await (const page of octokit.paginate.iterator(octokit.rest.pulls.listFiles, { ...repo, pull_number: number, per_page: 100 })) {
    for (const f of page.data) {
      files.push(f.filename);
      if (f.previous_filename) files.push(f.previous_filename);
    }
  }
  return files;
}
