import { createRequire as __archgateCreateRequire } from 'node:module'; const require = __archgateCreateRequire(import.meta.url);
import{a,b,c}from"./chunks/chunk-5YL7XAFN.js";import"./chunks/chunk-B3R5XG7K.js";import"./chunks/chunk-DMQGZQW4.js";import"./chunks/chunk-DOSRROCK.js";export{c as askMermaid,b as loadMermaidEarly,a as verdictFrom};
