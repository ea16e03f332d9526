import { createRequire as __archgateCreateRequire } from 'node:module'; const require = __archgateCreateRequire(import.meta.url);
import e from"node:os";import n from"node:path";function a(o){if(o.ARCHGATE_CACHE==="off")return null;let r=o.XDG_CACHE_HOME||(e.homedir()?n.join(e.homedir(),".cache"):"");return r?n.join(r,"archgate"):null}export{a};
