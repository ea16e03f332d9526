import { createRequire as __archgateCreateRequire } from 'node:module'; const require = __archgateCreateRequire(import.meta.url);
import{a as r,b as o}from"./chunk-2FHLNCLJ.js";import"./chunk-YZWKWG5K.js";import"./chunk-DOSRROCK.js";export{r as RailroadModule,o as createRailroadServices};
