import { createRequire as __archgateCreateRequire } from 'node:module'; const require = __archgateCreateRequire(import.meta.url);
import{a,b,c}from"./chunk-62WFEI77.js";import"./chunk-IIBCE2HJ.js";import"./chunk-RWMLGJBD.js";import"./chunk-PVWD5VJP.js";import"./chunk-CXH3PGYP.js";import"./chunk-DOSRROCK.js";export{a as buildView,b as checkDocSet,c as checkDocSetAsync};
