import createDOMPurify from 'dompurify';
import { sanitizeWithoutDom } from './markup-without-dom.js';

// Mermaid's DOMPurify in the bundle (scripts/build.mjs points mermaid's "dompurify" here).
// DOMPurify needs a DOM, and loading one (happy-dom) costs as much as mermaid itself, yet while
// parsing mermaid only sanitizes labels, and DOMPurify hands back a string without "<" untouched
// without ever using its DOM. So until a DOM is attached, this answers those calls itself, and
// strings of text with line breaks and bold or italic tags as DOMPurify would
// (src/io/markup-without-dom.ts), and refuses the rest (NeedsDom): src/io/mermaid-parse.ts then
// attaches happy-dom and parses the block again, so every verdict is the one mermaid gives with
// a DOM. A syntax error met first is mermaid's own: every label before it was sanitized exactly
// as with a DOM.

type Hook = Parameters<ReturnType<typeof createDOMPurify>['addHook']>;

export class NeedsDom extends Error {
  constructor() {
    super('mermaid needs a DOM for this block');
    this.name = 'NeedsDom';
  }
}

let real: ReturnType<typeof createDOMPurify> | null = null;
const hooks: Hook[] = [];

/** Options that cannot change what DOMPurify returns for a string without "<" (it returns it as is). */
const HARMLESS = new Set(['FORBID_TAGS', 'FORBID_ATTR', 'ADD_TAGS', 'ADD_ATTR', 'ALLOWED_TAGS', 'ALLOWED_ATTR']);

export const hasDom = () => real !== null;

/** From now on, the real DOMPurify on this window, with the hooks mermaid added so far. */
export function attachDom(window: unknown): void {
  real = createDOMPurify(window as Parameters<typeof createDOMPurify>[0]);
  for (const hook of hooks) real.addHook(...hook);
}

const own = {
  isSupported: true,
  addHook(...hook: Hook): void {
    hooks.push(hook);
    real?.addHook(...hook);
  },
  sanitize(dirty: unknown, config?: Record<string, unknown>): unknown {
    if (real) return config ? real.sanitize(dirty as string, config) : real.sanitize(dirty as string);
    // DOMPurify's own shortcut (purify.es.mjs, sanitize): a non-empty string without "<", and no RETURN_DOM,
    // SAFE_FOR_TEMPLATES, WHOLE_DOCUMENT or trusted types asked for, comes back unchanged.
    if (typeof dirty === 'string' && dirty !== '' && !dirty.includes('<') && Object.keys(config ?? {}).every((k) => HARMLESS.has(k))) return dirty;
    // Line breaks and bold or italic text, the markup labels carry most, need no DOM either.
    const plain = typeof dirty === 'string' && dirty !== '' ? sanitizeWithoutDom(dirty, config) : null;
    if (plain !== null) return plain;
    throw new NeedsDom();
  },
};

// Anything else DOMPurify offers (a later mermaid may call it) is the real one's once a DOM is
// attached, and until then needs one.
const purify = new Proxy(own, {
  get(target, key, receiver) {
    if (key in target) return Reflect.get(target, key, receiver);
    if (real) return Reflect.get(real, key);
    return () => {
      throw new NeedsDom();
    };
  },
});

export default purify;
