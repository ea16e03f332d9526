import { parseArgs } from 'node:util';
import path from 'node:path';
import { runCheck } from './run-check.js';
import { writeStylish } from '../formatters/stylish.js';
import { writeReportJson } from '../formatters/json.js';
import { writeSarif } from '../formatters/sarif.js';
import type { ChunkSink } from '../formatters/json-chunks.js';
import { formatGithub } from '../formatters/github.js';
import { templatesDir } from './templates-dir.js';
import { readFileSync } from 'node:fs';
import type { Report } from '../report/report.js';
import { RULES } from '../rules/index.js';
import { docsUrl } from '../core/rule.js';
import { UserError, errorMessage } from '../errors.js';
import { isStackOverflow } from '../engine/nesting-depth.js';
import { unfinishedMessage } from './unfinished-run.js';
import type { FailOn } from '../config/resolve-config.js';

export interface Io {
  stdout: { write(s: string): unknown; isTTY?: boolean };
  stderr: { write(s: string): unknown; isTTY?: boolean };
  env: Record<string, string | undefined>;
}

import { VERSION } from '../version.js';
const FORMATS = ['stylish', 'json', 'sarif', 'markdown', 'github'] as const;
const FAIL_ON = ['error', 'warning', 'never'] as const;

export const USAGE = `Usage: archgate <command> [options]

Commands:
  check [dir]      Lint the doc set(s) in dir (default: .) and gate on the findings
  init [dir]       Write docs/prd.md and docs/architecture.md skeletons
  ids [dir]        Show the IDs archgate would give non-functional requirements that have none
  rules            List the rules
  cite [dir]       Walk the NFRs the architecture does not cite and write the citations you choose

check options:
  --prd <path>            PRD file or shard folder inside dir, relative to it (repeatable)
  --architecture <path>   Architecture file or shard folder, relative to dir (repeatable)
  --config <path>         Config file (default: .github/archgate.yml)
  --doc-set <name>        Check only this doc set from the config
  --format <name>         stylish (default), json, sarif, markdown (the PR comment) or github (annotations)
  --fail-on <level>       error (default), warning or never
  --baseline <git-ref>    also check the documents at this commit; mark findings new or existing
  --fail-on-new-only      with --baseline: gate only on findings the baseline does not have
  --fix                   rewrite stale generated blocks (only the text between their markers)

cite options (and --prd, --architecture, --config, --doc-set as for check):
  --dry-run               print the diff; write nothing
  --accept implied        cite every implied NFR at its implied place, without asking (at the end
                          of the statement on the line the finding names; a place in a code block:
                          at the text before the block, else its section's heading)

init options:
  --name <product>        Product name to put in the skeletons
  --template <name>       bmad (default), arc42, spec-kit or srs
  --force                 Overwrite existing files

ids options:
  --prd <path>            PRD file or shard folder, relative to dir
  --write                 Write the proposed IDs into the PRD (with --yes)
  --yes                   Confirm the write; without it nothing is written

Exit codes: 0 pass, 1 findings at or above --fail-on, 2 usage or config error, 3 internal error.
`;

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], flag: string): T | undefined {
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) throw new UserError(`${flag} must be one of ${allowed.join(', ')} (got "${value}")`);
  return value as T;
}

// Handlebars (the markdown format, init) and the config parser load only when used: a plain
// check spends its start-up on the documents. JSON and SARIF, which grow with the documents, are
// written in chunks as they are made, never held as one string.
async function render(format: (typeof FORMATS)[number], report: Report, color: boolean, write: ChunkSink): Promise<void> {
  switch (format) {
    case 'json':
      return writeReportJson(report, write);
    case 'sarif':
      return writeSarif(report, RULES, VERSION, write);
    case 'github':
      return void write(formatGithub(report));
    case 'markdown': {
      // The PR comment, as the Action would post it (links are file:line, not URLs).
      const { compileTemplate, renderDocSet } = await import('../report/render-markdown.js');
      const template = await compileTemplate(readFileSync(path.join(templatesDir(), 'comment.md.hbs'), 'utf8'));
      return void write(report.docSets.map((set) => renderDocSet(template, report, set, { marker: '', version: VERSION, notes: [] })).join('\n'));
    }
    default:
      return writeStylish(report, { color }, write);
  }
}

export async function run(argv: string[], io: Io): Promise<number> {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        prd: { type: 'string', multiple: true },
        architecture: { type: 'string', multiple: true },
        config: { type: 'string' },
        'doc-set': { type: 'string' },
        format: { type: 'string' },
        'fail-on': { type: 'string' },
        baseline: { type: 'string' },
        'fail-on-new-only': { type: 'boolean' },
        fix: { type: 'boolean' },
        'dry-run': { type: 'boolean' },
        accept: { type: 'string' },
        name: { type: 'string' },
        force: { type: 'boolean' },
        template: { type: 'string' },
        write: { type: 'boolean' },
        yes: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
    const [command, ...rest] = positionals;
    if (values.version) {
      io.stdout.write(`${VERSION}\n`);
      return 0;
    }
    if (values.help || !command) {
      (command || values.help ? io.stdout : io.stderr).write(USAGE);
      return values.help ? 0 : 2;
    }
    if (rest.length > 1) throw new UserError(`too many arguments: ${rest.join(' ')}`);
    const dir = path.resolve(rest[0] ?? '.');
    switch (command) {
      case 'check': {
        const format = oneOf(values.format, FORMATS, '--format') ?? 'stylish';
        const failOn = oneOf(values['fail-on'], FAIL_ON, '--fail-on') as FailOn | undefined;
        const progress = io.stderr.isTTY === true;
        const color = io.stdout.isTTY === true && !io.env.NO_COLOR;
        const report = await runCheck({
          fix: values.fix,
          onFixed: (file) => io.stderr.write(`archgate: regenerated the stale blocks in ${file}\n`),
          onConflict: (message) => io.stderr.write(`archgate: ${message}\n`),
          onNotice: (message) => io.stderr.write(`archgate: ${message}\n`),
          dir,
          config: values.config,
          prd: values.prd,
          architecture: values.architecture,
          docSet: values['doc-set'],
          failOn,
          baseline: values.baseline,
          failOnNewOnly: values['fail-on-new-only'],
          onProgress: (i, total, name) => {
            if (progress && total > 1) io.stderr.write(`[${i + 1}/${total}] ${name}\n`);
          },
          // The CLI publishes the review on stdout, in the format asked for.
          onReview: (review) => render(format, review.report, color, (chunk) => void io.stdout.write(chunk)),
        });
        return report.result === 'pass' ? 0 : 1;
      }
      case 'init': {
        const { runInit } = await import('./run-init.js');
        const written = runInit({ dir, name: values.name, force: values.force, template: values.template });
        const list = written.length > 2 ? `${written.length} files: ${written.join(', ')}` : written.join(' and ');
        io.stdout.write(`Wrote ${list}. Fill in the [bracketed] placeholders, then run: npx github:archgate/archgate check (or archgate check where archgate is installed)\n`);
        return 0;
      }
      case 'ids': {
        const { runIds } = await import('./run-ids.js');
        const write = values.write === true && values.yes === true;
        const result = await runIds({ dir, config: values.config, prd: values.prd, docSet: values['doc-set'], write });
        for (const notice of result.notices) io.stderr.write(`archgate: note: ${notice}\n`);
        if (!result.readPrd) return 2;
        if (!result.ids.length) {
          io.stdout.write('Every non-functional requirement has an ID: nothing to add.\n');
          return 0;
        }
        io.stdout.write(result.diff);
        const span = `${result.ids[0]}${result.ids.length > 1 ? ` to ${result.ids[result.ids.length - 1]}` : ''}`;
        const these = result.ids.length === 1 ? `this ID (${span})` : `these ${result.ids.length} IDs (${span})`;
        if (write) io.stdout.write(`\nWrote ${result.ids.length === 1 ? '1 ID' : `${result.ids.length} IDs`} (${span}) to ${result.written.join(', ')}.\n`);
        else if (values.write) io.stdout.write(`\nNothing was written: add --yes to write ${these}.\n`);
        else io.stdout.write(`\nDry run: run "archgate ids --write --yes" to write ${these}.\n`);
        return 0;
      }
      case 'cite': {
        const { runCite } = await import('./run-cite.js');
        const accept = oneOf(values.accept, ['implied'] as const, '--accept');
        const interactive = process.stdin.isTTY === true && io.stdout.isTTY === true;
        await runCite({ dir, config: values.config, prd: values.prd, architecture: values.architecture, docSet: values['doc-set'], dryRun: values['dry-run'], accept, input: process.stdin, output: io.stdout, interactive });
        return 0;
      }
      case 'rules': {
        const width = Math.max(...RULES.map((r) => r.meta.id.length));
        for (const r of RULES) io.stdout.write(`${r.meta.id.padEnd(width)}  ${r.meta.defaultSeverity.padEnd(7)}  ${r.meta.description}\n`);
        io.stdout.write(`\nDocs: ${docsUrl('<namespace>/<rule>')}\n`);
        return 0;
      }
      default:
        throw new UserError(`unknown command "${command}"\n\n${USAGE}`);
    }
  } catch (error) {
    if (error instanceof UserError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.stderr.write(`archgate: ${errorMessage(error)}\n`);
      return 2;
    }
    // The stack ran out outside the documents' nesting (which names its file and line): say so, and what to do.
    if (isStackOverflow(error)) {
      io.stderr.write(unfinishedMessage(process.execArgv, error));
      return 3;
    }
    io.stderr.write(`archgate: internal error: ${errorMessage(error)}\nPlease report this at https://github.com/archgate/archgate/issues\n`);
    return 3;
  }
}
