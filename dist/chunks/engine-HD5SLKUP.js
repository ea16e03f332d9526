import { createRequire as __archgateCreateRequire } from 'node:module'; const require = __archgateCreateRequire(import.meta.url);
import{a,b,c}from"./chunk-VPZ2MXCN.js";import"./chunk-HRCTKEG3.js";import"./chunk-OWZXJJIJ.js";import"./chunk-AJ253DPX.js";import"./chunk-JS6WNNZS.js";import"./chunk-ZCQXRGPU.js";import"./chunk-DOSRROCK.js";export{a as buildView,b as checkDocSet,c as checkDocSetAsync};
