import { findMarkedBlocks } from '../diagrams/markers.js';

// The doc set's traceability diagram, for the comment: the mermaid code of the first
// `<!-- archgate:begin traceability -->` block in the architecture files. The shells pass the
// texts after --fix, so a stale block shows as it will be once regenerated.

const MERMAID_FENCE = /^[ \t]*(`{3,}|~{3,})[ \t]*mermaid[^\n]*\n([\s\S]*?)\n?[ \t]*\1[`~]*[ \t]*\n?$/;

export function traceabilityDiagram(architectureTexts: string[]): string | undefined {
  for (const text of architectureTexts) {
    for (const block of findMarkedBlocks(text).blocks) {
      if (block.kind !== 'traceability') continue;
      const code = MERMAID_FENCE.exec(block.content.trim() + '\n')?.[2];
      if (code?.trim()) return code;
    }
  }
  return undefined;
}
