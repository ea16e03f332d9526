import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ROOT, SHARED, browserPresent, sharedPath } from './helpers.js';

// The tests that need what the repository does not hold (../shared, a browser) fail naming it;
// only an explicit ARCHGATE_TEST_*=optional (set in ci.yml, never in .ci/run) lets them skip.

describe('tests that need more than the repository', () => {
  const saved = process.env.ARCHGATE_TEST_BROWSER;
  afterEach(() => {
    if (saved === undefined) delete process.env.ARCHGATE_TEST_BROWSER;
    else process.env.ARCHGATE_TEST_BROWSER = saved;
  });

  it('a missing browser fails the browser tests, naming it, unless ARCHGATE_TEST_BROWSER=optional', () => {
    delete process.env.ARCHGATE_TEST_BROWSER;
    expect(() => browserPresent('/nonexistent/chromium')).toThrow(
      "/nonexistent/chromium is missing: the browser tests drive Debian's Chromium (apt-get install chromium; .ci/run installs it). Install it, or set ARCHGATE_TEST_BROWSER=optional to skip those tests where it cannot be.",
    );
    process.env.ARCHGATE_TEST_BROWSER = 'optional';
    expect(browserPresent('/nonexistent/chromium')).toBe(false);
    expect(browserPresent(process.execPath)).toBe(true);
  });

  it('a missing file of ../shared fails the test that reads it, naming it', () => {
    expect(() => sharedPath('corpus', 'no-such-pair')).toThrow(
      `${path.join(SHARED, 'corpus/no-such-pair')} is missing: the tests on real documents read ../shared beside the project. Put it there, or set ARCHGATE_TEST_CORPUS=optional to skip those tests where it cannot be.`,
    );
  });

  it('every test reaches ../shared and the browser through these helpers, so none skips on its own', () => {
    const own = /process\.env\.CI\b|['"`]\.\.\/shared|existsSync\(CHROMIUM\)|path\.resolve\(CORPUS/;
    const files = readdirSync(path.join(ROOT, 'test'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts') && f !== 'helpers.ts' && f !== 'test-helpers.test.ts');
    expect(files.filter((f) => own.test(readFileSync(path.join(ROOT, 'test', f), 'utf8')))).toEqual([]);
  });
});
