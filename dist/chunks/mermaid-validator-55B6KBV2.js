import { createRequire as __archgateCreateRequire } from 'node:module'; const require = __archgateCreateRequire(import.meta.url);
import{a,b,c,d}from"./chunk-W7QFTZBQ.js";import"./chunk-XUFIKIBM.js";import"./chunk-J27KKANI.js";import"./chunk-DOSRROCK.js";export{c as createMermaidValidator,b as guessMermaidBlocks,a as hasMermaidFence,d as nodeMermaidValidator};
