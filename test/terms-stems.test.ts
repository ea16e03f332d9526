import { describe, expect, it } from 'vitest';
import { termCounts } from '../src/engine/terms.js';

const words = (text: string) => [...termCounts(text).keys()].filter((t) => !t.startsWith('~'));

describe('word stems', () => {
  // I_am_OK's "Graceful degradation (transport failure)" is met at "If send fails, try secondary transport".
  it('a failure and what fails are one word', () => {
    expect(words('transport failure; failures; if send fails; failed; failing')).toEqual(['transp', 'fail', 'send']);
  });

  it('"up-to-date" is no date: only the words beside it count', () => {
    expect(words('Architecture documentation: up-to-date C4 diagrams, kept up to date')).toEqual(['archit', 'docume', 'diagra', 'kept']);
    expect(words('Date: 2026-02-06')).toEqual(['date']);
  });

  // A Spanish, French or Portuguese NFR in an English design: its function words are rare there and
  // had counted among its most distinctive ("ese", "pero", "aucun").
  it('function words of the other languages are no terms', () => {
    expect(words('Pero ese proceso puede usar cifrado cuando hay muchos datos')).toEqual(['proces', 'cifrad', 'mucho']);
    expect(words("Aucune donnée n'est perdue pendant la synchronisation")).toEqual(['donne', 'perdu', 'synchr']);
    expect(words('Esse serviço pode falhar, mas onde isso acontece o sistema se recupera')).toEqual(['servic', 'falhar', 'aconte', 'recupe']);
  });
});
