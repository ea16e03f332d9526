import { createRequire as __archgateCreateRequire } from 'node:module'; const require = __archgateCreateRequire(import.meta.url);
import{a,b,c,d}from"./chunk-JCDEU4EL.js";import"./chunk-2SHSIRL4.js";import"./chunk-DOSRROCK.js";export{c as createMermaidValidator,b as guessMermaidBlocks,a as hasMermaidFence,d as nodeMermaidValidator};
