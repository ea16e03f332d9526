// Goal-3 experiment, two threads: a worker parses the architecture while this thread parses the
// PRD; the tree comes back as a structured clone, or as JSON text when HAND_BACK=json.
import { readFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { Root } from 'mdast';

const [prdFile, architectureFile] = process.argv.slice(2);
// Started before this thread loads the parser: both load it at once.
const worker = new Worker(new URL('./parse-worker.mjs', import.meta.url), { workerData: { file: architectureFile, json: process.env.HAND_BACK === 'json' } });
const architectureTree = new Promise<Root>((resolve) => worker.once('message', (m: Root | string) => resolve(typeof m === 'string' ? (JSON.parse(m) as Root) : m)));
const { parseMarkdown } = await import('../../src/engine/markdown.js');
const prdTree = parseMarkdown(readFileSync(prdFile, 'utf8'));
const trees = [prdTree, await architectureTree];
await worker.terminate();
process.stdout.write(`${trees.map((t) => t.children.length).join(' ')}\n`);
