// Goal-3 experiment: parses one file on a worker thread and hands the tree back.
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { parseMarkdown } from '../../src/engine/markdown.js';

const { file, json } = workerData as { file: string; json: boolean };
const tree = parseMarkdown(readFileSync(file, 'utf8'));
parentPort!.postMessage(json ? JSON.stringify(tree) : tree);
