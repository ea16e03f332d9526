import { createRequire as __archgateCreateRequire } from 'node:module'; const require = __archgateCreateRequire(import.meta.url);
import{b as e,e as t}from"./chunk-B3R5XG7K.js";var n=e("clusters",()=>import("./chunk-M57EVK23-N7SARSXC.js")),o=t(n,"clear","function"),c=t(n,"clusterPaintsTitle","function"),i=t(n,"insertCluster","function");export{o as a,c as b,i as c};
