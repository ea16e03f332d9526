import { createRequire as __archgateCreateRequire } from 'node:module'; const require = __archgateCreateRequire(import.meta.url);
import{a,b,c}from"./chunk-D4IO4MAI.js";import"./chunk-5HYWRNSU.js";import"./chunk-BD4PTBAY.js";import"./chunk-2K22J2L6.js";import"./chunk-DOSRROCK.js";export{a as buildView,b as checkDocSet,c as checkDocSetAsync};
