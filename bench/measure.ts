// How the benchmark times whole processes: paired and interleaved rounds (every tool once per
// round, the order rotated), wall and CPU time and peak memory of each run, and the machine's
// load before every run, read while the benchmark itself is idle. Nothing here is a test: only the
// benchmark reads clocks.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import v8 from 'node:v8';
import vm from 'node:vm';
import { parseMarkdown } from '../src/engine/markdown.js';
import { checkDocSet, type EngineConfig } from '../src/engine/engine.js';
import type { DocSetInput } from '../src/engine/types.js';

export interface Run {
  wallMs: number;
  cpuMs: number;
  peakMb: number;
  status: number | null;
  /** archgate stopped at its time limit (limits.parseSeconds): the run measured the limit, not the work. */
  stopped?: boolean;
}

export interface Tool {
  name: string;
  cmd: string;
  args: string[];
  cwd?: string;
  env?: Record<string, string>;
}

/** One run of a command under /usr/bin/time (user + system CPU of the process and its threads, peak RSS). */
export function runOnce(tool: Tool, timeoutMs = 30 * 60_000): Run {
  const t = performance.now();
  const r = spawnSync('/usr/bin/time', ['-f', '__TIME__ %U %S %M', tool.cmd, ...tool.args], {
    cwd: tool.cwd,
    env: { ...process.env, ...tool.env },
    encoding: 'utf8',
    maxBuffer: 1024 * 1024 * 1024,
    timeout: timeoutMs,
  });
  const wallMs = performance.now() - t;
  const m = /__TIME__ ([\d.]+) ([\d.]+) (\d+)\s*$/.exec(r.stderr ?? '');
  return { wallMs, cpuMs: processCpuMs(r.stderr ?? '') ?? (m ? (Number(m[1]) + Number(m[2])) * 1000 : NaN), peakMb: m ? Number(m[3]) / 1024 : NaN, status: r.status, stopped: /archgate stopped reading/.test(r.stdout ?? '') };
}

/** The CPU time a run reported of itself through bench/cpu-at-exit.mjs (microseconds), in ms; null when it did not. */
function processCpuMs(stderr: string): number | null {
  const m = /__CPU_US__ (\d+)\n/.exec(stderr);
  return m ? Number(m[1]) / 1000 : null;
}

/** What one look at the machine saw: the 1-minute load average, and the cores others kept busy while the benchmark was idle. */
export interface LoadSample {
  loadAverage: number;
  /** Cores in use by other processes over a short window in which the benchmark ran nothing; null where /proc/stat is not there. */
  others: number | null;
}

/** Busy and total CPU ticks of the whole machine (/proc/stat's first line). */
function cpuTicks(): { busy: number; total: number } | null {
  if (!existsSync('/proc/stat')) return null;
  const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
  const total = fields.reduce((a, b) => a + b, 0);
  // idle and iowait are the 4th and 5th fields.
  return { busy: total - fields[3] - (fields[4] ?? 0), total };
}

const SETTLE_MS = Number(process.env.BENCH_SETTLE_MS ?? 500);

/**
 * A look at the machine while the benchmark is idle: after a run has ended, the share of the CPU
 * in use over the next SETTLE_MS is other processes' alone. The 1-minute load average is kept
 * beside it, but it is an average over the last minute: read right after a long run it counts that
 * run, and a long benchmark then calls every machine busy.
 */
export function idleLoad(settleMs = SETTLE_MS): LoadSample {
  const loadAverage = os.loadavg()[0];
  const before = cpuTicks();
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, settleMs);
  const after = cpuTicks();
  if (!before || !after || after.total === before.total) return { loadAverage, others: null };
  return { loadAverage, others: ((after.busy - before.busy) / (after.total - before.total)) * os.cpus().length };
}

/** The machine's load, looked at before every run while the benchmark is idle. */
export class LoadLog {
  readonly samples: LoadSample[] = [];
  constructor(
    private readonly look: () => LoadSample = idleLoad,
    private readonly cores = os.cpus().length,
  ) {}
  sample(): void {
    this.samples.push(this.look());
  }
  private get others(): number[] {
    return this.samples.map((s) => s.others).filter((x): x is number => x !== null);
  }
  private get averages(): number[] {
    return this.samples.map((s) => s.loadAverage);
  }
  /**
   * Quiet: other processes used under half the cores at the median look (or, without /proc/stat,
   * the 1-minute load average stayed under half the cores). A machine busier than that makes every
   * wall time a measure of the others too.
   */
  get quiet(): boolean {
    if (!this.samples.length) return false;
    const others = this.others;
    return others.length ? median(others) < this.cores * 0.5 : Math.max(...this.averages) < this.cores * 0.5;
  }
  describe(): string {
    const n = this.samples.length;
    const others = this.others;
    const average = `1-minute load average ${Math.min(...this.averages).toFixed(2)}–${Math.max(...this.averages).toFixed(2)}`;
    if (!others.length) return `${average} on ${this.cores} cores (${n} samples, before every run)`;
    return `other processes used ${median(others).toFixed(2)} cores at the median (${Math.min(...others).toFixed(2)}–${Math.max(...others).toFixed(2)}) of ${this.cores}, seen over ${SETTLE_MS} ms of the benchmark's own idleness before each of ${n} runs; ${average}`;
  }
}

/** A temporary folder for a benchmark's files, removed when the process exits, also on a failure or Ctrl-C. */
export function benchTempDir(prefix: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  for (const signal of ['SIGINT', 'SIGTERM'] as const) if (!process.listenerCount(signal)) process.on(signal, () => process.exit(130));
  return dir;
}

/** Every tool once per round, the order rotated each round; runs[tool][round]. */
export function interleaved(tools: Tool[], rounds: number, load: LoadLog): Run[][] {
  const runs: Run[][] = tools.map(() => []);
  for (let round = 0; round < rounds; round++) {
    for (let k = 0; k < tools.length; k++) {
      const i = (k + round) % tools.length;
      load.sample();
      runs[i].push(runOnce(tools[i]));
    }
  }
  return runs;
}

export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

/** Paired ratios: a's run over b's run of the same round. */
export const pairedRatios = (a: Run[], b: Run[], key: 'wallMs' | 'cpuMs') => a.map((r, i) => r[key] / b[i][key]);

export const range = (xs: number[], digits = 2) => `${Math.min(...xs).toFixed(digits)}–${Math.max(...xs).toFixed(digits)}`;

/**
 * Whether a target is met, said only when the runs can carry it: at least five rounds, a quiet
 * machine, and every round on the right side (the range, not only the median).
 * @param headline the figure the table states; perRound the same figure, round by round
 */
export function verdict(headline: number, perRound: number[], target: number, rounds: number, load: LoadLog): string {
  const worst = Math.max(...perRound);
  if (headline > target) return `not met (${headline.toFixed(2)} > ${target})`;
  if (rounds < 5) return `not established: ${rounds} round(s), at least 5 needed`;
  if (!load.quiet) return `not established: the machine was busy (${load.describe()})`;
  if (worst > target) return `not established: ${headline.toFixed(2)} meets ${target}, but a round reached ${worst.toFixed(2)}`;
  return `met (every round ≤ ${target})`;
}

/** As runOnce, without blocking this process's event loop (the fake GitHub answers from it). */
export function runOnceAsync(tool: Tool): Promise<Run> {
  return new Promise((resolve) => {
    const t = performance.now();
    const child = spawn('/usr/bin/time', ['-f', '__TIME__ %U %S %M', tool.cmd, ...tool.args], { cwd: tool.cwd, env: { ...process.env, ...tool.env }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (status) => {
      const wallMs = performance.now() - t;
      const m = /__TIME__ ([\d.]+) ([\d.]+) (\d+)\s*$/.exec(stderr);
      resolve({ wallMs, cpuMs: processCpuMs(stderr) ?? (m ? (Number(m[1]) + Number(m[2])) * 1000 : NaN), peakMb: m ? Number(m[3]) / 1024 : NaN, status });
    });
  });
}

/** CPU time of this process, in ms (no other thread works here): a busy machine stretches wall time, not this. */
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/** A full collection now, outside any timed span: one measurement's garbage is not collected in the next's. */
let fullCollection: (() => void) | null = null;
function collectGarbage(): void {
  if (!fullCollection) {
    v8.setFlagsFromString('--expose-gc');
    fullCollection = vm.runInNewContext('gc') as () => void;
  }
  fullCollection();
}

/**
 * One in-process round: the CPU ms of parsing the doc set's files and of the whole check, each the
 * median of `repeats` alternating runs with a full collection before each, and what the check costs
 * beyond the parse as a share of it. One run of each, with the collector's debt landing in either,
 * put the share anywhere from 36% to 155% on one pair.
 */
export function parseAndBeyond(input: DocSetInput, config: EngineConfig, repeats = 5): { parseMs: number; checkMs: number; beyondShare: number } {
  const parse: number[] = [];
  const check: number[] = [];
  for (let i = 0; i < repeats; i++) {
    collectGarbage();
    let t = cpuMs();
    for (const f of [...input.prd, ...input.architecture]) parseMarkdown(f.text);
    parse.push(cpuMs() - t);
    collectGarbage();
    t = cpuMs();
    checkDocSet(input, config);
    check.push(cpuMs() - t);
  }
  const parseMs = median(parse);
  const checkMs = median(check);
  return { parseMs, checkMs, beyondShare: (checkMs - parseMs) / parseMs };
}
