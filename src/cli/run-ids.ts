import { readFileSync, realpathSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildView } from '../engine/engine.js';
import { readingNesting } from './nesting-error.js';
import { proposeNfrIds, unifiedDiff, type LineEdit } from '../engine/id-proposals.js';
import { resolveSettings } from '../config/settings.js';
import { readDocSetFrom, withDefaults } from '../io/read-doc-set.js';
import { workingTree } from '../io/file-source.js';
import { readConfigFile } from './run-check.js';
import { UserError } from '../errors.js';

export interface IdsOptions {
  dir: string;
  config?: string;
  prd?: string[];
  docSet?: string;
  /** Write the proposed IDs into the PRD. Without it, only the diff is shown. */
  write?: boolean;
}

export interface IdsResult {
  /** The proposed change as a unified diff; empty when every NFR has an ID. */
  diff: string;
  ids: string[];
  /** Files written (with `write`). */
  written: string[];
  /** How the documents were read (an arc42 §10 read as the PRD), and doc sets without a PRD: for stderr. */
  notices: string[];
  /** Whether any doc set had a PRD to number: without one, "every NFR has an ID" would be untrue. */
  readPrd: boolean;
}

/**
 * `archgate ids`: number the non-functional requirements that have no ID, in the document's style.
 * Only lines that gain an ID change; every other byte of the file is written back as it was read.
 */
export async function runIds(options: IdsOptions): Promise<IdsResult> {
  const loaded = await readConfigFile(options.dir, options.config);
  const settings = resolveSettings(loaded, { docSet: options.docSet, prd: options.prd }, { docSet: '--doc-set', paths: '--prd' });
  const specs = settings.docSets;
  const head = workingTree(options.dir);
  const result: IdsResult = { diff: '', ids: [], written: [], notices: [], readPrd: false };
  for (const spec of specs) {
    // Read as check reads it, architecture included: an arc42 folder's §10 is then the PRD.
    const input = readDocSetFrom(head, withDefaults(head, spec));
    // Numbering reads the PRD alone: the architecture's view would only cost time.
    const view = await readingNesting(input.prd, () => buildView({ ...input, architecture: [] }, settings.checks.engine));
    result.notices.push(...(input.notices ?? []));
    if (!view.prd) {
      const where = input.missing.filter((m) => m.kind === 'prd').map((m) => m.path).join(', ');
      result.notices.push(`doc set "${spec.name}": no PRD at ${where || 'the configured paths'}, so no IDs were proposed for it. Name the PRD with --prd or under docSets in the config.`);
      continue;
    }
    result.readPrd = true;
    const proposal = proposeNfrIds(view.prd, view.prdIds, view.synonyms);
    result.diff += unifiedDiff(proposal.edits);
    result.ids.push(...proposal.ids);
    if (!options.write) continue;
    for (const file of new Set(proposal.edits.map((e) => e.file))) {
      writeLines(options.dir, file, proposal.edits.filter((e) => e.file === file));
      result.written.push(file);
    }
  }
  return result;
}

/** Replace whole lines in a file, byte for byte elsewhere; refuse a path that leaves the directory. */
function writeLines(dir: string, rel: string, edits: LineEdit[]): void {
  const root = realpathSync(dir);
  const target = realpathSync(path.resolve(dir, rel));
  if (target !== root && !target.startsWith(root + path.sep)) throw new UserError(`${rel} resolves outside ${dir}; nothing was written`);
  const bytes = readFileSync(target);
  const lines: Buffer[] = [];
  for (let start = 0; ; ) {
    const end = bytes.indexOf(0x0a, start);
    lines.push(bytes.subarray(start, end === -1 ? bytes.length : end));
    if (end === -1) break;
    start = end + 1;
  }
  for (const e of edits) {
    // The file changed since it was read (or the line is not UTF-8): writing would guess.
    if (lines[e.line - 1]?.toString('utf8') !== e.before) throw new UserError(`${rel}:${e.line} changed while archgate read it; nothing was written`);
    lines[e.line - 1] = Buffer.from(e.after, 'utf8');
  }
  const out: Buffer[] = [];
  lines.forEach((l, i) => out.push(...(i ? [Buffer.from([0x0a]), l] : [l])));
  writeFileSync(target, Buffer.concat(out));
}
