import { createRequire as __archgateCreateRequire } from 'node:module'; const require = __archgateCreateRequire(import.meta.url);
import{a as r,b as e}from"./chunk-Y3KGX25F.js";import"./chunk-YZWKWG5K.js";import"./chunk-DOSRROCK.js";export{r as GitGraphModule,e as createGitGraphServices};
