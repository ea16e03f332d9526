// Measurable forms that the target parser does not read as one target with a comparator, but
// that a reviewer can verify all the same. Each pattern is linear: bounded runs only.
const UNIT = '(?:px|em|rem|%|ms|s|sec|seconds?|min|minutes?|h|hours?|days?|kb|mb|gb|tb|tokens?|chars?|characters?|words?|items?|users?|requests?|rps|qps|fps|dpi|mbps|gbps|kg|m|km)';
const FORMS: RegExp[] = [
  // A range with a unit: 320px-2560px, 500-800 tokens, 2–5 s.
  new RegExp(`\\b\\d[\\d,.]{0,12}\\s{0,2}${UNIT}?\\s{0,2}(?:-|–|—|to)\\s{0,2}\\d[\\d,.]{0,12}\\s{0,2}${UNIT}\\b`, 'i'),
  // A rate: 5/min, 100,000/day, 10 per second.
  /\b\d[\d,.]{0,12}\s{0,2}(?:\/|per)\s{0,2}(?:s|sec|second|min|minute|h|hr|hour|day|week|month|user|request|session)\b/i,
  // A version policy: last 2 versions, latest two major releases, N-1.
  /\b(?:last|latest|previous)\s{1,3}(?:\d+|two|three|four)\s{1,3}(?:major\s{1,3})?(?:versions?|releases?)\b|\bN\s?-\s?[12]\b/i,
  // Named standards the parser does not know.
  /\b(?:CSP|Content Security Policy|RFC\s?\d{3,5}|PEP\s?\d{1,4}|OWASP\s+ASVS(?:\s+(?:level|L)\s?[1-3])?|ASVS\s+(?:level|L)\s?[1-3]|SOC\s?2(?:\s+Type\s+(?:I|II|1|2))?|ISO\s?\/?\s?(?:IEC\s?)?27\d{3}|WCAG|Lighthouse\s+(?:score\s+)?\d+|semver|semantic versioning|OpenAPI\s?3(?:\.\d)?|JSON Schema|ECMAScript\s?\d{4})\b/i,
];

/** True when the text states a verifiable form the target parser does not read. */
export function hasMeasurableForm(text: string): boolean {
  return FORMS.some((re) => re.test(text));
}

const GHERKIN_THEN = /^\s{0,8}(?:[-*>]\s{1,3})?(?:\*\*|_)?then\b/i;
const GHERKIN_ANY = /^\s{0,8}(?:[-*>]\s{1,3})?(?:\*\*|_)?(?:given|when|then|and|but)\b/i;

/** Acceptance criteria in Gherkin right after the ID line (Given/When/Then) make the requirement testable. */
export function gherkinFollows(lines: string[], idLine: number): boolean {
  for (let i = idLine; i < Math.min(lines.length, idLine + 12); i++) {
    const line = lines[i];
    if (GHERKIN_THEN.test(line)) return true;
    if (line.trim() && !GHERKIN_ANY.test(line) && !/^\s{0,8}(?:```|~~~)/.test(line) && i > idLine + 1) return false;
  }
  return false;
}
