import { subscribe, unsubscribe } from 'node:diagnostics_channel';

/**
 * Resolves once the next request is on the wire, body and all (fetch's undici reports it on a
 * diagnostics channel, for a GET too). A request is only handed to the event loop when it is
 * made: work that blocks the thread right after would hold it back until the work is done, so
 * work meant to overlap GitHub's answer waits for this first.
 */
export function requestSent(): Promise<void> {
  return new Promise((resolve) => {
    const sent = () => {
      unsubscribe('undici:request:bodySent', sent);
      resolve();
    };
    subscribe('undici:request:bodySent', sent);
  });
}

/** Resolves once the next answer's headers arrive (undici's diagnostics channel): GitHub has answered. */
export function answerArrived(): Promise<void> {
  return new Promise((resolve) => {
    const arrived = () => {
      unsubscribe('undici:request:headers', arrived);
      resolve();
    };
    subscribe('undici:request:headers', arrived);
  });
}
