import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Handlebars from 'handlebars';
import { UserError } from '../errors.js';
import { templatesDir } from './templates-dir.js';

export interface InitOptions {
  dir: string;
  name?: string;
  force?: boolean;
  /** Which skeleton: bmad (default), arc42, spec-kit or srs. */
  template?: string;
}

interface InitFile {
  /** Relative to templates/. */
  template: string;
  /** Relative to the directory being initialised. */
  target: string;
}

const ARC42_SECTIONS = [
  '01_introduction_and_goals', '02_architecture_constraints', '03_context_and_scope', '04_solution_strategy', '05_building_block_view', '06_runtime_view',
  '07_deployment_view', '08_concepts', '09_architecture_decisions', '10_quality_requirements', '11_technical_risks', '12_glossary',
];

/** Each template's files. A template whose documents are not docs/prd.md and docs/architecture.md also writes the config naming them. */
export const INIT_TEMPLATES: Record<string, InitFile[]> = {
  bmad: [
    { template: 'prd.md.hbs', target: 'docs/prd.md' },
    { template: 'architecture.md.hbs', target: 'docs/architecture.md' },
  ],
  arc42: [
    ...ARC42_SECTIONS.map((s) => ({ template: `arc42/${s}.md.hbs`, target: `docs/arc42/${s}.md` })),
    { template: 'arc42/archgate.yml.hbs', target: '.github/archgate.yml' },
  ],
  'spec-kit': [
    { template: 'spec-kit/spec.md.hbs', target: 'specs/001-{{slug}}/spec.md' },
    { template: 'spec-kit/plan.md.hbs', target: 'specs/001-{{slug}}/plan.md' },
    { template: 'spec-kit/archgate.yml.hbs', target: '.github/archgate.yml' },
  ],
  srs: [
    { template: 'srs/srs.md.hbs', target: 'docs/srs.md' },
    { template: 'srs/sdd.md.hbs', target: 'docs/sdd.md' },
    { template: 'srs/archgate.yml.hbs', target: '.github/archgate.yml' },
  ],
};


const slugOf = (name: string) => name.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'feature';

/** Write a skeleton that passes the structure rules once its placeholders are filled. */
export function runInit(options: InitOptions): string[] {
  const name = options.template ?? 'bmad';
  const files = INIT_TEMPLATES[name];
  if (!files) throw new UserError(`--template must be one of ${Object.keys(INIT_TEMPLATES).join(', ')} (got "${name}")`);
  const data = { name: options.name ?? '[Product Name]', slug: slugOf(options.name ?? 'feature') };
  const targets = files.map((f) => ({ ...f, target: Handlebars.compile(f.target, { noEscape: true })(data) }));
  const existing = targets.filter((f) => existsSync(path.join(options.dir, f.target)));
  if (existing.length && !options.force) {
    throw new UserError(`${existing.map((f) => f.target).join(' and ')} already exist${existing.length === 1 ? 's' : ''}; nothing was written (use --force to overwrite)`);
  }
  const written: string[] = [];
  for (const f of targets) {
    const template = Handlebars.compile(readFileSync(path.join(templatesDir(), f.template), 'utf8'), { noEscape: true, strict: true });
    const target = path.join(options.dir, f.target);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, template(data));
    written.push(f.target);
  }
  return written;
}
