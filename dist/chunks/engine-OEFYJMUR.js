import { createRequire as __archgateCreateRequire } from 'node:module'; const require = __archgateCreateRequire(import.meta.url);
import{a,b,c}from"./chunk-AABR7QNL.js";import"./chunk-6KNNNRAH.js";import"./chunk-KPHYIGZC.js";import"./chunk-NOB3CQVY.js";import"./chunk-5HZYKETQ.js";import"./chunk-JS6WNNZS.js";import"./chunk-DOSRROCK.js";export{a as buildView,b as checkDocSet,c as checkDocSetAsync};
