import { createRequire as __archgateCreateRequire } from 'node:module'; const require = __archgateCreateRequire(import.meta.url);
import{a,b,c}from"./chunk-MO6NFJM3.js";import"./chunk-GK33SBBY.js";import"./chunk-4C7JGAOB.js";import"./chunk-NWOUTWSY.js";import"./chunk-CXH3PGYP.js";import"./chunk-DOSRROCK.js";export{a as buildView,b as checkDocSet,c as checkDocSetAsync};
