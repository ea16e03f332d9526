import { createRequire as __archgateCreateRequire } from 'node:module'; const require = __archgateCreateRequire(import.meta.url);
import{a,b,c}from"./chunk-TJXMXUL2.js";import"./chunk-DSZXHHSA.js";import"./chunk-P2U4VA3I.js";import"./chunk-TSEMTWHK.js";import"./chunk-JS6WNNZS.js";import"./chunk-BND6IF4E.js";import"./chunk-DOSRROCK.js";export{a as buildView,b as checkDocSet,c as checkDocSetAsync};
