import { describe, expect, it } from 'vitest';
import { parseStandards, parseTargets, baseValue } from '../src/engine/targets.js';
import { sameQuantity, sameValue } from '../src/engine/target-compare.js';
import { readDocSet } from '../src/io/read-doc-set.js';
import { corpusPairs, itWithShared } from './helpers.js';

const first = (text: string) => parseTargets(text)[0];

describe('measurable targets', () => {
  it.each([
    ['p95 < 200 ms', { metric: 'latency', comparator: '<', value: 200, unit: 'ms', percentile: 95 }],
    ['99.9% uptime', { metric: 'availability', comparator: '>=', value: 99.9, unit: '%' }],
    ['1,000 RPS', { metric: 'throughput', value: 1000, unit: 'req/s' }],
    ['within 2 seconds', { metric: 'latency', comparator: '<=', value: 2, unit: 's' }],
    ['less than 500ms for typical queries', { comparator: '<', value: 500, unit: 'ms' }],
    ['< 200ms for 95% of requests', { value: 200, unit: 'ms', percentile: 95 }],
    ['≤ 60 calls per minute', { metric: 'throughput', comparator: '<=', value: 60, unit: 'req/min' }],
    // A rate written with its unit's slash alone (pilot-space's "1000/min standard 100/min AI endpoints", mnm's "login 5/min").
    ['Rate limiting?,1000/min standard', { metric: 'throughput', value: 1000, unit: 'req/min' }],
    // I_am_OK's SRS: "NFR-SCALE-004 | Message throughput (per device) | 100 messages/hour" is a rate, not 100 messages.
    ['Message throughput (per device) | 100 messages/hour', { metric: 'throughput', comparator: '=', value: 100, unit: 'req/h', text: '100 messages/hour' }],
    ['at most 10 msg/h per user', { metric: 'throughput', comparator: '<=', value: 10, unit: 'req/h' }],
    ['Rate limit: 60 req/hour', { metric: 'throughput', value: 60, unit: 'req/h' }],
    ['Password resets: 5 /hr', { metric: 'throughput', value: 5, unit: 'req/h' }],
    ['no more than 1,000 emails per day', { metric: 'throughput', comparator: '<=', value: 1000, unit: 'req/d' }],
    ['up to 5 uploads per user per hour', { metric: 'throughput', comparator: '<=', value: 5, unit: 'req/h' }],
    // A data rate is a throughput of bytes: "~50 KB/s" over BLE was read as a size of 50 KB.
    ['Throughput: ~50 KB/s (depends on device and distance)', { metric: 'throughput', value: 50, unit: 'KB/s', text: '50 KB/s' }],
    ['Throughput: ~5-10 MB/s', { metric: 'throughput', value: 10, unit: 'MB/s' }],
    ['uplink of at least 100 Mbps', { metric: 'throughput', comparator: '>=', value: 100, unit: 'Mbps' }],
    ['Memory usage < 50MB', { metric: 'memory', comparator: '<', value: 50, unit: 'MB' }],
    ['up to 10MB in size', { metric: 'size', comparator: '<=', value: 10, unit: 'MB' }],
    ['support 1,000+ concurrent users', { metric: 'concurrency', comparator: '>=', value: 1000 }],
    ['10k users', { metric: 'concurrency', value: 10000 }],
    ['>95% accuracy', { metric: 'accuracy', comparator: '>', value: 95, unit: '%' }],
    ['RTO of 5 minutes', { metric: 'recovery-time', value: 5, unit: 'min' }],
    ['moins de 2 secondes (95e percentile)', { value: 2, unit: 's', percentile: 95 }],
    ['sous 0.50€/mois', { metric: 'cost', comparator: '<', value: 0.5, unit: 'EUR' }],
    ['3x traffic', { metric: 'multiplier', value: 3, unit: 'x' }],
    ['zero known unpatched CVEs', { metric: 'count', value: 0, unit: 'cves' }],
    ['Sharpe ≥ 0.5', { comparator: '>=', value: 0.5 }],
    ['drawdown -%5', { value: 5, unit: '%' }],
  ])('%s', (text, expected) => {
    expect(first(text)).toMatchObject(expected);
  });

  it('finds nothing in qualitative text', () => {
    expect(parseTargets('The system shall be fast and easy to use.')).toEqual([]);
    expect(parseTargets('process all 6 tables')).toEqual([]);
  });

  it('compares across units', () => {
    expect(baseValue(first('under 5 s'))).toEqual({ family: 'time', value: 5000 });
    expect(baseValue(first('under 5000 ms'))).toEqual({ family: 'time', value: 5000 });
    expect(baseValue(first('2 GB of memory'))).toEqual({ family: 'size', value: 2048 });
  });

  it('compares rates per hour with rates per minute, and never with a data rate', () => {
    const perHour = first('3,600 requests per hour');
    expect(sameQuantity(perHour, first('60 req/min')) && sameValue(perHour, first('60 req/min'))).toBe(true);
    expect(sameQuantity(first('100 messages/hour'), first('~50 KB/s'))).toBe(false);
    expect(baseValue(first('100 Mbps'))).toEqual({ family: 'data-rate', value: 12.5 });
  });

  it('names standards', () => {
    expect(parseStandards('Meets WCAG 2.1 AA and ISO 27001; TLS 1.3 only; GDPR; runs on Node.js 16+')).toEqual(['WCAG 2.1 AA', 'ISO 27001', 'TLS 1.3', 'GDPR', 'Node.js 16+']);
  });
});

describe('timeouts', () => {
  it('a number next to "timeout" or "time out" is a timeout, not a latency', () => {
    expect(parseTargets('The payment client has a response timeout of 30 s.').map((t) => [t.metric, t.text])).toEqual([['timeout', '30 s']]);
    expect(parseTargets('| Timeout | 30 seconds for all callable functions |').map((t) => [t.metric, t.text])).toEqual([['timeout', '30 seconds']]);
    expect(parseTargets('外部APIのタイムアウトは最大30秒とする。').map((t) => [t.metric, t.text])).toEqual([['timeout', '最大30秒']]);
    expect(parseTargets('接口超时时间不超过30秒。').map((t) => [t.metric, t.text])).toEqual([['timeout', '不超过30秒']]);
  });

  it('only next to the number: an answer time in the same sentence stays a latency', () => {
    expect(parseTargets('Search answers within 2 s at p95; calls to the index time out after 30 s.').map((t) => [t.metric, t.text])).toEqual([['latency', 'within 2 s at p95'], ['timeout', '30 s']]);
  });
});

describe('the corpus', () => {
  // Written before the patterns were made linear (bounded runs): every line of every real document
  // must read the same targets and standards as it did then.
  itWithShared('reads the same targets and standards on every line of every corpus document', async () => {
    const read: Record<string, [number, unknown, string[]][]> = {};
    for (const pair of corpusPairs()) {
      const input = readDocSet(pair.dir, { name: pair.name, prd: pair.prd, architecture: pair.architecture });
      for (const f of [...input.prd, ...input.architecture]) {
        const lines = f.text.split('\n').map((l, i): [number, unknown, string[]] => [i + 1, parseTargets(l), parseStandards(l)]);
        read[`${pair.name}/${f.path}`] = lines.filter(([, t, s]) => (t as unknown[]).length || s.length);
      }
    }
    await expect(JSON.stringify(read, null, 1)).toMatchFileSnapshot('__snapshots__/corpus-targets.json');
  });
});

// Found on FrigoFuteV2 ("Riverpod") and bmad-todo-app ("corporate"): an acronym inside a word names no metric.
describe('a metric\'s acronym counts only as a whole word', () => {
  it.each([
    ['Réactivité UI <100ms : AsyncValue Riverpod, shimmer placeholders', 'latency'],
    ["it doesn't look corporate. He registers in under 30 seconds.", 'latency'],
    ['Data loss (RPO) under 15 minutes', 'recovery-point'],
    ['Translations cover 95% of the interface', 'ratio'],
    ['SLA of 99.9%', 'availability'],
    ['The program loads under 2 MB', 'size'],
  ])('%s', (text, metric) => {
    expect(parseTargets(text).map((t) => t.metric)).toEqual([metric]);
  });
});

// JavaScript's \b is ASCII: a comparator word of any script is matched at a word's start
// (word-boundary.ts), so the end of another word compares nothing, and a word after a space,
// a bracket or a colon still does.
describe('a comparator word counts only at the start of a word', () => {
  it.each([
    // Russian "за" and "до" ending other words: "база" (base), "фаза" (phase), "из-за" (because of), "подо".
    ['База 3 узла', []],
    ['Фаза 2 займёт неделю', []],
    ['Фаза 2 секунды', [['<=', 2, 's', '2 секунды']]],
    ['Из-за 5 минут простоя', [['<=', 5, 'min', '5 минут']]],
    ['Ответ за 2 секунды, выгрузка до 2 минут', [['<=', 2, 's', 'за 2 секунды'], ['<=', 2, 'min', 'до 2 минут']]],
    ['«до 2 секунд»', [['<=', 2, 's', 'до 2 секунд']]],
    // Spanish, Italian, German, Vietnamese: the same words inside others.
    ['Chasta 2 segundos', [['<=', 2, 's', '2 segundos']]],
    ['respuesta:hasta 2 segundos', [['<=', 2, 's', 'hasta 2 segundos']]],
    ['dentro 5 secondi', [['<=', 5, 's', '5 secondi']]],
    ['entro 5 secondi', [['<=', 5, 's', 'entro 5 secondi']]],
    ['Kundenüber 5 Minuten', [['<=', 5, 'min', '5 Minuten']]],
    ['Kunden über 5 Minuten', [['>', 5, 'min', 'über 5 Minuten']]],
    ['xác thực dưới 2 giây', [['<', 2, 's', 'dưới 2 giây']]],
    // English and French: "over" of "failover" is no "more than".
    ['Failover 30 s', [['<=', 30, 's', '30 s']]],
    ['Turnover 5 %', [['=', 5, '%', '5 %']]],
    ['Thunder 5 ms', [['<=', 5, 'ms', '5 ms']]],
    ['Climax 200 ms', [['<=', 200, 'ms', '200 ms']]],
    ['latency max 200 ms', [['<=', 200, 'ms', 'max 200 ms']]],
    ['Latency:<200 ms', [['<', 200, 'ms', '<200 ms']]],
    // Chinese and Japanese put no space before a comparator: it takes no boundary.
    ['响应时间不超过200毫秒', [['<=', 200, 'ms', '不超过200毫秒']]],
    ['最多100个用户', [['<=', 100, '', '最多100个']]],
  ])('%s', (text, targets) => {
    expect(parseTargets(text).map((t) => [t.comparator, t.value, t.unit, t.text])).toEqual(targets);
  });
});

// Found on FrigoFuteV2: its coverage table restates the PRD's budget ("Budget <500€/mois : Circuit breakers…").
it('a budget restated in the same currency is the same target; in another currency or amount it is not', () => {
  const [prd] = parseTargets('Budget total infrastructure <500€/mois pour 10,000 MAU').filter((t) => t.metric === 'cost');
  const same = (text: string) => parseTargets(text).some((t) => sameQuantity(prd, t) && sameValue(prd, t));
  expect([same('Budget <500€/mois : Circuit breakers quotas'), same('Budget under $500 a month'), same('Budget <50€/mois')]).toEqual([true, false, false]);
});

it('two targets without a value in base units (unknown units) are never the same value', () => {
  const bare = (value: number) => ({ metric: 'value', comparator: '<', value, unit: 'widgets', text: `< ${value} widgets` }) as const;
  expect([sameValue(bare(3), bare(7)), sameValue(bare(3), bare(3))]).toEqual([false, false]);
});

describe('targets in Spanish, Portuguese, German, Italian, Russian, Ukrainian, Vietnamese, Chinese, Japanese and Korean', () => {
  it.each([
    ['El tiempo de respuesta debe ser menor a 2 segundos.', { metric: 'latency', comparator: '<', value: 2, unit: 's' }],
    ['mayor que 100 usuarios simultáneos', { metric: 'concurrency', comparator: '>', value: 100, unit: '' }],
    ['como máximo 500 usuarios simultáneos', { metric: 'concurrency', comparator: '<=', value: 500 }],
    ['Disponibilidad del 99.9% mensual', { metric: 'availability', comparator: '>=', value: 99.9, unit: '%' }],
    ['Las copias de seguridad se conservan 5 años.', { metric: 'retention', value: 5, unit: 'y' }],
    ['recuperación en menos de 30 minutos', { metric: 'recovery-time', comparator: '<', value: 30, unit: 'min' }],
    ['resposta em no máximo 3 segundos', { metric: 'latency', comparator: '<=', value: 3, unit: 's' }],
    ['Antwortzeit unter 200 ms', { metric: 'latency', comparator: '<', value: 200, unit: 'ms' }],
    ['höchstens 3 Sekunden', { metric: 'latency', comparator: '<=', value: 3, unit: 's' }],
    ['Verfügbarkeit mindestens 99,5 %', { metric: 'availability', comparator: '>=', value: 99.5, unit: '%' }],
    ['risposta entro 5 secondi', { metric: 'latency', comparator: '<=', value: 5, unit: 's' }],
    ['inférieur à 2 secondes', { metric: 'latency', comparator: '<', value: 2, unit: 's' }],
    ['検索APIの応答時間はp95で300ms以下とする。', { metric: 'latency', comparator: '<=', value: 300, unit: 'ms', percentile: 95 }],
    ['月間稼働率99.9%以上を目標とする。', { metric: 'availability', comparator: '>=', value: 99.9, unit: '%' }],
    ['トップ画面は３秒以内に表示されること。', { metric: 'latency', comparator: '<=', value: 3, unit: 's', text: '3秒以内' }],
    ['障害発生時は30分以内に復旧する。', { metric: 'recovery-time', comparator: '<=', value: 30, unit: 'min' }],
    ['同時接続ユーザー数1,000以上に対応する。', { metric: 'concurrency', comparator: '>=', value: 1000 }],
    ['ログイン失敗は5回未満で一時ロックする。', { metric: 'count', comparator: '<', value: 5 }],
    ['バックアップは5年間保存する。', { metric: 'retention', value: 5, unit: 'y' }],
    ['响应时间小于200毫秒', { metric: 'latency', comparator: '<', value: 200, unit: 'ms' }],
    // leon-blog's NFR table: a sign before a Chinese unit ("< 2" was a number of nothing).
    ['页面首次加载时间 < 2秒（LCP）', { metric: 'latency', comparator: '<', value: 2, unit: 's', text: '< 2秒' }],
    ['接口响应 ≤ 200毫秒', { metric: 'latency', comparator: '<=', value: 200, unit: 'ms', text: '≤ 200毫秒' }],
    ['tiempo de respuesta < 2 segundos', { metric: 'latency', comparator: '<', value: 2, unit: 's', text: '< 2 segundos' }],
    ['al menos 500 transacciones por segundo', { metric: 'throughput', comparator: '>=', value: 500, unit: 'req/s' }],
    ['200 requêtes par seconde', { metric: 'throughput', comparator: '=', value: 200, unit: 'req/s' }],
    ['bis zu 50 Anfragen pro Minute', { metric: 'throughput', comparator: '<=', value: 50, unit: 'req/min' }],
    ['Dakikada max 30 request', { metric: 'throughput', comparator: '<=', value: 30, unit: 'req/min' }],
    ['Maximum 60 API calls per minute', { metric: 'throughput', comparator: '<=', value: 60, unit: 'req/min' }],
    ['100件/秒', { metric: 'throughput', value: 100, unit: 'req/s' }],
    ['höchstens 100 Nachrichten pro Stunde', { metric: 'throughput', comparator: '<=', value: 100, unit: 'req/h' }],
    ['не более 100 сообщений в час', { metric: 'throughput', value: 100, unit: 'req/h' }],
    ['每小时最多100条消息', { metric: 'throughput', comparator: '<=', value: 100, unit: 'req/h' }],
    ['100条/小时', { metric: 'throughput', value: 100, unit: 'req/h' }],
    ['200 requêtes par heure', { metric: 'throughput', value: 200, unit: 'req/h' }],
    ['1000 solicitudes por día', { metric: 'throughput', value: 1000, unit: 'req/d' }],
    ['cobertura de pruebas ≥ 80 %', { metric: 'coverage', comparator: '>=', value: 80 }],
    // beefirst's enforcement table: the coverage gate written as pytest-cov's option.
    ['Coverage target | pytest --cov=src --cov-fail-under=90', { metric: 'coverage', comparator: '>=', value: 90, unit: '%', text: 'fail-under=90' }],
    ['[tool.coverage.report] fail_under = 85', { metric: 'coverage', comparator: '>=', value: 85, unit: '%' }],
    ['Testabdeckung mindestens 80 %', { metric: 'coverage', comparator: '>=', value: 80 }],
    ['precisión del OCR ≥ 95%', { metric: 'accuracy', comparator: '>=', value: 95 }],
    ['uso de memoria < 100 MB', { metric: 'memory', comparator: '<', value: 100, unit: 'MB' }],
    ['tasa de error < 1%', { metric: 'error-rate', comparator: '<', value: 1 }],
    // Russian and Ukrainian SRS tables: "возвращает 202 за < 500 мс на 95-м перцентиле", "до 30 секунд".
    ['Запуск возвращает 202 за < 500 мс на 95-м перцентиле', { metric: 'latency', comparator: '<', value: 500, unit: 'ms', percentile: 95, text: '< 500 мс' }],
    ['Загрузка файла — успешно до 30 секунд', { metric: 'latency', comparator: '<=', value: 30, unit: 's', text: 'до 30 секунд' }],
    ['Полный прогон: не более 4 часов', { metric: 'latency', comparator: '<=', value: 4, unit: 'h' }],
    ['Доступность не менее 99,9 %', { metric: 'availability', comparator: '>=', value: 99.9, unit: '%' }],
    ['восстановление в течение 15 минут', { metric: 'recovery-time', comparator: '<=', value: 15, unit: 'min' }],
    ['резервные копии хранятся 5 лет', { metric: 'retention', value: 5, unit: 'y' }],
    ['відповідь протягом 3 секунд', { metric: 'latency', comparator: '<=', value: 3, unit: 's' }],
    ['Thời gian phản hồi dưới 2 giây', { metric: 'latency', comparator: '<', value: 2, unit: 's', text: 'dưới 2 giây' }],
    ['Hỗ trợ tối đa 500 người dùng đồng thời', { metric: 'concurrency', comparator: '<=', value: 500 }],
    ['응답은 3초 이내에 반환한다', { metric: 'latency', comparator: '<=', value: 3, unit: 's', text: '3초 이내' }],
    ['장애 시 30분 이내 복구', { metric: 'recovery-time', comparator: '<=', value: 30, unit: 'min' }],
  ])('%s', (text, expected) => {
    expect(first(text)).toMatchObject(expected);
  });

  it('a number of seconds per page is a time, and "60 frames per second" no throughput', () => {
    expect(parseTargets('2 segundos por página').map((t) => [t.metric, t.value, t.unit])).toEqual([['latency', 2, 's']]);
    expect(parseTargets('60 frames per second')).toEqual([]);
  });

  it('a word holding "rpo" is no recovery point: "<100ms : AsyncValue Riverpod" is a latency', () => {
    expect(parseTargets('Réactivité UI <100ms : AsyncValue Riverpod, shimmer placeholders').map((t) => t.metric)).toEqual(['latency']);
    expect(parseTargets('it does not look corporate; he registers in under 30 seconds').map((t) => t.metric)).toEqual(['latency']);
  });

  it('takes no version, bare number or qualitative sentence for a target', () => {
    expect(parseTargets('すべての通信はTLS 1.2以上で暗号化する。')).toEqual([]);
    expect(parseTargets('候補は3以内に絞る。')).toEqual([]);
    expect(parseTargets('画面は直感的に操作できること。')).toEqual([]);
    expect(parseTargets('La interfaz debe ser intuitiva.')).toEqual([]);
    // A year is a date ("к 2027 году", "2025년"), a unit word inside a longer word is no unit.
    expect(parseTargets('Релиз планируется в 2027 года, минимум через 5 минимумов.')).toEqual([]);
    expect(parseTargets('2025년 출시 예정')).toEqual([]);
    // With a comparator too: "until 2025", "for 2024", never at most 2,025 years.
    expect(parseTargets('Поддержка Windows 10 до 2025 года.')).toEqual([]);
    expect(parseTargets('Отчёт за 2024 год публикуется до 30 секунд.').map((t) => t.text)).toEqual(['до 30 секунд']);
    expect(parseTargets('Підтримка до 2026 року.')).toEqual([]);
    expect(parseTargets('Интерфейс должен быть понятным.')).toEqual([]);
  });

  it('compares years with days, and full-width digits with ASCII ones', () => {
    expect(baseValue(first('5年間保存'))).toEqual({ family: 'time', value: 5 * 31_536_000_000 });
    expect(first('３００ｍｓ以下')).toMatchObject({ comparator: '<=', value: 300, unit: 'ms' });
  });

  it('reads no amount in a number glued to the letter before it: "K8s" is Kubernetes, not 8 seconds', () => {
    expect(parseTargets('Deploys to K8s (k3s at the edge) as K8s-native manifests; pods restart within 30 s').map((t) => t.text)).toEqual(['within 30 s']);
    // "amqp091-go" is a library, not 91 GB (go: gigaoctets); "#764ba2 100%" is a colour, then 100%.
    expect(parseTargets('Client: amqp091-go v1.10.0')).toEqual([]);
    expect(parseTargets('linear-gradient(135deg, #667eea 0%, #764ba2 100%)').map((t) => [t.text, t.value])).toEqual([['0%', 0], ['100%', 100]]);
    expect(parseTargets('Greek and Cyrillic names too: Ω5 s, Т34 мин')).toEqual([]);
  });

  it('still reads numbers glued to Chinese and Japanese words, and units glued to numbers', () => {
    expect(parseTargets('95%が3秒以内').map((t) => [t.text, t.comparator, t.value, t.unit])).toEqual([['95%', '=', 95, '%'], ['3秒以内', '<=', 3, 's']]);
    expect(parseTargets('响应时间小于3秒').map((t) => [t.text, t.comparator, t.value, t.unit])).toEqual([['小于3秒', '<', 3, 's']]);
    expect(parseTargets('p95<200ms, boot in 3s').map((t) => [t.text, t.value, t.unit, t.percentile])).toEqual([['p95<200ms', 200, 'ms', 95], ['3s', 3, 's', undefined]]);
  });

  it('finds each of thousands of targets glued together once', () => {
    const small = parseTargets('5秒以内、'.repeat(500)).length;
    const large = parseTargets('5秒以内、'.repeat(2000)).length;
    expect([small, large]).toEqual([500, 2000]);
  });
});
