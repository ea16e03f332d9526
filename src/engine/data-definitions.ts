import type { Passage } from './passages.js';

// Where a design defines its data: a data model's field ("passwordHash: string - Hash bcrypt du
// mot de passe"), a schema's or an interface's lines, an environment file ("JWT_EXPIRES_IN=15m"),
// a table of fields, parameters or environment variables with their types. They share a
// requirement's nouns (password, token, expiry) without saying how it is met: the policy is
// stated elsewhere ("Passwords: bcrypt 12 rounds" under Security Requirements), and that is
// where a reader cites it.

/** A primitive type as schemas, interfaces and ORMs write it. */
const PRIMITIVE = String.raw`(?:string|str|number|int|integer|int4|int8|bigint|smallint|float|double|decimal|numeric|real|boolean|bool|uuid|guid|date|datetime|timestamp|timestamptz|time|text|varchar|char|json|jsonb|enum|array|object|bytes|blob|serial|any|unknown)`;
const PRIMITIVE_WORD = new RegExp(String.raw`^${PRIMITIVE}(?:\(\d+(?:,\s*\d+)?\))?(?:\[\])?\??$`, 'i');

/**
 * A field listed with its type, as a data model's key attributes are: "passwordHash: string -
 * Hash bcrypt", "role: Role - Niveau d'accès", "createdAt (DateTime): …". The name is written as
 * code (lower-case first, no spaces), the type is a primitive or a type's name: "Cache: Redis" is
 * no field, "Passwords: bcrypt 12 rounds" no type.
 */
const FIELD_ITEM = /^([a-z_][\w]*\??)\s*(?::|\()\s*([A-Za-z_][\w]*(?:\(\d+(?:,\s*\d+)?\))?(?:\[\])?\??)\)?\s*(?:$|[-–—|,;:(=]|\s+[-–—]\s)/u;

/** A name written as code: camelCase or snake_case ("deleted_at", "lgpdConsentAt"). */
const CODE_NAME = /^[a-z][a-z0-9]*(?:[_A-Z][A-Za-z0-9_]*)+$/u;

/** An environment variable or a constant's key written first: "JWT_EXPIRES_IN=15m", "`DATABASE_URL`: …". */
const ENV_ITEM = /^(?:export\s+)?[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\s*(?:=|:)/u;

/** A line of a schema, an interface, an ORM model or an environment file. */
const DATA_LINES: RegExp[] = [
  // .env: KEY=value (no spaces around "=": "BCRYPT_ROUNDS = 12" in a program is a constant it uses)
  /^\s*(?:export\s+)?[A-Z][A-Z0-9_]*=\S*/u,
  // TypeScript / Flow / GraphQL field: "passwordHash: string;", "role?: Role | null,"
  new RegExp(String.raw`^\s*(?:readonly\s+)?[a-zA-Z_]\w*\??\s*:\s*(?:${PRIMITIVE}|[A-Z]\w*)(?:<[^>]*>)?(?:\[\])?!?(?:\s*\|\s*(?:null|undefined|${PRIMITIVE}|[A-Z]\w*|'[^']*'|"[^"]*"))*\s*[;,]?\s*(?://.*)?$`, 'u'),
  // Prisma: "passwordHash String @map(...)", "posts Post[]"
  /^\s*[a-zA-Z_]\w*\s+(?:String|Int|BigInt|Boolean|DateTime|Float|Decimal|Json|Bytes|[A-Z]\w*)(?:\[\]|\?)?(?:\s+@.*)?\s*$/u,
  // SQL column: "password_hash VARCHAR(255) NOT NULL,"
  new RegExp(String.raw`^\s*"?[a-zA-Z_]\w*"?\s+${PRIMITIVE}(?:\s*\(\d+(?:,\s*\d+)?\))?(?:\s+[A-Z][A-Z ()'0-9_,.]*)?\s*,?\s*(?:--.*)?$`, 'iu'),
  // Mermaid erDiagram attribute: "string passwordHash", "uuid id PK"
  new RegExp(String.raw`^\s*${PRIMITIVE}\s+[a-zA-Z_]\w*(?:\s+(?:PK|FK|UK)(?:\s*,\s*(?:PK|FK|UK))*)?(?:\s+"[^"]*")?\s*$`, 'iu'),
];

/** Lines that open or close a definition, or comment it: neither data nor anything else. */
const FRAME_LINE = /^\s*(?:$|#|\/\/|--|\/\*|\*|[{}()\[\];,]+\s*$|(?:export\s+)?(?:interface|type|model|enum|class|struct|table|entity)\s+\w+.*[{=]\s*$|create\s+(?:table|type|index|unique)\b|erDiagram\s*$|[\w"]+\s*\{\s*$|\)\s*;?\s*$)/iu;

/** A table header's cell naming what its rows are: fields, columns, parameters, variables. */
const FIELD_COLUMN = /^(?:fields?|field name|columns?|column name|attributes?|propert(?:y|ies)|param(?:eter)?s?|name|key|champs?|attributs?|colonnes?|paramètres?|campos?|atributos?|columnas?|colunas?|parâmetros?|felder?|spalten?|attribute|フィールド|カラム|項目|属性|パラメータ|字段|列|参数)$/iu;
/** A table header's cell giving each field's type. */
const TYPE_COLUMN = /^(?:types?|data ?type|type de données|tipo(?: de dato| de dados)?|typ|datentyp|型|データ型|类型|数据类型)$/iu;
/** A table header's cell naming environment variables. */
const ENV_COLUMN = /^(?:env(?:ironment)?(?: ?var(?:iable)?s?)?|variables?|variables? d'environnement|variables? de entorno|variáveis? de ambiente|umgebungsvariablen?|環境変数|环境变量)$/iu;

/** The header row a table's row is read with (passages.ts: its context is the heading path, then the header). */
function headerCells(p: Passage): string[] {
  if (!p.context.startsWith(p.heading)) return [];
  return p.context.slice(p.heading.length).split(' | ').map((c) => c.replace(/[*_`]/g, '').trim());
}

/** Whether a place defines data (see above): a field with its type, a schema's lines, an environment variable. */
export function definesData(p: Passage): boolean {
  switch (p.kind) {
    case 'item': {
      const first = p.text.split('\n', 1)[0].trim();
      if (ENV_ITEM.test(first)) return true;
      // A data model's fields named together: "lgpd_consent_at, deleted_at (soft delete LGPD)".
      const names = first.split(/\s+[(\-–—]|:/u, 1)[0].split(/\s*,\s*/u);
      if (names.length >= 2 && names.every((n) => CODE_NAME.test(n))) return true;
      const m = FIELD_ITEM.exec(first);
      if (!m) return false;
      const [, name, type] = m;
      // A primitive after a name written as code; a type's name only after a name no prose
      // writes (camelCase, snake_case) or after its own name ("role: Role"): "database: PostgreSQL"
      // names a choice of the stack, not a field.
      if (PRIMITIVE_WORD.test(type)) return true;
      const bare = type.replace(/[[\]?]/g, '');
      return /^[A-Z][A-Za-z0-9]*$/.test(bare) && (/[A-Z_]/.test(name.slice(1)) || name.replace('?', '').toLowerCase() === bare.toLowerCase());
    }
    case 'row': {
      const header = headerCells(p);
      if (header.some((c) => ENV_COLUMN.test(c))) return true;
      if (header.some((c) => FIELD_COLUMN.test(c)) && header.some((c) => TYPE_COLUMN.test(c))) return true;
      // A row keyed by an environment variable ("| JWT_EXPIRES_IN | 15m | …"), whatever its header says.
      return /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/.test(p.text.split(' | ', 1)[0].replace(/`/g, '').trim());
    }
    case 'code': {
      if (p.record || p.diagram !== undefined) return false;
      let data = 0;
      let other = 0;
      for (const line of p.text.split('\n')) {
        // A field whose comment states a value is a setting: "maxLatencyMs: number; // 5000ms max (REQ-OBS-01)".
        if (DATA_LINES.some((re) => re.test(line)) && !/\s(?:\/\/|#|--)\s.*\d/.test(line)) data++;
        else if (!FRAME_LINE.test(line)) other++;
      }
      return data >= 2 && data >= 2 * other;
    }
    default:
      return false;
  }
}

/**
 * A requirement about the data itself: its configuration through environment variables, its
 * schema, fields or columns, a type it must have ("DECIMAL(10,4)"). There a data definition is
 * where it is met. A word bounded before is written (?<!\w)word, not \bword: the same before a
 * letter, and V8 runs this iu alternation ~7x faster so (see CONCEPTS_ELSEWHERE in terms.ts).
 */
export const ABOUT_DATA = new RegExp(
  [
    String.raw`(?<!\w)env(?:ironment)?[ _-]?var(?:iable)?s?\b`, String.raw`\.env\b`, String.raw`variables? d['’]environnement`, 'variables? de entorno', 'vari[áa]veis? de ambiente', 'umgebungsvariablen?',
    'переменн\\p{L}* окружени', '環境変数', '环境变量', String.raw`(?<!\w)schemas?\b`, String.raw`(?<!\w)data ?models?\b`, String.raw`(?<!\w)fields?\b`, String.raw`(?<!\w)columns?\b`, 'sch[ée]ma', 'esquema', 'champs?', 'colonnes?', 'campos?',
    String.raw`(?<!\w)(?:decimal|numeric|varchar|char|timestamp(?:tz)?|uuid|jsonb?|bigint|integer)\s*\(`, '字段', '数据模型', 'スキーマ', 'カラム',
  ].join('|'),
  'iu',
);

export const aboutData = (requirementText: string): boolean => ABOUT_DATA.test(requirementText);
