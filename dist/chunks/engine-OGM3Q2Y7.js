import { createRequire as __archgateCreateRequire } from 'node:module'; const require = __archgateCreateRequire(import.meta.url);
import{a,b,c}from"./chunk-EB4XPTPM.js";import"./chunk-AEWL7H5V.js";import"./chunk-BU3V6V3A.js";import"./chunk-E6XJ4LZC.js";import"./chunk-CXH3PGYP.js";import"./chunk-DOSRROCK.js";export{a as buildView,b as checkDocSet,c as checkDocSetAsync};
