import { createRequire as __archgateCreateRequire } from 'node:module'; const require = __archgateCreateRequire(import.meta.url);
import{a,b,c}from"./chunk-KUO433BH.js";import"./chunk-QQUCKV5T.js";import"./chunk-TPW53WSY.js";import"./chunk-DOSRROCK.js";export{a as backtrackingRisk,b as loadConfig,c as loadConfigWithLines};
