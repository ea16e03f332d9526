import { createRequire as __archgateCreateRequire } from 'node:module'; const require = __archgateCreateRequire(import.meta.url);
import{a,b,c}from"./chunk-XCEGA6Q6.js";import"./chunk-QHRUTPMT.js";import"./chunk-VIFHQKIX.js";import"./chunk-MM56QJ7J.js";import"./chunk-5HZYKETQ.js";import"./chunk-JS6WNNZS.js";import"./chunk-DOSRROCK.js";export{a as buildView,b as checkDocSet,c as checkDocSetAsync};
