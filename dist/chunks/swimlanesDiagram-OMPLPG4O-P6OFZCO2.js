import { createRequire as __archgateCreateRequire } from 'node:module'; const require = __archgateCreateRequire(import.meta.url);
import{a as o,b as m}from"./chunk-OXIRFMR7.js";import"./chunk-UW2SGU4X.js";import"./chunk-YQJ3MQNH.js";import"./chunk-XRALT6OL.js";import"./chunk-FHFHBVT5.js";import"./chunk-RN5ED5LY.js";import"./chunk-2GCBZGK7.js";import"./chunk-H3YDA767.js";import"./chunk-BKU7MTPT.js";import"./chunk-K6OGUIKU.js";import"./chunk-Y7UKYODV.js";import"./chunk-F62A2FHK.js";import"./chunk-YHQ4L6XM.js";import"./chunk-4YK7QRTQ.js";import"./chunk-W44J7LYO.js";import"./chunk-K4FSE3VG.js";import"./chunk-MSIEZ6SF.js";import"./chunk-PXRVHSPL.js";import"./chunk-T5CP6MGY.js";import"./chunk-B4UY7I7M.js";import"./chunk-EFJY2IZF.js";import"./chunk-P4ZG3AMJ.js";import{a as r}from"./chunk-S6QSHYQC.js";import"./chunk-DOSRROCK.js";var i=r(t=>`${o(t)}
  .swimlane.cluster:not([data-color-id]) rect {
    stroke: ${t.clusterBorder} !important;
  }
  [data-look="neo"].cluster rect {
    filter: none;
  }
`,"getStyles"),e=i,F=m({styles:e});export{F as diagram};
