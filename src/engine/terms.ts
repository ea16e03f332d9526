import { TERM_ABBREVIATIONS, TERM_TRANSLATIONS } from './vocabulary.js';

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
    // Russian: function words, pronouns and their common forms, the generic words and units.
    'все всё всех всем вся весь его ему её она они оно них ним ней как так что чтобы это этот эта эти этого этой этом этих тот той того тем там тут где когда если или либо также тоже только уже еще ещё даже при для без через под над про после перед между около более менее может могут должен должна должно должны быть был была было были будет будут есть нет один одна одно одного одной одному одним другой другого другой других каждый каждая каждое каждого любой любого свой своего своей которые который которая которое которых чем его них нас вас себя ' +
    'система системы системе систему системой данные данных данным пользователь пользователя пользователю пользователей пользователям приложение приложения секунда секунды секунд минута минуты минут часа часов день дня дней обеспечивать обеспечивает обеспечение требование требования ' +
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
    // Demonstratives, conjunctions and modal verbs of Spanish, Portuguese, French, Italian and
    // Turkish that a requirement's text uses and no design place is about: without them "ese",
    // "pero" or "aucun" counted among an NFR's most distinctive words (rare in an English design).
    // Not "nas" (NAS storage), "sea", "num" or "usa" (USA), which also name things.
    'ese esa esos esas este esta estos estas esto eso aquel aquella pero aunque donde cuando hay sean sido puede pueden usan usar muy tanto cual cuales quien quienes ' +
    'mismo misma mismos mismas otro otra otros otras hacer hace también mis tus ella ellos ellas ' +
    'aucun aucune chacun chacune quelque quelques certains certaines autant dès depuis pendant jusqu lequel laquelle lesquels ceci ' +
    'esse essa esses essas estes isso isto aquele aquela mas onde pode podem seu sua pelo pela pelos pelas também muito numa ' +
    'però può possono nelle çok ise bütün ancak fakat ' +
    'des einer eines oder auch als wie bei nach aus über unter mehr weniger jede jeder jedes alle muss müssen soll sollen wird werden kann können ' +
    'sein sind hat haben kein keine keinen gegen ohne sowie wenn dass diese dieser dieses zum zur vom beim einem einen nur noch sehr durch ' +
    'sicherstellen gewährleisten bereitstellen anforderung anforderungen ' +
    'daha her tüm olarak kadar göre sonra önce değil olmalı olmalıdır sağlamak sağlar gereksinim gereksinimler ' +
    // Italian: function words, the generic words and units, a requirement's generic verbs.
    'il lo gli della delle degli dei nel nella nei alle alla allo dal dalla che sono essere deve devono viene vengono tutti tutte ogni più tra fra anche questo questa questi queste quello quella loro ' +
    'senza sul sulla sui quando dove già solo molto dati utente utenti applicazione secondi minuti ore giorno giorni settimana settimane mese mesi anno anni ' +
    'garantire assicurare fornire consentire requisito requisiti funzionalità almeno massimo inferiore inferiori superiore superiori ' +
    // Indonesian: function words, the generic words, a requirement's generic verbs
    // ("semua", "tidak", "yang" read as distinctive in an Indonesian SRS). Units stay words: the
    // target reader does not read "30 detik" as a target yet, so the unit is its only link. "ada" and
    // "minimal" are English words too (the ADA, minimal downtime) and stay.
    'yang dan dari untuk dengan pada dalam ini itu atau adalah akan tidak harus dapat bisa semua setiap oleh sebagai juga sudah belum lebih kurang ' +
    'agar saat jika maka tanpa antara hingga sampai secara serta tersebut melalui karena bahwa para bagi hanya masing ' +
    'pengguna aplikasi sistem memastikan menyediakan mendukung kebutuhan persyaratan fitur fungsi maksimal'
  ).split(' '),
);

// Longest first: the first that leaves a stem of four letters or more is cut.
const SUFFIXES = ['izations', 'ization', 'isations', 'isation', 'ations', 'ation', 'ments', 'ment', 'ities', 'ity', 'ness', 'ings', 'ing', 'ions', 'ion', 'ers', 'er', 'ies', 'ied', 'ed', 'es', 'ages', 'age', 'ly', 's', 'e'];

/**
 * "encryption", "encrypted", "encrypts" -> "encryp"; "leakage", "leaks" -> "leak"; "keys" ->
 * "key", "logs", "logging" -> "log"; six letters at most, so near forms meet.
 */
export function stem(word: string): string {
  if (CYRILLIC.test(word)) return stemCyrillic(word);
  let w = word;
  // A plural first, however short the word ("keys", "apis", "logs"), so that it meets its
  // singular; not "access", "status".
  if (w.length >= 4 && w.endsWith('s') && !/(?:ss|us)$/.test(w)) w = w.slice(0, -1);
  // "on transport failure" and "if send fails" are one event. Not every "-ure": "measure" would
  // leave "measurement", "capture" "captured".
  if (w === 'failure') return 'fail';
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

const CYRILLIC = /^[\u0400-\u04ff]+$/;
// Russian (and Ukrainian) inflect by endings that are often inside six letters: "пароли",
// "паролей" and "паролям" are one word, which the first six letters alone kept apart. Longest
// first; the first that leaves a stem of four letters or more is cut. No verb endings of one
// vowel and "т" ("-ет", "-ут"): they end nouns too ("таймаут", "бюджет").
const CYRILLIC_ENDINGS = ['иями', 'ями', 'ами', 'ого', 'его', 'ому', 'ему', 'ыми', 'ими', 'ться', 'ется', 'ются', 'ией', 'иях', 'иям', 'ием', 'ии', 'ия', 'ию', 'ью', 'ье', 'ья', 'ой', 'ей', 'ий', 'ый', 'ая', 'яя', 'ое', 'ее', 'ые', 'ие', 'ых', 'их', 'ую', 'юю', 'ом', 'ем', 'ах', 'ях', 'ов', 'ев', 'ам', 'ям', 'ть', 'ся', 'а', 'я', 'о', 'е', 'и', 'ы', 'у', 'ю', 'ь', 'й'];

/** A Cyrillic word without its inflectional ending, six letters at most (as stem does for Latin words). */
function stemCyrillic(word: string): string {
  for (const e of CYRILLIC_ENDINGS) if (word.length - e.length >= 4 && word.endsWith(e)) return word.slice(0, -e.length).slice(0, 6);
  return word.slice(0, 6);
}

/** Families of words that name one concern; a text that uses any of them gets the concept token. */
const CONCEPTS: [string, RegExp][] = [
  ['~latency', /latenc|response[- ]times?\b|\bp(?:50|90|95|99)\b|\d{1,3}(?:th)? percentile|time[- ]to[- ]first|\bttfb\b|\blcp\b|responsive(?:ness)?\b|\bfast\b|quickly/i],
  ['~availability', /availab|uptime|\bsla\b|downtime|fail-?over|redundan|multi-az|health[- ]?checks?/i],
  ['~encryption', /encrypt|\btls\b|\bssl\b|\baes\b|\bkms\b|https|at rest|in transit|cipher|\bhsts\b/i],
  ['~authentication', /authenticat|\bauthn\b|oauth|\boidc\b|\bjwt\b|\bsso\b|\blog ?in\b|sign[- ]in|\bmfa\b|\b2fa\b|passwords?|credentials?|session tokens?|bcrypt|argon2|passkey/i],
  ['~authorization', /authori[sz]|\bauthz\b|\brbac\b|permission|role[- ]based|access control|\brls\b|row[- ]level|least privilege|route guards?|\bauth(?:orization)?[- ]?(?:middleware|guards?)\b|restricted access|access (?:is )?restricted|restrict(?:s|ed)? access|need[- ]to[- ]know/i],
  // One tenant's (or user's) data kept from another's: "isolated per cabinet (multi-tenancy)", "RLS
  // on every table", "tenant_id on every row", in the words of the NFR or the design.
  ['~tenancy', /multi-?tenan|single-?tenan|\btenant[- _]?(?:isolation|id|ids|scoped|context|boundar(?:y|ies)|aware)\b|per[- ]tenant|(?:data|tenant|customer|account) isolation|isolated (?:per|by|between|from other) (?:tenants?|users?|customers?|accounts?|organi[sz]ations?|workspaces?)|row[- ]level security|\brls\b/i],
  ['~backup', /backups?\b|restor|\brpo\b|\brto\b|disaster recovery|point[- ]in[- ]time|snapshot/i],
  ['~scalability', /scal(?:e|ab|ing)|horizontal|autoscal|replica|shard|load[- ]balanc|concurrent/i],
  // The products a design names its observability by are the quality itself to any reader.
  ['~observability', /logging|\blogs?\b|monitor|observab|metrics|tracing|\btraces?\b|trace[_-]?ids?\b|alert|telemetry|\baudit|opentelemetry|prometheus|grafana|jaeger|\bloki\b|\belk\b|datadog|sentry/i],
  ['~accessibility', /accessib|wcag|\ba11y\b|\baria\b|screen[- ]reader|keyboard|contrast/i],
  ['~privacy', /privacy|gdpr|\bpii\b|personal data|personally identifiable|anonymi|pseudonym|data protection|consent|coppa|hipaa|ccpa/i],
  ['~ratelimit', /rate[- ]limit|throttl|quota|\bdos\b|ddos/i],
  ['~testing', /\btests?\b|testing|test coverage|unit tests?|e2e|end-to-end tests?|vitest|jest|pytest|playwright/i],
  ['~i18n', /\bi18n\b|locali[sz]|internationali[sz]|translat|multi-?lingual|languages?\b/i],
  ['~offline', /offline|service worker|local-first|sync(?:hroni[sz])?/i],
  ['~secrets', /secrets?\b|vault|key management|api keys?|key rotation/i],
  ['~validation', /validat|saniti[sz]|injection|\bxss|\bcsrf\b|escap/i],
  ['~browser', /browsers?\b|chrome|firefox|safari|\bedge\b|cross-browser/i],
  ['~mobile', /mobile|viewport|breakpoint|responsive design|tablet|\bios\b|android/i],
  ['~cost', /\bcosts?\b|budget|pricing|\$\s?\d|free tier|spend|pay[- ](?:per[- ]use|as[- ]you[- ]go)/i],
  ['~deploy', /deploy|docker|container|kubernetes|\bk8s\b|ci\/cd|pipeline/i],
  ['~usability', /usabilit|user[- ]friendly|easy to use|ease of use|intuitive|onboarding|learnab|first[- ]time users?|guided tour/i],
  // Mechanisms any architect reads as the quality itself. A transaction alone is not here: in a
  // ledger or a shop it is the money moved, not the database's all-or-nothing.
  ['~atomicity', /\batomic|all[- ]or[- ]nothing|\bacid\b|transactional|(?:database|db|single|same|one|sql) transactions?\b|in a transaction|roll(?:s|ed)?[- ]?backs?\b|unit of work|partial (?:state|writes?|updates?|failures?)/i],
  ['~codestyle', /\blint(?:s|er|ers|ing|ed)?\b|eslint|stylelint|\bruff\b|flake8|pylint|prettier|\bgofmt\b|golangci|rubocop|rustfmt|clippy|checkstyle|\bpep ?8\b|code style|coding (?:standards?|conventions?|style)|(?:code )?formatter/i],
  // Not the word "fallback" alone: a requirement that writes it is matched by the word itself,
  // and the family would count it twice (a WebGL "fallback" NFR drew every line saying fallback).
  ['~fallback', /fail-?over|graceful(?:ly)? degrad|degraded mode|circuit[- ]breaker|(?:secondary|alternat(?:e|ive)|backup) (?:transport|route|routes|provider|providers|channel|channels|path|server|servers|region)/i],
  // How a design recovers from a failed step: a reader matches "error recovery" with "retry with
  // exponential backoff", "3 attempts", a dead-letter queue.
  ['~retry', /\bretr(?:y|ies|ied|ying)\b|back-?off\b|re-?attempt|max[_ ]?attempts|(?<!\d)\d{1,4} attempts\b|dead[- ]letter|\bdlq\b|redeliver|at[- ]least[- ]once|error recovery|recover(?:s|y|ing)? from (?:transient )?(?:errors?|failures?)|transient (?:errors?|failures?|faults?|outages?|network (?:errors?|failures?))/i],
  ['~nonblocking', /non-?blocking|never block|(?:not|without) block|\basync(?:hronous(?:ly)?)?\b|main thread|background (?:job|jobs|task|tasks|worker|workers|thread|threads)|off the (?:main|ui) thread|web ?workers?\b/i],
];

// Chinese and Japanese write words without spaces: a sentence would be one "word" that matches
// nothing. Han runs are read as overlapping character pairs (the usual way to index CJK text: no
// dictionary, so the same terms on every node version); a katakana run is a loanword, read whole
// ("データベース"); hiragana is mostly grammar (particles, endings) and only separates. Korean
// writes spaces, but between phrases: a noun carries its particle ("파일은", "파일을") and most
// words are two syllables, under the three-letter floor. Hangul runs are read as syllable pairs,
// as Han runs are (the CJK bigram reading search engines use), so "파일" meets "파일은".
const HAN = /^\p{Script=Han}+$/u;
const HANGUL = /^\p{Script=Hangul}+$/u;
const KATAKANA = /^[\p{Script=Katakana}ー]+$/u;
// A Hangul run ends a Latin word: the particle is written onto it ("API의", "Redis를").
const WORD = /\p{Script=Han}+|[\p{Script=Katakana}ー]+|\p{Script=Hiragana}+|\p{Script=Hangul}+|(?:(?![\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}\p{Script=Hangul}ー])\p{L})(?:(?![\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}\p{Script=Hangul}ー])[\p{L}\p{N}])*/gu;

function add(out: Map<string, number>, term: string) {
  out.set(term, (out.get(term) ?? 0) + 1);
}

/**
 * The same families in the other languages archgate reads (French, Spanish, Portuguese, German,
 * Italian, Turkish, Chinese, Japanese, Korean, and Russian, which real design documents are written in too): a French NFR on "temps de réponse" and a section on latency are
 * about one thing. Only words that name the concern itself, never a generic one ("données").
 *
 * A word bounded before is written (?<!\w)word, not \bword: with the i and u flags V8 runs a
 * pattern with an alternative that opens on \b ~7x slower (it cannot scan ahead for the
 * alternatives' first letters), and before a letter \b means exactly "no word character
 * before" (\w under iu includes ſ and the Kelvin sign, as \b does; test/boundary-rewrite.test.ts).
 */
export const CONCEPTS_ELSEWHERE: Record<string, RegExp> = {
  '~latency': /tempi? di risposta|latenza|tempo di caricamento|temps de r[ée]ponse|tiempo de respuesta|tempo de resposta|antwortzeit|latenz|yan[ıi]t s[üu]resi|95e percentile|応答時間|レスポンスタイム(?!アウト)|レイテンシ|响应时间|延迟|temps de chargement|d[ée]lai de r[ée]ponse|tiempo de carga|ladezeit|время отклика|время ответа|задержк|латентност|응답 ?(?:시간|속도)|지연 ?시간|레이턴시|로딩 ?시간/iu,
  '~availability': /disponibilit|disponibilidad|verf[üu]gbarkeit|erreichbarkeit|haute disponibilit|稼働率|可用性|redondan|basculement|tol[ée]rance aux pannes|temps d['’]arr[êe]t|interruption de service|ridondan|tolleranza ai guasti|доступност|отказоустойчив|аптайм|가용성|가동률|가동 ?시간|이중화|무중단/iu,
  '~encryption': /crittograf|cifratur|chiffr|cifrad|cifrado|criptograf|encript|verschl[üu]ssel|[şs]ifrel|暗号化|加密|cryptage|crypt[ée]e?s?(?!\p{L})|шифр|암호화/iu,
  '~authentication': /authentifi|autentica|mot de passe|contrase[ñn]a|passwort|senha|認証|认证|ログイン|パスワード|登录|密码|identifiants|double facteur|аутентифик|парол|двухфактор|인증|로그인|비밀번호|패스워드/iu,
  '~authorization': /autorizz|controllo (?:degli )?accessi|autoris|autoriza|berechtigung|yetkilendir|権限|认可|授权|权限|contr[ôo]le d['’]acc[èe]s|droits d['’]acc[èe]s|habilitation|acc[èe]s restreint|acceso restringido|acesso restrito|zugriffsbeschr[äa]nk|accesso limitato|アクセス制御|アクセス権|авторизац|разграничени[ея] доступа|прав[аом]* доступа|ролев|권한|인가|접근 ?제어/iu,
  '~tenancy': /multi-?locataire|isolation des donn[ée]es|cloisonnement des donn[ée]es|isol[ée]e?s? par (?:cabinet|client|tenant|locataire|organisation|utilisateur|compte)|aislamiento (?:de (?:los )?datos|entre (?:inquilinos|clientes|tenants))|multi-?inquilino|aislad[oa]s? por (?:inquilino|tenant|cliente|usuario)|isolamento (?:de |dos |do |por |entre )?(?:dados|tenants?|inquilinos?|clientes)|mandantenf[äa]hig|mandantentrennung|datentrennung|isolamento dei dati|マルチテナント|テナント(?:分離|間)|データ分離|多租户|租户隔离|数据隔离|멀티 ?테넌트|테넌트 ?(?:격리|분리)|데이터 ?격리|изол\p{L}*(?:\s+\p{L}+){0,3}?\s+данн|данн\p{L}*(?:\s+\p{L}+){0,3}?\s+изол|мультитенант|kiracı izolasyon|veri izolasyonu/iu,
  '~backup': /ripristin|sauvegard|respaldo|copia de seguridad|c[óo]pia de seguran[çc]a|datensicherung|yedekle|バックアップ|备份|reprise apr[èe]s sinistre|plan de reprise|резервн(?:ое|ого|ые|ых) копи|бэкап|восстановлени|백업/iu,
  '~scalability': /[ée]volutivit|escalab|skalier|[öo]l[çc]eklen|スケール|拡張性|扩展性|伸缩|mont[ée]e en charge|mise [àa] l['’][ée]chelle|passage [àa] l['’][ée]chelle|масштабир|확장성|스케일/iu,
  '~observability': /journalis|surveillance|monitoreo|monitoramento|protokollier|[üu]berwachung|beobachtbarkeit|izleme|(?<!\p{Script=Katakana})ログ(?!イン)|監視|日志|监控|链路追踪|全链路|可観測性|可观测性|トレース|supervision|m[ée]triques|логирован|журналир|мониторинг|метрик|трассировк|аудит|로깅|로그(?!인)|모니터링|관측 ?가능성|메트릭/iu,
  '~accessibility': /lettori? di schermo|tastiera|lector(?:es)? de pantalla|leitor(?:es)? de tela|teclado|accesib|acessib|barrierefrei|eri[şs]ilebilir|アクセシビリティ|无障碍|lecteurs? d['’][ée]cran|clavier|접근성|스크린 ?리더/iu,
  '~privacy': /dati personali|riservatezza|donn[ée]es personnelles|vie priv[ée]e|(?<!\w)rgpd\b|datos personales|dados pessoais|(?<!\w)lgpd\b|datenschutz|(?<!\w)kvkk\b|ki[şs]isel veri|個人情報|プライバシー|隐私|个人信息|confidentialit[ée]|персональн(?:ые|ых) данн|конфиденциальн|개인 ?정보|프라이버시/iu,
  '~ratelimit': /limit(?:e|azione) (?:delle |di )?richieste|l[íi]mite de (?:peticiones|solicitudes|requisi[çc][õo]es)|limitaci[óo]n de (?:tasa|peticiones|solicitudes)|limitation de d[ée]bit|limite de taux|レート制限|限流|limit(?:e|ation) (?:du nombre )?de requ[êe]tes|요청 ?(?:수 ?)?제한|속도 ?제한|레이트 ?리밋/iu,
  '~testing': /(?<!\w)pruebas\b|(?<!\w)testes\b|テスト|测试|couverture de (?:code|tests)|тест|테스트/iu,
  '~i18n': /multilingua|traduzion|lingue(?!\p{L})|multilingue|traduction|traducci[óo]n|tradu[çc][ãa]o|[üu]bersetzung|多言語|国际化|多语言|langues?(?!\p{L})|idiomas?(?!\p{L})|sprachen?(?!\p{L})|локализац|многоязычн|интернационализац|다국어|현지화/iu,
  '~offline': /hors[- ]ligne|sin conexi[óo]n|sem conex[ãa]o|オフライン|离线|mode d[ée]connect[ée]|mode avion|офлайн|оффлайн|오프라인/iu,
  '~secrets': /cl[ée]s? (?:d['’])?api|chiavi? api|claves? (?:de )?api|chaves? (?:de )?api|coffre[- ]fort|gestion des secrets|secretos|api ?키|비밀 ?키|시크릿/iu,
  '~validation': /validazion|convalida|validaci[óo]n|valida[çc][ãa]o|validierung|バリデーション|入力検証|エスケープ|校验|转义|(?<!依赖|依存性)注入|валидац|유효성 ?검사|입력 ?검증/i,
  '~browser': /navigateur|navegador|ブラウザ|浏览器|браузер|브라우저/i,
  '~mobile': /m[óo]vil|モバイル|移动端|мобильн|모바일/i,
  '~cost': /or[çc]amento|presupuesto|予算|预算|예산|бюджет|bütçe|\bcosti\b|\bco[ûu]ts?\b|\bcostos?\b|\bcustos?\b|\bkosten\b|maliyet|コスト|成本|费用|стоимост|затрат|비용/i,
  '~deploy': /rilascio|d[ée]ploi|despliegue|implanta[çc][ãa]o|bereitstellung|デプロイ|部署|развертыван|развёртыван|деплой|배포/i,
  '~atomicity': /atomi(?:que|co|ca|sch)|tout ou rien|transactionnel|une (?:seule )?transaction|misma transacci[óo]n|mesma transa[çc][ãa]o|transaktional|stessa transazione|транзакци|原子|事务|トランザクション|원자성|트랜잭션/iu,
  '~codestyle': /conventions? de (?:code|codage|nommage)|normes de codage|style de code|estilo de c[óo]digo|codestil|programmierrichtlinien|stile (?:di|del) codice|コーディング規約|代码规范|编码规范|코딩 ?(?:규칙|컨벤션|표준)|코드 ?스타일/iu,
  '~fallback': /solution de repli|mode d[ée]grad[ée]|d[ée]gradation (?:gracieuse|progressive|contr[ôo]l[ée]e)|degradaci[óo]n (?:elegante|controlada|gradual)|degrada[çc][ãa]o (?:graciosa|gradual)|ausweich|degradazione controllata|降级|フォールバック|縮退|деградац|폴백|장애 ?조치|대체 ?경로/iu,
  '~retry': /reintent|nuovi? tentativ|r[ée]essa|wiederholungsversuch|erneute[rn]? versuch|yeniden dene|重试|重新尝试|リトライ|再試行|повторн\p{L}{0,4} попытк|死信|재시도|재전송|(?:erreurs?|d[ée]faillances?|pannes?) transitoires?|(?:fallos?|errores?) transitori[oa]s|(?:falhas?|erros?) transit[óo]ri[oa]s|vor[üu]bergehende[rn]? (?:fehler|st[öo]rung|ausf[äa]ll)|transiente[rn]? fehler|(?:errori|guasti) transitori|一時的な(?:障害|エラー)|瞬时故障|临时故障|暂时性故障|일시적 ?(?:장애|오류)|временн\p{L}* (?:сбо|ошиб)|geçici (?:hata|arıza)/iu,
  '~nonblocking': /non[- ]bloquant|ne (?:doit|doivent|doit jamais|doivent jamais) (?:pas |jamais )?(?:[eê]tre )?bloqu|asynchrone|as[íi]ncron|ass[íi]ncron|asynchron|no bloqueante|nicht blockierend|non bloccante|асинхрон|неблокирующ|非同期|异步|非阻塞|비동기|논블로킹|백그라운드 ?(?:작업|스레드)/iu,
  '~usability': /facilit[ée] d['’]utilisation|prise en main|ergonom|facilidad de uso|facilidade de uso|benutzerfreundlich|intuiti[fv]|kullan[ıi]m kolayl|易用|使いやすさ|ユーザビリティ|オンボーディング|新手引导|удобств[оа] использования|юзабилити|사용성|사용 ?편의성|학습 ?용이/iu,
};

// Accents folded ("découplée" meets "decoupled", "sécurité" "securite", "verfügbar" "verfugbar"): a
// design writes a word with or without them, or in the other language of a bilingual doc set. Only
// the letters of Latin-1 and Latin Extended-A, whose accents a writer may leave off; not a text
// that is Vietnamese (ă đ ơ ư, or a letter of Latin Extended Additional), where the marks tell
// words apart ("mật" secret, "mất" lose, "mát" cool).
const ACCENTED = /[\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u017f]/;
const VIETNAMESE = /[ăđơưĩũ\u1ea0-\u1ef9]/u;
const MARKS = /[\u0300-\u036f]/g;
/** The word without the accents of its Latin letters (same length for the letters folded). */
export const foldAccents = (word: string): string => (ACCENTED.test(word) ? word.normalize('NFD').replace(MARKS, '').normalize('NFC') : word);
/** Whether a lower-case text's accents may be folded: it has some, and it is not Vietnamese. */
const foldsAccents = (lower: string): boolean => ACCENTED.test(lower) && !VIETNAMESE.test(lower);
/** The accented stop words as a text without accents writes them ("donnees", "systeme", "fur"); not "once" (Turkish "önce"), an English word. */
const FOLDED_STOP_WORDS: ReadonlySet<string> = new Set([...STOP_WORDS].filter((w) => ACCENTED.test(w)).map(foldAccents).filter((w) => w !== 'once'));

// TERM_TRANSLATIONS read once: a word in another language counts as the English word's stem.
const TRANSLATED_WORDS = new Map<string, string>();
const TRANSLATED_HAN: [string, string][] = [];
const translatedPhrases = new Map<string, string>();
for (const [english, words] of [...Object.entries(TERM_TRANSLATIONS), ...Object.entries(TERM_ABBREVIATIONS)]) {
  const term = stem(english);
  for (const word of words) {
    const w = word.toLowerCase();
    if (HAN.test(w)) TRANSLATED_HAN.push([w, term]);
    else if (/[\s'’]/u.test(w)) translatedPhrases.set(w.replace(/’/g, "'"), term);
    else TRANSLATED_WORDS.set(w, term);
  }
}
// A translation written without its accents ("requete", "memoire") is the same word.
for (const [word, term] of [...TRANSLATED_WORDS]) if (ACCENTED.test(word) && !TRANSLATED_WORDS.has(foldAccents(word))) TRANSLATED_WORDS.set(foldAccents(word), term);
// Phrases ("base de données", "lado servidor"): one search of the text, longest first.
const TRANSLATED_PHRASE = new RegExp(
  `(?<![\\p{L}])(?:${[...translatedPhrases.keys()].sort((a, b) => b.length - a.length).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+').replace(/'/g, "['’]")).join('|')})(?![\\p{L}])`,
  'giu',
);

// Three to five capitalised words in a row: a name its acronym may stand for.
const SPELLED_OUT = /(?<![\p{L}\p{N}])\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){2,4}(?![\p{L}\p{N}])/gu;

/**
 * The acronyms of the names a text spells out in capitals ("Human Interface Guidelines" -> "hig"):
 * a requirement that writes the name is met where the design writes the acronym ("Material 3 / HIG").
 */
export function spelledOutAcronyms(text: string): string[] {
  if (!/\p{Lu}\p{Ll}+[ -]\p{Lu}/u.test(text)) return [];
  return [...text.matchAll(SPELLED_OUT)].map((m) => m[0].split(/[ -]/).map((w) => w[0]).join('').toLowerCase());
}

/** Word stems (each with its count) and concept tokens of a text. */
export function termCounts(text: string): Map<string, number> {
  const out = wordTermCounts(text);
  addConcepts(out, text);
  return out;
}

const UP_TO_DATE = /\b(?:up|out)[- ](?:to|of)[- ]date\b/g;

/** termCounts without the concept tokens: the words and translated phrases alone (no concept pattern runs). */
export function wordTermCounts(text: string): Map<string, number> {
  const out = new Map<string, number>();
  let lower = text.toLowerCase();
  // "Up-to-date C4 diagrams" asks that they be kept current: no date in it (it matched a document's
  // "Date: 2026-02-06"), and "current" or "updated" are everyday words of a design ("currently").
  if (lower.includes('date')) lower = lower.replace(UP_TO_DATE, ' ');
  const fold = foldsAccents(lower);
  for (const w of lower.match(WORD) ?? []) {
    if (HAN.test(w)) {
      for (let i = 0; i + 1 < w.length; i++) add(out, w.slice(i, i + 2));
      for (const [word, term] of TRANSLATED_HAN) if (w.includes(word)) add(out, term);
      continue;
    }
    if (KATAKANA.test(w)) {
      if (w.length >= 2) add(out, TRANSLATED_WORDS.get(w) ?? w);
      continue;
    }
    if (HANGUL.test(w)) {
      for (let i = 0; i + 1 < w.length; i++) add(out, w.slice(i, i + 2));
      continue;
    }
    if (/^\p{Script=Hiragana}/u.test(w) || w.length < 3 || STOP_WORDS.has(w)) continue;
    const translated = TRANSLATED_WORDS.get(w);
    if (translated) add(out, translated);
    else if (fold && ACCENTED.test(w)) {
      const bare = foldAccents(w);
      if (!STOP_WORDS.has(bare)) add(out, TRANSLATED_WORDS.get(bare) ?? stem(bare));
    } else if (!FOLDED_STOP_WORDS.has(w)) add(out, stem(w));
  }
  if (/['’\s]/.test(lower)) for (const m of lower.matchAll(TRANSLATED_PHRASE)) add(out, translatedPhrases.get(m[0].replace(/\s+/g, ' ').replace(/’/g, "'"))!);
  return out;
}

function addConcepts(out: Map<string, number>, text: string): void {
  if (!joining && (conceptChars += text.length) < JOIN_AFTER_CHARS) {
    let searches = CONCEPTS.length;
    for (const [token, re] of CONCEPTS) if (re.test(text) || (CONCEPTS_ELSEWHERE[token] && (searches++, CONCEPTS_ELSEWHERE[token].test(text)))) add(out, token);
    conceptWork.searches += searches;
    return;
  }
  joining = true;
  for (const token of conceptsJoined(text)) add(out, token);
}

/** How much concept searching termCounts did, for tests that count work instead of reading a clock. */
export const conceptWork = { searches: 0 };

// The concept patterns grouped by their flags: one pattern per group joins all of them, so a text
// is searched once per group instead of once per pattern (fifty), and a text naming no concern,
// most of them, is done after those searches. Where the joined pattern matches, every pattern of
// its group not yet found is tried at that very place (sticky): a pattern matches somewhere in
// the text exactly when the joined one matches at one of its places, since an alternation tries
// all its alternatives at each place. Warm, that searches 43% faster; but a fresh process first
// compiles the joined and sticky patterns (for one-byte and two-byte text), which costs about
// what joining saves on a megabyte of passages (measured on the corpus's passages in fresh
// processes): the patterns are joined only once 2 MB have been read in this process.
interface ConceptGroup {
  joined: RegExp;
  unicode: boolean;
  members: { token: string; sticky: RegExp; whole: RegExp }[];
}
let conceptGroups: ConceptGroup[] | null = null;
let conceptChars = 0;
let joining = false;
const JOIN_AFTER_CHARS = 2 * 1024 * 1024;
const MAX_PLACES = 8;

function groupsOfConcepts(): ConceptGroup[] {
  const byFlags = new Map<string, { token: string; re: RegExp }[]>();
  const member = (token: string, re: RegExp) => {
    const list = byFlags.get(re.flags);
    if (list) list.push({ token, re });
    else byFlags.set(re.flags, [{ token, re }]);
  };
  for (const [token, re] of CONCEPTS) {
    member(token, re);
    const elsewhere = CONCEPTS_ELSEWHERE[token];
    if (elsewhere) member(token, elsewhere);
  }
  return [...byFlags].map(([flags, list]) => ({
    joined: new RegExp(list.map(({ re }) => `(?:${re.source})`).join('|'), `${flags}g`),
    unicode: flags.includes('u'),
    members: list.map(({ token, re }) => ({ token, sticky: new RegExp(re.source, `${flags}y`), whole: re })),
  }));
}

/** The concept tokens whose families the text uses, in CONCEPTS' order, each pattern searched on its own (as termCounts does below 2 MB read). */
export function conceptsOneByOne(text: string): string[] {
  const found: string[] = [];
  let searches = CONCEPTS.length;
  for (const [token, re] of CONCEPTS) {
    if (re.test(text)) found.push(token);
    else if (CONCEPTS_ELSEWHERE[token] && (searches++, CONCEPTS_ELSEWHERE[token].test(text))) found.push(token);
  }
  conceptWork.searches += searches;
  return found;
}

/** conceptsOneByOne's tokens, with one search per group of flags (see ConceptGroup). */
export function conceptsJoined(text: string): string[] {
  conceptGroups ??= groupsOfConcepts();
  const found = new Set<string>();
  for (const group of conceptGroups) {
    const { joined } = group;
    joined.lastIndex = 0;
    let left = group.members.filter((member) => !found.has(member.token));
    for (let places = 0; left.length; places++) {
      // A text that names found concerns again and again (a long list of tests) would be tried at
      // each place: past a few places, what is left is searched pattern by pattern.
      if (places === MAX_PLACES) {
        for (const { token, whole } of left) {
          conceptWork.searches++;
          if (whole.test(text)) found.add(token);
        }
        break;
      }
      conceptWork.searches++;
      const match = joined.exec(text);
      if (!match) break;
      const at = match.index;
      for (const { token, sticky } of left) {
        sticky.lastIndex = at;
        if (sticky.test(text)) found.add(token);
      }
      left = left.filter((member) => !found.has(member.token));
      // On to the next place: one character on, or one code point in a Unicode pattern (a
      // surrogate pair), as the search itself steps.
      const pair = group.unicode && isLead(text.charCodeAt(at)) && isTrail(text.charCodeAt(at + 1));
      joined.lastIndex = at + (pair ? 2 : 1);
    }
  }
  return found.size ? CONCEPTS.filter(([token]) => found.has(token)).map(([token]) => token) : [];
}

const isLead = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isTrail = (c: number) => c >= 0xdc00 && c <= 0xdfff;

export const isConcept = (term: string): boolean => term.startsWith('~');

/**
 * Words that name a quality itself, not a way to meet it ("performance", "sécurité", "logs",
 * "güvenlik"): a place that shares only them discusses the requirement's topic. They still rank a
 * place; they never count as the requirement's distinctive wording.
 */
export const TOPIC_WORDS =
  'performance performances performant perf latency latence latencia latenz speed fast rapid rapide rapidité réactivité responsive responsiveness efficiency efficacité ' +
  'security secure secured sécurité sécurisé sécurisée sécuriser seguridad segurança sicherheit güvenlik güvenli privacy confidentialité compliance conformité ' +
  'availability available disponibilité disponible disponibilidad verfügbarkeit erişilebilirlik reliability reliable fiabilité fiable robustness robust robustesse resilience résilience resilient güvenilirlik ' +
  'scalability scalable scalabilité évolutivité escalabilidad skalierbarkeit ölçeklenebilirlik usability utilisabilité ergonomie kullanılabilirlik ' +
  'maintainability maintenabilité maintainable compatibility compatible compatibilité uyumluluk observability observabilité monitoring surveillance izleme log logs logging journal journaux journalisation ' +
  'integration intégration entegrasyon cost costs coût coûts maliyet quality qualité kalite performans nonfunctional ' +
  'prestazioni sicurezza disponibilità affidabilità scalabilità usabilità manutenibilità compatibilità osservabilità monitoraggio integrazione costo costi qualità conformità';

// Words only: running the concept patterns here compiled all fifty of them at start-up, for text
// (with accents, so two-byte) unlike the documents', whose text compiles them again.
export const TOPIC_TERMS: ReadonlySet<string> = new Set(wordTermCounts(TOPIC_WORDS).keys());
