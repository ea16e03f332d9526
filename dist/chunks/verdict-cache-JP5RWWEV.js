import { createRequire as __archgateCreateRequire } from 'node:module'; const require = __archgateCreateRequire(import.meta.url);
import{a,b,c,d}from"./chunk-2SHSIRL4.js";import"./chunk-DOSRROCK.js";export{b as MERMAID_VERSION,d as VerdictCache,c as blockHash,a as defaultCacheDir};
