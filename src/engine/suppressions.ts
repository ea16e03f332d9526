// Inline suppressions (archgate-disable*, archgate-waive) are configuration written in the
// documents. Where the author of a change must not weaken the gate that judges it (the Action on a
// pull request), only the suppressions that already exist at the base commit hold; the shell reads
// them from the base documents and passes their keys. Pure: keys in, decisions out.

export interface Suppression {
  /** What the suppression does, where: file, kind and targets (and a waiver's expiry). Moving it within the file keeps the key. */
  key: string;
  file: string;
  line: number;
  /** The directive as it reads, normalised: `<!-- archgate-disable-file -->`. */
  text: string;
}

export const disableKey = (file: string, kind: string, rules: string[] | null) => `${file}\u0000${kind}\u0000${rules ? [...rules].sort().join(' ') : '*'}`;
export const waiverKey = (file: string, target: string, expires: string | undefined) => `${file}\u0000waive\u0000${target}\u0000${expires ?? ''}`;

/**
 * Admits suppressions against the keys allowed, each key as many times as it was allowed (a
 * second copy of an allowed directive is a new one). With no keys given, everything is admitted.
 */
export class SuppressionGate {
  private readonly left: Map<string, number> | null;
  readonly admitted: Suppression[] = [];
  readonly refused: Suppression[] = [];

  constructor(allowed: readonly string[] | undefined) {
    if (!allowed) {
      this.left = null;
      return;
    }
    this.left = new Map();
    for (const k of allowed) this.left.set(k, (this.left.get(k) ?? 0) + 1);
  }

  admit(s: Suppression): boolean {
    if (this.left) {
      const n = this.left.get(s.key) ?? 0;
      if (n === 0) {
        this.refused.push(s);
        return false;
      }
      this.left.set(s.key, n - 1);
    }
    this.admitted.push(s);
    return true;
  }
}
