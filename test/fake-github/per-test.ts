import { afterEach, beforeEach, expect } from 'vitest';
import { FakeGitHub } from './server.js';

/** A fresh fake GitHub for each test, handed to `use`; stopped after it, and the test fails if any request broke GitHub's description. */
export function fakeGitHubPerTest(use: (gh: FakeGitHub) => void): void {
  let gh: FakeGitHub;
  beforeEach(async () => {
    gh = new FakeGitHub();
    await gh.start();
    use(gh);
  });
  afterEach(async () => {
    await gh.stop();
    expect(gh.violations).toEqual([]);
  });
}
