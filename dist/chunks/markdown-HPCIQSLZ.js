import { createRequire as __archgateCreateRequire } from 'node:module'; const require = __archgateCreateRequire(import.meta.url);
import{a,b,c,d,e,f,g,h,i}from"./chunk-TSEMTWHK.js";import"./chunk-JS6WNNZS.js";import"./chunk-DOSRROCK.js";export{a as CHUNK_CHARS,g as columnOf,f as lineOf,i as offsetLocator,h as paragraphLines,c as parseMarkdown,b as parseProgress,d as plainText,e as walk};
