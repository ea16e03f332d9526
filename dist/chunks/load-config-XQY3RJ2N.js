import { createRequire as __archgateCreateRequire } from 'node:module'; const require = __archgateCreateRequire(import.meta.url);
import{a,b,c}from"./chunk-ZV7UZSNV.js";import"./chunk-OWZZBQVM.js";import"./chunk-7UWJPM7O.js";import"./chunk-RN6SSCDA.js";import"./chunk-DOSRROCK.js";export{a as backtrackingRisk,b as loadConfig,c as loadConfigWithLines};
