import { createRequire as __archgateCreateRequire } from 'node:module'; const require = __archgateCreateRequire(import.meta.url);
import{a as o,b as e}from"./chunk-NUX32QIB.js";import"./chunk-YZWKWG5K.js";import"./chunk-DOSRROCK.js";export{o as InfoModule,e as createInfoServices};
