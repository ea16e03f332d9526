import { createRequire as __archgateCreateRequire } from 'node:module'; const require = __archgateCreateRequire(import.meta.url);
import{a}from"./chunk-JS6WNNZS.js";import"./chunk-DOSRROCK.js";export{a as splitAtHeadings};
