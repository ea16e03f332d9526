import { describe, expect, it } from 'vitest';
import { check } from './helpers.js';

// I_am_OK's C4 architecture ends with "12.2 References": "OWASP Mobile Application Security
// Verification Standard (MASVS) L2" there names the standard a compliance NFR names, not how the
// design meets it. Such a line may be offered, never as likely, and no NFR is implied at it; the
// same line among the design's security controls is evidence.

const prd = [
  '# PRD',
  '## Non-Functional Requirements',
  '| ID | Category | Requirement |',
  '|---|---|---|',
  '| NFR-SEC-010 | Compliance | OWASP MASVS L2, ISO 27001 controls |',
  '| NFR-SEC-001 | Encryption | Local data encrypted with ChaCha20 |',
].join('\n');

const arch = (heading: string) =>
  [
    '# Architecture',
    ...Array.from({ length: 40 }, (_, i) => `## Module ${i}\n\nThe module ${i} shows one check-in screen.`),
    '## 12. Appendix',
    `### ${heading}`,
    '**Standards:**',
    '- ISO/IEC 12207:2017 - Software lifecycle processes',
    '- ISO/IEC 27001:2013 - Information security management',
    '**Security controls:**',
    '- OWASP Mobile Application Security Verification Standard (MASVS) L2',
    '- RFC 7539 - ChaCha20 and Poly1305 for IETF Protocols',
  ].join('\n\n');

const ranked = (architecture: string) => {
  const row = check(prd, architecture).coverage.rows.find((r) => r.requirement.id === 'NFR-SEC-010')!;
  return [row.status, row.suggestions.map((s) => [s.location.line, s.heading, s.score, s.confidence])];
};

describe('a line of a list of references', () => {
  it('is a possible place, never likely (it was likely before, beside an uncovered status)', () => {
    expect(ranked(arch('12.2 References'))).toEqual([
      'uncovered',
      [
        [175, 'Appendix › References', 0.35, 'possible'],
        [173, 'Appendix › References', 0.17, 'possible'],
        [169, 'Appendix › References', 0.12, 'possible'],
      ],
    ]);
  });

  it('the same line among the design\'s security controls is likely', () => {
    expect(ranked(arch('12.2 Security Controls'))).toEqual([
      'implied',
      [
        [175, 'Appendix › Security Controls', 0.33, 'likely'],
        [169, 'Appendix › Security Controls', 0.19, 'possible'],
        [171, 'Appendix › Security Controls', 0.19, 'possible'],
      ],
    ]);
  });
});
