// Mermaid's getConfig() deep-copies its whole configuration (every diagram's section and ~300
// theme colours) on every call, and its parsers call it for every node and message: in the
// worker that copying was over half of the CPU time spent on a document's blocks. In the bundle,
// scripts/build.mjs makes mermaid's getConfig call configCopy() below. While `fast` is on, it
// copies the configuration once per change (the same exact copy, made by mermaid's own code) and
// hands out copy-on-write views of it: reads see what a fresh copy would hold, writes to the
// freshly copied levels stay in that view (as they would in a fresh copy), writes deeper reach
// the objects mermaid shares with its configuration (as they would through a fresh copy).
// Anything a view cannot do as a plain object does (structuredClone, say) throws; so when a parse
// that was served a view fails, src/io/mermaid-parse.ts parses the block again with real copies,
// and that verdict is the one given. A parse that succeeds read the same values either way.
// themeVariables() below does the same for the theme's colours, which mermaid recomputes on most parses.

/** Switched by src/io/mermaid-parse.ts around each parse; `served` counts views handed out meanwhile. */
export const configCopies = { fast: false, served: 0 };

let snapshotOf: object | null = null;
let snapshot: object | null = null;

const isObject = (v: unknown): v is object => typeof v === 'object' && v !== null;

const DELETED = Symbol('deleted');

/**
 * A copy-on-write view of an object the exact copy made afresh (`target`, in the snapshot), whose
 * original in mermaid's configuration is `original`: its own writes, the snapshot's values
 * underneath. A value that is the very object of the original is shared, as through a real copy.
 */
function view(target: object, original: unknown): object {
  const written = new Map<string | symbol, unknown>();
  const children = new Map<string | symbol, object>();
  const current = (key: string | symbol): unknown => {
    if (written.has(key)) return written.get(key);
    const value = Reflect.get(target, key);
    if (!isObject(value) || !Object.hasOwn(target, key)) return value;
    const originalValue = isObject(original) ? Reflect.get(original, key) : undefined;
    if (value === originalValue) return value;
    let child = children.get(key);
    if (!child) children.set(key, (child = view(value, originalValue)));
    return child;
  };
  const has = (key: string | symbol) => (written.has(key) ? written.get(key) !== DELETED : Object.hasOwn(target, key));
  const plain = (d: PropertyDescriptor | undefined) => !!d && 'value' in d && d.writable === true && d.enumerable === true && d.configurable === true;
  // Whatever a view cannot do as a fresh copy would, it refuses with a TypeError (a failed parse:
  // done again with real copies), and it never changes the snapshot underneath.
  const refuse = (what: string): never => {
    throw new TypeError(`archgate: a copy-on-write view of mermaid's configuration cannot ${what}`);
  };
  return new Proxy(target, {
    get: (_, key) => {
      const value = current(key);
      return value === DELETED ? undefined : value;
    },
    set: (_, key, value) => {
      const own = written.has(key) ? undefined : Reflect.getOwnPropertyDescriptor(target, key);
      if (own && !plain(own) && !(Array.isArray(target) && key === 'length')) refuse(`write ${String(key)}`);
      if (!own && !has(key) && key in target) refuse(`shadow ${String(key)}`);
      written.set(key, value);
      return true;
    },
    deleteProperty: (_, key) => {
      const own = Reflect.getOwnPropertyDescriptor(target, key);
      if (own && !own.configurable) refuse(`delete ${String(key)}`);
      written.set(key, DELETED);
      return true;
    },
    defineProperty: (_, key, descriptor) => {
      if (!plain(descriptor)) refuse(`define ${String(key)} that way`);
      written.set(key, descriptor.value);
      return true;
    },
    has: (_, key) => has(key) || (!written.has(key) && key in target),
    ownKeys: () => {
      const keys = Reflect.ownKeys(target).filter((k) => written.get(k) !== DELETED);
      for (const [k, v] of written) if (v !== DELETED && !Object.hasOwn(target, k)) keys.push(k);
      return keys;
    },
    getOwnPropertyDescriptor: (_, key) => {
      if (!has(key)) return undefined;
      const own = Reflect.getOwnPropertyDescriptor(target, key);
      if (own && !('value' in own)) refuse(`describe the accessor ${String(key)}`);
      // An array's length keeps its attributes; everything a copy made is writable, enumerable and configurable.
      return own ? { ...own, value: current(key) } : { value: current(key), writable: true, enumerable: true, configurable: true };
    },
    preventExtensions: () => refuse('be frozen'),
    setPrototypeOf: () => refuse('change its prototype'),
  });
}

/**
 * Mermaid's getConfig(), as scripts/build.mjs rewrites it: a real copy unless `fast` is on.
 * @param current mermaid's configuration (replaced, never changed in place, when it changes)
 * @param exactCopy mermaid's own copy of it
 */
export function configCopy(current: object, exactCopy: () => object): object {
  if (!configCopies.fast) return exactCopy();
  if (snapshotOf !== current) {
    snapshot = exactCopy();
    snapshotOf = current;
  }
  configCopies.served++;
  return view(snapshot!, current);
}

/** Whether a value is plain data all the way down: plain objects, arrays and primitives. */
function plainData(value: unknown): boolean {
  if (!isObject(value)) return typeof value !== 'function';
  const proto = Object.getPrototypeOf(value);
  if (!Array.isArray(value) && proto !== Object.prototype && proto !== null) return false;
  return Object.values(value).every(plainData);
}

/** A fresh copy of plain data; the top object keeps its prototype (a theme's class). */
function fresh<T extends object>(value: T, keepPrototype: boolean): T {
  const copy = Array.isArray(value) ? [] : Object.create(keepPrototype ? Object.getPrototypeOf(value) : Object.prototype);
  for (const [k, v] of Object.entries(value)) copy[k] = isObject(v) ? fresh(v, false) : v;
  return copy as T;
}

const themes = new Map<string, object>();

/**
 * Mermaid's getThemeVariables(overrides) for `theme`, as scripts/build.mjs rewrites its call in
 * updateCurrentConfig: mermaid 12 recomputes the theme's ~300 colours whenever a diagram's own
 * default theme differs from the site's (twice a parse for flowcharts and sequence diagrams).
 * Without overrides the result depends on the theme's name alone: while `fast` is on, it is
 * computed once and each call gets a fresh copy of it (a new object of the theme's class, as
 * mermaid's own call returns), counted in `served` so that a failed parse is done again for real.
 */
export function themeVariables(theme: string, overrides: object, compute: () => object): object {
  if (!configCopies.fast || Object.keys(overrides).length) return compute();
  let known = themes.get(theme);
  if (!known) {
    known = compute();
    // Only plain data under the theme object can be copied as mermaid would have made it afresh.
    if (!Object.values(known).every(plainData)) return known;
    themes.set(theme, known);
    return fresh(known, true);
  }
  configCopies.served++;
  return fresh(known, true);
}
