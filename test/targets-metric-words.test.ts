import { describe, expect, it } from 'vitest';
import { parseTargets } from '../src/engine/targets.js';
import { check } from './helpers.js';

// The metric a number measures, read from the words around it in the languages archgate reads.
// A French "temps de restauration ≤ 4 heures" was a latency, so the design's "RTO : 4 h" restated
// nothing; "taux d'échec", "tasa de fallos", "taxa de falhas" were bare ratios; a success rate
// that names its failures ("Render Success Rate | >99% | Error logging", TeX-for-Gmail's PRD) was
// an error rate above 99%.

const read = (text: string) => parseTargets(text).map((t) => `${t.metric} ${t.comparator} ${t.value} ${t.unit}`.trim());

describe('metric words in other languages', () => {
  it('reads recovery time and point, error and success rates, availability', () => {
    expect(
      [
        'Temps de restauration ≤ 4 heures',
        'Délai de rétablissement du service : 4 h maximum',
        'Tempo de restauração inferior a 2 horas',
        'perda máxima de dados de 1 hora',
        "Taux d'échec < 1 %",
        'Tasa de fallos < 1%',
        'Taxa de falhas inferior a 1%',
        '処理失敗率0.1%未満',
        'Payment success rate ≥ 99%; failures are retried',
        'Le service doit être disponible 99,5 % du temps',
        'SLO 99.9%',
      ].map(read),
    ).toEqual([
      ['recovery-time <= 4 h'],
      ['recovery-time <= 4 h'],
      ['recovery-time < 2 h'],
      ['recovery-point <= 1 h'],
      ['error-rate < 1 %'],
      ['error-rate < 1 %'],
      ['error-rate < 1 %'],
      ['error-rate < 0.1 %'],
      ['ratio >= 99 %'],
      ['availability >= 99.5 %'],
      ['availability >= 99.9 %'],
    ]);
  });

  it('a French recovery time is restated by the design’s RTO: the NFR is implied there', () => {
    const prd = '## Exigences non fonctionnelles\n\n- **NFR-R1 :** Temps de restauration du service après incident ≤ 4 heures';
    const arch = '# Architecture\n\n## Sauvegarde et reprise\n\n- Sauvegardes PostgreSQL quotidiennes, restauration testée chaque mois : RTO 4 h, RPO 24 h';
    const row = check(prd, arch).coverage.rows[0];
    expect([row.status, row.implied?.location.line, row.implied?.reason]).toEqual(['implied', 5, 'restates its target <= 4 h']);
  });
});
