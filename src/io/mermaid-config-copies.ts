// Mermaid's getConfig() deep-copies its whole configuration (every diagram's section and ~300
// theme colours) on every call, and its parsers call it for every node and message: in the
// worker that copying was over half of the CPU time spent on a document's blocks. In the bundle,
// scripts/build.mjs makes mermaid's getConfig call configCopy() below. While `fast` is on, it
// copies each configuration once (the same exact copy, made by mermaid's own code) and
// hands out copy-on-write views of it: reads see what a fresh copy would hold, writes to the
// freshly copied levels stay in that view (as they would in a fresh copy), writes deeper reach
// the objects mermaid shares with its configuration (as they would through a fresh copy).
// Anything a view cannot do as a plain object does (structuredClone, say) throws; so when a parse
// that was served a view fails, src/io/mermaid-parse.ts parses the block again with real copies,
// and that verdict is the one given. A parse that succeeds read the same values either way.
// themeVariables() below does the same for the theme's colours, which mermaid recomputes on most parses,
// and knownConfig() for the configuration mermaid rebuilds four times a parse: with these, a
// document's blocks cost a few rebuilds and copies in all rather than four or more each.

/**
 * Switched by src/io/mermaid-parse.ts around each parse; `served` counts views and known
 * configurations handed out meanwhile. `rebuilt` and `copied` count, for the life of the thread,
 * mermaid's own configuration rebuilds and whole copies: the work this file saves.
 */
export const configCopies = { fast: false, served: 0, rebuilt: 0, copied: 0 };

/** One exact copy per configuration mermaid made current: a current configuration is never changed (knownConfig hands the same ones out again). */
const snapshots = new WeakMap<object, object>();

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
  if (!configCopies.fast) {
    configCopies.copied++;
    return exactCopy();
  }
  let snapshot = snapshots.get(current);
  if (!snapshot) {
    configCopies.copied++;
    snapshots.set(current, (snapshot = exactCopy()));
  }
  configCopies.served++;
  return view(snapshot, current);
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

/**
 * Directives as a key that tells apart every two that mermaid's rebuild could tell apart: plain
 * objects and arrays of strings, numbers (-0 and NaN too), booleans, null and undefined, by own
 * keys in order. Null for anything else (a Date, a function, an accessor, a symbol key): not kept.
 */
function dataKey(value: unknown): string | null {
  if (value === null || value === undefined || typeof value === 'boolean') return String(value);
  if (typeof value === 'number') return Object.is(value, -0) ? '-0' : String(value);
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value !== 'object') return null;
  const proto = Object.getPrototypeOf(value);
  if (proto !== (Array.isArray(value) ? Array.prototype : Object.prototype)) return null;
  let key = Array.isArray(value) ? '[' : '{';
  for (const k of Reflect.ownKeys(value)) {
    if (Array.isArray(value) && k === 'length') continue;
    const d = Reflect.getOwnPropertyDescriptor(value, k)!;
    if (typeof k === 'symbol' || !('value' in d) || !d.enumerable) return null;
    const inner = dataKey(d.value);
    if (inner === null) return null;
    key += `${JSON.stringify(k)}:${inner},`;
  }
  return key + (Array.isArray(value) ? ']' : '}');
}

interface Rebuilt {
  siteConfigDelta: unknown;
  configFromInitialize: unknown;
  config: object;
}
/** Configurations rebuilt before, by the configuration they were rebuilt from, then by the other inputs' key. */
let rebuilt = new WeakMap<object, Map<string, Rebuilt>>();
/** Enough for every kind of diagram with a few directives each; more are rebuilt as mermaid does. */
const KEPT_PER_CONFIG = 256;
/** The inputs of the rebuild knownConfig last found unknown, for rememberConfig. */
let asked: { siteCfg: object; key: string; siteConfigDelta: unknown; configFromInitialize: unknown } | null = null;

/**
 * Mermaid's updateCurrentConfig(siteCfg, directives), as scripts/build.mjs rewrites it, first asks
 * here for a configuration it rebuilt before from the same inputs. Mermaid rebuilds it four times a
 * parse (reset, the diagram's scope, the block's directive, the scope's end; a flowchart's init
 * once more through setConfig), each a deep copy. The result depends only on the configuration it
 * starts from (the site configuration, or the current one for setConfig), the directives (their
 * content: the key), the diagram's config key, the site configuration's delta and the initialize()
 * options. setSiteConfig and updateSiteConfig, which change the site configuration, forget all;
 * the others are replaced, never changed in place, and nothing changes a configuration once it is
 * current: getConfig() hands out copies (or views) of it. Only while `fast` is on, and counted in
 * `served`, so that a failed parse is done again with real rebuilds.
 */
export function knownConfig(siteCfg: object, directives: unknown[], allDirectives: unknown[], configKey: string | undefined, siteConfigDelta: unknown, configFromInitialize: unknown): object | undefined {
  asked = null;
  if (!configCopies.fast) return undefined;
  const [own, all] = [dataKey(directives), dataKey(allDirectives)];
  if (own === null || all === null) return undefined;
  const key = `${configKey ?? ''}\0${own}\0${all}`;
  const known = rebuilt.get(siteCfg)?.get(key);
  if (known && known.siteConfigDelta === siteConfigDelta && known.configFromInitialize === configFromInitialize) {
    configCopies.served++;
    return known.config;
  }
  asked = { siteCfg, key, siteConfigDelta, configFromInitialize };
  return undefined;
}

/** What mermaid's updateCurrentConfig rebuilt from `siteCfg` (counted), kept for knownConfig when it asked first. */
export function rememberConfig(siteCfg: object, config: object): void {
  configCopies.rebuilt++;
  if (!configCopies.fast || asked?.siteCfg !== siteCfg) return;
  let byKey = rebuilt.get(siteCfg);
  if (!byKey) rebuilt.set(siteCfg, (byKey = new Map()));
  if (byKey.size < KEPT_PER_CONFIG) byKey.set(asked.key, { siteConfigDelta: asked.siteConfigDelta, configFromInitialize: asked.configFromInitialize, config });
  asked = null;
}

/** Mermaid's setSiteConfig and updateSiteConfig change the site configuration: nothing rebuilt before holds. */
export function forgetConfigs(): void {
  rebuilt = new WeakMap();
  asked = null;
}
