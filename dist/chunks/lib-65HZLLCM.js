import { createRequire as __archgateCreateRequire } from 'node:module'; const require = __archgateCreateRequire(import.meta.url);
import{a}from"./chunk-3NQNX2OV.js";import"./chunk-H5NGOINI.js";import"./chunk-DOSRROCK.js";export default a();
