// Big documents are parsed section by section. micromark's work grows faster than the text on
// long documents (its table and list resolvers revisit events of the whole flow), so a 2 MB PRD
// took 5 s. An ATX heading at the start of a line closes every open block (paragraph, list,
// blockquote, table) except fenced code and the HTML blocks that run to an end marker, so cutting
// the text just before such a heading and parsing the pieces gives the same tree. Link reference
// and footnote definitions are document-wide: a piece that may hold one (a line that opens with
// "[" after at most container markers and spaces, outside fenced code and HTML blocks, as
// CommonMark places them) is marked, and markdown.ts parses pieces with the document's
// definitions (code such as `{ [key: string]: any }` no longer makes a file parse whole).

export interface TextChunk {
  text: string;
  /** 1-based line of the chunk's first character in the whole text. */
  line: number;
  /** Offset of the chunk's first character in the whole text. */
  offset: number;
  /** A line of the chunk may open a link reference or footnote definition. */
  mayDefine: boolean;
  /** Offset in the chunk just after its front matter (the first chunk only), where nothing may go before. */
  afterFrontMatter?: number;
}

const ATX_HEADING = /^#{1,6}(?:[ \t]|\r?$)/;
const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})/;
const FRONT_MATTER = /^(---|\+\+\+)\r?$/;
// HTML blocks of kinds 1 to 5 (CommonMark 4.6) run until their end marker, blank lines and headings included.
const HTML_BLOCKS: [RegExp, RegExp][] = [
  [/^ {0,3}<(?:script|pre|style|textarea)(?:[\s>]|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  [/^ {0,3}<!--/, /-->/],
  [/^ {0,3}<\?/, /\?>/],
  [/^ {0,3}<![A-Za-z]/, />/],
  [/^ {0,3}<!\[CDATA\[/, /\]\]>/],
];
// Any other line that opens with a tag may start an HTML block of kind 6 or 7, which runs to
// the next blank line: no cut until then (cautious: a cut too few only costs speed).
const HTML_TO_BLANK = /^ {0,3}<\/?[A-Za-z]/;
const BLANK = /^[ \t]*\r?$/;
// A fence or HTML block opened inside a list item or blockquote: the next heading at the start
// of a line closes it, but a tree parsed up to there would end it at the end of the text
// instead (other positions): no cut at that heading.
const CONTAINER_BLOCK = /^(?:[ \t]*(?:[-+*]|\d{1,9}[.)]|>))+[ \t]*(?:`{3,}|~{3,}|<)/;
// Where a definition can start: after container markers (> - + * 1.) and spaces, an "[" whose
// label is followed by ":", or runs on to the next line. Cautious (a line too many only costs one
// more parse of its piece), but task items ("- [ ] x") and links ("[a](b)") are not definitions.
const CONTAINER_PREFIX = new Set(' \t>*+-0123456789.)');
function mayOpenDefinition(line: string): boolean {
  let i = 0;
  while (i < line.length && CONTAINER_PREFIX.has(line[i])) i++;
  if (line[i] !== '[') return false;
  for (i++; i < line.length; i++) {
    if (line[i] === '\\') i++;
    else if (line[i] === ']') return line[i + 1] === ':';
  }
  return true;
}

/** Where the text may be cut (line starts), as pieces of at least `minChars` each; one piece when it may not be cut. */
export function splitAtHeadings(text: string, minChars: number): TextChunk[] {
  const whole = [{ text, line: 1, offset: 0, mayDefine: true }];
  if (text.length <= minChars) return whole;
  const chunks: TextChunk[] = [];
  let mayDefine = false;
  let afterFrontMatter: number | undefined;
  let start = 0;
  let startLine = 1;
  let line = 1;
  let pos = 0;
  let fence: RegExp | null = null;
  let html: RegExp | null = null;
  let toBlank = false;
  let inContainerBlock = false;
  while (pos < text.length) {
    const nl = text.indexOf('\n', pos);
    const end = nl === -1 ? text.length : nl + 1;
    const content = text.slice(pos, nl === -1 ? text.length : nl);
    if (line === 1 && FRONT_MATTER.test(content)) {
      // Front matter: skip to its closing fence (what remark-frontmatter reads as yaml or toml).
      const close = new RegExp(`^${content[0] === '-' ? '---' : '\\+\\+\\+'}\\r?$`, 'm');
      const rest = text.slice(end);
      const m = close.exec(rest);
      if (!m) return whole;
      const skipTo = end + m.index + m[0].length;
      line += text.slice(pos, skipTo).split('\n').length - 1;
      pos = skipTo;
      afterFrontMatter = text[skipTo] === '\n' ? skipTo + 1 : skipTo;
      continue;
    }
    if (fence) {
      if (fence.test(content)) fence = null;
    } else if (html) {
      if (html.test(content)) html = null;
    } else if (ATX_HEADING.test(content)) {
      if (inContainerBlock) inContainerBlock = false;
      else if (!toBlank && pos - start >= minChars) {
        chunks.push({ text: text.slice(start, pos), line: startLine, offset: start, mayDefine, ...(start === 0 && afterFrontMatter !== undefined ? { afterFrontMatter } : {}) });
        start = pos;
        startLine = line;
        mayDefine = false;
      }
    } else {
      // Fences and HTML blocks of kinds 1-5 open even in the middle of a paragraph.
      const open = FENCE_OPEN.exec(content);
      const kind = open ? undefined : HTML_BLOCKS.find(([opens]) => opens.test(content));
      if (open) {
        const marker = open[1];
        // A backtick fence's info string has no backtick; otherwise it is not a fence.
        if (marker[0] !== '`' || !content.slice(open[0].length).includes('`')) fence = new RegExp(`^ {0,3}${marker[0] === '`' ? '`' : '~'}{${marker.length},}[ \\t]*\\r?$`);
      } else if (kind) {
        if (!kind[1].test(content.replace(kind[0], ''))) html = kind[1];
      } else if (HTML_TO_BLANK.test(content)) toBlank = true;
      else if (BLANK.test(content)) toBlank = false;
      else if (CONTAINER_BLOCK.test(content)) inContainerBlock = true;
      if (!open && !kind && mayOpenDefinition(content)) mayDefine = true;
    }
    pos = end;
    line++;
  }
  chunks.push({ text: text.slice(start), line: startLine, offset: start, mayDefine, ...(start === 0 && afterFrontMatter !== undefined ? { afterFrontMatter } : {}) });
  if (chunks.length === 1) return whole;
  return chunks;
}
