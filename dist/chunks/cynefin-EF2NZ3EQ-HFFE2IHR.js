import { createRequire as __archgateCreateRequire } from 'node:module'; const require = __archgateCreateRequire(import.meta.url);
import{a as e,b as r}from"./chunk-LSW4T7QM.js";import"./chunk-YZWKWG5K.js";import"./chunk-DOSRROCK.js";export{e as CynefinModule,r as createCynefinServices};
