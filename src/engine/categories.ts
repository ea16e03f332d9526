// NFR categories recognised from a heading, a table column, a title or an ID infix
// (NFR-PERF-01, NFR-SEC-2). English, French, Turkish and Chinese words seen in real PRDs, and
// Spanish, Portuguese, German, Italian and Japanese ones.

export const CATEGORY_WORDS: [string, RegExp][] = [
  ['performance', /perf|latenc|response time|throughput|speed|fast|temps de|rapidit|réactivit|reactivit|render|load time|hız|gecikme|yanıt süresi|性能|响应|rendimiento|desempenho|leistung|antwortzeit|prestazion|tiempo de respuesta|tempo de resposta|応答|性能|パフォーマンス|表示速度/i],
  ['security', /secur|sécurit|securit|privacy|confidential|authent|authori[sz]|authorit|\bauthn|\bauthz|oauth|\bauth\b|encrypt|password|bcrypt|argon2|chiffr|güvenlik|şifrel|安全|compliance|conformit|uyum|rgpd|gdpr|seguridad|segurança|sicherheit|sicurezza|セキュリティ|暗号|認証|ログイン|加密/i],
  ['availability', /availab|disponib|uptime|erişilebilirlik süresi|可用|disponibilidad|verfügbarkeit|稼働|可用性/i],
  ['reliability', /reliab|fiabilit|resilien|résilien|fault|recover|durab|robust|güvenilir|dayanıklı|可靠|fiabilidad|confiabilidad|confiabilidade|zuverlässig|affidabilit|respaldo|copia de seguridad|datensicherung|信頼性|障害|復旧|バックアップ/i],
  ['scalability', /scal|évolutiv|ölçeklen|扩展|伸缩|escalabilidad|escalabilidade|skalierbar|スケーラビリティ|拡張性|同時接続/i],
  ['usability', /usab|\bux\b|ergonom|utilisabilit|ease of|kullanılabilir|易用|usabilidad|usabilidade|benutzerfreundlich|benutzbar|bedienbar|gebrauchstauglich|操作性|使いやすさ|ユーザビリティ/i],
  ['accessibility', /accessib|a11y|wcag|erişilebilir|accesibilidad|acessibilidade|barrierefrei|アクセシビリティ|无障碍/i],
  ['maintainability', /maintainab|flexib|extensib|modifiab|maintenab|code quality|qualité|testab|bakım|可维护|mantenibilidad|manutenibilidade|wartbar|manutenibilit|保守性/i],
  ['compatibility', /compatib|portab|platform|browser|uyumluluk|兼容|compatibilidad|kompatib|互換/i],
  ['observability', /observab|monitor|logging|audit|traçabilit|gözlem|izleme|监控|monitoreo|monitorización|monitoramento|überwachung|monitoraggio|監視|ログ/i],
  ['integration', /integrat|intégration|interop|entegrasyon/i],
  // bcrypt's "cost factor" is a hashing parameter, not a cost.
  ['cost', /\bcosts?\b(?![\s-]*factor)|coût|budget|maliyet|成本|coste|custo|kosten|コスト|費用/i],
  ['accuracy', /accura|correctness|précision|exactitude|doğruluk|准确/i],
];

const ID_INFIX: Record<string, string> = {
  PERF: 'performance', P: 'performance',
  SEC: 'security', S: 'security',
  AVAIL: 'availability', AV: 'availability', A: 'availability',
  RELY: 'reliability', REL: 'reliability', R: 'reliability',
  SCA: 'scalability', SCAL: 'scalability', SC: 'scalability',
  UX: 'usability', USA: 'usability', USE: 'usability', U: 'usability',
  ACC: 'accessibility', A11Y: 'accessibility',
  MAINT: 'maintainability', M: 'maintainability',
  COMP: 'compatibility', PORT: 'compatibility', C: 'compatibility',
  OBS: 'observability', O: 'observability',
  INT: 'integration', I: 'integration',
};

export function categoryFromText(text: string): string | null {
  for (const [name, re] of CATEGORY_WORDS) if (re.test(text)) return name;
  return null;
}

// The infix and the number may be parted by a hyphen, a dot or nothing: NFR-P-1, NFR-P.1 and
// NFR-P1 are one requirement (ids.ts), so they have one infix.
const INFIX = /^[A-Z]+-([A-Z][A-Z0-9]*?)[-.]?\d/;
const LETTER_INFIX = /^[A-Z]+-([A-Z])[-.]?\d/;

/**
 * NFR-PERF-01 -> performance. A single letter (NFR-P1) says nothing on its own: the PRD's own
 * headings explain it (requirements.ts learns it from the IDs that stand under a category heading).
 */
export function categoryFromId(id: string): string | null {
  const m = INFIX.exec(id.toUpperCase());
  if (!m || m[1].length < 2) return null;
  return ID_INFIX[m[1]] ?? null;
}

/**
 * Whether an ID's infix agrees with a category read elsewhere: it has none or a one-letter one
 * (NFR-7, NFR-S1: the PRD's headings explain those), names that category (NFR-SEC-1), or is a
 * group archgate has no name for whose initial is the category's (NFR-PF-1 for performance). A
 * group named otherwise (NFR-TEST-6 read as security for its "OAuth") says the category is a guess.
 */
export function infixAgrees(id: string, category: string): boolean {
  const m = INFIX.exec(id.toUpperCase());
  if (!m || m[1].length < 2) return true;
  return (ID_INFIX[m[1]] ?? ID_INFIX[m[1][0]]) === category;
}

/** "S" in NFR-S1, "P" in NFR-P12: the one-letter infix of an ID, if it has one. */
export function singleLetterInfix(id: string): string | null {
  return LETTER_INFIX.exec(id.toUpperCase())?.[1] ?? null;
}

// What a measured target says its requirement is about, when no word does ("in under 2 minutes").
const METRIC_CATEGORY: Record<string, string> = { latency: 'performance', timeout: 'performance', throughput: 'performance', 'frame-rate': 'performance', concurrency: 'scalability', availability: 'availability', 'recovery-time': 'reliability', 'recovery-point': 'reliability', 'error-rate': 'reliability', accuracy: 'accuracy', cost: 'cost' };

export function categoryFromTargets(targets: { metric: string }[]): string | null {
  for (const t of targets) if (METRIC_CATEGORY[t.metric]) return METRIC_CATEGORY[t.metric];
  return null;
}
