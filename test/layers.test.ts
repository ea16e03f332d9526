import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';

// The house's arrows, read from the source: contracts in src/core, the engine below the rules,
// and no module that needs itself to load.
// No helpers import here: this file's first load of the rules must be trace/waivers.ts itself.
const SRC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../src');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : full.endsWith('.ts') ? [full] : [];
  });
}

/** Relative imports of a file: [target, type-only]. Dynamic import() loads lazily and is left out of cycles. */
function imports(file: string): { target: string; typeOnly: boolean }[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/^(?:import|export)\s+(type\s+)?[^'"]*?from\s+'(\.[^']+)'/gm)].map((m) => ({
    target: path.resolve(path.dirname(file), m[2]).replace(/\.js$/, '.ts'),
    typeOnly: Boolean(m[1]),
  }));
}

const rel = (f: string) => path.relative(SRC, f);

describe('layers', () => {
  const all = files(SRC);

  it('no runtime import cycle anywhere in src', () => {
    const graph = new Map(all.map((f) => [f, imports(f).filter((i) => !i.typeOnly).map((i) => i.target)]));
    const state = new Map<string, 'open' | 'done'>();
    const cycles: string[] = [];
    const visit = (f: string, trail: string[]): void => {
      if (state.get(f) === 'done') return;
      if (state.get(f) === 'open') {
        cycles.push([...trail.slice(trail.indexOf(f)), f].map(rel).join(' -> '));
        return;
      }
      state.set(f, 'open');
      for (const t of graph.get(f) ?? []) visit(t, [...trail, f]);
      state.set(f, 'done');
    };
    for (const f of all) visit(f, []);
    expect(cycles).toEqual([]);
  });

  it('the engine and the core never import the rules; the core imports no code', () => {
    const upward = all
      .filter((f) => rel(f).startsWith('engine/') || rel(f).startsWith('core/'))
      .flatMap((f) => imports(f).filter((i) => rel(i.target).startsWith('rules/')).map((i) => `${rel(f)} -> ${rel(i.target)}`));
    expect(upward).toEqual([]);
    const coreCode = all.filter((f) => rel(f).startsWith('core/')).flatMap((f) => imports(f).filter((i) => !i.typeOnly && !rel(i.target).startsWith('core/')).map((i) => `${rel(f)} -> ${rel(i.target)}`));
    expect(coreCode).toEqual([]);
  });

  it('trace/waivers loads first without the registry (it used to crash: traceWaivers before initialization)', async () => {
    const { traceWaivers } = await import('../src/rules/trace/waivers.js');
    expect(traceWaivers.meta.id).toBe('trace/waivers');
  });
});
