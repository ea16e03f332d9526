import { randomUUID } from 'node:crypto';
import { accessSync, appendFileSync, constants, existsSync } from 'node:fs';
import { EOL } from 'node:os';

// What the Action says to the runner: annotations and log lines on stdout, outputs and the job
// summary in the files the runner names. The same text @actions/core 3 writes, for the part of
// its API archgate uses (test/runner-commands.test.ts compares the two): @actions/core loads
// undici and @actions/exec at import (for OIDC tokens and platform details archgate never asks
// for), which cost a small run as much again as starting node. The bundle's entry uses these;
// src/action/workflow-commands.ts says why a bare run() does not.

/** Where an annotation points (@actions/core's AnnotationProperties). */
export interface AnnotationProperties {
  title?: string;
  file?: string;
  startLine?: number;
  endLine?: number;
  startColumn?: number;
  endColumn?: number;
}

const commandValue = (input: unknown): string => (input === null || input === undefined ? '' : typeof input === 'string' || input instanceof String ? String(input) : JSON.stringify(input));
const escapeData = (s: unknown) => commandValue(s).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: unknown) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** `::name key=value,…::message` on stdout; properties without a value are left out (the space stays, as in @actions/core). */
function issueCommand(command: string, properties: Record<string, unknown>, message: unknown): void {
  const props = Object.entries(properties)
    .filter(([, value]) => value)
    .map(([key, value]) => `${key}=${escapeProperty(value)}`)
    .join(',');
  process.stdout.write(`::${command}${Object.keys(properties).length ? ` ${props}` : ''}::${escapeData(message)}${EOL}`);
}

function annotationCommand(command: string, message: string | Error, properties: AnnotationProperties): void {
  const props = Object.keys(properties).length ? { title: properties.title, file: properties.file, line: properties.startLine, endLine: properties.endLine, col: properties.startColumn, endColumn: properties.endColumn } : {};
  issueCommand(command, props, message instanceof Error ? message.toString() : message);
}

export const debug = (message: string) => issueCommand('debug', {}, message);
export const info = (message: string) => void process.stdout.write(message + EOL);
export const notice = (message: string | Error, properties: AnnotationProperties = {}) => annotationCommand('notice', message, properties);
export const warning = (message: string | Error, properties: AnnotationProperties = {}) => annotationCommand('warning', message, properties);
export const error = (message: string | Error, properties: AnnotationProperties = {}) => annotationCommand('error', message, properties);

/** Fails the step (exit code 1) with an error annotation. */
export function setFailed(message: string | Error): void {
  process.exitCode = 1;
  error(message);
}

/** A step output: in $GITHUB_OUTPUT under a random delimiter, or the old set-output command without one. */
export function setOutput(name: string, value: unknown): void {
  const file = process.env.GITHUB_OUTPUT || '';
  if (!file) {
    process.stdout.write(EOL);
    issueCommand('set-output', { name }, commandValue(value));
    return;
  }
  const delimiter = `ghadelimiter_${randomUUID()}`;
  const text = commandValue(value);
  if (name.includes(delimiter)) throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
  if (text.includes(delimiter)) throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
  if (!existsSync(file)) throw new Error(`Missing file at path: ${file}`);
  appendFileSync(file, `${name}<<${delimiter}${EOL}${text}${EOL}${delimiter}${EOL}`, { encoding: 'utf8' });
}

/** The job summary: markdown collected, then appended to $GITHUB_STEP_SUMMARY at once. */
class JobSummary {
  private buffer = '';

  addRaw(text: string, addEOL = false): this {
    this.buffer += text + (addEOL ? EOL : '');
    return this;
  }

  async write(): Promise<this> {
    const file = process.env.GITHUB_STEP_SUMMARY;
    if (!file) throw new Error('Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.');
    // Synchronous, as the outputs are: the first asynchronous file call starts libuv's thread pool
    // (four threads), which cost more than these two calls on a run that needs it for nothing else.
    try {
      accessSync(file, constants.R_OK | constants.W_OK);
    } catch {
      throw new Error(`Unable to access summary file: '${file}'. Check if the file has correct read/write permissions.`);
    }
    appendFileSync(file, this.buffer, { encoding: 'utf8' });
    this.buffer = '';
    return this;
  }
}

export const summary = new JobSummary();
