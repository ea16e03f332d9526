import { createRequire as __archgateCreateRequire } from 'node:module'; const require = __archgateCreateRequire(import.meta.url);
import{a,b,c}from"./chunk-TIA64URY.js";import"./chunk-Y757O3JU.js";import"./chunk-XSYEFLUV.js";import"./chunk-4NO2HHKG.js";import"./chunk-CXH3PGYP.js";import"./chunk-DOSRROCK.js";export{a as buildView,b as checkDocSet,c as checkDocSetAsync};
