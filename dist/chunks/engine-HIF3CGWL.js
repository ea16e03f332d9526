import { createRequire as __archgateCreateRequire } from 'node:module'; const require = __archgateCreateRequire(import.meta.url);
import{a,b,c}from"./chunk-J6RBMGA4.js";import"./chunk-Q4UUMGYV.js";import"./chunk-QDOVZZTZ.js";import"./chunk-YQHB5QGA.js";import"./chunk-GOMODQGE.js";import"./chunk-DOSRROCK.js";export{a as buildView,b as checkDocSet,c as checkDocSetAsync};
