import { createRequire as __archgateCreateRequire } from 'node:module'; const require = __archgateCreateRequire(import.meta.url);
import{a,b,c}from"./chunk-GZC4HWN4.js";import"./chunk-SSUOZNN7.js";import"./chunk-PSSP5MR4.js";import"./chunk-5HZYKETQ.js";import"./chunk-JS6WNNZS.js";import"./chunk-BND6IF4E.js";import"./chunk-DOSRROCK.js";export{a as buildView,b as checkDocSet,c as checkDocSetAsync};
