import type { Rule } from '../rule.js';
import { requireAspects } from '../topic-check.js';

export const archBackupRecovery: Rule = {
  meta: {
    id: 'arch/backup-recovery',
    description: 'The architecture says how data is backed up and recovered, with a recovery point objective (RPO) and a recovery time objective (RTO).',
    defaultSeverity: 'warning',
    rationale: 'Backups that nobody has sized against an RPO and RTO are a hope, not a plan. Backup (snapshots, point-in-time recovery, replication), RPO and RTO are checked separately.',
    examples: { pass: 'Nightly snapshots plus point-in-time recovery. RPO: 15 minutes. RTO: 1 hour.', fail: 'The database is backed up.' },
  },
  check: (ctx) =>
    requireAspects(ctx, 'architecture', 'backup', [
      { name: 'backup', evidence: /backups?\b|snapshots?|point[- ]in[- ]time|\bpitr\b|sauvegarde|yedek|备份/i, fix: 'Say what is backed up, how often, and where the copies live.' },
      { name: 'a recovery point objective (RPO)', evidence: /\bRPO\b|recovery point/i, fix: 'State the RPO: how much data may be lost, e.g. "RPO: 15 minutes".' },
      { name: 'a recovery time objective (RTO)', evidence: /\bRTO\b|recovery time/i, fix: 'State the RTO: how long recovery may take, e.g. "RTO: 1 hour".' },
    ]),
};
