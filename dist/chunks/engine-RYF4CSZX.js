import { createRequire as __archgateCreateRequire } from 'node:module'; const require = __archgateCreateRequire(import.meta.url);
import{a,b,c}from"./chunk-BJRBMK3P.js";import"./chunk-NLQMRUCA.js";import"./chunk-GVBAVY7W.js";import"./chunk-FMEICTWA.js";import"./chunk-CXH3PGYP.js";import"./chunk-DOSRROCK.js";export{a as buildView,b as checkDocSet,c as checkDocSetAsync};
