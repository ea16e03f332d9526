import { gfmTable } from 'micromark-extension-gfm-table';
import type { Construct, Extension, State, TokenizeContext } from 'micromark-util-types';

// micromark-extension-gfm-table tries a table at the start of every line of flow (its construct
// has no first character), so every line of prose is scanned as a possible header row, its
// tokens made and thrown away, before it is read as a paragraph: a fifth of all parsing and a
// quarter of its garbage. A header row needs a delimiter row on the next line, made only of
// "-", ":", "|", spaces and tabs (after the ">" and indentation of its containers), with a "-"
// and a "|" or ":" (see the extension's headDelimiter* states). Where the next line of the
// source cannot be one, the attempt fails at once, as it would have one line later.

const TABLE_HEAD_TAILS = new Set(['tableHead', 'tableRow']);
// Characters a delimiter row's line may hold: its own, and its containers' prefixes.
const DELIMITER_LINE = /^[ \t>|:-]*$/;

/** Whether the line after the one holding `index` could be a table's delimiter row. */
function delimiterRowMayFollow(text: string, index: number): boolean {
  let end = index;
  while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
  if (end >= text.length) return false;
  const start = end + (text[end] === '\r' && text[end + 1] === '\n' ? 2 : 1);
  let stop = start;
  while (stop < text.length && text[stop] !== '\n' && text[stop] !== '\r') stop++;
  const line = text.slice(start, stop);
  return DELIMITER_LINE.test(line) && line.includes('-') && (line.includes('|') || line.includes(':'));
}

/**
 * micromark-extension-gfm-table, reading `source()` (the text being parsed, or null when unknown)
 * to give up early on header rows that no delimiter row follows. Same tokens, same tree.
 */
export function gfmTableWithLookahead(source: () => string | null): Extension {
  const table = gfmTable().flow!.null as Construct;
  const tokenize = table.tokenize;
  return {
    flow: {
      null: {
        ...table,
        tokenize(this: TokenizeContext, effects, ok, nok): State {
          const text = source();
          if (text === null) return tokenize.call(this, effects, ok, nok);
          return (code) => {
            const inner = () => tokenize.call(this, effects, ok, nok)(code);
            // A body row follows the head or another row (line endings and prefixes between): the
            // extension decides those. Only a header row is judged here.
            let i = this.events.length - 1;
            while (i > -1 && (this.events[i][1].type === 'lineEnding' || this.events[i][1].type === 'linePrefix')) i--;
            if (i > -1 && TABLE_HEAD_TAILS.has(this.events[i][1].type)) return inner();
            // The parser drops a leading byte order mark and counts offsets after it.
            const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
            return delimiterRowMayFollow(text, this.now().offset + bom) ? inner() : nok(code);
          };
        },
      },
    },
  };
}
