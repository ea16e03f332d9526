import { createRequire as __archgateCreateRequire } from 'node:module'; const require = __archgateCreateRequire(import.meta.url);
import{a,b,c,d}from"./chunk-IKJYTKFC.js";import"./chunk-67POL53X.js";import"./chunk-DOSRROCK.js";export{a as COMMENT_LIMIT,c as compileTemplate,b as escapeText,d as renderDocSet};
