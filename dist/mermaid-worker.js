import { createRequire as __archgateCreateRequire } from 'node:module'; const require = __archgateCreateRequire(import.meta.url);
import{a as t}from"./chunks/chunk-VXMA5MZO.js";import{a as i}from"./chunks/chunk-HMO4RBWU.js";import"./chunks/chunk-DOSRROCK.js";import{parentPort as a,workerData as s}from"node:worker_threads";i(s?.compileCache??null);var o=new Map,d=e=>{let r=o.get(e);return r||o.set(e,r=t(e)),r};d(`flowchart TD
  a --> b`);a?.on("message",e=>{let r=d(e.code);e.type==="validate"&&r.then(m=>a?.postMessage({id:e.id,verdict:m}))});
