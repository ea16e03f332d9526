// What DOMPurify returns for the markup mermaid labels carry most (line breaks and bold or
// italic text: "Alice<br/>(web)", "<b>API</b>", "CPU < 50%<br/>15 min"), computed without a DOM.
// For these, the HTML parser and serializer DOMPurify goes through change nothing but the tags'
// spelling and the escaping of "<" and ">" in text, so loading happy-dom (as costly as mermaid
// itself) would buy nothing. Anything else returns null: attributes, other tags, unclosed or
// crossed tags, comments, "&" other than in &lt; &gt; &amp; &nbsp;, a carriage return or a no-break space in text, and
// every option that is not about tags or attributes; src/io/lazy-dompurify.ts then asks for the
// DOM. test/markup-without-dom.test.ts compares this with DOMPurify in a real browser.

/** Tags DOMPurify allows by default that HTML closes only where the text says. */
const PAIRED = new Set(['b', 'i', 'em', 'strong', 'u']);
const TAG = /<(\/?)([A-Za-z]+)[ \t\n]*(\/?)>/y;
/** Text the parser and serializer leave as is: no markup, entity, carriage return, NUL or no-break space. */
const PLAIN_TEXT = /[^<>&\r\0\u00a0]*/y;
/** Options that only widen or narrow which tags and attributes stay. */
const TAG_OPTIONS = new Set(['FORBID_TAGS', 'FORBID_ATTR', 'ADD_TAGS', 'ADD_ATTR', 'ALLOWED_TAGS', 'ALLOWED_ATTR']);

const listed = (value: unknown, tag: string) => Array.isArray(value) && value.some((v) => typeof v === 'string' && v.toLowerCase() === tag);

/** DOMPurify.sanitize(dirty, config) for a string of plain text and simple tags, or null when it takes a DOM to say. */
export function sanitizeWithoutDom(dirty: string, config: Record<string, unknown> = {}): string | null {
  if (!Object.keys(config).every((k) => TAG_OPTIONS.has(k))) return null;
  // DOMPurify's own shortcut: without "<" the string comes back as it is.
  if (!dirty.includes('<')) return dirty;
  if (config.ALLOWED_TAGS !== undefined && !Array.isArray(config.ALLOWED_TAGS)) return null;
  const kept = (tag: string) => !listed(config.FORBID_TAGS, tag) && (config.ALLOWED_TAGS === undefined || listed(config.ALLOWED_TAGS, tag));
  const open: string[] = [];
  let out = '';
  let at = 0;
  while (at < dirty.length) {
    PLAIN_TEXT.lastIndex = at;
    const text = PLAIN_TEXT.exec(dirty)![0];
    out += text;
    at += text.length;
    if (at === dirty.length) break;
    // Text the serializer escapes: ">", and a "<" that cannot open a tag ("CPU < 50%", "a <= b").
    if (dirty[at] === '>' || (dirty[at] === '<' && !/[A-Za-z/!?]/.test(dirty[at + 1] ?? ''))) {
      out += dirty[at] === '>' ? '&gt;' : '&lt;';
      at++;
      continue;
    }
    // The escapes the serializer writes read back as what they stand for, and are written again:
    // mermaid sanitizes a label twice, so its second call meets the first one's "&lt;".
    const escape = /^&(?:lt|gt|amp|nbsp);/.exec(dirty.slice(at, at + 6));
    if (escape) {
      out += escape[0];
      at += escape[0].length;
      continue;
    }
    TAG.lastIndex = at;
    const tag = TAG.exec(dirty);
    if (!tag) return null;
    const [whole, closing, rawName, selfClosing] = tag;
    const name = rawName.toLowerCase();
    if (!kept(name)) return null;
    if (name === 'br') {
      // </br> is read as <br> by the parser's error recovery: left to the DOM.
      if (closing) return null;
      out += '<br>';
    } else if (PAIRED.has(name) && !selfClosing) {
      if (closing) {
        if (open.pop() !== name) return null;
        out += `</${name}>`;
      } else {
        open.push(name);
        out += `<${name}>`;
      }
    } else return null;
    at += whole.length;
  }
  return open.length ? null : out;
}
