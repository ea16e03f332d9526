import { createRequire as __archgateCreateRequire } from 'node:module'; const require = __archgateCreateRequire(import.meta.url);
import{a,b}from"./chunk-5UJJSIA5.js";import"./chunk-OWZZBQVM.js";import"./chunk-2OXYBSIF.js";import"./chunk-BD4PTBAY.js";import"./chunk-2K22J2L6.js";import"./chunk-DOSRROCK.js";export{a as loadConfig,b as loadConfigWithLines};
