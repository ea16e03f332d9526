import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Handlebars from 'handlebars';
import { UserError } from '../errors.js';
import { templatesDir } from './templates-dir.js';

export interface InitOptions {
  dir: string;
  name?: string;
  force?: boolean;
}

export const INIT_FILES = [
  { template: 'prd.md.hbs', target: 'docs/prd.md' },
  { template: 'architecture.md.hbs', target: 'docs/architecture.md' },
];

/** Write a PRD and an architecture skeleton that pass the structure rules once their placeholders are filled. */
export function runInit(options: InitOptions): string[] {
  const written: string[] = [];
  const existing = INIT_FILES.filter((f) => existsSync(path.join(options.dir, f.target)));
  if (existing.length && !options.force) {
    throw new UserError(`${existing.map((f) => f.target).join(' and ')} already exist${existing.length === 1 ? 's' : ''}; nothing was written (use --force to overwrite)`);
  }
  for (const f of INIT_FILES) {
    const template = Handlebars.compile(readFileSync(path.join(templatesDir(), f.template), 'utf8'), { noEscape: true, strict: true });
    const text = template({ name: options.name ?? '[Product Name]' });
    const target = path.join(options.dir, f.target);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, text);
    written.push(f.target);
  }
  return written;
}
