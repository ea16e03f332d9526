import { createRequire as __archgateCreateRequire } from 'node:module'; const require = __archgateCreateRequire(import.meta.url);
import{a,b,c}from"./chunk-NJLH3PMA.js";import"./chunk-ZNUX2YDY.js";import"./chunk-AQSEMML6.js";import"./chunk-AJ253DPX.js";import"./chunk-JS6WNNZS.js";import"./chunk-BND6IF4E.js";import"./chunk-DOSRROCK.js";export{a as buildView,b as checkDocSet,c as checkDocSetAsync};
