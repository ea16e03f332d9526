import { describe, expect, it } from 'vitest';
import { onlyListsItsTopic, saysHowItIsMet, type TopicQuery } from '../src/engine/topic-list.js';
import { mechanismsOf } from '../src/engine/cite-suggestions.js';
import { termCounts } from '../src/engine/terms.js';
import { parseTargets } from '../src/engine/targets.js';

// Which places are lists of several topics naming a requirement in its own words only, in the
// shapes real architectures write them: "Label : a, b, c", a table cell, a CJK list with 、.
const query = (text: string, shared: string[] = []): TopicQuery => ({
  terms: termCounts(text),
  shared: new Set(shared),
  targets: parseTargets(text),
  mechanismsIn: (t) => mechanismsOf(t).keys(),
});

describe('onlyListsItsTopic', () => {
  const timeout = query('Sessions sécurisées avec timeout inactivité');

  it('a concerns line naming the requirement in its own words among other topics', () => {
    expect(onlyListsItsTopic('Sécurité : Authentification, HTTPS, timeout sessions, accès restreint', timeout)).toBe(true);
  });

  it('the same line with a value or a mechanism in the requirement\'s item', () => {
    expect(onlyListsItsTopic('Sécurité : Authentification, HTTPS, timeout sessions 30 min, accès restreint', timeout)).toBe(false);
    expect(onlyListsItsTopic('Sécurité : Authentification, HTTPS, timeout sessions via NextAuth, accès restreint', timeout)).toBe(false);
  });

  it('a label in the requirement\'s words makes the list its scope: "Rate limiting: search, auth, uploads"', () => {
    expect(onlyListsItsTopic('Rate limiting: search, auth endpoints, uploads', query('Rate limiting on all auth endpoints'))).toBe(false);
  });

  it('a list of the requirement\'s own parts is read as usual', () => {
    expect(onlyListsItsTopic('AES-256 at rest, TLS 1.3 in transit, KMS-managed keys', query('Data encrypted at rest with AES-256 and in transit with TLS 1.3'))).toBe(false);
  });

  it('a sentence, or a list of two, is no list of topics', () => {
    expect(onlyListsItsTopic('Sessions are stored server-side and the timeout sessions job runs hourly', timeout)).toBe(false);
    expect(onlyListsItsTopic('Sécurité : HTTPS, timeout sessions', timeout)).toBe(false);
  });

  it('reads a Chinese list with 、 and a full-width colon', () => {
    expect(onlyListsItsTopic('安全：身份认证、HTTPS、会话超时、访问限制', query('会话超时自动登出'))).toBe(true);
    expect(onlyListsItsTopic('安全：身份认证、HTTPS、会话超时30分钟（Redis）、访问限制', query('会话超时自动登出'))).toBe(false);
  });

  it('a term several NFRs use does not make an item this one\'s: "300+ prospects" is every performance NFR\'s', () => {
    const exportQuery = query('Export Excel < 10 secondes (300 prospects)', ['prospe']);
    expect(onlyListsItsTopic('Performance : Navigation < 2s (épics), optimisation pour 300+ prospects, export rapide Excel', exportQuery)).toBe(true);
  });

  it('a label that restates its target makes the list how it is met (a requirements map\'s line)', () => {
    const feedback = query('Réactivité Interface Utilisateur: feedback visuel en moins de 100ms');
    expect(onlyListsItsTopic('Réactivité UI <100ms : AsyncValue Riverpod, shimmer placeholders, optimistic UI', feedback)).toBe(false);
    // Another value in the label is another target: the list stays a list of topics.
    expect(onlyListsItsTopic('Réactivité UI <300ms : AsyncValue Riverpod, shimmer placeholders, optimistic UI', feedback)).toBe(true);
  });
});

describe('saysHowItIsMet', () => {
  it('reads what follows the label: means of its own, not the requirement\'s words again', () => {
    const hotfix = query('Hotfix Capability: correction des bugs critiques déployable en <24h');
    expect(saysHowItIsMet('Hotfix <24h : CI/CD workflows production_deploy.yml, rollback automatique', hotfix)).toBe(true);
    expect(saysHowItIsMet('Hotfix <24h : correction des bugs critiques', hotfix)).toBe(false);
  });
});
