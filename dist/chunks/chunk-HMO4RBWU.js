import { createRequire as __archgateCreateRequire } from 'node:module'; const require = __archgateCreateRequire(import.meta.url);
import o from"node:module";function i(e){let n=o.enableCompileCache;e&&n&&n(e)}export{i as a};
