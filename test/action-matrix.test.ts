import { describe, expect, it } from 'vitest';
import { fakeGitHubPerTest } from './fake-github/per-test.js';
import type { FakeGitHub } from './fake-github/server.js';
import { pullRequestEvent, runAction } from './fake-github/run-action.js';

// A workflow that runs archgate once per doc set (a job matrix over the doc-set input), where two
// doc sets read one architecture file: each job reports what a run over all doc sets reports for
// its doc set, so the shared file's own findings are annotated once, by the job of the doc set the
// config lists first, and the other job's comment says where they are. (Run `npm run build` first.)

let gh: FakeGitHub;
fakeGitHubPerTest((fake) => (gh = fake));

// Modelled on a BMAD architecture shared by a web and a mobile PRD (as test/file-findings-once.test.ts):
// it cites the one NFR each PRD has, and leaves a TBD.
const WEB_PRD = '# Web PRD\n\n## Non-functional requirements\n\n- **NFR-001:** Album pages load within 800 ms at p95.\n';
const MOBILE_PRD = '# Mobile PRD\n\n## Non-functional requirements\n\n- **NFR-001:** The app opens an album within 800 ms at p95.\n';
const ARCH = '# Architecture\n\n## Performance\n\nAlbum pages are served from a CDN cache (NFR-001).\n\n## Security\n\nUsers sign in with OAuth 2.0. Token lifetime: TBD.\n';
const CONFIG = [
  'preset: minimal',
  'rules:',
  '  prd/core-sections: off',
  '  arch/core-topics: off',
  '  arch/no-placeholders: error',
  'docSets:',
  '  - name: web',
  '    prd: docs/web-prd.md',
  '    architecture: docs/architecture.md',
  '  - name: mobile',
  '    prd: docs/mobile-prd.md',
  '    architecture: docs/architecture.md',
  '',
].join('\n');

function pull(number: number) {
  const base = gh.commit({ '.github/archgate.yml': CONFIG, 'docs/web-prd.md': WEB_PRD, 'docs/mobile-prd.md': MOBILE_PRD, 'docs/architecture.md': ARCH });
  const head = gh.commit({ 'docs/architecture.md': `${ARCH}\nSessions expire after 30 minutes.\n` }, base);
  gh.openPull({ number, headSha: head, headRef: `f${number}`, baseSha: base });
}

const annotations = (stdout: string) => stdout.split('\n').filter((l) => /^::(error|warning) /.test(l));
const commentOf = (set: string) => gh.comments.find((c) => c.body.includes(`<!-- archgate:sticky doc-set="${set}" -->`))?.body ?? '';

describe('a job matrix over the doc sets', () => {
  it("annotates a shared file's own finding once, in the job of the doc set listed first; the other job's comment says where it is, and that job fails on it too", async () => {
    pull(1);
    const web = await runAction(gh, 'pull_request', pullRequestEvent(gh, 1), { 'doc-set': 'web' });
    const mobile = await runAction(gh, 'pull_request', pullRequestEvent(gh, 1), { 'doc-set': 'mobile' });
    expect([web.stderr, mobile.stderr]).toEqual(['', '']);
    expect(annotations(web.stdout)).toEqual([
      '::error title=arch/no-placeholders,file=docs/architecture.md,line=9,col=47::Unfilled unfinished marker "TBD".%0AFix: Replace "TBD" with the real content, or delete it.',
      '::warning title=arch/technology-rationale,file=docs/architecture.md,line=1,col=1::The architecture document has no technology stack section.%0AFix: Add a "Tech Stack" section: one row per technology with its version and the reason it was chosen.',
      '::warning title=arch/security,file=docs/architecture.md,line=7,col=1::The architecture document does not describe authorization.%0AFix: Say who may do what and where it is enforced (e.g. RBAC in the API, row-level security in the database, ownership checks).',
      '::warning title=arch/security,file=docs/architecture.md,line=7,col=1::The architecture document does not describe encryption at rest.%0AFix: Say how stored data and secrets are encrypted (e.g. AES-256 via the cloud KMS, encrypted volumes, a secret manager).',
      '::warning title=arch/security,file=docs/architecture.md,line=7,col=1::The architecture document does not describe encryption in transit.%0AFix: Say how data is protected on the wire (e.g. "all traffic uses TLS 1.2+").',
    ]);
    expect(annotations(mobile.stdout)).toEqual([]);
    expect(commentOf('mobile').split('\n').filter((l) => /shown/.test(l))).toEqual([
      expect.stringMatching(/^\*\*Blocking the merge: 1 finding about a file it shares, shown under another doc set\*\* \(fail-on: error\)\. Commit judged: /),
      '> 5 findings about docs/architecture.md are shown once, under doc set web, which reads the file too.',
    ]);
    expect([web.outputs.result, mobile.outputs.result]).toEqual(['fail', 'fail']);
    // The step's failure says why a doc set with no finding of its own fails.
    expect(mobile.stdout.split('\n').filter((l) => l.startsWith('::error::'))).toEqual(['::error::archgate: 0 errors, 0 warnings + 1 blocking finding shown under another doc set (fail-on: error).']);
  });

  it('reports together what one run over all doc sets reports: the same annotations, and each doc set its comment', async () => {
    pull(2);
    const whole = await runAction(gh, 'pull_request', pullRequestEvent(gh, 2));
    const wholeComments = { web: commentOf('web'), mobile: commentOf('mobile') };
    pull(3);
    const web = await runAction(gh, 'pull_request', pullRequestEvent(gh, 3), { 'doc-set': 'web' });
    const mobile = await runAction(gh, 'pull_request', pullRequestEvent(gh, 3), { 'doc-set': 'mobile' });
    expect([...annotations(web.stdout), ...annotations(mobile.stdout)]).toEqual(annotations(whole.stdout));
    // The base's judgement is carried under a key that names the doc-set input: it differs, as it should.
    const sameBut = (body: string) => body.replace(/<!-- archgate:base-judgement [^>]*-->/g, '').replace(/[0-9a-f]{40}/g, 'SHA').replace(/`[0-9a-f]{7}`/g, '`sha`').replace(/#\d\b/g, '#N');
    const matrix = gh.comments.filter((c) => c.issue === 3);
    expect(matrix.map((c) => sameBut(c.body))).toEqual([sameBut(wholeComments.web), sameBut(wholeComments.mobile)]);
  });
});
