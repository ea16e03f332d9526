import { createRequire as __archgateCreateRequire } from 'node:module'; const require = __archgateCreateRequire(import.meta.url);
import{a,b,c,d}from"./chunk-CLUZJN4P.js";import"./chunk-TRH7ZSA3.js";import"./chunk-DOSRROCK.js";export{c as createMermaidValidator,b as guessMermaidBlocks,a as hasMermaidFence,d as nodeMermaidValidator};
