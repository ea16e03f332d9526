// The words a text is compared by: lower case, stop words out, light stemming, and a concept
// token for each family of synonyms ("p95", "latency" and "response time" all add ~latency), so
// that a requirement and the place that meets it match although they are worded differently.

/** Words that say nothing about where a requirement is met, in every language archgate reads. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'the and for are but not you all any can had her was one our out has have him his how its may new now old see two who did get let put say she too use uses used using ' +
    'that this these those with from into onto than then them they their there where which while what when will would could should shall must been being were also such each every ' +
    'able ensure ensures provide provides provided support supports supported system systems application applications app apps user users data ' +
    'within under over less more least most only other based through without after before need needs needed requirement requirements feature features ' +
    // Units: a target's number is compared as a target, its unit word alone says nothing.
    'second seconds minute minutes hour hours day days week weeks month months year years percent sec secs min mins ' +
    'about across among never always other any many much service services time times per via etc make makes made well must all some same very just like upon both either neither ' +
    'le la les des une pour dans avec sans doit doivent être sont est par sur aux du de et ou en un chaque tout tous toute toutes ' +
    // The generic words and units above, in the other languages archgate reads.
    'données système systèmes utilisateur utilisateurs application applications seconde secondes heure heures jour jours semaine semaines mois année années ' +
    'datos sistema sistemas usuario usuarios aplicación segundo segundos hora horas día días semana semanas mes meses año años ' +
    'dados utilizador utilizadores usuário usuários aplicação dia dias ano anos ' +
    'daten systeme benutzer nutzer anwendung sekunde sekunden stunde stunden tage tagen woche wochen monat monate jahr jahre ' +
    'veri sistem kullanıcı uygulama saniye dakika saat gün hafta yıl ' +
    'der die das und ist mit für von den dem ein eine zu im auf nicht ' +
    'el los las por para con una del que se es ' +
    'için olan veya gibi ile bir ve ' +
    // Their function words and the generic verbs of a requirement ("ensure", "provide", "must"):
    // in a French document "afin", "selon" or "garantir" would otherwise read as distinctive.
    'afin ainsi alors après aussi autre autres avant avoir bien cela celle celles celui ceux cette ces chez comme comment dont donc elle elles encore entre été étant fait faire faut ' +
    'leur leurs lors lorsque mais même mêmes moins notre nos non nous parce pas peu peut peuvent plus plusieurs quand quel quelle quelles quels qui quoi selon son soit sous ' +
    'tandis tant tel telle tels toujours très trop vers voici votre vos déjà ici devra devront doit pouvoir sera seront était ' +
    'assurer assure garantir garantit garantie permettre permet permettent fournir fournit prendre exigence exigences fonctionnalité fonctionnalités besoin besoins ' +
    'inférieur inférieure inférieurs supérieur supérieure supérieurs minimum maximum ' +
    'sin uno unos unas como más menos cada todo todos toda todas entre sobre según debe deben será serán está están son sus ser tiene tienen ' +
    'garantizar asegurar permitir proporcionar requisito requisitos funcionalidad funcionalidades ' +
    'sem dos das mais cada deve devem serão estão são seus suas fornecer requisitos funcionalidade ' +
    'des einer eines oder auch als wie bei nach aus über unter mehr weniger jede jeder jedes alle muss müssen soll sollen wird werden kann können ' +
    'sicherstellen gewährleisten bereitstellen anforderung anforderungen ' +
    'daha her tüm olarak kadar göre sonra önce değil olmalı olmalıdır sağlamak sağlar gereksinim gereksinimler'
  ).split(' '),
);

// Longest first: the first that leaves a stem of four letters or more is cut.
const SUFFIXES = ['izations', 'ization', 'isations', 'isation', 'ations', 'ation', 'ments', 'ment', 'ities', 'ity', 'ness', 'ings', 'ing', 'ions', 'ion', 'ers', 'er', 'ies', 'ied', 'ed', 'es', 'ages', 'age', 'ly', 's', 'e'];

/**
 * "encryption", "encrypted", "encrypts" -> "encryp"; "leakage", "leaks" -> "leak"; "keys" ->
 * "key", "logs", "logging" -> "log"; six letters at most, so near forms meet.
 */
export function stem(word: string): string {
  let w = word;
  // A plural first, however short the word ("keys", "apis", "logs"), so that it meets its
  // singular; not "access", "status".
  if (w.length >= 4 && w.endsWith('s') && !/(?:ss|us)$/.test(w)) w = w.slice(0, -1);
  for (const s of SUFFIXES) {
    if (w.length - s.length >= 4 && w.endsWith(s)) {
      w = w.slice(0, -s.length);
      // "logging", "logged" -> "log", as "log"; not "install", "pass", "buzz".
      if (/([b-df-hj-kmnp-rtv-x])\1$/.test(w)) w = w.slice(0, -1);
      break;
    }
  }
  return w.slice(0, 6);
}

/** Families of words that name one concern; a text that uses any of them gets the concept token. */
const CONCEPTS: [string, RegExp][] = [
  ['~latency', /latenc|response[- ]times?\b|\bp(?:50|90|95|99)\b|\d{1,3}(?:th)? percentile|time[- ]to[- ]first|\bttfb\b|\blcp\b|responsive(?:ness)?\b|\bfast\b|quickly/i],
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

// Chinese and Japanese write words without spaces: a sentence would be one "word" that matches
// nothing. Han runs are read as overlapping character pairs (the usual way to index CJK text: no
// dictionary, so the same terms on every node version); a katakana run is a loanword, read whole
// ("データベース"); hiragana is mostly grammar (particles, endings) and only separates.
const HAN = /^\p{Script=Han}+$/u;
const KATAKANA = /^[\p{Script=Katakana}ー]+$/u;
const WORD = /\p{Script=Han}+|[\p{Script=Katakana}ー]+|\p{Script=Hiragana}+|(?:(?![\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}ー])\p{L})(?:(?![\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}ー])[\p{L}\p{N}])*/gu;

function add(out: Map<string, number>, term: string) {
  out.set(term, (out.get(term) ?? 0) + 1);
}

/**
 * The same families in the other languages archgate reads (French, Spanish, Portuguese, German,
 * Turkish, Chinese, Japanese): a French NFR on "temps de réponse" and a section on latency are
 * about one thing. Only words that name the concern itself, never a generic one ("données").
 */
const CONCEPTS_ELSEWHERE: Record<string, RegExp> = {
  '~latency': /temps de r[ée]ponse|tiempo de respuesta|tempo de resposta|antwortzeit|latenz|yan[ıi]t s[üu]resi|95e percentile|応答時間|レスポンスタイム(?!アウト)|レイテンシ|响应时间|延迟|temps de chargement|d[ée]lai de r[ée]ponse|tiempo de carga|ladezeit/iu,
  '~availability': /disponibilit|disponibilidad|verf[üu]gbarkeit|erreichbarkeit|haute disponibilit|稼働率|可用性|redondan|basculement|tol[ée]rance aux pannes|temps d['’]arr[êe]t|interruption de service/iu,
  '~encryption': /chiffr|cifrad|cifrado|criptograf|verschl[üu]ssel|[şs]ifrel|暗号化|加密|cryptage|crypt[ée]e?s?(?!\p{L})/iu,
  '~authentication': /authentifi|autentica|mot de passe|contrase[ñn]a|passwort|senha|認証|认证|ログイン|パスワード|登录|密码|identifiants|double facteur/iu,
  '~authorization': /autoris|autoriza|berechtigung|yetkilendir|権限|认可|授权|权限|contr[ôo]le d['’]acc[èe]s|droits d['’]acc[èe]s|habilitation/iu,
  '~backup': /sauvegard|respaldo|copia de seguridad|c[óo]pia de seguran[çc]a|datensicherung|yedekle|バックアップ|备份|reprise apr[èe]s sinistre|plan de reprise/iu,
  '~scalability': /[ée]volutivit|escalab|skalier|[öo]l[çc]eklen|スケール|拡張性|扩展性|伸缩|mont[ée]e en charge|mise [àa] l['’][ée]chelle|passage [àa] l['’][ée]chelle/iu,
  '~observability': /journalis|surveillance|monitoreo|monitoramento|protokollier|[üu]berwachung|izleme|(?<!\p{Script=Katakana})ログ(?!イン)|監視|日志|监控|supervision|m[ée]triques/iu,
  '~accessibility': /accesib|acessib|barrierefrei|eri[şs]ilebilir|アクセシビリティ|无障碍|lecteurs? d['’][ée]cran|clavier/iu,
  '~privacy': /donn[ée]es personnelles|vie priv[ée]e|rgpd|datos personales|dados pessoais|lgpd|datenschutz|kvkk|ki[şs]isel veri|個人情報|プライバシー|隐私|个人信息|confidentialit[ée]/iu,
  '~ratelimit': /limitation de d[ée]bit|limite de taux|レート制限|限流|limit(?:e|ation) (?:du nombre )?de requ[êe]tes/iu,
  '~testing': /pruebas|testes|テスト|测试|couverture de (?:code|tests)/iu,
  '~i18n': /multilingue|traduction|traducci[óo]n|tradu[çc][ãa]o|[üu]bersetzung|多言語|国际化|多语言|langues?(?!\p{L})|idiomas?(?!\p{L})|sprachen?(?!\p{L})/iu,
  '~offline': /hors[- ]ligne|sin conexi[óo]n|sem conex[ãa]o|オフライン|离线|mode d[ée]connect[ée]|mode avion/iu,
  '~secrets': /cl[ée]s? (?:d['’])?api|coffre[- ]fort|gestion des secrets|secretos/iu,
  '~validation': /validaci[óo]n|valida[çc][ãa]o|validierung|バリデーション|入力検証|校验/i,
  '~browser': /navigateur|navegador|ブラウザ|浏览器/i,
  '~mobile': /m[óo]vil|モバイル|移动端/i,
  '~cost': /co[ûu]ts?|costos?|custos?|kosten|maliyet|コスト|成本|费用/i,
  '~deploy': /d[ée]ploi|despliegue|implanta[çc][ãa]o|bereitstellung|デプロイ|部署/i,
};

/** Word stems (each with its count) and concept tokens of a text. */
export function termCounts(text: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const w of text.toLowerCase().match(WORD) ?? []) {
    if (HAN.test(w)) {
      for (let i = 0; i + 1 < w.length; i++) add(out, w.slice(i, i + 2));
      continue;
    }
    if (KATAKANA.test(w)) {
      if (w.length >= 2) add(out, w);
      continue;
    }
    if (/^\p{Script=Hiragana}/u.test(w) || w.length < 3 || STOP_WORDS.has(w)) continue;
    add(out, stem(w));
  }
  for (const [token, re] of CONCEPTS) if (re.test(text) || CONCEPTS_ELSEWHERE[token]?.test(text)) add(out, token);
  return out;
}

export const isConcept = (term: string): boolean => term.startsWith('~');

/**
 * Words that name a quality itself, not a way to meet it ("performance", "sécurité", "logs",
 * "güvenlik"): a place that shares only them discusses the requirement's topic. They still rank a
 * place; they never count as the requirement's distinctive wording.
 */
const TOPIC_WORDS =
  'performance performances performant perf latency latence latencia latenz speed fast rapid rapide rapidité réactivité responsive responsiveness efficiency efficacité ' +
  'security secure secured sécurité sécurisé sécurisée sécuriser seguridad segurança sicherheit güvenlik güvenli privacy confidentialité compliance conformité ' +
  'availability available disponibilité disponible disponibilidad verfügbarkeit erişilebilirlik reliability reliable fiabilité fiable robustness robust robustesse resilience résilience resilient güvenilirlik ' +
  'scalability scalable scalabilité évolutivité escalabilidad skalierbarkeit ölçeklenebilirlik usability utilisabilité ergonomie kullanılabilirlik ' +
  'maintainability maintenabilité maintainable compatibility compatible compatibilité uyumluluk observability observabilité monitoring surveillance izleme log logs logging journal journaux journalisation ' +
  'integration intégration entegrasyon cost costs coût coûts maliyet quality qualité kalite performans nonfunctional';

export const TOPIC_TERMS: ReadonlySet<string> = new Set([...termCounts(TOPIC_WORDS).keys()].filter((t) => !isConcept(t)));
