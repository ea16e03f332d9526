import { createRequire as __archgateCreateRequire } from 'node:module'; const require = __archgateCreateRequire(import.meta.url);
import{a,b,c,d}from"./chunk-P4ZG3AMJ.js";import"./chunk-DOSRROCK.js";export{a as NeedsDom,c as attachDom,d as default,b as hasDom};
