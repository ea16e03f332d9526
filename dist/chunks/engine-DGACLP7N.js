import { createRequire as __archgateCreateRequire } from 'node:module'; const require = __archgateCreateRequire(import.meta.url);
import{a,b,c}from"./chunk-AJG5RCEB.js";import"./chunk-F55NUL7E.js";import"./chunk-HIJ2JQL4.js";import"./chunk-XSWTOQ2T.js";import"./chunk-5HZYKETQ.js";import"./chunk-JS6WNNZS.js";import"./chunk-DOSRROCK.js";export{a as buildView,b as checkDocSet,c as checkDocSetAsync};
