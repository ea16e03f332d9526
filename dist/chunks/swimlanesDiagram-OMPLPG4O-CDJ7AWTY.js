import { createRequire as __archgateCreateRequire } from 'node:module'; const require = __archgateCreateRequire(import.meta.url);
import{a as o,b as m}from"./chunk-W4HYVOSL.js";import"./chunk-YQJ3MQNH.js";import"./chunk-UW2SGU4X.js";import"./chunk-SKOK747B.js";import"./chunk-XRALT6OL.js";import"./chunk-E2EFCHOL.js";import"./chunk-RN5ED5LY.js";import"./chunk-TA4UYQNS.js";import"./chunk-7PERBPVU.js";import"./chunk-CTWOZHHP.js";import"./chunk-UZ4TOZBG.js";import"./chunk-KB5NKPHY.js";import"./chunk-YHQ4L6XM.js";import"./chunk-CRUHXOLZ.js";import"./chunk-W44J7LYO.js";import"./chunk-F4VGADHR.js";import"./chunk-DD33KUZM.js";import"./chunk-FLHBTXNH.js";import"./chunk-T5CP6MGY.js";import"./chunk-OVAGPS77.js";import"./chunk-EFJY2IZF.js";import{a as r}from"./chunk-S6QSHYQC.js";import"./chunk-DOSRROCK.js";var i=r(t=>`${o(t)}
  .swimlane.cluster:not([data-color-id]) rect {
    stroke: ${t.clusterBorder} !important;
  }
  [data-look="neo"].cluster rect {
    filter: none;
  }
`,"getStyles"),e=i,F=m({styles:e});export{F as diagram};
