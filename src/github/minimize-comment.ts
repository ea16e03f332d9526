import { malformedAnswer } from './api-errors.js';
import type { Octokit } from './octokit.js';

/** Of these comments (GraphQL ids), the ones not yet minimised: one query, so a rerun minimises nothing twice. */
export async function notMinimized(octokit: Octokit, nodeIds: string[]): Promise<string[]> {
  if (!nodeIds.length) return [];
  const data = await octokit.graphql<{ nodes?: ({ id?: string; isMinimized?: boolean } | null)[] }>('query($ids: [ID!]!) { nodes(ids: $ids) { ... on PullRequestReviewComment { id isMinimized } } }', { ids: nodeIds });
  if (!Array.isArray(data?.nodes)) throw malformedAnswer('POST /graphql', 'it has no nodes');
  return data.nodes.filter((n) => n && typeof n.id === 'string' && n.isMinimized === false).map((n) => n!.id!);
}

/** Fold a comment away as outdated: it stays readable, one click away. */
export async function minimizeOutdated(octokit: Octokit, nodeId: string): Promise<void> {
  await octokit.graphql('mutation($id: ID!) { minimizeComment(input: { subjectId: $id, classifier: OUTDATED }) { minimizedComment { isMinimized } } }', { id: nodeId });
}
