import { createRequire as __archgateCreateRequire } from 'node:module'; const require = __archgateCreateRequire(import.meta.url);
import{a,b,c}from"./chunk-2ZTG6LKO.js";import"./chunk-YB2H4G7F.js";import"./chunk-SOGEBBYY.js";import"./chunk-AJ253DPX.js";import"./chunk-JS6WNNZS.js";import"./chunk-BND6IF4E.js";import"./chunk-DOSRROCK.js";export{a as buildView,b as checkDocSet,c as checkDocSetAsync};
