import { createRequire as __archgateCreateRequire } from 'node:module'; const require = __archgateCreateRequire(import.meta.url);
import{a as r,b as o}from"./chunk-DDIFN6VP.js";import"./chunk-YZWKWG5K.js";import"./chunk-DOSRROCK.js";export{r as RailroadAbnfModule,o as createRailroadAbnfServices};
