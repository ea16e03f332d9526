// Goal-3 experiment, one thread: parse the PRD, then the architecture (src/engine/markdown.ts).
import { readFileSync } from 'node:fs';
import { parseMarkdown } from '../../src/engine/markdown.js';

const [prd, architecture] = process.argv.slice(2).map((f) => readFileSync(f, 'utf8'));
const trees = [parseMarkdown(prd), parseMarkdown(architecture)];
process.stdout.write(`${trees.map((t) => t.children.length).join(' ')}\n`);
