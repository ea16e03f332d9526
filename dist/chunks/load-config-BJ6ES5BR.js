import { createRequire as __archgateCreateRequire } from 'node:module'; const require = __archgateCreateRequire(import.meta.url);
import{a,b,c}from"./chunk-245NX2JZ.js";import"./chunk-ZWINLX5L.js";import"./chunk-TPW53WSY.js";import"./chunk-DOSRROCK.js";export{a as backtrackingRisk,b as loadConfig,c as loadConfigWithLines};
