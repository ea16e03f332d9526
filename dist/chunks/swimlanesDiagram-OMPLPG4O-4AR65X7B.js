import { createRequire as __archgateCreateRequire } from 'node:module'; const require = __archgateCreateRequire(import.meta.url);
import{a as o,b as m}from"./chunk-636QK6AR.js";import"./chunk-YQJ3MQNH.js";import"./chunk-UW2SGU4X.js";import"./chunk-XRALT6OL.js";import"./chunk-234JN4TZ.js";import"./chunk-V73N47M2.js";import"./chunk-RN5ED5LY.js";import"./chunk-YOAGFXXB.js";import"./chunk-3TQKXSRY.js";import"./chunk-7EXBEXUT.js";import"./chunk-S4A6MP35.js";import"./chunk-HSVH2AB6.js";import"./chunk-LVHCM6ZY.js";import"./chunk-YHQ4L6XM.js";import"./chunk-W44J7LYO.js";import"./chunk-F6GMJZRS.js";import"./chunk-PQY3NUVJ.js";import"./chunk-ORNBR7LU.js";import"./chunk-T5CP6MGY.js";import"./chunk-PSZTY4GA.js";import"./chunk-EFJY2IZF.js";import"./chunk-RVGXFJRM.js";import{a as r}from"./chunk-S6QSHYQC.js";import"./chunk-DOSRROCK.js";var i=r(t=>`${o(t)}
  .swimlane.cluster:not([data-color-id]) rect {
    stroke: ${t.clusterBorder} !important;
  }
  [data-look="neo"].cluster rect {
    filter: none;
  }
`,"getStyles"),e=i,F=m({styles:e});export{F as diagram};
