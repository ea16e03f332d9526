// The Action's main thread by kind of work, from a --cpu-prof profile: what bench/profile-action.ts
// prints beside its phases. Its phases name archgate's steps (load, parse, rules…); this splits
// module loading into what each part of it costs (compiling archgate's chunks, node's own modules,
// resolving, reading and evaluating), which a change to the build moves. Not a test: it reads clocks.
import type { CpuProfile, Frame } from './cpu-phases.js';

/** The kinds, in the order a table lists them; each sample goes to the first that claims its stack (leaf first). */
const KINDS: [string, (stack: Frame[]) => boolean][] = [
  ['idle (waiting for GitHub, I/O)', (s) => s[0].functionName === '(idle)'],
  ['garbage collection', (s) => s[0].functionName === '(garbage collector)'],
  ["compiling archgate's chunks (top level and pre-parse; not the functions compiled when first called)", (s) => s[0].functionName === 'compileSourceTextModule'],
  ["loading node's own modules (http, https, tls…)", (s) => s.some((f) => f.functionName === 'compileForInternalLoader' || (f.functionName === 'require' && f.url.includes('helpers')))],
  ['engine check (parse, IDs, coverage, rules)', (s) => s.some((f) => /^(checkDocSetAsync|checkDocSet|buildView)$/.test(f.functionName))],
  ["engine warm-up on archgate's starter documents", (s) => s.some((f) => f.functionName === 'warmUpEngine')],
  ['comment render', (s) => s.some((f) => /^(buildReport|render|renderDocSets|formatJson|formatSarif|formatGithub)$/.test(f.functionName))],
  ['publish (comment, annotations, outputs, report files)', (s) => s.some((f) => /^(publish|annotate|writeReportFiles|postComments|setOutputs|publishCiteSuggestions)$/.test(f.functionName))],
  ['reading the commits, the config, settings', (s) => s.some((f) => /^(readPathsAt|queryObjects|resolveSettings|loadConfigWithLines|readDocSetFrom|readDocSet)$/.test(f.functionName))],
  [
    "resolving, reading, linking and evaluating archgate's modules",
    (s) =>
      s.some((f) => /^node:internal\/(modules|bootstrap|main)/.test(f.url) && /compile|load|resolve|import|link|instantiate|evaluate|run/i.test(f.functionName)) ||
      s.some((f) => /\/(chunks|dist|prof-[^/]*)\/|\/index\.js$/.test(f.url) && f.functionName === '' && f.lineNumber === 0),
  ],
  ['other (node start, octokit, the event loop, the entry)', () => true],
];

/** Milliseconds of the profile's samples by kind of work. */
export function workKinds(p: CpuProfile): Map<string, number> {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const kindOf = new Map<number, string>();
  const out = new Map<string, number>(KINDS.map(([k]) => [k, 0]));
  for (let i = 0; i < p.samples.length; i++) {
    const id = p.samples[i];
    let kind = kindOf.get(id);
    if (kind === undefined) {
      const stack: Frame[] = [];
      for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) stack.push(byId.get(at)!.callFrame);
      kindOf.set(id, (kind = KINDS.find(([, claims]) => claims(stack))![0]));
    }
    out.set(kind, out.get(kind)! + (p.timeDeltas[i + 1] ?? 0) / 1000);
  }
  return out;
}
