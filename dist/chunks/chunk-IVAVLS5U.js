import { createRequire as __archgateCreateRequire } from 'node:module'; const require = __archgateCreateRequire(import.meta.url);
import{b as t,e}from"./chunk-B3R5XG7K.js";var r=t("render",()=>import("./chunk-CFHHFPVC-XFSYPDPS.js")),s=e(r,"getRegisteredLayoutAlgorithm","function"),i=e(r,"registerLayoutLoaders","function"),d=e(r,"render","function");export{s as a,i as b,d as c};
