import { createRequire as __archgateCreateRequire } from 'node:module'; const require = __archgateCreateRequire(import.meta.url);
import{a as o,b as m}from"./chunk-IHJFVGT2.js";import"./chunk-UW2SGU4X.js";import"./chunk-YQJ3MQNH.js";import"./chunk-XRALT6OL.js";import"./chunk-L7BO2RQP.js";import"./chunk-RN5ED5LY.js";import"./chunk-44ONY54W.js";import"./chunk-X2WS32BG.js";import"./chunk-U2XUWWJW.js";import"./chunk-U3MJYOPK.js";import"./chunk-4S5ZUYXS.js";import"./chunk-QDBSOQXL.js";import"./chunk-YHQ4L6XM.js";import"./chunk-YRM5ZFCU.js";import"./chunk-W44J7LYO.js";import"./chunk-Q43MZP3I.js";import"./chunk-2EJKYFLZ.js";import"./chunk-C2KPPTS7.js";import"./chunk-T5CP6MGY.js";import"./chunk-J2RPK4YV.js";import"./chunk-EFJY2IZF.js";import"./chunk-3LYWUNAK.js";import"./chunk-P4ZG3AMJ.js";import{a as r}from"./chunk-S6QSHYQC.js";import"./chunk-DOSRROCK.js";var i=r(t=>`${o(t)}
  .swimlane.cluster:not([data-color-id]) rect {
    stroke: ${t.clusterBorder} !important;
  }
  [data-look="neo"].cluster rect {
    filter: none;
  }
`,"getStyles"),e=i,F=m({styles:e});export{F as diagram};
