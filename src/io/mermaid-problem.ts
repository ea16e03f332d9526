import type { MermaidProblem } from '../diagrams/diagram-view.js';
import type { MermaidVerdict } from './mermaid-parse.js';

// Mermaid's verdict on a block, as archgate words the problem. Apart from mermaid-parse.ts so that
// the main thread reads the worker's verdicts without loading what parses in process.

const TOKENS: Record<string, string> = {
  PS: '"(" (put the label in quotes: A["text (x)"])',
  PE: '")"',
  SQS: '"["',
  SQE: '"]"',
  DIAMOND_START: '"{"',
  DIAMOND_STOP: '"}"',
  PIPE: '"|"',
  NEWLINE: 'end of line',
  EOF: 'end of diagram',
  STR: 'a quoted string',
};

/** Mermaid's errors: "Parse error on line 3:\n...\n----^\nExpecting 'X', got 'Y'", or a lexical error. */
export function problemFrom(verdict: NonNullable<MermaidVerdict>, code: string): MermaidProblem {
  const lines = verdict.message.split('\n').map((l) => l.trim()).filter(Boolean);
  const fromMessage = /line (\d+)/i.exec(lines[0] ?? '');
  const last = code.split('\n').length;
  const line = Math.min(verdict.line ?? (fromMessage ? Number(fromMessage[1]) : 1), last);
  const head = (lines[0] ?? 'syntax error').replace(/\s*on line \d+:?$/i, '').replace(/:$/, '');
  // "Expecting 'SQE', 'PE', ... got 'PS'" lists every token mermaid could take: name the one it got.
  const got = lines.map((l) => /got '([^']+)'\s*$/.exec(l)?.[1]).find(Boolean);
  if (got) return { line, message: `${head}: unexpected ${TOKENS[got] ?? `'${got}'`}` };
  const other = lines.find((l, i) => i > 0 && /^(?:Unrecognized|Lexical|Expecting)/.test(l));
  return { line, message: other ? `${head}: ${other.slice(0, 160)}` : head };
}
