import vm from 'node:vm';
import type { DocSetResult, EngineConfig, StepRunner } from '../engine/engine.js';
import type { DocSetInput } from '../engine/types.js';
import type { MermaidProblem, MermaidValidator } from '../diagrams/diagram-view.js';
import type { CheckConfig } from '../config/resolve-config.js';
import { deepestNesting, isStackOverflow } from '../engine/nesting-depth.js';

// A doc set is checked under a time limit (limits.parseSeconds). No pattern fix bounds the markdown
// parser: it is super-linear on some texts (40 KB of "*a" took 69 s, 100 KB of "<!-- " 33 s), and
// a pull request's author writes the text. The check runs on this thread, and each synchronous step
// of it runs as a vm script with a timeout: node's watchdog thread stops V8 mid-step when the time
// is up, and this thread carries on. Waits for mermaid count against the same limit. Past it the
// doc set gets one error finding saying where the parser was: the run fails closed, never passes
// unread text. (A worker thread used to run the check: it loaded the engine a second time and
// copied every document and result across threads, which cost more than most checks.)

/** Engine settings a host adds to the config's. */
export type EngineExtra = Pick<EngineConfig, 'allowedSuppressions' | 'parseMemo'>;

export const PARSE_LIMIT_RULE = 'archgate/parse-limit';
/** Nesting deeper than the markdown parser (or a walk over its tree) can follow: the stack ran out. */
export const NESTING_LIMIT_RULE = 'archgate/nesting-limit';

/** Where the limit struck: the parser at a line, a wait for mermaid's verdict on the block at a line, or the rules after every text was read. */
export interface StoppedAt {
  file: string;
  line: number;
  waitingFor?: 'mermaid';
  inRules?: boolean;
  /** The stack ran out: the nesting that starts at this line is this deep. */
  nesting?: number;
  /** The parser ran out of time in a block nested this deep (it is slow on deep nesting too). */
  slowNesting?: number;
}

/** The doc set's result when the limit struck: one error finding, saying where. */
export function stoppedResult(input: DocSetInput, seconds: number, at: StoppedAt): DocSetResult {
  const file = at.file || input.prd[0]?.path || input.architecture[0]?.path || input.name;
  const said = at.nesting !== undefined
    ? nestingTooDeep(file, at.line, at.nesting)
    : at.inRules
    ? {
        message: `archgate stopped checking this doc set after ${seconds} s: every document was read, but the rules had not finished, so nothing in this doc set was judged.`,
        fix: 'Split the doc set into smaller ones (docSets in the config), or raise limits.parseSeconds in the config.',
      }
    : at.waitingFor === 'mermaid'
      ? {
          message: `archgate stopped waiting for mermaid after ${seconds} s: it had not judged the diagram at ${file}:${at.line}, so nothing in this doc set was judged.`,
          fix: `Simplify or split the diagram at line ${at.line}, or raise limits.parseSeconds in the config.`,
        }
      : at.slowNesting !== undefined
        ? {
            message: `archgate stopped reading ${file} after ${seconds} s at line ${at.line}, where block quotes, lists or footnotes nest ${at.slowNesting.toLocaleString('en-US')} levels deep: the markdown parser had not finished, so nothing in this doc set was judged.`,
            fix: `Flatten the nesting from line ${at.line} on (a few levels of quotes and lists say the same), or split it into separate blocks, or raise limits.parseSeconds in the config.`,
          }
        : {
            message: `archgate stopped reading ${file} after ${seconds} s at line ${at.line}: the markdown parser had not finished, so nothing in this doc set was judged.`,
            fix: `Shorten or split the text from line ${at.line} on (thousands of unclosed emphasis markers, link openers or comment openers in one paragraph make the parser slow), or raise limits.parseSeconds in the config.`,
          };
  return {
    name: input.name,
    prdFiles: input.prd.map((f) => f.path),
    architectureFiles: input.architecture.map((f) => f.path),
    requirements: [],
    findings: [{ rule: at.nesting !== undefined ? NESTING_LIMIT_RULE : PARSE_LIMIT_RULE, severity: 'error', ...said, file, line: at.line, column: 1 }],
    coverage: { rows: [], orphans: [], drift: [] },
    duplicateKeys: [],
    suppressed: 0,
    waived: 0,
    fixes: [],
    generated: [],
    notices: [],
    mermaidChecked: false,
    suppressions: [],
    refusedSuppressions: [],
  };
}

/** What a user reads when the stack ran out: the CLI's cite and ids say the same (as an input error). */
export function nestingTooDeep(file: string, line: number, depth: number): { message: string; fix: string } {
  return {
    message: `archgate could not read ${file}: the text from line ${line} nests block quotes, lists or footnotes ${depth.toLocaleString('en-US')} levels deep, more than archgate can follow, so nothing in this doc set was judged.`,
    fix: `Flatten the nesting from line ${line} on (a few levels of quotes and lists say the same), or split it into separate blocks.`,
  };
}

/** The first line of a block's code in the documents (the fence is the line before). */
function blockAt(input: DocSetInput, code: string): StoppedAt {
  for (const f of [...input.prd, ...input.architecture]) {
    const i = f.text.indexOf(code);
    if (i >= 0) return { file: f.path, line: f.text.slice(0, i).split('\n').length, waitingFor: 'mermaid' };
  }
  return { file: '', line: 1, waitingFor: 'mermaid' };
}

// What makes the parser slow, counted per block: emphasis markers, link and image openers, and
// comment or tag openers. A real paragraph has a few; the texts that stall it have thousands.
const SLOW_MARKERS = /[*_[<]/g;
const STALL_MARKERS = 100;
// And nesting: block quotes, lists and footnotes one inside another. The parser's time grows with
// the square of the depth (1,000 list markers on one line, 2 KB, take it most of a second; 250
// lines each indented one level more, 63 KB, three seconds). Real documents nest a few levels.
const STALL_NESTING = 50;

/** Where the parser most likely stalled, and whether deep nesting is why. */
export interface Stall {
  line: number;
  /** The block's nesting depth, when the stall is put down to it. */
  nesting?: number;
}

/**
 * Where the parser most likely stalled. It says only which piece it was parsing (a run of
 * sections, see section-chunks.ts): of that piece's blocks (lines between blank lines), the one
 * with the most slow markers if any has many, or the one nested deepest if any is nested deep
 * (of the two, the one further past its mark); else the piece's first line. One pass over the
 * piece for the markers, one for the nesting (nesting-depth.ts).
 */
export function stallAt(piece: string, firstLine: number): Stall {
  let best = { line: firstLine, markers: STALL_MARKERS - 1 };
  let block = { line: firstLine, markers: 0 };
  let line = firstLine;
  for (const row of piece.split('\n')) {
    if (!row.trim()) block = { line: line + 1, markers: 0 };
    else {
      block.markers += row.match(SLOW_MARKERS)?.length ?? 0;
      if (block.markers > best.markers) best = { ...block };
    }
    line++;
  }
  const deepest = deepestNesting([{ path: '', text: piece }]);
  if (deepest.depth >= STALL_NESTING && deepest.depth / STALL_NESTING > best.markers / STALL_MARKERS) return { line: firstLine + deepest.line - 1, nesting: deepest.depth };
  return { line: best.line };
}

/** Thrown (and caught below) when the limit strikes. */
class OutOfTime extends Error {}

// The step to run is handed to the script through a symbol-keyed global: a script's timeout
// covers only what runs while the script is evaluated, so the script itself must call the step.
const STEP = Symbol.for('archgate.boundedStep');
const runStepScript = new vm.Script(`globalThis[Symbol.for('archgate.boundedStep')]()`, { filename: 'archgate-bounded-step' });
const slot = globalThis as unknown as Record<symbol, (() => unknown) | undefined>;

/** Runs a synchronous step, stopped by V8 after `ms` milliseconds (then throws OutOfTime). */
function runWithin<T>(ms: number, step: () => T): T {
  if (ms <= 0) throw new OutOfTime();
  const outer = slot[STEP];
  let value!: T;
  slot[STEP] = () => {
    value = step();
  };
  try {
    runStepScript.runInThisContext({ timeout: Math.max(1, Math.ceil(ms)) });
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') throw new OutOfTime();
    throw error;
  } finally {
    slot[STEP] = outer;
  }
  return value;
}

/** A validator whose answers are waited for only until the deadline; `waiting` is told which block it waits for, and null once answered. */
function validatorUntil(validator: MermaidValidator, deadline: () => number, waiting: (code: string | null) => void): MermaidValidator {
  return {
    validate: (code) =>
      new Promise<MermaidProblem | null>((resolve, reject) => {
        waiting(code);
        const timer = setTimeout(() => reject(new OutOfTime()), Math.max(0, deadline()));
        validator.validate(code).then(
          (problem) => {
            clearTimeout(timer);
            waiting(null);
            resolve(problem);
          },
          (error: unknown) => {
            clearTimeout(timer);
            waiting(null);
            reject(error);
          },
        );
      }),
  };
}

/** checkDocSetAsync under config.parseSeconds, on this thread. */
export async function checkWithinLimit(input: DocSetInput, config: CheckConfig, validator: MermaidValidator, extra: EngineExtra = {}): Promise<DocSetResult> {
  // Imported here, not at the top: the CLI's start-up path does not wait for the engine's modules.
  const { checkDocSetAsync } = await import('../engine/engine.js');
  const { parseProgress, CHUNK_CHARS } = await import('../engine/markdown.js');
  const { splitAtHeadings } = await import('../engine/section-chunks.js');
  const seconds = config.parseSeconds;
  const paths = new Map([...input.prd, ...input.architecture].map((f) => [f.text, f.path]));
  let at: StoppedAt = { file: input.prd[0]?.path ?? input.architecture[0]?.path ?? '', line: 1 };
  // The block whose verdict is awaited: a stop meanwhile is mermaid's.
  let waitingFor: string | null = null;
  // The limit counts this check's own time, its steps and its waits for mermaid: another check
  // running beside it (the review judges a pull request's base and head at once) takes nothing from it.
  // A wait for mermaid and a step may overlap (the rules that need no verdict run meanwhile): the
  // clock runs while either does, once.
  let spent = 0;
  let since: number | null = null;
  let running = 0;
  const left = () => seconds * 1000 - spent - (since === null ? 0 : performance.now() - since);
  const begin = () => {
    if (running++ === 0) since = performance.now();
  };
  const end = () => {
    if (running === 0 || --running > 0) return;
    if (since !== null) spent += performance.now() - since;
    since = null;
  };
  // The text being parsed and the line its piece starts at; where it stalled is worked out only if it did.
  let parsing: { text: string; line: number } | null = null;
  const track = (text: string, line: number) => {
    at = { file: paths.get(text) ?? '', line };
    parsing = { text, line };
  };
  const stalledAt = (): StoppedAt => {
    if (!parsing) return { file: input.architecture[0]?.path ?? at.file, line: 1, inRules: true };
    const { text, line } = parsing;
    // The same pieces the parser was given (markdown.ts splits with CHUNK_CHARS).
    const piece = splitAtHeadings(text, CHUNK_CHARS).find((c) => c.line === line)?.text ?? text.split('\n').slice(line - 1).join('\n');
    const stall = stallAt(piece, line);
    return { ...at, line: stall.line, ...(stall.nesting !== undefined ? { slowNesting: stall.nesting } : {}) };
  };
  // Whether the limit struck in a step (a wait for mermaid may be under way beside it).
  let stepStopped = false;
  // Set for each step alone: steps never interleave, checks of other doc sets may.
  const bounded: StepRunner = (step) => {
    const previous = parseProgress.onChunk;
    const previousParsed = parseProgress.onParsed;
    parseProgress.onChunk = track;
    parseProgress.onParsed = () => {
      parsing = null;
    };
    begin();
    try {
      return runWithin(left(), step);
    } catch (error) {
      if (error instanceof OutOfTime) stepStopped = true;
      throw error;
    } finally {
      end();
      parseProgress.onChunk = previous;
      parseProgress.onParsed = previousParsed;
    }
  };
  // Mermaid starts on its own thread before the first step blocks this one.
  validator.prepare?.([...input.architecture, ...input.prd].map((f) => f.text));
  try {
    const waiting = (code: string | null) => {
      waitingFor = code;
      if (code === null) end();
      else begin();
    };
    return await checkDocSetAsync(input, { ...config.engine, ...extra }, validatorUntil(validator, left, waiting), bounded);
  } catch (error) {
    // Found only now: a search of the documents per block would cost every run.
    if (error instanceof OutOfTime) return stoppedResult(input, seconds, stepStopped || waitingFor === null ? stalledAt() : blockAt(input, waitingFor));
    // The walks over the tree keep their own stacks; the parser recurses on nesting, and fails closed here.
    if (isStackOverflow(error)) {
      const deepest = deepestNesting([...input.prd, ...input.architecture]);
      return stoppedResult(input, seconds, { file: deepest.file, line: deepest.line, nesting: deepest.depth });
    }
    throw error;
  }
}
