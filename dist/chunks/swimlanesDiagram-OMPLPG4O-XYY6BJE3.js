import { createRequire as __archgateCreateRequire } from 'node:module'; const require = __archgateCreateRequire(import.meta.url);
import{a as o,b as m}from"./chunk-CFTT43ZB.js";import"./chunk-YQJ3MQNH.js";import"./chunk-UW2SGU4X.js";import"./chunk-AFTD274Q.js";import"./chunk-XRALT6OL.js";import"./chunk-CRDXS2BK.js";import"./chunk-BRAAOVWP.js";import"./chunk-RN5ED5LY.js";import"./chunk-HWXKT6BE.js";import"./chunk-24JUGFSK.js";import"./chunk-W44J7LYO.js";import"./chunk-KFMBOUBU.js";import"./chunk-6OMHHYNK.js";import"./chunk-4562NKQ3.js";import"./chunk-4SFLYFWH.js";import"./chunk-B3R5XG7K.js";import"./chunk-T27RCP6B.js";import"./chunk-TZ42PEXP.js";import"./chunk-T5CP6MGY.js";import"./chunk-BRI4W7J5.js";import"./chunk-EFJY2IZF.js";import"./chunk-DMQGZQW4.js";import"./chunk-P4ZG3AMJ.js";import{a as r}from"./chunk-S6QSHYQC.js";import"./chunk-DOSRROCK.js";var i=r(t=>`${o(t)}
  .swimlane.cluster:not([data-color-id]) rect {
    stroke: ${t.clusterBorder} !important;
  }
  [data-look="neo"].cluster rect {
    filter: none;
  }
`,"getStyles"),e=i,F=m({styles:e});export{F as diagram};
