import { createRequire as __archgateCreateRequire } from 'node:module'; const require = __archgateCreateRequire(import.meta.url);
import{setFlagsFromString as e}from"node:v8";function r(){e("--no-regexp-tier-up")}export{r as a};
