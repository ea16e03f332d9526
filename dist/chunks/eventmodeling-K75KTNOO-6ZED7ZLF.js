import { createRequire as __archgateCreateRequire } from 'node:module'; const require = __archgateCreateRequire(import.meta.url);
import{a as e,b as o}from"./chunk-CA34JF5W.js";import"./chunk-YZWKWG5K.js";import"./chunk-DOSRROCK.js";export{e as EventModelingModule,o as createEventModelingServices};
