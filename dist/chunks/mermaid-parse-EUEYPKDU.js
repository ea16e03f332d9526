import { createRequire as __archgateCreateRequire } from 'node:module'; const require = __archgateCreateRequire(import.meta.url);
import{a,b,c}from"./chunk-7U4ILPBZ.js";import"./chunk-B3R5XG7K.js";import"./chunk-DMQGZQW4.js";import"./chunk-DOSRROCK.js";export{c as askMermaid,b as loadMermaidEarly,a as verdictFrom};
