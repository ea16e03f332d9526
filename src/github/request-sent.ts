import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import { ANSWER_ARRIVED, REQUEST_SENT } from './http-fetch.js';

// archgate's own fetch (src/github/http-fetch.ts) and undici's (@actions/github's, behind a
// proxy) say so on their own channels: whichever speaks first.
const once = (names: string[]) =>
  new Promise<void>((resolve) => {
    const heard = () => {
      for (const name of names) unsubscribe(name, heard);
      resolve();
    };
    for (const name of names) subscribe(name, heard);
  });

/**
 * Resolves once the next request is on the wire, body and all (for a GET too). A request is only
 * handed to the event loop when it is made: work that blocks the thread right after would hold
 * it back until the work is done, so work meant to overlap GitHub's answer waits for this first.
 */
export function requestSent(): Promise<void> {
  return once([REQUEST_SENT.name as string, 'undici:request:bodySent']);
}

/** Resolves once the next answer's headers arrive: GitHub has answered. */
export function answerArrived(): Promise<void> {
  return once([ANSWER_ARRIVED.name as string, 'undici:request:headers']);
}
