import type { Rule } from '../rule.js';
import { requireAspects } from '../topic-check.js';

export const archSecurity: Rule = {
  meta: {
    id: 'arch/security',
    description: 'The architecture says how users are authenticated and authorized, and how data is encrypted in transit and at rest.',
    defaultSeverity: 'warning',
    minimal: 'warning',
    rationale:
      'The four questions every security review asks first. Each one missing is its own finding, pointing at the Security section when there is one. Evidence is looked for in the whole document (OAuth, JWT, RBAC, row-level security, TLS, AES-256, KMS, ...), so a topic covered under another heading still counts.',
    examples: { pass: 'Users sign in with OAuth 2.0; RBAC limits each role. All traffic uses TLS 1.3; the database is encrypted at rest with AES-256.', fail: 'Users sign in with OAuth 2.0.' },
  },
  check: (ctx) =>
    requireAspects(ctx, 'architecture', 'security', [
      { name: 'authentication', evidence: /authenticat|\bauthn\b|\blog ?in\b|sign[- ]?in|oauth|openid|\boidc\b|\bsso\b|\bjwt\b|api[- ]?keys?|\bsaml\b|passkey|\bmfa\b|authentification|kimlik doğrulama|认证|登录/i, fix: 'Say how users and services prove who they are (e.g. OAuth 2.0 / OIDC, JWT, API keys) in the Security section.' },
      { name: 'authorization', evidence: /authori[sz]|\bauthz\b|\brbac\b|\babac\b|role[- ]based|permissions?|access control|row[- ]level security|\brls\b|least privilege|autorisation|yetkilendirme|授权|权限/i, fix: 'Say who may do what and where it is enforced (e.g. RBAC in the API, row-level security in the database).' },
      { name: 'encryption in transit', evidence: /in[- ]transit|\btls\b|\bhttps\b|\bssl\b|\bmtls\b|\bwss\b|en transit|aktarım/i, fix: 'Say how data is protected on the wire (e.g. "all traffic uses TLS 1.2+").' },
      { name: 'encryption at rest', evidence: /at[- ]rest|aes-?256|\bkms\b|disk encryption|encrypted (?:storage|volumes?|databases?|backups?|fields?|columns?)|encrypt(?:s|ed|ion of)? (?:the )?(?:data|database|storage|secrets)|au repos|sqlcipher|keychain|keystore|secure storage|secret manager|vault/i, fix: 'Say how stored data and secrets are encrypted (e.g. AES-256 via the cloud KMS, encrypted volumes, a secret manager).' },
    ]),
};
