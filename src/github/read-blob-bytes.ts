import type { Octokit, Repo } from './octokit.js';

/**
 * A blob's bytes as git stores them. GraphQL gives a blob's text, where bytes that are not UTF-8
 * may already be replaced: a commit built from that text would rewrite them.
 */
export async function readBlobBytes(octokit: Octokit, repo: Repo, sha: string): Promise<Buffer> {
  const { data } = await octokit.rest.git.getBlob({ ...repo, file_sha: sha });
  return Buffer.from(data.content, data.encoding === 'utf-8' ? 'utf8' : 'base64');
}
