// Reads node's --cpu-prof profiles as phases of a run (module loading, worker start, config,
// read, parse, rules, report, publish, mermaid, GC, idle): what each phase cost, when it first
// and last ran, and the run as a timeline of phases from process start. Serves
// bench/profile-startup.ts (the CLI) and bench/profile-action.ts (the Action). Not a test.

export interface Frame {
  functionName: string;
  url: string;
  lineNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: Frame;
  children?: number[];
}
export interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

// Named functions mark a phase; the innermost marked frame of a sample's stack wins.
const PHASES: [string, RegExp][] = [
  ['mermaid', /^(askMermaid|loadMermaid|attachDom)$/],
  ['parse', /^(parseMarkdown|parsePiece)$/],
  ['report', /^(buildReport|render|formatJson|formatStylish|formatSarif|formatGithub|compareWithBaseline)$/],
  ['publish', /^(publish|renderDocSets|annotate|writeReportFiles|postComments|setOutputs|publishCiteSuggestions)$/],
  ['config', /^(resolveConfig|readConfigFile|loadConfigWithLines|resolveSettings)$/],
  ['read', /^(readDocSetFrom|readDocSet|withDefaults|checkMayMeetMermaid|readPathsAt|queryObjects)$/],
  ['rules', /^(checkDocSetAsync|checkDocSet|buildView)$/],
];

// The check itself split further (profile-startup --fine): placed first, the innermost of these
// frames names the sample before the coarse phases above are tried. The suggestion index is its
// own phase whoever asks for it first (drift or the suggestions).
const FINE_PHASES: [string, RegExp][] = [
  ['mermaid', PHASES[0][1]],
  ['parse', PHASES[1][1]],
  ['check: suggestion index (passages, terms)', /^(buildSuggestionIndex|passagesOf)$/],
  ['check: citation drift', /^findCitationDrift$/],
  ['check: suggestion ranking', /^(placesOrSummaries|rankWithSummaries|rankedPlaces|citedPlace)$/],
  ['check: IDs', /^scanIds$/],
  ['check: coverage (else)', /^computeCoverage$/],
  ['check: diagrams', /^buildDiagramView$/],
  ['check: rules', /^runRules$/],
  ['check: findings', /^findingsResult$/],
];
let phaseList = PHASES;
/** Splits the check into its steps (IDs, coverage, suggestion index, ranking, drift, diagrams, rules) from now on. */
export function finePhases(): void {
  phaseList = [...FINE_PHASES, ...PHASES.slice(2)];
}

export function threadName(p: CpuProfile): string {
  const urls = new Set(p.nodes.map((n) => n.callFrame.url));
  for (const u of urls) if (u.endsWith('/check-worker.js')) return 'check worker';
  for (const u of urls) if (u.endsWith('/mermaid-worker.js')) return 'mermaid worker';
  // Sampled coarsely, the worker's own script may never be on a stack: it asks mermaid and runs no entry.
  const names = new Set(p.nodes.map((n) => n.callFrame.functionName));
  if (names.has('askMermaid') && ![...urls].some((u) => /\/(index|cli)\.js$/.test(u))) return 'mermaid worker';
  return 'main';
}

/** Phase of one sample, from its stack (leaf first). */
function phaseOf(stack: Frame[]): string {
  const leaf = stack[0];
  if (leaf.functionName === '(idle)') return 'idle';
  if (leaf.functionName === '(garbage collector)') return 'gc';
  if (leaf.functionName === '(program)') return 'program';
  for (const f of stack) for (const [phase, re] of phaseList) if (re.test(f.functionName)) return phase;
  // Module loading: node's loader (resolve, compile, link), or a bundle's top-level code and
  // esbuild's lazy module initialisers (init_*) running.
  if (stack.some((f) => /^node:internal\/(modules|bootstrap|main)/.test(f.url) && /compile|load|resolve|import|link|instantiate|evaluate|run/i.test(f.functionName))) return 'load';
  if (stack.some((f) => /\/(dist|chunks)\/|\/prof-/.test(f.url) && (f.functionName === '' || f.functionName.startsWith('init_')))) return 'load';
  if (stack.some((f) => f.url.startsWith('node:internal/worker') || f.url.startsWith('node:internal/main/worker'))) return 'worker start';
  return 'other';
}

/** Each sample's phase and time (ms from `origin`, a profile's startTime in µs) and duration. */
function samples(p: CpuProfile, origin: number): { phase: string; at: number; ms: number }[] {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const stacks = new Map<number, Frame[]>();
  const stackOf = (id: number) => {
    let s = stacks.get(id);
    if (!s) {
      s = [];
      for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) s.push(byId.get(at)!.callFrame);
      stacks.set(id, s);
    }
    return s;
  };
  const out: { phase: string; at: number; ms: number }[] = [];
  let t = p.startTime;
  for (let i = 0; i < p.samples.length; i++) {
    t += p.timeDeltas[i];
    out.push({ phase: phaseOf(stackOf(p.samples[i])), at: (t - origin) / 1000, ms: (p.timeDeltas[i + 1] ?? 0) / 1000 });
  }
  return out;
}

/** Per phase: milliseconds sampled, and when it first and last ran (ms from `origin`). */
export function phases(p: CpuProfile, origin: number) {
  const out = new Map<string, { ms: number; first: number; last: number }>();
  for (const s of samples(p, origin)) {
    const e = out.get(s.phase) ?? { ms: 0, first: s.at, last: s.at };
    e.ms += s.ms;
    e.last = s.at + s.ms;
    out.set(s.phase, e);
  }
  return { start: (p.startTime - origin) / 1000, end: (p.endTime - origin) / 1000, phases: out };
}

/**
 * The thread's run as consecutive stretches of one phase, from `origin`: GC and module loading
 * inside a stretch of work are folded into it, and stretches shorter than `minMs` into their
 * neighbours, so that the timeline reads "load, idle, parse, rules, idle (waiting), …".
 */
export function timeline(p: CpuProfile, origin: number, minMs = 3): { phase: string; from: number; to: number }[] {
  const out: { phase: string; from: number; to: number; ms: number }[] = [];
  for (const s of samples(p, origin)) {
    const phase = s.phase === 'gc' || s.phase === 'program' ? (out.at(-1)?.phase ?? s.phase) : s.phase;
    const last = out.at(-1);
    if (last && last.phase === phase) {
      last.to = s.at + s.ms;
      last.ms += s.ms;
    } else out.push({ phase, from: s.at, to: s.at + s.ms, ms: s.ms });
  }
  const merged: { phase: string; from: number; to: number }[] = [];
  for (const seg of out) {
    const last = merged.at(-1);
    if (last && (seg.ms < minMs || last.phase === seg.phase)) last.to = seg.to;
    else merged.push({ phase: seg.phase, from: seg.from, to: seg.to });
  }
  return merged;
}
