// npm run demo: archgate on examples/demo, then --fix on a copy (the example itself stays as it is).
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const cli = path.resolve('dist/cli.js');
const run = (args, cwd) => spawnSync(process.execPath, [cli, ...args], { cwd, stdio: 'inherit' }).status;
const rule = (title) => console.log(`\n${'='.repeat(8)} ${title} ${'='.repeat(Math.max(0, 60 - title.length))}\n`);

rule('archgate check examples/demo');
run(['check', 'examples/demo', '--fail-on', 'never']);

const copy = mkdtempSync(path.join(tmpdir(), 'archgate-demo-'));
cpSync('examples/demo', copy, { recursive: true });
rule('archgate check --fix (on a copy)');
spawnSync(process.execPath, [cli, 'check', copy, '--fix', '--format', 'json'], { stdio: ['ignore', 'ignore', 'inherit'] });
const text = readFileSync(path.join(copy, 'docs/architecture.md'), 'utf8');
const block = text.slice(text.indexOf('<!-- archgate:begin components -->'), text.indexOf('<!-- archgate:end -->') + '<!-- archgate:end -->'.length);
rule('the regenerated block');
console.log(block);
