import { describe, expect, it } from 'vitest';
import { combinedVerdict, type PullRequestVerdict } from '../src/action/commit-verdicts.js';

const SHA = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678';
const verdict = (number: number, passed: boolean, counts: string): PullRequestVerdict => ({
  sha: SHA,
  number,
  verdict: { passed, title: `${passed ? 'pass' : 'fail'}: ${counts}`, summary: `archgate judged a1b2c3d of pull request #${number}: ${counts}.` },
  failure: passed ? null : `archgate: ${counts}.`,
});

describe('one verdict per commit', () => {
  it('is the pull request\'s own verdict when the commit heads one pull request', () => {
    const one = verdict(7, false, '2 errors, 0 warnings (fail-on: error)');
    expect(combinedVerdict(SHA, [one])).toEqual(one.verdict);
  });

  it('passes only when every pull request the commit heads passes, and names each of them', () => {
    const passing = [verdict(9, true, '0 errors, 1 warnings (fail-on: error)'), verdict(10, true, '0 errors, 1 warnings (fail-on: error)')];
    expect(combinedVerdict(SHA, passing)).toEqual({
      passed: true,
      title: 'pass: #9 pass: 0 errors, 1 warnings (fail-on: error); #10 pass: 0 errors, 1 warnings (fail-on: error)',
      summary: 'a1b2c3d heads 2 pull requests (#9 and #10); every one of them passes.\n\n- #9: pass: 0 errors, 1 warnings (fail-on: error). archgate judged a1b2c3d of pull request #9: 0 errors, 1 warnings (fail-on: error).\n- #10: pass: 0 errors, 1 warnings (fail-on: error). archgate judged a1b2c3d of pull request #10: 0 errors, 1 warnings (fail-on: error).',
    });
    const mixed = [verdict(9, false, '1 errors, 0 warnings (fail-on: error)'), verdict(10, true, '1 errors, 0 warnings (fail-on: never)'), verdict(11, false, '1 errors, 0 warnings (fail-on: error)')];
    const combined = combinedVerdict(SHA, mixed);
    expect(combined.passed).toBe(false);
    expect(combined.summary.split('\n')[0]).toBe('a1b2c3d heads 3 pull requests (#9, #10 and #11); it fails because #9 and #11 fail: a commit carries one verdict, so it passes only if every pull request it heads passes.');
  });
});
