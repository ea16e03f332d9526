import type { Finding } from './types.js';

// A finding's identity from one commit to the next: what --baseline matches on to call a finding
// new or existing, and what SARIF's partialFingerprints carries so that code scanning agrees.
// Lines move when text above them is edited, so no position takes part: the rule, the file and
// the message (its identity instead, when the message carries advice that edits elsewhere
// change) with the places it names masked. Identical findings in one file (the same placeholder
// three times) are told apart by their occurrence, as GitHub's own primaryLocationLineHash does
// (":1", ":2"): code scanning merges results whose fingerprints are equal, and the baseline
// counts them, so that a third copy is new.

export interface Fingerprint {
  /** Rule, file and masked message, as one string. */
  identity: string;
  /** 1 for the first finding with this identity in the engine's order, 2 for the next, … */
  occurrence: number;
}

/** The message without the places it names: "prd.md:12", "prd.md:12:3", "(line 40)". */
export const maskPositions = (message: string) => message.replace(/:\d+(?::\d+)?\b/g, ':#').replace(/\b(lines?) \d+\b/g, '$1 #');

/** One fingerprint per finding, in order: equal fingerprints in two runs are the same finding. */
export function findingFingerprints(findings: readonly Finding[]): Fingerprint[] {
  const seen = new Map<string, number>();
  return findings.map((f) => {
    // JSON keeps the parts apart whatever a file name or message contains.
    const identity = JSON.stringify([f.rule, f.file, maskPositions(f.identity ?? f.message)]);
    const occurrence = (seen.get(identity) ?? 0) + 1;
    seen.set(identity, occurrence);
    return { identity, occurrence };
  });
}

/** A fingerprint as one string, for comparing two runs. */
export const fingerprintKey = (fp: Fingerprint) => `${fp.identity}#${fp.occurrence}`;
