import { createRequire as __archgateCreateRequire } from 'node:module'; const require = __archgateCreateRequire(import.meta.url);
import{a as i}from"./chunks/chunk-AR5XXMGM.js";import"./chunks/chunk-DOSRROCK.js";import{parentPort as t}from"node:worker_threads";var o=new Map,a=r=>{let e=o.get(r);return e||o.set(r,e=i(r)),e};a(`flowchart TD
  a --> b`);t?.on("message",r=>{let e=a(r.code);r.type==="validate"&&e.then(s=>t?.postMessage({id:r.id,problem:s}))});
