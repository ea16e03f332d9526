import { createRequire as __archgateCreateRequire } from 'node:module'; const require = __archgateCreateRequire(import.meta.url);
import{a as t}from"./chunks/chunk-MCWTPW2C.js";import"./chunks/chunk-DOSRROCK.js";import{parentPort as i}from"node:worker_threads";var o=new Map,s=e=>{let r=o.get(e);return r||o.set(e,r=t(e)),r};s(`flowchart TD
  a --> b`);i?.on("message",e=>{let r=s(e.code);e.type==="validate"&&r.then(a=>i?.postMessage({id:e.id,verdict:a}))});
