// The words a text is compared by: lower case, stop words out, light stemming, and a concept
// token for each family of synonyms ("p95", "latency" and "response time" all add ~latency), so
// that a requirement and the place that meets it match although they are worded differently.

const STOP_WORDS = new Set(
  (
    'the and for are but not you all any can had her was one our out has have him his how its may new now old see two who did get let put say she too use uses used using ' +
    'that this these those with from into onto than then them they their there where which while what when will would could should shall must been being were also such each every ' +
    'able ensure ensures provide provides provided support supports supported system systems application applications app apps user users data ' +
    'within under over less more least most only other based through without after before need needs needed requirement requirements feature features ' +
    // Units: a target's number is compared as a target, its unit word alone says nothing.
    'second seconds minute minutes hour hours day days week weeks month months year years percent sec secs min mins ' +
    'about across among never always other any many much service services time times per via etc make makes made well must all some same very just like upon both either neither ' +
    'le la les des une pour dans avec sans doit doivent être sont est par sur aux du de et ou en un ' +
    'der die das und ist mit für von den dem ein eine zu im auf nicht ' +
    'el los las por para con una del que se es ' +
    'için olan veya gibi ile bir ve'
  ).split(' '),
);

// Longest first: the first that leaves a stem of four letters or more is cut.
const SUFFIXES = ['izations', 'ization', 'isations', 'isation', 'ations', 'ation', 'ments', 'ment', 'ities', 'ity', 'ness', 'ings', 'ing', 'ions', 'ion', 'ers', 'er', 'ies', 'ied', 'ed', 'es', 'ages', 'age', 'ly', 's', 'e'];

/** "encryption", "encrypted", "encrypts" -> "encryp"; "leakage", "leaks" -> "leak"; six letters at most, so near forms meet. */
export function stem(word: string): string {
  let w = word;
  for (const s of SUFFIXES) {
    if (w.length - s.length >= 4 && w.endsWith(s)) {
      w = w.slice(0, -s.length);
      break;
    }
  }
  return w.slice(0, 6);
}

/** Families of words that name one concern; a text that uses any of them gets the concept token. */
const CONCEPTS: [string, RegExp][] = [
  ['~latency', /latenc|response[- ]times?|\bp(?:50|90|95|99)\b|\d{1,3}(?:th)? percentile|time[- ]to[- ]first|\bttfb\b|\blcp\b|responsive(?:ness)?\b|\bfast\b|quickly/i],
  ['~availability', /availab|uptime|\bsla\b|downtime|fail-?over|redundan|multi-az|health[- ]?checks?/i],
  ['~encryption', /encrypt|\btls\b|\bssl\b|\baes\b|\bkms\b|https|at rest|in transit|cipher|\bhsts\b/i],
  ['~authentication', /authenticat|\bauthn\b|oauth|\boidc\b|\bjwt\b|\bsso\b|\blog ?in\b|sign[- ]in|\bmfa\b|\b2fa\b|passwords?|credentials?|session tokens?|bcrypt|argon2|passkey/i],
  ['~authorization', /authori[sz]|\bauthz\b|\brbac\b|permission|role[- ]based|access control|\brls\b|row[- ]level|least privilege/i],
  ['~backup', /backups?\b|restor|\brpo\b|\brto\b|disaster recovery|point[- ]in[- ]time|snapshot/i],
  ['~scalability', /scal(?:e|ab|ing)|horizontal|autoscal|replica|shard|load[- ]balanc|concurrent/i],
  ['~observability', /logging|\blogs?\b|monitor|observab|metrics|tracing|alert|telemetry|\baudit/i],
  ['~accessibility', /accessib|wcag|\ba11y\b|\baria\b|screen[- ]reader|keyboard|contrast/i],
  ['~privacy', /privacy|gdpr|\bpii\b|personal data|personally identifiable|anonymi|pseudonym|data protection|consent|coppa|hipaa|ccpa/i],
  ['~ratelimit', /rate[- ]limit|throttl|quota|\bdos\b|ddos/i],
  ['~testing', /\btests?\b|testing|test coverage|unit tests?|e2e|end-to-end tests?|vitest|jest|pytest|playwright/i],
  ['~i18n', /\bi18n\b|locali[sz]|internationali[sz]|translat|multi-?lingual|languages?\b/i],
  ['~offline', /offline|service worker|local-first|sync(?:hroni[sz])?/i],
  ['~secrets', /secrets?\b|vault|key management|api keys?|key rotation/i],
  ['~validation', /validat|saniti[sz]|injection|\bxss\b|\bcsrf\b|escap/i],
  ['~browser', /browsers?\b|chrome|firefox|safari|\bedge\b|cross-browser/i],
  ['~mobile', /mobile|viewport|breakpoint|responsive design|tablet|\bios\b|android/i],
  ['~cost', /\bcosts?\b|budget|pricing|\$\s?\d|free tier|spend/i],
  ['~deploy', /deploy|docker|container|kubernetes|\bk8s\b|ci\/cd|pipeline/i],
];

/** Word stems (each with its count) and concept tokens of a text. */
export function termCounts(text: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const w of text.toLowerCase().match(/\p{L}[\p{L}\p{N}]*/gu) ?? []) {
    if (w.length < 3 || STOP_WORDS.has(w)) continue;
    const s = stem(w);
    out.set(s, (out.get(s) ?? 0) + 1);
  }
  for (const [token, re] of CONCEPTS) if (re.test(text)) out.set(token, (out.get(token) ?? 0) + 1);
  return out;
}

export const isConcept = (term: string): boolean => term.startsWith('~');
