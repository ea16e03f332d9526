import { wordAlternatives } from './word-boundary.js';

// A place that puts a feature off ("Future: SSO via SAML", "未来扩展：Resend 订阅", "Später:
// Mandantenfähigkeit") names what the requirement asks and says the design does not do it yet.
// It shares the requirement's words as closely as the place that meets it, so no score tells the
// two apart: the words that defer do. Such a place never implies the requirement.

/**
 * Words that put a thing off, in the languages of the documents read (English, German, French,
 * Spanish, Portuguese, Italian, Russian, Chinese, Japanese). Spaced words are bounded as words
 * ("later" is no part of "translater", "future" none of "futures"). "Eventually" is left out
 * (eventual consistency is a design), and so are "planned"/"geplant" and "v2" (a planned
 * maintenance window, an API's v2, are designs; so is a "Phase 2" heading over a phased plan,
 * which readers cite), "pendiente" (a pending payment) and "后续"/"後続"/"以后" (the step after
 * another). Each is a fixed word: the pattern is an alternation of literals, matched in time
 * linear in the text.
 */
const DEFERRING_WORDS = [
  // English
  'Future', 'FUTURE', 'future(?![ \\t]+\\p{L})', 'in the future', 'later', 'deferred', 'postponed', 'out of scope', 'not in scope', 'not yet', 'tbd', 'to be decided', 'to be determined', 'roadmap', 'post-mvp', 'next release', 'someday',
  // German
  'zukünftig', 'zukünftige', 'zukünftigen', 'künftig', 'später', 'spätere', 'späteren', 'nicht im umfang', 'ausblick',
  // French
  'futur', 'à terme', 'plus tard', 'ultérieur', 'ultérieure', 'ultérieurement', 'hors périmètre', 'hors du périmètre', 'à venir',
  // Spanish, Portuguese, Italian
  'futuro', 'futura', 'futuros', 'futuras', 'futuramente', 'más adelante', 'mais tarde', 'fuera de alcance', 'fora do escopo', 'in futuro',
  // Russian
  'в будущем', 'позже', 'позднее', 'вне рамок',
  // Chinese, Japanese (no spaces around words)
  '未来', '将来', '待定', '暂不', '暫不', '二期', '三期', '今後', '予定', '未定', '後日', '次期', '後回し',
  // Korean (a particle follows the word without a space: "향후에")
  '향후', '추후', '차기', '미정', '범위 외', '범위 밖', '로드맵',
];

// Case is written out, not folded: "future frontend" names another thing to come, "Future: SSO" and
// "SSO (future)" put SSO off; with the i flag a case-sensitive exception could not be written.
const cased = (w: string) => (/^\p{Ll}/u.test(w) && !w.includes('(') ? [w, w[0].toUpperCase() + w.slice(1), w.toUpperCase()] : [w]);
const DEFERRING = new RegExp(wordAlternatives([...new Set(DEFERRING_WORDS.flatMap(cased))], true), 'u');

/** Whether a text (a place's line, or a heading above it) puts a feature off. */
export function defers(text: string): boolean {
  return DEFERRING.test(text);
}
