import type { Target } from './types.js';
import { CasePattern, foldCase } from './case-fold.js';
import { wordAlternatives } from './word-boundary.js';
import { NUMBER, parseNumber } from './numbers.js';

// Targets written in Spanish, Portuguese, German, Italian, Russian, Ukrainian, Vietnamese, Chinese,
// Japanese and Korean: "menor a 2 segundos", "como máximo 500 usuarios", "höchstens 3 Sekunden",
// "entro 5 secondi", "не более 500 мс", "dưới 2 giây", "p95で300ms以下", "99.9%以上", "３秒以内",
// "5年間", "小于200毫秒", "200ms 이내". targets.ts reads English, French and Turkish; this reads
// what it leaves. Japanese, Chinese and Korean put the comparator after the number and glue
// numbers to the words around them, so no word boundary is asked for there.
//
// Every quantifier is bounded and every alternative starts with fixed text, so the pattern is
// linear on any input. Numbers are read as numbers.ts reads them, here and in targets.ts.

type Comparator = Target['comparator'];

const PREFIX_COMPARATORS: [string[], Comparator][] = [
  [['menor a', 'menor que', 'menos de', 'en menos de', 'inferior a', 'em menos de', 'unter', 'weniger als', 'kleiner als', 'meno di', 'inferiore a', 'in meno di', 'менее', 'меньше', 'менше', 'dưới', 'ít hơn', 'nhỏ hơn', '小于', '低于', '少于'], '<'],
  [['como máximo', 'como maximo', 'máximo de', 'máximo', 'no más de', 'hasta', 'dentro de', 'no máximo', 'até', 'höchstens', 'maximal', 'bis zu', 'innerhalb von', 'innerhalb', 'al massimo', 'massimo', 'entro', 'fino a', 'не более', 'не больше', 'не дольше', 'не превышает', 'максимум', 'в течение', 'до', 'за', 'не більше', 'не довше', 'протягом', 'tối đa', 'không quá', 'trong vòng', '不超过', '不高于', '最多', '最大'], '<='],
  [['mayor a', 'mayor que', 'más de', 'superior a', 'maior que', 'mais de', 'über', 'mehr als', 'größer als', 'più di', 'superiore a', 'более', 'больше', 'свыше', 'більше', 'понад', 'lớn hơn', 'nhiều hơn', '大于', '高于', '超过'], '>'],
  [['al menos', 'como mínimo', 'como minimo', 'mínimo de', 'mínimo', 'pelo menos', 'no mínimo', 'mindestens', 'almeno', 'minimo', 'не менее', 'не меньше', 'как минимум', 'минимум', 'не менше', 'щонайменше', 'tối thiểu', 'ít nhất', '至少', '不低于', '不少于'], '>='],
];

// "< 2秒", "≤ 200毫秒": a sign before a number whose unit only this file reads. targets.ts reads the
// signs before its own units; left to its bare-number reading, "< 2秒" was a number of nothing.
const SIGN_COMPARATORS: [string[], Comparator][] = [
  [['<=', '≤'], '<='],
  [['<'], '<'],
  [['>=', '≥'], '>='],
  [['>'], '>'],
];

const SUFFIX_COMPARATORS: [string[], Comparator][] = [
  [['未満', '미만'], '<'],
  [['以下', '以内', '内', '之内', '이하', '이내'], '<='],
  [['以上', '이상'], '>='],
  [['を超える', '超', '초과'], '>'],
];

interface Unit {
  unit: string;
  family: 'time' | 'percent' | 'count';
  /** Latin-script words need a word end after them; CJK units do not. */
  words: string[];
}

const UNITS: Unit[] = [
  { unit: 'ms', family: 'time', words: ['ms', 'milisegundos', 'milissegundos', 'millisekunden', 'millisecondi', 'мс', 'миллисекунд', 'миллисекунды', 'мілісекунд', 'mili giây', 'ミリ秒', '毫秒', '밀리초'] },
  { unit: 's', family: 'time', words: ['segundos', 'segundo', 'seg', 'sekunden', 'sekunde', 'sek', 'secondi', 'secondo', 's', 'секунд', 'секунды', 'секунду', 'секунда', 'секунди', 'сек', 'giây', '秒間', '秒钟', '秒', '초'] },
  { unit: 'min', family: 'time', words: ['minutos', 'minuto', 'minuten', 'minute', 'min', 'minuti', 'минут', 'минуты', 'минуту', 'мин', 'хвилин', 'хвилини', 'хвилину', 'хв', 'phút', '分間', '分钟', '分', '분'] },
  // Not "год": a year in Russian, hours in Ukrainian.
  { unit: 'h', family: 'time', words: ['horas', 'hora', 'stunden', 'stunde', 'std', 'ore', 'h', 'часов', 'часа', 'час', 'ч', 'годин', 'години', 'годину', 'giờ', '時間', '小时', '小時', '시간'] },
  { unit: 'd', family: 'time', words: ['días', 'dias', 'día', 'dia', 'tage', 'tagen', 'tag', 'giorni', 'giorno', 'дней', 'дня', 'день', 'суток', 'сутки', 'днів', 'дні', 'доби', 'ngày', '日間', '日', '天', '일'] },
  { unit: 'y', family: 'time', words: ['años', 'año', 'anos', 'ano', 'jahre', 'jahren', 'jahr', 'anni', 'anno', 'yıl', 'лет', 'года', 'років', 'роки', 'năm', '年間', '年', '년'] },
  { unit: '%', family: 'percent', words: ['%', 'por ciento', 'por cento', 'prozent', 'per cento', 'процентов', 'процента', 'відсотків'] },
  { unit: '', family: 'count', words: ['usuarios simultáneos', 'usuarios concurrentes', 'usuarios', 'usuários simultâneos', 'usuários', 'gleichzeitige benutzer', 'benutzer', 'nutzer', 'utenti simultanei', 'utenti', 'одновременных пользователей', 'пользователей', 'користувачів', 'người dùng', 'ユーザー', '人', '回', '件', '个', '次', '用户', '명'] },
];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Hangul too: Korean glues its units to the number ("3초 이내") as Japanese does.
const isCjk = (s: string) => /[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]/.test(s);
const byLength = (a: string, b: string) => b.length - a.length;
const alternatives = (words: string[]) => [...words].sort(byLength).map(escape).join('|');
// Comparator words start a word: "за" of "база 5 минут" or "Фаза 2", "до" of "подо", "hasta" of
// "Chasta" compare nothing (Chinese and Japanese ones and signs take no boundary).
const wordsStarting = (words: string[]) => wordAlternatives([...words].sort(byLength).map(escape));

const PREFIXES = PREFIX_COMPARATORS.flatMap(([w]) => w);
const SUFFIXES = SUFFIX_COMPARATORS.flatMap(([w]) => w);
const LATIN_UNITS = UNITS.flatMap((u) => u.words).filter((w) => !isCjk(w));
const CJK_UNITS = UNITS.flatMap((u) => u.words).filter(isCjk);


const LOCALIZED_RE = new CasePattern(
  String.raw`(?:(?<pre>${wordsStarting([...PREFIXES, ...SIGN_COMPARATORS.flatMap(([w]) => w)])})\s{0,3})?(?<num>${NUMBER})\s{0,2}` +
    String.raw`(?:(?<unit>${alternatives(CJK_UNITS)})|(?<latin>${alternatives(LATIN_UNITS)})(?![\p{Script=Latin}\p{Script=Cyrillic}\d]))?` +
    String.raw`\s{0,2}(?<post>${alternatives(SUFFIXES)})?`,
  'giu',
);

// The cheap test every match passes: a comparator or unit word these languages use, near a digit.
// Two letters of another script than Latin are a unit already ("500 мс").
const HINT = new CasePattern(`${alternatives([...PREFIXES, ...SUFFIXES, ...CJK_UNITS])}|\\d\\s{0,2}(?:${alternatives(LATIN_UNITS.filter((w) => w.length > 2 || /[^\u0000-\u024f]/.test(w)))})`, 'iu');

/** The comparator a prefix word in these languages means ("menor a" -> "<"), for targets.ts too. */
export function localizedComparator(word: string): Comparator | null {
  return comparatorOf(PREFIX_COMPARATORS, word.trim());
}

/** The prefix comparators as regex alternatives, longest first, for targets.ts's own patterns (which bound them as words). */
export const LOCALIZED_COMPARATOR_WORDS: readonly string[] = [...PREFIXES].sort(byLength).map(escape);

function comparatorOf(table: [string[], Comparator][], word: string | undefined): Comparator | null {
  if (!word) return null;
  const w = word.toLowerCase();
  for (const [words, cmp] of table) if (words.includes(w)) return cmp;
  return null;
}

const unitOf = (word: string): Unit | undefined => {
  const w = word.toLowerCase();
  return UNITS.find((u) => u.words.includes(w));
};

/**
 * The words around a number that say what it measures, in every language archgate reads: both
 * parsers ask the same, so "≥ 80 %" beside "cobertura de pruebas" is a coverage, as it is beside
 * "test coverage", and can be compared with it.
 */
export const METRIC_CONTEXT = {
  // Words of one stem share one alternative (re…, wieder…, 復…): every alternative is tried at every
  // character of the text around each time a document states.
  recoveryTime: /re(?:cover|cupera|st(?:ore|aura(?:tion|ci[óo]n|[çc][ãa]o))|prise (?:d['’]activit|apr[èe]s|du service))|\brto\b|failover|r[ée]tablissement|wieder(?:herst|anlauf)|ripristin|восстановл|відновл|khôi phục|復[旧元]|恢复|복구/,
  recoveryPoint: /\brpo\b|data loss|pérdida (?:máxima )?de datos|perda (?:máxima )?de dados|perte (?:maximale )?de données|datenverlust|потер[яиь] данных|втрат[аи] даних|mất dữ liệu/,
  availability: /uptime|availab|disponib|dispon[íi]ve|verfügbar|稼働|可用|\bsla\b|\bslo\b|erişilebilir|доступност|доступніст|khả dụng|가용/,
  errorRate: /error|\berro\b|failure|erreur|[ée]chec|\bfallos?\b|\bfalhas?\b|fehler|errore|hata|ошиб|помилк|lỗi|エラー|失敗|错误|失败|오류|실패/,
  /** A success rate names its failures too ("success rate ≥ 99%; failures are retried"): it is no error rate. */
  success: /success|succ[eè]s|r[ée]ussite|sucesso|[ée]xito|erfolg|successo|成功|성공|успешн/,
  coverage: /coverage|couverture|cobertura|abdeckung|copertura|kapsam|покрыти|покритт|độ phủ|カバレッジ|覆盖|커버리지/,
  accuracy: /accura|précision|precision|precisión|precisão|exactitud|genauigkeit|accuratezza|doğruluk|точност|точніст|độ chính xác|精度|准确|정확도/,
  memory: /memory|\bram\b|heap|mémoire|bellek|memoria|memória|speicher|памят|пам'ят|bộ nhớ|メモリ|内存|메모리/,
};

/**
 * "A response timeout of 30 s", "calls time out after 10 s", "タイムアウト30秒": how long a caller
 * waits before giving up, not how fast anything answers (targets.ts reads it too).
 */
export const TIMEOUT_WORDS = /\btime[- ]?outs?\b|\btimed[- ]out\b|тайм-?аут|タイムアウト|超时|逾时|타임아웃/i;

// A year word after a bare number: "год", "году" (Russian), "рік", "року" (Ukrainian).
const YEAR_WORD_AFTER = /^\s{0,2}(?:год|рік|року)/iu;

function metricOf(unit: Unit, context: string): string {
  const c = context.toLowerCase();
  if (unit.family === 'time') {
    if (TIMEOUT_WORDS.test(c)) return 'timeout';
    if (METRIC_CONTEXT.recoveryTime.test(c)) return 'recovery-time';
    if (METRIC_CONTEXT.recoveryPoint.test(c)) return 'recovery-point';
    if (unit.unit === 'y' || unit.unit === 'd') return /copia|backup|respaldo|sicherung|バックアップ|保存|conserv|aufbewahr|备份|резервн|хран|зберіг|sao lưu|lưu trữ|백업|보관/.test(c) ? 'retention' : 'duration';
    return 'latency';
  }
  if (unit.family === 'percent') {
    if (METRIC_CONTEXT.availability.test(c) || /disponib/.test(c)) return 'availability';
    if (METRIC_CONTEXT.errorRate.test(c) && !METRIC_CONTEXT.success.test(c)) return 'error-rate';
    if (METRIC_CONTEXT.coverage.test(c)) return 'coverage';
    return 'ratio';
  }
  return /simult|concurr|gleichzeitig|одновремен|одночасн|đồng thời|同時|并发|接続|동시/.test(c) ? 'concurrency' : 'count';
}

// "1000 solicitudes por segundo", "200 requêtes par seconde", "50 Anfragen pro Sekunde", "毎秒100件",
// "100件/秒", "dakikada en fazla 30 istek": a rate, per second or per minute. At most two words
// between the number and "per". English is targets.ts's ("requests per second"): "60 frames per
// second" is a frame rate, not a throughput.
const PER_SECOND = ['segundo', 'seconde', 'sekunde', 'secondo'];
const PER_MINUTE = ['minuto', 'minute', 'minuten'];
// Per hour and per day, in English too: "100 messages per hour" is no frame rate.
const PER_HOUR = ['hora', 'heure', 'stunde', 'hour', 'час'];
// Not German 'Tag' nor Italian 'ora': "per tag" and "per ora" (for now) are no rates.
const PER_DAY = ['día', 'dia', 'jour', 'giorno', 'day', 'день', 'сутки'];
const PER_WORDS = [...PER_SECOND, ...PER_MINUTE, ...PER_HOUR, ...PER_DAY];
// Comparators before a rate in the languages targets.ts reads: its own pattern needs a unit word right after the number.
const RATE_COMPARATORS: Record<string, Comparator> = {
  'at least': '>=', minimum: '>=', min: '>=', 'more than': '>', 'au moins': '>=', 'plus de': '>', 'en az': '>=',
  'up to': '<=', 'at most': '<=', 'no more than': '<=', maximum: '<=', max: '<=', 'less than': '<', under: '<', 'au plus': '<=', 'au maximum': '<=', "jusqu'à": '<=', 'moins de': '<', 'en fazla': '<=', maksimum: '<=',
};
const RATE_RE = new CasePattern(
  String.raw`(?:(?<pre>${wordsStarting([...PREFIXES, ...Object.keys(RATE_COMPARATORS)])})\s{0,3})?(?<num>${NUMBER})\s{0,2}(?:[\p{L}-]{2,30}\s{1,3}){0,3}(?:por|par|pro|per|al|je|a|в|за)\s{1,3}(?<per>${alternatives(PER_WORDS)})(?![\p{L}])` +
    String.raw`|(?<num2>${NUMBER})\s{0,2}(?:件|回|次|个|条|條|リクエスト)?\s{0,2}/\s{0,2}(?<per2>秒|分钟|分|小时|小時|時間|天|日)|(?<per3>毎秒|每秒|毎分|每分钟|每小时|每小時|毎時|每天|毎日|saniyede|dakikada|saatte)\s{0,2}(?:(?<pre3>en fazla|en az|maksimum|max|minimum|min|最多|至少|不超过|不少于)\s{0,3})?(?<num3>${NUMBER})`,
  'giu',
);
const RATE_HINT = new CasePattern(String.raw`\s(?:por|par|pro|per|al|je|a|в|за)\s{1,3}(?:${alternatives(PER_WORDS)})|/\s{0,2}(?:[秒分天日]|小时|小時|時間)|毎秒|每秒|毎分|每分钟|每小时|每小時|毎時|每天|毎日|saniyede|dakikada|saatte`, 'iu');

/** One byte per character says "already part of a target": is the match clear of them all? */
export function spanIsFree(taken: Uint8Array, m: RegExpMatchArray): boolean {
  const start = m.index ?? 0;
  for (let i = start; i < start + m[0].length; i++) if (taken[i]) return false;
  return true;
}

/** Rates written in words ("por segundo", "pro Minute", "в час", "/秒", "每小时"): a throughput. */
export function localizedRates(text: string, taken: Uint8Array, folded: string | null = foldCase(text)): Target[] {
  if (!RATE_HINT.test(text, folded)) return [];
  const out: Target[] = [];
  for (const m of RATE_RE.matchAll(text, folded)) {
    const g = m.groups ?? {};
    if (!spanIsFree(taken, m)) continue;
    const start = m.index ?? 0;
    const end = start + m[0].length;
    const value = parseNumber(g.num ?? g.num2 ?? g.num3 ?? '');
    if (!Number.isFinite(value)) continue;
    const per = (g.per ?? g.per2 ?? g.per3 ?? '').toLowerCase();
    const unit = PER_DAY.includes(per) || /^(?:天|日|每天|毎日)$/.test(per)
      ? 'req/d'
      : PER_HOUR.includes(per) || /^(?:小时|小時|時間|每小时|每小時|毎時|saatte)$/.test(per)
        ? 'req/h'
        : PER_MINUTE.includes(per) || /^(?:分|分钟|毎分|每分钟|dakikada)$/.test(per)
          ? 'req/min'
          : 'req/s';
    const pre = g.pre ?? g.pre3;
    const cmp = (pre && (comparatorOf(PREFIX_COMPARATORS, pre) ?? RATE_COMPARATORS[pre.toLowerCase()])) || '=';
    taken.fill(1, start, end);
    out.push({ metric: 'throughput', comparator: cmp, value, unit, text: m[0].trim() });
  }
  return out;
}

/** Targets in the languages targets.ts does not read, outside the characters already taken. */
export function localizedTargets(text: string, taken: Uint8Array, folded: string | null = foldCase(text)): Target[] {
  if (!HINT.test(text, folded)) return [];
  const out: Target[] = [];
  for (const m of LOCALIZED_RE.matchAll(text, folded)) {
    const g = m.groups ?? {};
    if (!spanIsFree(taken, m)) continue;
    const start = m.index ?? 0;
    const end = start + m[0].length;
    const unitWord = g.unit ?? g.latin;
    const unit = unitWord ? unitOf(unitWord) : undefined;
    const cmp = comparatorOf(PREFIX_COMPARATORS, g.pre) ?? comparatorOf(SIGN_COMPARATORS, g.pre) ?? comparatorOf(SUFFIX_COMPARATORS, g.post);
    // A number is a target with a comparator, or with a unit of time or percent ("5年間", "99.9%").
    if (!cmp && (!unit || unit.family === 'count')) continue;
    // A sign before a bare number is targets.ts's to read ("< 3").
    if (!unit && !comparatorOf(PREFIX_COMPARATORS, g.pre) && comparatorOf(SIGN_COMPARATORS, g.pre)) continue;
    // One CJK character alone is too ambiguous without a comparator: "2025年1月1日" is a date,
    // "3.3 分角色" a numbered heading ("分" also means "divide" and "points").
    if (!cmp && unitWord && unitWord.length === 1 && isCjk(unitWord)) continue;
    // "以内" (within) needs a unit: "3以内" says nothing measured. A bare number after a Latin
    // word is a version ("TLS 1.2以上"), not a target.
    if (!unit && (/^(?:以内|内|之内)$/.test(g.post ?? '') || /[A-Za-z]\s?$/.test(text.slice(Math.max(0, start - 2), start)))) continue;
    const value = parseNumber(g.num ?? '');
    if (!Number.isFinite(value)) continue;
    // "2025 года", "2025년", "năm" after a year: a date, not a duration of two thousand years.
    // With a comparator too: "до 2025 года" (until 2025), "за 2024 год" (for 2024) are dates, not
    // at most 2,025 years nor 2,024 of anything. (Nobody asks for two thousand years.)
    if (value >= 1900 && value <= 2200 && (unit?.unit === 'y' || (!unit && YEAR_WORD_AFTER.test(text.slice(end, end + 8))))) continue;
    const u = unit ?? UNITS[UNITS.length - 1];
    const context = text.slice(Math.max(0, start - 30), end + 10);
    const metric = metricOf(u, context);
    const target: Target = {
      metric,
      comparator: cmp ?? (u.family === 'time' && (metric === 'latency' || metric === 'recovery-time' || metric === 'recovery-point') ? '<=' : metric === 'availability' ? '>=' : '='),
      value,
      unit: u.unit,
      text: m[0].trim(),
    };
    // "p95で300ms以下", "95パーセンタイルで": the percentile stands just before the number.
    const before = text.slice(Math.max(0, start - 16), start);
    const pct =
      /[pP](\d{2})(?:\.\d)?\D{0,6}$/.exec(before) ??
      /(\d{2})\s{0,2}(?:パーセンタイル|百分位|percentil)\D{0,6}$/.exec(before) ??
      // "< 500 мс на 95-м перцентиле", "ở phân vị 95": the percentile written after the number.
      /^\s{0,3}(?:на|в|at|ở|ở mức)?\s{0,3}(?:(\d{2})\s{0,2}(?:-?[а-я]{1,3})?\s{0,2}(?:перцентил|процентил|персентил)|phân vị\s{0,2}(\d{2}))/iu.exec(text.slice(end, end + 40));
    if (pct && u.family === 'time') target.percentile = Number(pct[1] ?? pct[2]);
    taken.fill(1, start, end);
    out.push(target);
  }
  return out;
}
