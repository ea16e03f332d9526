import { createRequire as __archgateCreateRequire } from 'node:module'; const require = __archgateCreateRequire(import.meta.url);
import{a,b,c}from"./chunk-KVCN6AHK.js";import"./chunk-U5BEZZEO.js";import"./chunk-26CR5AP6.js";import"./chunk-AJ253DPX.js";import"./chunk-JS6WNNZS.js";import"./chunk-ZCQXRGPU.js";import"./chunk-DOSRROCK.js";export{a as buildView,b as checkDocSet,c as checkDocSetAsync};
