import { createRequire as __archgateCreateRequire } from 'node:module'; const require = __archgateCreateRequire(import.meta.url);
import{b as a,c as b,d as c,e as d}from"./chunk-7DM3M2XT.js";import"./chunk-MCWTPW2C.js";import"./chunk-DOSRROCK.js";export{c as createMermaidValidator,b as guessMermaidBlocks,a as hasMermaidFence,d as nodeMermaidValidator};
