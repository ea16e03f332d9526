import { findMarkedBlocks } from '../diagrams/markers.js';

// The doc set's traceability diagram, for the comment: the mermaid code of the first
// `<!-- archgate:begin traceability -->` block in the architecture files. The shells pass the
// texts after --fix, so a stale block shows as it will be once regenerated.

const MERMAID_FENCE = /^[ \t]*(`{3,}|~{3,})[ \t]*mermaid[^\n]*\n([\s\S]*?)\n?[ \t]*\1[`~]*[ \t]*\n?$/;

export function traceabilityDiagram(architectureTexts: string[]): string | undefined {
  return traceabilityFromBlocks(architectureTexts.flatMap((text) => findMarkedBlocks(text).blocks.filter((b) => b.kind === 'traceability').map((b) => b.content)));
}

/**
 * The mermaid code of the first of these block contents that has some. The Action passes the
 * blocks as its doc set generates them (DocSetResult.generated), never the file's own text:
 * a block marked for another doc set, or one doc sets disagree on, holds what the pull request
 * wrote there, and mermaid would draw "#60;img …#62;" as an image in archgate's comment.
 */
export function traceabilityFromBlocks(contents: string[]): string | undefined {
  for (const content of contents) {
    const code = MERMAID_FENCE.exec(content.replace(/\r\n/g, '\n').trim() + '\n')?.[2];
    if (code?.trim()) return code;
  }
  return undefined;
}
