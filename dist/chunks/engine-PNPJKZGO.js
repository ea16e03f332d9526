import { createRequire as __archgateCreateRequire } from 'node:module'; const require = __archgateCreateRequire(import.meta.url);
import{a,b,c}from"./chunk-DWAMVNMC.js";import"./chunk-SJDC24V7.js";import"./chunk-L7QJLJEV.js";import"./chunk-GROBFPU7.js";import"./chunk-GOMODQGE.js";import"./chunk-DOSRROCK.js";export{a as buildView,b as checkDocSet,c as checkDocSetAsync};
