import { createRequire as __archgateCreateRequire } from 'node:module'; const require = __archgateCreateRequire(import.meta.url);
import{a,b,c}from"./chunk-LXRVFEUR.js";import"./chunk-QDQ2AZN5.js";import"./chunk-WK2SHBRB.js";import"./chunk-AJ253DPX.js";import"./chunk-JS6WNNZS.js";import"./chunk-ZCQXRGPU.js";import"./chunk-DOSRROCK.js";export{a as buildView,b as checkDocSet,c as checkDocSetAsync};
