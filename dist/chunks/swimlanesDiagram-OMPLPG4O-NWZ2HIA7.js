import { createRequire as __archgateCreateRequire } from 'node:module'; const require = __archgateCreateRequire(import.meta.url);
import{a as o,b as m}from"./chunk-HXBBHKTW.js";import"./chunk-UW2SGU4X.js";import"./chunk-YQJ3MQNH.js";import"./chunk-XRALT6OL.js";import"./chunk-IVAVLS5U.js";import"./chunk-OFREZW7S.js";import"./chunk-RN5ED5LY.js";import"./chunk-KAIGHS2R.js";import"./chunk-GBNRWEJD.js";import"./chunk-OIIJPYN5.js";import"./chunk-HTVNC72Q.js";import"./chunk-W44J7LYO.js";import"./chunk-VVMLOJIL.js";import"./chunk-FMURTTEZ.js";import"./chunk-ZPETSXYL.js";import"./chunk-4RIJL5E3.js";import"./chunk-7665PR2B.js";import"./chunk-T5CP6MGY.js";import"./chunk-7MI2DHO3.js";import"./chunk-EFJY2IZF.js";import{a as r}from"./chunk-S6QSHYQC.js";import"./chunk-B3R5XG7K.js";import"./chunk-DMQGZQW4.js";import"./chunk-P4ZG3AMJ.js";import"./chunk-DOSRROCK.js";var i=r(t=>`${o(t)}
  .swimlane.cluster:not([data-color-id]) rect {
    stroke: ${t.clusterBorder} !important;
  }
  [data-look="neo"].cluster rect {
    filter: none;
  }
`,"getStyles"),e=i,F=m({styles:e});export{F as diagram};
