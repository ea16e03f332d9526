// Mermaid's renderers in the worker's bundle (scripts/build.mjs): validating a block only parses
// it, yet mermaid's core imports the modules that draw shapes, clusters and text and run a layout,
// a third of what it evaluates before its first parse. In the bundle those modules export
// stand-ins instead, and the real modules sit in chunks of their own, loaded only if a stand-in is
// used. Like src/io/lazy-dompurify.ts for the DOM: every use of a stand-in (a call, a property
// read, a `new`) before the real module is attached is counted and throws NeedsRenderer;
// src/io/mermaid-parse.ts then attaches the real modules and parses the block again, so every
// verdict is the one mermaid gives with its renderers. The counting catches a use even when
// mermaid catches the error. One use it could not repair: a diagram's module that used a stand-in
// while it loaded would stay failed (a module's failed evaluation is kept), so
// test/mermaid-verdicts.test.ts loads every kind mermaid knows and asserts no renderer was needed.

/** Uses of a stand-in while no real module was attached, on this thread. */
export const standIns = { used: 0, last: '' };

export class NeedsRenderer extends Error {
  constructor(what: string) {
    super(`mermaid needs its renderer for this block (${what})`);
    this.name = 'NeedsRenderer';
  }
}

/** One of mermaid's renderer modules: what it is, and how to load the real one. */
export interface Renderer {
  what: string;
  load: () => Promise<Record<string, unknown>>;
  module: Record<string, unknown> | null;
}

const renderers: Renderer[] = [];

/** A renderer module whose stand-ins were evaluated (scripts/build.mjs writes the call). */
export function renderer(what: string, load: Renderer['load']): Renderer {
  const r: Renderer = { what, load, module: null };
  renderers.push(r);
  return r;
}

/** Whether the real renderers are attached (after a block used a stand-in). */
export const renderersAttached = () => renderers.length > 0 && renderers.every((r) => r.module !== null);

/** Loads every real renderer module whose stand-ins exist: from now on each stand-in is the real export. */
export async function attachRenderers(): Promise<void> {
  await Promise.all(
    renderers.map(async (r) => {
      r.module ??= await r.load();
    }),
  );
}

/**
 * A stand-in for one export of a renderer module (`real` reads it once attached): a function or
 * an object, as the real export is. Before attaching, any use throws; after, every operation is
 * passed on to the real export (as far as a proxy can: listing a function's keys may break a
 * proxy's invariants, which no parser was seen to do; a renderer is only needed for what the
 * corpus and the kinds of test/mermaid-verdicts.test.ts never did).
 */
export function standIn(owner: Renderer, name: string, kind: 'function' | 'object', real: (module: Record<string, unknown>) => unknown = (m) => m[name]): unknown {
  const target = (): object => {
    if (owner.module) return real(owner.module) as object;
    standIns.used++;
    standIns.last = `${owner.what}: ${name}`;
    throw new NeedsRenderer(standIns.last);
  };
  return new Proxy(kind === 'function' ? function standIn() {} : {}, {
    apply: (_, self, args) => Reflect.apply(target() as (...a: unknown[]) => unknown, self, args),
    construct: (_, args, newTarget) => Reflect.construct(target() as new (...a: unknown[]) => object, args, newTarget),
    get: (_, key) => Reflect.get(target(), key),
    set: (_, key, value) => Reflect.set(target(), key, value),
    has: (_, key) => Reflect.has(target(), key),
    deleteProperty: (_, key) => Reflect.deleteProperty(target(), key),
    ownKeys: () => Reflect.ownKeys(target()),
    getOwnPropertyDescriptor: (_, key) => Reflect.getOwnPropertyDescriptor(target(), key),
    getPrototypeOf: () => Reflect.getPrototypeOf(target()),
  });
}

/**
 * The shapes a flowchart node may name: the parser checks a name against them (isValidShape), so
 * the names are the real ones (read from mermaid at build time), each shape a stand-in.
 */
export function shapesStandIn(owner: Renderer, names: string[]): Record<string, unknown> {
  return Object.fromEntries(names.map((n) => [n, standIn(owner, `shapes.${n}`, 'function', (m) => (m.shapes as Record<string, unknown>)[n])]));
}
