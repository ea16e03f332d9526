import * as core from './workflow-commands.js';
import type { Octokit, Repo } from '../github/octokit.js';
import { postVerdict, VERDICT_CHECK, type Verdict } from '../github/post-verdict.js';
import type { Report } from '../report/report.js';
import { verdictCounts, verdictTitle } from '../report/verdict.js';

// Verdicts set on pull requests' head commits (workflow_run mode, where the job itself is
// attached to the default branch). Branch protection reads one check of a name per commit, and
// one commit can head several pull requests (one fork branch opened against main and against a
// release branch): the commit's verdict fails if any of them fails, and names each of them.

/** One pull request's verdict, to be set on the commit it was judged at. */
export interface PullRequestVerdict {
  sha: string;
  number: number;
  verdict: Verdict;
  /** The job's failure message when the verdict fails and cannot be set on the commit. */
  failure: string | null;
  /** archgate could not judge this pull request: the job fails whatever happens here. */
  unjudged?: true;
}

/** A pull request archgate could not judge fails its commit, saying why, rather than leave a required check waiting. */
export function unjudgedVerdict(pr: { number: number; headSha: string }, reason: string): PullRequestVerdict {
  const title = `fail: archgate could not judge pull request #${pr.number}`;
  return { sha: pr.headSha, number: pr.number, verdict: { passed: false, title, summary: `archgate could not judge ${pr.headSha.slice(0, 7)} of pull request #${pr.number}: ${reason.replace(/\.?$/, '.')} The workflow run's log has the details; re-run it once the cause is fixed.` }, failure: null, unjudged: true };
}

/** The report's verdict in the words of a check run: what it judged, pass or fail, and the counts. */
export function reportVerdict(report: Report, sha: string, number: number): Verdict {
  return { passed: report.result === 'pass', title: verdictTitle(report), summary: `archgate judged ${sha.slice(0, 7)} of pull request #${number}: ${verdictCounts(report)}. The comment on the pull request has the findings.` };
}

const listed = (numbers: number[]) => (numbers.length === 1 ? `#${numbers[0]}` : `${numbers.slice(0, -1).map((n) => `#${n}`).join(', ')} and #${numbers[numbers.length - 1]}`);

/** Several pull requests' verdicts on one commit, as one: fail closed. */
export function combinedVerdict(sha: string, verdicts: PullRequestVerdict[]): Verdict {
  if (verdicts.length === 1) return verdicts[0].verdict;
  const passed = verdicts.every((v) => v.verdict.passed);
  const failing = verdicts.filter((v) => !v.verdict.passed).map((v) => v.number);
  const title = `${passed ? 'pass' : 'fail'}: ${verdicts.map((v) => `#${v.number} ${v.verdict.title}`).join('; ')}`;
  const why = passed
    ? `every one of them passes.`
    : `it fails because ${listed(failing)} ${failing.length === 1 ? 'fails' : 'fail'}: a commit carries one verdict, so it passes only if every pull request it heads passes.`;
  const summary = [`${sha.slice(0, 7)} heads ${verdicts.length} pull requests (${listed(verdicts.map((v) => v.number))}); ${why}`, '', ...verdicts.map((v) => `- #${v.number}: ${v.verdict.title}. ${v.verdict.summary}`)].join('\n');
  return { passed, title, summary };
}

/** Sets each commit's verdict once; where the token may not, the job carries the failing ones. */
export async function setCommitVerdicts(octokit: Octokit, repo: Repo, verdicts: PullRequestVerdict[]): Promise<void> {
  const bySha = new Map<string, PullRequestVerdict[]>();
  for (const v of verdicts) bySha.set(v.sha, [...(bySha.get(v.sha) ?? []), v]);
  for (const [sha, group] of bySha) {
    const verdict = combinedVerdict(sha, group);
    const where = await postVerdict(octokit, repo, sha, verdict);
    const prs = group.map((v) => v.number);
    if (where) {
      const kind = where === 'check-run' ? 'check run' : 'commit status';
      const whose = group.length === 1 ? `the head of pull request #${prs[0]}` : `the head of pull requests ${listed(prs)} (it fails if any of them fails)`;
      const unjudged = group.filter((v) => v.unjudged).map((v) => v.number);
      const job = unjudged.length ? `This job fails: archgate could not judge ${listed(unjudged)}.` : 'This job succeeds whatever the verdict, so that it does not mark the default branch.';
      core.notice(`archgate set its verdict (${verdict.passed ? 'pass' : 'fail'}) on ${sha.slice(0, 7)}, ${whose}, as the ${kind} "${VERDICT_CHECK}": require that check in branch protection. ${job}`);
      continue;
    }
    for (const v of group) {
      core.warning(`archgate could not set its verdict on pull request #${v.number}'s head commit: the token lacks \`checks: write\` and \`statuses: write\`. Add \`checks: write\` to this workflow's \`permissions:\`; until then the verdict is this job's.`);
      if (v.failure) core.setFailed(v.failure);
    }
  }
}
