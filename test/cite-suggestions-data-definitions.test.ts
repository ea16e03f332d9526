import { describe, expect, it } from 'vitest';
import { check } from './helpers.js';
import { definesData } from '../src/engine/data-definitions.js';
import type { Passage } from '../src/engine/passages.js';

// Data definitions (a data model's fields with their types, an environment file, an interface, a
// SQL or Prisma schema, a table of fields or variables) share a requirement's nouns — password,
// token, expiry — and say where the data is kept, not the policy that meets the requirement.
// Readers cite the policy ("Passwords: bcrypt, 12 rounds" under Security Requirements): a data
// definition keeps 0.7 of its match and is never likely, so it never implies the requirement.

const prd = (nfr: string) => ['# PRD', '', '## Non-Functional Requirements', '', `- NFR-1: ${nfr}`, ''].join('\n');
const arch = [
  '# Architecture',
  '',
  '## Data Models',
  '',
  '### User',
  '',
  '**Key Attributes:**',
  '',
  '- `id`: string (UUID) - Unique identifier',
  '- `email`: string - Unique email used to log in',
  '- `passwordHash`: string - bcrypt hash of the password',
  '- `role`: Role - Access level',
  '',
  '## Environment Variables',
  '',
  '```bash',
  '# JWT',
  'JWT_SECRET=change-me',
  'JWT_REFRESH_SECRET=change-me-too',
  'JWT_EXPIRES_IN=15m',
  'JWT_REFRESH_EXPIRES_IN=7d',
  '```',
  '',
  '## Security and Performance',
  '',
  '### Security Requirements',
  '',
  '**Backend Security:**',
  '',
  '- Input validation with Zod on all endpoints',
  '- Helmet headers',
  '- Passwords: bcrypt, 12 rounds',
  '- JWT: 15 min access tokens, 7 d refresh tokens, rotated on use',
  '',
].join('\n');
const places = (nfr: string, doc = arch) => {
  const [row] = check(prd(nfr), doc).coverage.rows;
  return { status: row.status, implied: row.implied?.location.line, suggestions: row.suggestions.map((s) => `${s.location.line} ${s.heading} ${s.score} ${s.confidence}`) };
};

const schema = [
  '# Architecture',
  '',
  '## Database Schema',
  '',
  '### api_keys',
  '',
  '| Column | Type | Description |',
  '| --- | --- | --- |',
  '| id | UUID | Primary key |',
  '| provider | TEXT | Name of the OSINT provider |',
  '| encrypted_key | TEXT | AES-256 encrypted key |',
  '',
  '## Security Measures',
  '',
  '| Measure | Implementation |',
  '| --- | --- |',
  '| API key encryption | cryptography library, Fernet (AES-128-CBC + HMAC), keys stored encrypted |',
  '| Transport | TLS 1.3 between every service |',
  '',
  '## Deployment',
  '',
  '### Environment variables',
  '',
  '| Variable | Description | Example |',
  '| --- | --- | --- |',
  '| DATABASE_URL | PostgreSQL connection string | postgresql://app@db:5432/osint |',
  '| FERNET_KEY | Key that encrypts the stored API keys | (secret) |',
  '',
].join('\n');

describe('data definitions against the policy that meets a requirement', () => {
  it('the security measure that encrypts the keys comes before the schema column that stores them, and is implied', () => {
    // Before: implied at the column (line 11, 0.56 likely) and the environment variable likely too.
    expect(places('All API keys MUST be stored AES-256 encrypted', schema)).toEqual({
      status: 'implied',
      implied: 17,
      suggestions: ['17 Security Measures 0.58 likely', '11 Database Schema › api_keys 0.44 possible', '27 Deployment › Environment variables 0.32 possible'],
    });
  });

  it('a requirement about the data itself keeps its data definitions whole: configuration through environment variables', () => {
    expect(places('Configuration is provided through environment variables, never in code', schema)).toEqual({ status: 'uncovered', implied: undefined, suggestions: ['22 Deployment › Environment variables 0.21 possible'] });
  });

  it('a password-hashing NFR: the data model\'s field is never likely, so never where it is implied', () => {
    // Before: implied at the field (0.48 likely).
    expect(places('Passwords must be hashed with bcrypt or Argon2')).toEqual({
      status: 'uncovered',
      implied: undefined,
      suggestions: ['11 Data Models › User 0.34 possible', '32 Security and Performance › Security Requirements 0.21 possible'],
    });
  });

  it('a token-expiry NFR: the security list first, the environment file after it', () => {
    // Before: the environment file 0.27, the data model third.
    expect(places('JWT access tokens must expire after a configurable time, with refresh tokens')).toEqual({
      status: 'uncovered',
      implied: undefined,
      suggestions: ['33 Security and Performance › Security Requirements 0.29 possible', '17 Environment Variables 0.19 possible'],
    });
  });
});

const at = (kind: Passage['kind'], text: string, header = ''): Passage => ({ kind, file: 'architecture.md', line: 1, endLine: 1, text, context: header ? `Data ${header}` : 'Data', heading: 'Data', section: null });

describe('what defines data', () => {
  it('a data model\'s field with its type, fields named together, an environment variable', () => {
    expect(['passwordHash: string - bcrypt hash of the password', 'role: Role - Access level', 'createdAt: DateTime - Creation date', 'userId (UUID): owner', 'lgpd_consent_at, deleted_at (soft delete LGPD)', 'JWT_EXPIRES_IN=15m', 'DATABASE_URL: the Postgres connection string'].filter((t) => !definesData(at('item', t)))).toEqual([]);
  });

  it('not a policy, a choice of the stack, or a setting stated with its value', () => {
    expect(['Passwords: bcrypt, 12 rounds', 'JWT: 15 min access tokens, 7 d refresh tokens', 'Cache: Redis - sessions and rate limits', 'database: PostgreSQL - main store', 'timeout: 30s per request', 'Rate limiting (5 req/15min on auth)'].filter((t) => definesData(at('item', t)))).toEqual([]);
  });

  it('an environment file, an interface, a Prisma model, a SQL table; not constants a program sets, nor YAML settings', () => {
    const code = {
      env: '# JWT\nJWT_SECRET=change-me\nJWT_EXPIRES_IN=15m\nJWT_REFRESH_EXPIRES_IN=7d',
      ts: 'interface User {\n  id: string;\n  passwordHash: string;\n  role?: Role | null;\n}',
      prisma: 'model User {\n  id String @id\n  passwordHash String\n  sessions Session[]\n}',
      sql: 'CREATE TABLE users (\n  id UUID PRIMARY KEY,\n  password_hash VARCHAR(255) NOT NULL,\n  created_at TIMESTAMPTZ DEFAULT now()\n);',
      constants: "// Bcrypt rounds\nconst BCRYPT_ROUNDS = 12;\n\n// JWT expiry\nconst JWT_ACCESS_EXPIRY = '15m';",
      yaml: 'auth:\n  bcrypt_rounds: 12\n  token_ttl: 15m\n  refresh_ttl: 7d',
    };
    expect(Object.entries(code).filter(([, text]) => definesData(at('code', text))).map(([name]) => name)).toEqual(['env', 'ts', 'prisma', 'sql']);
  });

  it('a table of fields with their types, or of environment variables; not a table of controls', () => {
    expect(definesData(at('row', 'password_hash | string | bcrypt hash', 'Field | Type | Description'))).toBe(true);
    expect(definesData(at('row', 'JWT_SECRET | signs access tokens', 'Variable | Description'))).toBe(true);
    expect(definesData(at('row', 'JWT_EXPIRES_IN | 15m', 'Name | Value'))).toBe(true);
    expect(definesData(at('row', 'Passwords | bcrypt, 12 rounds', 'Control | Implementation'))).toBe(false);
    expect(definesData(at('row', 'Password hashing | string comparison in constant time', 'Name | Approach'))).toBe(false);
  });
});
