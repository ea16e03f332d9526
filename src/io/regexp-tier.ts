import { setFlagsFromString } from 'node:v8';

/**
 * Compile each regular expression to machine code on first use. V8 otherwise interprets a pattern
 * first and compiles it again once it is hot; archgate runs hundreds of patterns a few thousand
 * times each in one short process, so it pays for both. Measured: 7–20% less CPU on a first check.
 * Process-wide (the mermaid worker too); set before the first pattern runs.
 */
export function compileRegExpsOnFirstUse(): void {
  setFlagsFromString('--no-regexp-tier-up');
}
