import { afterEach, describe, expect, it } from 'vitest';
import { configCopies, configCopy, forgetConfigs, knownConfig, rememberConfig, themeVariables } from '../src/io/mermaid-config-copies.js';

// Mermaid's getConfig() in the bundle (scripts/build.mjs): while `fast` is on, one real copy per
// configuration and copy-on-write views of it, which must behave as fresh copies would. The real
// copy here is made as mermaid's assignWithDepth makes it: the first two levels afresh, deeper
// objects shared with the configuration.

const shared = { colours: ['#fff', '#000'] };
const configuration = () => ({
  theme: 'default',
  securityLevel: 'strict',
  secure: ['secure', 'securityLevel'],
  flowchart: { htmlLabels: true, curve: 'basis', deep: shared },
  sequence: { wrap: false, messageFont: { size: 14 } },
});
type Config = ReturnType<typeof configuration>;

let copies = 0;
/** Two levels afresh, the rest shared, and counted. */
const realCopy = (c: Config) => () => {
  copies++;
  const copy: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(c)) copy[k] = Array.isArray(v) ? [...v] : typeof v === 'object' ? { ...v } : v;
  return copy;
};
const get = (c: Config) => configCopy(c, realCopy(c)) as Config;

afterEach(() => {
  configCopies.fast = false;
  copies = 0;
});

describe('mermaid\'s configuration, copied once and viewed copy-on-write', () => {
  it('copies every time while fast is off, and once per configuration while it is on', () => {
    const c = configuration();
    get(c);
    get(c);
    expect(copies).toBe(2);
    configCopies.fast = true;
    configCopies.served = 0;
    for (let i = 0; i < 10; i++) get(c);
    expect([copies, configCopies.served]).toEqual([3, 10]);
    // Mermaid replaces its configuration whenever it changes: the next call copies the new one,
    // and going back to one copied before (a known configuration, below) copies nothing.
    const other = configuration();
    get(other);
    get(c);
    get(other);
    expect(copies).toBe(4);
  });

  it('a view reads as a fresh copy does: values, keys in order, arrays, spread and JSON', () => {
    const c = configuration();
    const exact = realCopy(c)();
    configCopies.fast = true;
    const v = get(c);
    expect(v).toEqual(exact);
    expect(Object.keys(v)).toEqual(Object.keys(exact));
    expect(Array.isArray(v.secure)).toBe(true);
    expect({ ...v.flowchart }).toEqual(exact.flowchart);
    expect(JSON.stringify(v)).toBe(JSON.stringify(exact));
    expect(v.flowchart.deep).toBe(shared);
    expect(v.flowchart).toBe(v.flowchart);
  });

  it('writes to the copied levels stay in that view, as in a fresh copy; deeper ones reach the shared object', () => {
    const c = configuration();
    configCopies.fast = true;
    const a = get(c);
    a.flowchart.htmlLabels = false;
    a.theme = 'dark';
    a.secure.push('maxEdges');
    delete (a as Partial<Config>).securityLevel;
    Object.defineProperty(a.sequence, 'wrap', { value: true, writable: true, enumerable: true, configurable: true });
    expect([a.flowchart.htmlLabels, a.theme, a.secure, 'securityLevel' in a, a.sequence.wrap]).toEqual([false, 'dark', ['secure', 'securityLevel', 'maxEdges'], false, true]);
    expect(Object.keys(a)).toEqual(['theme', 'secure', 'flowchart', 'sequence']);
    const b = get(c);
    expect(b).toEqual(configuration());
    expect(c).toEqual(configuration());
    expect(copies).toBe(1);
    // Three levels down, a real copy shares the object with the configuration: so does a view.
    a.sequence.messageFont.size = 16;
    expect([c.sequence.messageFont.size, b.sequence.messageFont.size]).toEqual([16, 16]);
  });

  it('refuses with a TypeError what it cannot do as a plain object, and leaves the copy as it was', () => {
    const c = configuration();
    configCopies.fast = true;
    const v = get(c);
    expect(() => Object.freeze(v.flowchart)).toThrow(TypeError);
    expect(() => Object.defineProperty(v, 'hidden', { value: 1, enumerable: false })).toThrow(TypeError);
    expect(() => Object.setPrototypeOf(v, null)).toThrow(TypeError);
    expect(() => structuredClone(v)).toThrow();
    expect(get(c)).toEqual(configuration());
  });
});

describe('a theme\'s colours, computed once per theme while fast is on', () => {
  class Theme {
    primaryColor = '#cccccc';
    radar = { axisColor: '#333', curveOpacity: 0.5 };
    pie = ['#a', '#b'];
    lighten(): string {
      return this.primaryColor;
    }
  }
  let computed = 0;
  const compute = () => {
    computed++;
    return new Theme();
  };
  afterEach(() => {
    computed = 0;
  });

  it('without overrides: computed once, and every call gets a fresh object of the theme\'s class', () => {
    configCopies.fast = true;
    configCopies.served = 0;
    const [a, b] = [themeVariables('test-a', {}, compute), themeVariables('test-a', {}, compute)] as Theme[];
    expect([computed, configCopies.served]).toEqual([1, 1]);
    expect(a).toEqual(new Theme());
    expect(b).toEqual(new Theme());
    expect([a instanceof Theme, b.lighten()]).toEqual([true, '#cccccc']);
    b.radar.axisColor = '#000';
    b.pie.push('#c');
    expect(themeVariables('test-a', {}, compute)).toEqual(new Theme());
  });

  it('computes every time with overrides, with fast off, or when the theme holds more than plain data', () => {
    configCopies.fast = true;
    themeVariables('test-b', { primaryColor: '#fff' }, compute);
    themeVariables('test-b', { primaryColor: '#fff' }, compute);
    expect(computed).toBe(2);
    configCopies.fast = false;
    themeVariables('test-b', {}, compute);
    themeVariables('test-b', {}, compute);
    expect(computed).toBe(4);
    configCopies.fast = true;
    const withDate = () => {
      computed++;
      return Object.assign(new Theme(), { when: new Date(0) });
    };
    themeVariables('test-c', {}, withDate);
    themeVariables('test-c', {}, withDate);
    expect(computed).toBe(6);
  });
});

describe('a configuration mermaid rebuilt before from the same inputs is handed out again', () => {
  // updateCurrentConfig(siteCfg, directives) as scripts/build.mjs rewrites it: it asks knownConfig
  // first, and when that knows none, rebuilds and tells rememberConfig. Mermaid adds {} for a block
  // without directives; a flowchart's init calls setConfig({ flowchart: { arrowMarkerAbsolute } }).
  const site = configuration();
  const delta = {};
  const fromInitialize = { securityLevel: 'strict' };
  const rebuilt = { ...configuration(), theme: 'neutral' };
  const rebuild = (siteCfg: object, directives: unknown[], all: unknown[], key: string | undefined, d = delta, init: unknown = fromInitialize) => {
    const known = knownConfig(siteCfg, directives, all, key, d, init);
    if (known) return known;
    const config = { ...rebuilt };
    rememberConfig(siteCfg, config);
    return config;
  };
  afterEach(() => forgetConfigs());

  it('in fast mode: the same inputs give the same configuration, rebuilt once and then served', () => {
    configCopies.fast = true;
    configCopies.served = 0;
    const before = configCopies.rebuilt;
    const first = rebuild(site, [{}], [{}], 'flowchart');
    expect(rebuild(site, [{}], [{}], 'flowchart')).toBe(first);
    const arrow = [{ flowchart: { arrowMarkerAbsolute: false } }];
    const fromSetConfig = rebuild(first, arrow, [{}], 'flowchart');
    expect(rebuild(first, [{ flowchart: { arrowMarkerAbsolute: false } }], [{}], 'flowchart')).toBe(fromSetConfig);
    expect([configCopies.rebuilt - before, configCopies.served]).toEqual([2, 2]);
  });

  it('anew for another configuration, diagram, directive, delta or initialize() options, with fast off, or once the site configuration changed', () => {
    configCopies.fast = true;
    const first = rebuild(site, [{}], [{}], 'flowchart');
    const unknown = (siteCfg: object, directives: unknown[], all: unknown[], key: string | undefined, d: unknown = delta, init: unknown = fromInitialize) =>
      knownConfig(siteCfg, directives, all, key, d, init) === undefined;
    expect(unknown(configuration(), [{}], [{}], 'flowchart')).toBe(true);
    expect(unknown(site, [{}], [{}], 'sequence')).toBe(true);
    expect(unknown(site, [{}], [{}], undefined)).toBe(true);
    expect(unknown(site, [], [], 'flowchart')).toBe(true);
    expect(unknown(site, [{}], [{}], 'flowchart', {})).toBe(true);
    expect(unknown(site, [{}], [{}], 'flowchart', delta, { ...fromInitialize })).toBe(true);
    // Directives that JSON would not tell apart, a rebuild does: undefined, -0, an array's holes.
    rebuild(site, [{ theme: 'dark', wrap: 0 }], [{}], 'flowchart');
    expect(unknown(site, [{ theme: 'dark', wrap: 0 }], [{}], 'flowchart')).toBe(false);
    expect(unknown(site, [{ theme: 'dark', wrap: -0 }], [{}], 'flowchart')).toBe(true);
    expect(unknown(site, [{ theme: 'dark', wrap: 0, look: undefined }], [{}], 'flowchart')).toBe(true);
    expect(unknown(site, [{ wrap: 0, theme: 'dark' }], [{}], 'flowchart')).toBe(true);
    expect(unknown(site, [{}], [{}, { theme: 'dark' }], 'flowchart')).toBe(true);
    expect(unknown(site, [{ when: new Date(0) }], [{}], 'flowchart')).toBe(true);
    configCopies.fast = false;
    expect(unknown(site, [{}], [{}], 'flowchart')).toBe(true);
    configCopies.fast = true;
    expect(knownConfig(site, [{}], [{}], 'flowchart', delta, fromInitialize)).toBe(first);
    forgetConfigs();
    expect(unknown(site, [{}], [{}], 'flowchart')).toBe(true);
  });

  it('keeps nothing it was not asked for first, nothing with fast off, and nothing from directives it cannot key', () => {
    configCopies.fast = true;
    rememberConfig(site, rebuilt);
    expect(knownConfig(site, [{}], [{}], 'flowchart', delta, fromInitialize)).toBeUndefined();
    rebuild(site, [{ when: new Date(0) }], [{}], 'flowchart');
    expect(knownConfig(site, [{ when: new Date(0) }], [{}], 'flowchart', delta, fromInitialize)).toBeUndefined();
    knownConfig(site, [{}], [{}], 'flowchart', delta, fromInitialize);
    configCopies.fast = false;
    rememberConfig(site, rebuilt);
    configCopies.fast = true;
    expect(knownConfig(site, [{}], [{}], 'flowchart', delta, fromInitialize)).toBeUndefined();
  });
});
