import { describe, expect, it } from 'vitest';
import { check } from './helpers.js';
import { termCounts } from '../src/engine/terms.js';

// Korean writes spaces between phrases, not words: a noun carries its particle ("파일은", "파일을")
// and most words are two syllables. Read as whole words under the three-letter floor, a Korean
// NFR table had no terms at all, and its NFRs were "resembled by nothing" in a design that meets them.
const otherSections = Array.from({ length: 30 }, (_, i) => `## 모듈 ${i}\n\n모듈 ${i}은 주문 목록 화면을 그립니다.\n`).join('\n');
const prd = [
  '# 제품 요구사항',
  '',
  '## 비기능 요구사항',
  '',
  '| ID | 항목 | 목표 |',
  '|---|---|---|',
  '| NFR-S01 | 임시 파일 보안 | 사용 후 삭제 |',
  '| NFR-P01 | 목록 응답 시간 | 200ms 이내 |',
  '| NFR-C01 | 푸시 알림 배지 | iOS 지원 |',
].join('\n');
const arch = [
  '# 아키텍처',
  '',
  '## 저장소 설계',
  '',
  '- 변환 중 임시 파일은 작업 폴더에 두고, 작업이 끝나면 즉시 삭제합니다.',
  '',
  '## API 게이트웨이',
  '',
  '- 목록 API의 응답은 p95 기준 150ms로 설계하고, 결과를 Redis에 캐시합니다.',
  '',
  otherSections,
].join('\n');

describe('Korean documents', () => {
  it('a Hangul phrase is read as syllable pairs, so a noun meets itself with a particle', () => {
    expect([...termCounts('임시 파일은 삭제됩니다').keys()]).toEqual(['임시', '파일', '일은', '삭제', '제됩', '됩니', '니다']);
    // A one-syllable word is no evidence (as a lone Han character is not).
    expect([...termCounts('후 및 수').keys()]).toEqual([]);
    // A particle written onto a Latin word does not hide the word.
    expect([...termCounts('Redis를 캐시로').keys()]).toEqual(['redi', '캐시', '시로']);
  });

  it('names the design line of a Korean NFR table row as its place to cite, by its words and by the concept (응답 시간 ~ 레이턴시)', () => {
    const rows = check(prd, arch).coverage.rows;
    expect(rows.map((r) => [r.requirement.id, r.status, r.suggestions.map((s) => [s.location.line, s.heading, s.shared])])).toEqual([
      ['NFR-S01', 'uncovered', [[5, '저장소 설계', ['삭제', '임시', '파일']]]],
      ['NFR-P01', 'uncovered', [[9, 'API 게이트웨이', ['응답', '~latency']]]],
      // Nothing in the design is about push badges: no place is offered.
      ['NFR-C01', 'uncovered', []],
    ]);
  });

  it('reads a long Hangul run in one pass: one pair per syllable after the first', () => {
    const syllables = Array.from({ length: 20_000 }, (_, i) => String.fromCharCode(0xac00 + (i % 400))).join('');
    const counts = termCounts(syllables);
    let pairs = 0;
    for (const n of counts.values()) pairs += n;
    expect(pairs).toBe(19_999);
  });
});

describe('Korean section titles and lines archgate reads', () => {
  it('puts a feature off, states a drawback, lists pointers: the Korean words as the other languages\' ones', async () => {
    const { defers } = await import('../src/engine/deferred.js');
    const { statesDrawback, titlesDrawbacks } = await import('../src/engine/drawbacks.js');
    const t = await import('../src/engine/section-titles.js');
    expect([defers('향후 SSO 지원 예정'), defers('추후에 검토'), defers('범위 외: 다국어'), defers('SSO는 SAML로 지원합니다')]).toEqual([true, true, true, false]);
    expect([statesDrawback('- 단점: 지연 시간 증가'), statesDrawback('- 장점: 단순함')]).toEqual([true, false]);
    expect([titlesDrawbacks('단점'), titlesDrawbacks('부정적 영향'), titlesDrawbacks('장점')]).toEqual([true, true, false]);
    expect([t.isPointerList('참고 자료'), t.isPointerList('관련 문서'), t.isPointerList('참고 구현')]).toEqual([true, true, false]);
    expect([t.isRestatement('요구사항 개요'), t.isRestatement('비기능 요구사항'), t.isRestatement('저장소 설계')]).toEqual([true, true, false]);
    expect([t.isMapping('요구사항 추적 매트릭스'), t.isMapping('요구사항 개요')]).toEqual([true, false]);
    expect([t.isGlossary('용어집'), t.isRestatingSection('1. 개요'), t.isRestatingSection('시스템 개요'), t.isRestatingSection('개요서 작성 절차')]).toEqual([true, true, true, false]);
    expect([t.isDecisionProblem('고려한 대안'), t.isDecisionProblem('결정 동인'), t.isDecisionProblem('결정')]).toEqual([true, true, false]);
  });
});
