import { describe, expect, it } from 'vitest';
import { checkDocSet } from '../src/engine/engine.js';
import { resolveConfig } from '../src/config/resolve-config.js';
import { readDocSet } from '../src/io/read-doc-set.js';
import { fullWordsPatternsCompiled, words } from '../src/rules/checklist/topic-patterns.js';
import { check, corpusPairs, itWithShared } from './helpers.js';

// The checklists' words() patterns compile on first use: a check runs their narrowed versions,
// so loading the rules compiles none of them, and a check compiles only those it runs whole.

describe('words() patterns compiled lazily', () => {
  it('answers as the full pattern does, through every way a RegExp is used', () => {
    const re = words(['rpo', 'recovery point', 'a/b']);
    const text = 'Our RPO is 15 min; a/b tested; the Recovery Point is hourly.';
    const plain = new RegExp(re.source, 'iu');
    expect(re.source).toBe('(?=[rRaA])(?<![\\p{sc=Latin}\\p{sc=Greek}\\p{sc=Cyrillic}\\p{N}])(?:rpo|recovery point|a\\/b)(?![\\p{sc=Latin}\\p{sc=Greek}\\p{sc=Cyrillic}\\p{N}])');
    expect(String(re)).toBe(String(plain));
    expect(re.flags).toBe('iu');
    expect(re.exec(text)?.[0]).toBe('RPO');
    expect(re.test('nothing here')).toBe(false);
    expect(text.match(re)?.index).toBe(4);
    expect(text.search(re)).toBe(4);
    expect(text.replace(re, '<$&>')).toBe('Our <RPO> is 15 min; a/b tested; the Recovery Point is hourly.');
    expect(text.split(re)).toEqual(text.split(plain));
    expect([...text.matchAll(new RegExp(re.source, 'giu'))].map((m) => m[0])).toEqual(['RPO', 'a/b', 'Recovery Point']);
    expect(() => text.matchAll(re)).toThrow(TypeError); // as for any pattern without the g flag
  });

  it('compiles a full pattern once, on its first use', () => {
    const re = words(['kubernetes', 'autoscal\\w*']);
    const before = fullWordsPatternsCompiled();
    expect(re.test('Kubernetes autoscaling')).toBe(true);
    expect(re.test('HPA')).toBe(false);
    expect(fullWordsPatternsCompiled()).toBe(before + 1);
  });

  itWithShared('a check of a small pair or of any corpus pair builds no words() pattern with its own flags (only the global copies it runs)', () => {
    let before = fullWordsPatternsCompiled();
    check('# PRD\n\n## Users\n\nShop owners.\n\n## Non-Functional Requirements\n\n- **NFR1:** p95 < 200 ms\n', '# Architecture\n\n## Components\n\nAPI, worker, PostgreSQL. Backups nightly. NFR1 is met by caching.\n');
    expect(fullWordsPatternsCompiled() - before).toBe(0);
    const engine = resolveConfig({}).engine;
    const compiled: string[] = [];
    for (const pair of corpusPairs()) {
      before = fullWordsPatternsCompiled();
      checkDocSet(readDocSet(pair.dir, { name: pair.name, prd: pair.prd, architecture: pair.architecture }), engine);
      if (fullWordsPatternsCompiled() > before) compiled.push(`${pair.name}: ${fullWordsPatternsCompiled() - before}`);
    }
    expect(compiled).toEqual([]);
  });
});
