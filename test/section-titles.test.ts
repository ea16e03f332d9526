import { describe, expect, it } from 'vitest';
import { isGlossary, isMapping, isRestatement, isRestatingSection } from '../src/engine/section-titles.js';

// One vocabulary, several questions: the implied place avoids any overview, glossary or price
// list; the ranking weighs down only lists of the requirements and glossaries.

describe('section titles', () => {
  it('names an overview, introduction, summary, glossary or price list as restating, in the shared words', () => {
    const titles = ['Project Overview', 'Introduction', 'Executive Summary', "Vue d'ensemble", 'Vue d’ensemble du projet', 'Récapitulatif', 'Glossaire', 'Terminology', '用語集', 'Tarifs'];
    expect(titles.filter((t) => !isRestatingSection(t))).toEqual([]);
    expect(['Rendering Pipeline', 'Key Performance Requirements', 'Introductory offers', 'Summarize jobs'].filter(isRestatingSection)).toEqual([]);
  });

  it('asks the narrower questions of the same words', () => {
    expect(['Requirements Overview', 'Résumé des exigences', 'Requirements Coverage Validation'].map(isRestatement)).toEqual([true, true, true]);
    expect(['Project Overview', 'Introduction'].map(isRestatement)).toEqual([false, false]);
    expect(['Requirements Coverage Validation', 'Requirements Overview'].map(isMapping)).toEqual([true, false]);
    expect(['Glossary', 'Project Overview'].map(isGlossary)).toEqual([true, false]);
  });
});
