import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { buildView, type EngineConfig } from '../engine/engine.js';
import { readingNesting } from './nesting-error.js';
import type { DocSetInput } from '../engine/types.js';
import { resolveSettings } from '../config/settings.js';
import { readConfigFile } from './run-check.js';
import { readDocSetFrom, withDefaults } from '../io/read-doc-set.js';
import { containedPath, workingTree } from '../io/file-source.js';
import { suggestionIndexOf, type Suggestion } from '../engine/cite-suggestions.js';
import { applyInserts, citationStyle, insertCitation, statementEnd, lineDiff, type LineEdit, type LineInsert } from '../engine/cite-edit.js';
import { waiverPlace } from './waiver-place.js';
import { placeOutsideCode, writtenLine } from '../engine/place-outside-code.js';
import type { CoverageRow } from '../engine/coverage.js';
import type { Location } from '../engine/types.js';
import { UserError } from '../errors.js';

// archgate cite: walks the NFRs the architecture does not cite, one by one, with the places
// where each seems addressed, and writes the citation the author chooses into that one line.
// Nothing is written without a choice, except with --accept implied.

export interface CiteOptions {
  dir: string;
  config?: string;
  prd?: string[];
  architecture?: string[];
  docSet?: string;
  /** Print the diff; write nothing. */
  dryRun?: boolean;
  /** Cite every implied NFR at its implied place, without asking. */
  accept?: 'implied';
  input: NodeJS.ReadableStream;
  output: { write(s: string): unknown };
  /** True on a terminal: the author is asked. */
  interactive: boolean;
  today?: string;
}

export interface CiteOutcome {
  cited: string[];
  waived: string[];
  skipped: string[];
  /** Files written (none on a dry run). */
  written: string[];
}

interface FileChanges {
  /** The text with the citations written so far (they change no line's number). */
  text: string;
  edits: LineEdit[];
  /** Lines added (waivers), numbered on the file as it was; applied last. */
  inserts: LineInsert[];
}

/** An answer as a choice: "S", "Skip" and "skip" are "s" (a terminal user types either), as "Q", "quit", "W", "waive". */
function choiceOf(answer: string | null): string | null {
  if (answer === null) return null;
  const word = answer.toLowerCase();
  return ({ skip: 's', waive: 'w', quit: 'q' } as Record<string, string>)[word] ?? word;
}

export async function runCite(o: CiteOptions): Promise<CiteOutcome> {
  if (!o.interactive && !o.accept) throw new UserError('archgate cite asks the author on a terminal; here there is none. Run it in a terminal, or pass --accept implied to cite the implied NFRs at their implied places (add --dry-run to see the diff first).');
  const loaded = await readConfigFile(o.dir, o.config);
  const settings = resolveSettings(loaded, { docSet: o.docSet, prd: o.prd, architecture: o.architecture, today: o.today }, { docSet: '--doc-set', paths: '--prd and --architecture' });
  const specs = settings.docSets;
  if (specs.length > 1) throw new UserError(`archgate cite works on one doc set at a time: choose it with --doc-set (known: ${specs.map((s) => s.name).join(', ')})`);
  const head = workingTree(o.dir);
  const input = readDocSetFrom(head, withDefaults(head, specs[0]));
  return readingNesting([...input.prd, ...input.architecture], () => citeIn(o, input, settings.checks.engine, loaded.file));
}

async function citeIn(o: CiteOptions, input: DocSetInput, engine: EngineConfig, configFile: string): Promise<CiteOutcome> {
  const view = buildView(input, engine);
  const architecture = view.architecture;
  if (!architecture) throw new UserError('archgate cite needs an architecture document to write citations into; none was found.');
  const index = suggestionIndexOf(architecture);
  const style = citationStyle(
    architecture.files.map((f) => f.text),
    view.requirements.map((r) => r.id),
  );
  const files = new Map<string, FileChanges>(architecture.files.map((f) => [f.path, { text: f.text, edits: [], inserts: [] }]));
  const configPath = existsSync(containedPath(o.dir, configFile)) ? configFile : null;
  const waiverDocs = { architecture, prd: view.prd, config: configPath ? { file: configPath, text: readFileSync(containedPath(o.dir, configPath), 'utf8') } : null };
  const changesOf = (file: string): FileChanges => {
    let changes = files.get(file);
    if (!changes) {
      const text = file === configPath ? waiverDocs.config!.text : view.prd!.files.find((f) => f.path === file)!.text;
      files.set(file, (changes = { text, edits: [], inserts: [] }));
    }
    return changes;
  };
  const outcome: CiteOutcome = { cited: [], waived: [], skipped: [], written: [] };
  const rows = view.coverage.rows.filter((r) => r.requirement.kind === 'nfr' && (r.status === 'uncovered' || r.status === 'implied'));

  const cite = (row: CoverageRow, place: { file: string; line: number; endLine: number; kind: Suggestion['kind'] }): LineEdit | null => {
    const changes = files.get(place.file);
    if (!changes) return null;
    const edit = insertCitation(changes.text, place, row.requirement.id, style);
    if (!edit) return null;
    changes.text = edit.text;
    // A second citation on one line (two NFRs implied in one code block) is one change of it in the diff.
    const same = changes.edits.findIndex((e) => e.line === edit.line);
    if (same === -1) changes.edits.push(edit);
    else changes.edits[same] = { ...edit, before: changes.edits[same].before };
    outcome.cited.push(row.requirement.id);
    return edit;
  };
  // The implied place as a passage (it may have been found by a restated target, not ranked).
  const passageAt = (loc: Location) => index.passages.find((p) => p.passage.file === loc.file && p.passage.line <= loc.line && loc.line <= p.passage.endLine)?.passage;

  if (o.accept === 'implied') {
    for (const row of rows) {
      const passage = row.status === 'implied' && row.implied ? passageAt(row.implied.location) : undefined;
      // A paragraph over several lines is cited at the end of the statement the implied line is in.
      const implied = passage && (passage.kind === 'paragraph' || passage.kind === 'item') && passage.endLine > passage.line ? { ...passage, endLine: statementEnd(files.get(passage.file)?.text ?? '', Math.max(passage.line, row.implied!.location.line), passage.endLine) } : passage;
      // Implied in a code block (a TOON row): cited in the text of its section outside the block.
      const at = implied?.kind === 'code' ? placeOutsideCode(architecture, index.passages.map((p) => p.passage), implied) : implied;
      if (!implied || !at || !cite(row, at)) {
        outcome.skipped.push(row.requirement.id);
        continue;
      }
      const where = `${at.file}:${writtenLine(at)}`;
      o.output.write(
        implied === at
          ? `${row.requirement.id}: cited at ${where}\n`
          : `${row.requirement.id}: cited at ${where}, outside the code block its implied place is in (${implied.file}:${row.implied!.location.line})\n`,
      );
    }
  } else {
    // Loaded here, not at the top: the CLI is one file, and a check must not load readline.
    const readline = createRequire(import.meta.url)('node:readline') as typeof import('node:readline');
    const rl = readline.createInterface({ input: o.input, terminal: false });
    const lines = rl[Symbol.asyncIterator]();
    const ask = async (prompt: string): Promise<string | null> => {
      o.output.write(prompt);
      const next = await lines.next();
      return next.done ? null : String(next.value).trim();
    };
    try {
      walk: for (const [i, row] of rows.entries()) {
        const req = row.requirement;
        o.output.write(`\n[${i + 1}/${rows.length}] ${req.id}${req.title ? ` (${req.title})` : ''} is not cited in the architecture document. ${req.location.file}:${req.location.line}\n`);
        // A place in a code block is cited outside the block, as --accept implied does (the text of
        // its section before it, else its heading, else the text after it): it is shown with where
        // its citation goes, and has no number only when its section has no text outside the block.
        const codePlace = (s: Suggestion) => {
          const code = index.passages.find((p) => p.passage.file === s.location.file && p.passage.line === s.location.line && p.passage.kind === 'code')?.passage;
          return code ? placeOutsideCode(architecture, index.passages.map((p) => p.passage), code) : null;
        };
        const targets = new Map(row.suggestions.map((s) => [s, s.kind === 'code' ? codePlace(s) : { file: s.location.file, line: s.location.line, endLine: s.endLine, kind: s.kind }]));
        const places = row.suggestions.filter((s) => targets.get(s));
        // The same words as the check's finding (trace/nfr-addressed): what is known, no more.
        if (!row.suggestions.length) o.output.write(row.summaries?.length ? `  Only requirements summaries restate it: ${row.summaries.map((s) => `${s.location.file}:${s.location.line}`).join(', ')}.\n` : '  Nothing in the architecture document resembles it.\n');
        for (const s of row.suggestions) {
          const at = targets.get(s);
          const mark = at ? `${places.indexOf(s) + 1})` : '-)';
          const code = s.kind !== 'code' ? '' : at ? `  (a code block: cited outside it, at ${at.file}:${writtenLine(at)})` : '  (a code block, with no text of its section outside it: cite it in the text next to it)';
          o.output.write(`  ${mark} ${s.confidence.padEnd(8)} ${s.location.file}:${s.location.line}${s.heading ? `  ${s.heading}` : ''}${code}\n     ${s.evidence}\n`);
        }
        const choices = `${places.length ? `${places.length === 1 ? '1' : `1-${places.length}`} cite there, ` : ''}s skip, w waive, q quit`;
        for (;;) {
          const answer = choiceOf(await ask(`  ${choices}: `));
          if (answer === null || answer === 'q') break walk;
          if (answer === '' || answer === 's') {
            outcome.skipped.push(req.id);
            break;
          }
          if (answer === 'w') {
            const reason = await ask('  Reason for the waiver: ');
            if (reason === null) break walk;
            if (!reason) {
              o.output.write('  A waiver needs a reason; nothing written.\n');
              continue;
            }
            const planned = new Map([...files].map(([file, c]) => [file, c.inserts]));
            const place = waiverPlace(waiverDocs, req, reason, planned);
            changesOf(place.file).inserts.push(place.insert);
            outcome.waived.push(req.id);
            o.output.write(`  waived in ${place.file}\n`);
            break;
          }
          const n = Number(answer);
          const place = Number.isInteger(n) && n >= 1 && n <= places.length ? places[n - 1] : null;
          if (!place) {
            o.output.write(`  "${answer}" is not one of the choices.\n`);
            continue;
          }
          const at = targets.get(place)!;
          const edit = cite(row, at);
          if (!edit) {
            o.output.write('  A citation cannot be written into a code block; choose another place.\n');
            continue;
          }
          o.output.write(place.kind === 'code' ? `  cited at ${at.file}:${edit.line}, outside the code block at ${place.location.file}:${place.location.line}\n` : `  cited at ${at.file}:${edit.line}\n`);
          break;
        }
      }
    } finally {
      rl.close();
    }
  }

  // The diff of every change, then the files written (never on a dry run).
  for (const [file, changes] of files) {
    if (!changes.edits.length && !changes.inserts.length) continue;
    const text = applyInserts(changes.text, changes.inserts);
    o.output.write(`\n${lineDiff(file, changes.edits, changes.inserts)}`);
    if (!o.dryRun) {
      writeFileSync(containedPath(o.dir, file), text);
      outcome.written.push(file);
    }
  }
  const verb = o.dryRun ? 'would cite' : 'cited';
  o.output.write(`\n${verb} ${outcome.cited.length}, waived ${outcome.waived.length}, skipped ${outcome.skipped.length}${o.dryRun ? ' (dry run: nothing written)' : outcome.written.length ? `; wrote ${outcome.written.join(', ')}` : ''}\n`);
  return outcome;
}
