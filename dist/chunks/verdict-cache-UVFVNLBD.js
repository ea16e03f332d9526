import { createRequire as __archgateCreateRequire } from 'node:module'; const require = __archgateCreateRequire(import.meta.url);
import{a as b,b as c,c as d}from"./chunk-XUFIKIBM.js";import{a}from"./chunk-J27KKANI.js";import"./chunk-DOSRROCK.js";export{b as MERMAID_VERSION,d as VerdictCache,c as blockHash,a as defaultCacheDir};
