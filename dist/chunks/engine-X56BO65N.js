import { createRequire as __archgateCreateRequire } from 'node:module'; const require = __archgateCreateRequire(import.meta.url);
import{a,b,c}from"./chunk-DH4S4D4Y.js";import"./chunk-MWYCFXKC.js";import"./chunk-ZFJXRPDS.js";import"./chunk-NFPTYAQR.js";import"./chunk-JS6WNNZS.js";import"./chunk-BND6IF4E.js";import"./chunk-DOSRROCK.js";export{a as buildView,b as checkDocSet,c as checkDocSetAsync};
