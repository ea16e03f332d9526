// esbuild writes its output in ASCII (charset: 'ascii', its default) except regular expression
// literals and String.raw templates, which it leaves as written: one /[✅✔]/ in a chunk makes node
// read the whole chunk as a two-byte string, which V8 scans and pre-parses more slowly than a
// one-byte one (and holds at twice the size). Each such literal becomes `new RegExp("…", "flags")`
// with its pattern in an ASCII string literal: the same pattern, so the same `.source`, flags and
// matches (a literal and a RegExp call alike make a new object each time they are evaluated). Each
// such String.raw`…` becomes String.raw({ raw: ["…", …] }, …): the same raw strings, in ASCII
// string literals. Comments (an unminified build keeps them) write such characters as \uXXXX.
// Used by scripts/build.mjs, which stops if a character beyond ASCII is left.
import { parse } from 'acorn';

/** Every code unit beyond ASCII as \uXXXX. */
const escaped = (text) => text.replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** A JS string literal of `text` in ASCII. */
const asciiString = (text) => escaped(JSON.stringify(text));

const NON_ASCII = /[^\x00-\x7f]/;

/** A String.raw`…` template: its strings are its raw text, escapes and all. */
const isStringRaw = (node) => node.type === 'TaggedTemplateExpression' && node.tag.type === 'MemberExpression' && !node.tag.computed && node.tag.object.type === 'Identifier' && node.tag.object.name === 'String' && node.tag.property.name === 'raw';

/** The regular expression literals and String.raw templates of a program that hold a character beyond ASCII, from acorn's tree. */
function nonAsciiNodes(node, text, out = []) {
  if ((node.type === 'Literal' && node.regex) || isStringRaw(node)) {
    if (NON_ASCII.test(text.slice(node.start, node.end))) out.push(node);
    if (node.type === 'Literal') return out;
  }
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) for (const v of value) v && typeof v.type === 'string' && nonAsciiNodes(v, text, out);
    else if (value && typeof value.type === 'string') nonAsciiNodes(value, text, out);
  }
  return out;
}

/**
 * The module's text with each regular expression literal and String.raw template that holds a
 * character beyond ASCII written in ASCII. A text without one comes back as it is (unparsed).
 */
export function asciiRegExps(text) {
  if (!NON_ASCII.test(text)) return text;
  const comments = [];
  const program = parse(text, { ecmaVersion: 'latest', sourceType: 'module', allowHashBang: true, onComment: (block, body, start, end) => NON_ASCII.test(body) && comments.push({ type: 'Comment', start, end }) });
  const nodes = [...nonAsciiNodes(program, text), ...comments];
  // Outermost first: a String.raw template's substitutions are rewritten within its own rewrite.
  const rewrite = (node) => {
    if (node.type === 'Comment') return escaped(text.slice(node.start, node.end));
    // A space where the literal followed a word ("return/x/" in minified code).
    if (node.type === 'Literal') return `${/[\w$]/.test(text[node.start - 1] ?? '') ? ' ' : ''}new RegExp(${asciiString(node.regex.pattern)},${JSON.stringify(node.regex.flags)})`;
    const raws = node.quasi.quasis.map((q) => asciiString(q.value.raw)).join(',');
    const subs = node.quasi.expressions.map((e) => `,${spliced(e.start, e.end, nodes.filter((n) => n.start >= e.start && n.end <= e.end))}`).join('');
    return `String.raw({raw:[${raws}]}${subs})`;
  };
  const spliced = (start, end, inside) => {
    let out = '';
    let at = start;
    for (const n of inside.filter((n) => !inside.some((m) => m !== n && m.start <= n.start && m.end >= n.end)).sort((a, b) => a.start - b.start)) {
      out += text.slice(at, n.start) + rewrite(n);
      at = n.end;
    }
    return out + text.slice(at, end);
  };
  return spliced(0, text.length, nodes);
}
