import { createRequire as __archgateCreateRequire } from 'node:module'; const require = __archgateCreateRequire(import.meta.url);
import{a,b,c,d,e,f,g,h,i}from"./chunk-4M7NPYOU.js";import"./chunk-DOSRROCK.js";export{b as debug,f as error,c as info,d as notice,g as setFailed,h as setOutput,i as summary,a as useWorkflowCommands,e as warning};
