import type { AnnotationProperties } from './runner-commands.js';

// The workflow commands every Action module calls, forwarded to one implementation chosen at
// start: src/index.ts (the bundle the runner starts) picks archgate's own writer
// (runner-commands.ts, which loads no HTTP client); run() called bare, as @github/local-action
// does, keeps @actions/core, which local-action replaces to show the outputs and annotations.

/** The part of @actions/core's API archgate uses. */
export interface WorkflowCommands {
  debug(message: string): void;
  info(message: string): void;
  notice(message: string | Error, properties?: AnnotationProperties): void;
  warning(message: string | Error, properties?: AnnotationProperties): void;
  error(message: string | Error, properties?: AnnotationProperties): void;
  setFailed(message: string | Error): void;
  setOutput(name: string, value: unknown): void;
  summary: { addRaw(text: string, addEOL?: boolean): unknown; write(): Promise<unknown> };
}

let chosen: WorkflowCommands | null = null;

/** Chooses the implementation; called once, before anything is said to the runner. */
export function useWorkflowCommands(commands: WorkflowCommands): void {
  chosen = commands;
}

function commands(): WorkflowCommands {
  if (!chosen) throw new Error('archgate: no workflow commands chosen (run() sets them before its first request)');
  return chosen;
}

export const debug = (message: string) => commands().debug(message);
export const info = (message: string) => commands().info(message);
export const notice = (message: string | Error, properties: AnnotationProperties = {}) => commands().notice(message, properties);
export const warning = (message: string | Error, properties: AnnotationProperties = {}) => commands().warning(message, properties);
export const error = (message: string | Error, properties: AnnotationProperties = {}) => commands().error(message, properties);
export const setFailed = (message: string | Error) => commands().setFailed(message);
export const setOutput = (name: string, value: unknown) => commands().setOutput(name, value);
export const summary = {
  addRaw(text: string, addEOL = false) {
    commands().summary.addRaw(text, addEOL);
    return summary;
  },
  write: () => commands().summary.write(),
};
