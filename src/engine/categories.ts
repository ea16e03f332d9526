// NFR categories recognised from a heading, a table column, a title or an ID infix
// (NFR-PERF-01, NFR-SEC-2). English, French, Turkish and Chinese words seen in real PRDs.

export const CATEGORY_WORDS: [string, RegExp][] = [
  ['performance', /perf|latenc|response time|throughput|speed|fast|temps de|rapidit|réactivit|reactivit|render|load time|hız|gecikme|yanıt süresi|性能|响应/i],
  ['security', /secur|sécurit|securit|privacy|confidential|auth|encrypt|password|bcrypt|argon2|chiffr|güvenlik|şifrel|安全|compliance|conformit|uyum|rgpd|gdpr/i],
  ['availability', /availab|disponib|uptime|erişilebilirlik süresi|可用/i],
  ['reliability', /reliab|fiabilit|resilien|résilien|fault|recover|durab|robust|güvenilir|dayanıklı|可靠/i],
  ['scalability', /scal|évolutiv|ölçeklen|扩展|伸缩/i],
  ['usability', /usab|\bux\b|ergonom|utilisabilit|ease of|kullanılabilir|易用/i],
  ['accessibility', /accessib|a11y|wcag|erişilebilir/i],
  ['maintainability', /maintainab|maintenab|code quality|qualité|testab|bakım|可维护/i],
  ['compatibility', /compatib|portab|platform|browser|uyumluluk|兼容/i],
  ['observability', /observab|monitor|logging|audit|traçabilit|gözlem|izleme|监控/i],
  ['integration', /integrat|intégration|interop|entegrasyon/i],
  // bcrypt's "cost factor" is a hashing parameter, not a cost.
  ['cost', /\bcosts?\b(?![\s-]*factor)|coût|budget|maliyet|成本/i],
  ['accuracy', /accura|correctness|précision|exactitude|doğruluk|准确/i],
];

const ID_INFIX: Record<string, string> = {
  PERF: 'performance', P: 'performance',
  SEC: 'security', S: 'security',
  AVAIL: 'availability', AV: 'availability', A: 'availability',
  RELY: 'reliability', REL: 'reliability', R: 'reliability',
  SCA: 'scalability', SCAL: 'scalability', SC: 'scalability',
  UX: 'usability', USA: 'usability', U: 'usability',
  ACC: 'accessibility', A11Y: 'accessibility',
  MAINT: 'maintainability', M: 'maintainability',
  COMP: 'compatibility', C: 'compatibility',
  OBS: 'observability', O: 'observability',
  INT: 'integration', I: 'integration',
};

export function categoryFromText(text: string): string | null {
  for (const [name, re] of CATEGORY_WORDS) if (re.test(text)) return name;
  return null;
}

/**
 * NFR-PERF-01 -> performance. A single letter (NFR-P1) says nothing on its own: the PRD's own
 * headings explain it (requirements.ts learns it from the IDs that stand under a category heading).
 */
export function categoryFromId(id: string): string | null {
  const m = /^[A-Z]+-([A-Z][A-Z0-9]*?)-?\d/.exec(id.toUpperCase());
  if (!m || m[1].length < 2) return null;
  return ID_INFIX[m[1]] ?? null;
}

/** "S" in NFR-S1, "P" in NFR-P12: the one-letter infix of an ID, if it has one. */
export function singleLetterInfix(id: string): string | null {
  return /^[A-Z]+-([A-Z])-?\d/.exec(id.toUpperCase())?.[1] ?? null;
}
