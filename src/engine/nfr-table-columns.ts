// The columns of an NFR table that say how a requirement is tracked, not what it asks: its status
// ("Status | Draft", "状態 | 要承認"), how it will be checked ("Verification | Load test",
// "検証方法 | 負荷試験", "验收方式 | 性能+功能测试") and where it comes from ("Source | BRD-KPI-01",
// "Quelle", "出典"). They are left out of the requirement's text: "test" and "测试" ranked the
// architecture's test plan first, and their words guessed categories. A status cell that says more
// than a state or a source is kept ("✅ API 24+" states a target); a check cell only when it states
// a target ("Measurement | p95 < 200 ms"): a named tool ("JMeter 压测报告") says how the requirement
// is checked, not what it asks. A cell of IDs alone ("BRD-REQ-011") points elsewhere: left out too.
//
// Column names are read normalized (headings.ts: lower case, accents off). Every pattern here is
// anchored at both ends and its alternatives are fixed words or bounded runs: linear on any cell.
import { canBeRequirementId } from './ids.js';

/** A status column, in the languages archgate reads. */
const STATUS_COLUMN = /^(?:status|statut|estado|stato|stand|durum|状態|ステータス|状态|狀態|当前状态|現在の状態)$/;

/** A column saying how the requirement will be checked or measured. */
const CHECK_COLUMN = new RegExp(
  '^(?:' +
    [
      'measurement(?: method)?', 'verification(?: method)?', 'test method', 'validation(?: method)?',
      // French, Spanish, Portuguese, Italian, German, Turkish
      '(?:methode de )?(?:verification|mesure|validation)', 'methode de test',
      '(?:metodo de )?(?:verificacion|medicion|validacion)', 'metodo de prueba',
      '(?:metodo de )?(?:verificacao|medicao|validacao)', 'metodo de teste',
      '(?:metodo di )?(?:verifica|misurazione|validazione)',
      'prufung', 'prufmethode', 'prufverfahren', 'verifikation', 'nachweis', 'messung', 'messmethode',
      'dogrulama(?: yontemi)?', 'olcum(?: yontemi)?',
      // Japanese, Chinese
      '検証方法', '確認方法', '測定方法', '試験方法', 'テスト方法', '検証', '確認',
      '验收方式', '验收方法', '验证方式', '验证方法', '测试方法', '检验方法', '测量方法', '驗收方式', '驗證方式',
    ].join('|') +
    ')$',
);

/**
 * A column saying where a requirement comes from ("Source | BRD-KPI-01", "Quelle", "Fuente", "出典",
 * "来源"): a document or a person, not what it asks. In a quality scenario table (a response column
 * beside it) "Source" is the stimulus's source instead: requirements.ts reads it there.
 */
const SOURCE_COLUMN = new RegExp(
  '^(?:' +
    [
      '(?:requirement |stimulus )?sources?', 'origin', 'derived from', 'traced? (?:from|to)', 'traceability', 'references?', 'refs?',
      '(?:brd|mrd|rfp|srs|brs)(?: (?:brd|mrd|rfp|srs|brs))?(?: refs?| ids?)?',
      // French, Spanish, Portuguese, Italian, German, Turkish
      'provenance', 'origine', 'fuente', 'origen', 'referencias?', 'fonte', 'origem', 'referencias?', 'riferiment[oi]', 'quelle', 'herkunft', 'referenz', 'kaynak', 'referans',
      // Japanese, Chinese
      '出典', '出所', '根拠', '根拠資料', '参照元', '由来', '来源', '來源', '出处', '出處', '依据', '依據', '需求来源', '需求來源', '要求元',
    ].join('|') +
    ')$',
);

/**
 * A status cell that says where the requirement comes from ("基礎資料上の要求", "From the BRD",
 * "来源于招标文件"): provenance, not a state and not what it asks. Each alternative is a fixed word
 * or one bounded run of any characters: linear on any cell.
 */
const PROVENANCE = new RegExp(
  '^(?:' +
    [
      '(?:from|per|see|source:?|derived from|based on|inherited from|carried over from|taken from|as in) (?:the )?(?:brd|mrd|rfp|srs|brs|prd|source|baseline|original|customer|client|stakeholders?|business|contract|legacy)\b.{0,60}',
      '(?:brd|mrd|rfp|srs|brs|customer|client|stakeholder|business|legacy|baseline|original)(?:[ -](?:requirements?|requests?|documents?|specs?|specifications?))',
      // Japanese: a document (資料, 文書, 仕様書, 要件定義書, RFP) and what the requirement is to it.
      '(?:基礎|既存|元|原|上位|顧客|参考|提供|調達)?(?:資料|文書|仕様書|要件定義書|要求仕様書|提案依頼書|rfp|brd)(?:上の|から(?:の)?|より|に(?:基づく|よる)|由来の?|記載の?|準拠の?)?(?:要求|要件|記載|詳細化|引用|転記|抜粋|追加)?',
      // Chinese: "来源于…", "源自…", a source document's requirement.
      '(?:来源于?|來源於?|源自|出自|引自|摘自).{0,40}',
      '(?:原始|基础|基礎|招标|招標|合同|客户|客戶)?(?:资料|資料|文档|文檔|需求文档|需求文檔|招标文件|招標文件|合同)(?:要求|细化|細化|原文|摘录|摘錄)?',
    ].join('|') +
    ')$',
  'iu',
);

const STATUS_MARKS = /^[\s\u2705\u2714\u2611\u2713\u274c\u2717\u26a0\ufe0f\u{1f7e2}\u{1f7e1}\u{1f534}\u23f3\u{1f6a7}*_-]+/u;
/** A state alone, in each language: where a requirement stands, nothing it asks. */
const STATUS_WORD = new RegExp(
  '^(?:' +
    [
      'done|draft|approved|accepted|proposed|planned|open|closed|todo|to do|in progress|wip|pending|implemented|verified|met|not met|partial|blocked|deferred|new|active|complete|completed|ok|yes|no|n/a|tbd|[—–-]',
      'brouillon|approuv[ée]e?|valid[ée]e?|en cours|termin[ée]e?|fait|[àa] faire|ouvert|ferm[ée]',
      'borrador|aprobad[oa]|pendiente|en progreso|en curso|completad[oa]|implementad[oa]|verificad[oa]|abierto|cerrado|hecho',
      'rascunho|aprovad[oa]|pendente|em andamento|em progresso|conclu[íi]d[oa]|implementad[oa]|verificad[oa]|aberto|fechado|feito',
      'bozza|approvat[oa]|in corso|completat[oa]|implementat[oa]|verificat[oa]|aperto|chiuso|fatto',
      'entwurf|genehmigt|freigegeben|offen|geplant|in arbeit|erledigt|umgesetzt|abgeschlossen|gepr[üu]ft',
      'taslak|onayland[ıi]|beklemede|devam ediyor|tamamland[ıi]',
      // Japanese and Chinese: a state, with "済" or "中" as written.
      '要承認|承認済み?|承認待ち|未承認|確定|未確定|暫定|検討中|対応中|対応済み?|未対応|未着手|着手済み?|実装済み?|未実装|完了|未完了|済|ドラフト|保留|確認中|確認済み?',
      '已完成|完成|进行中|進行中|待定|待评审|待評審|草稿|已批准|已确认|已確認|未开始|未開始|已实现|已實現|未实现|已验证|已驗證|规划中|计划中',
    ].join('|') +
    ')?$',
  'iu',
);

/**
 * A column holding what the requirement asks: its title or its statement ("Requirement",
 * "Descripción", "Anforderung", "需求描述", "要件"); the first such column is the title. Latin
 * words are whole words of the name ("Requirement text", "Kurzbeschreibung"); a Chinese or Japanese
 * name is one of these words alone, "requirement" optionally with "content", "description" or
 * "name" after it.
 */
const TITLE_COLUMN = new RegExp(
  '\\b(?:' +
    [
      // A feature's name ("| ID | Feature | Target |"), as 功能 and 機能 below.
      'title|name|requirement|nfr|description|summary|statement|feature',
      // French, Spanish, Portuguese, Italian
      'exigence|titre|libelle|intitule|enonce|nom|fonctionnalite',
      'requisito|requerimiento|descripcion|titulo|nombre|enunciado|funcionalidad',
      'descricao|nome|funcionalidade',
      'requisiti|descrizione|titolo|funzionalita',
      // German (compounds: "Anforderungstext", "Kurzbeschreibung"), Turkish (dotless ı kept by folding)
      'anforderung(?:stext)?|(?:kurz)?beschreibung|titel|bezeichnung|funktion',
      'gereksinim|acıklama|tanım|baslık|ozellik',
    ].join('|') +
    ')\\b' +
    '|^(?:非機能|非功能性?)?(?:要求|需求|要件)(?:内容|描述|説明|说明|說明|名|名称|名稱|概要|事項|事项)?$' +
    // A feature's name ("| 编号 | 功能 | 需求描述 |") before its description, as "Name" before "Description".
    '|^(?:功能|機能)(?:名|名称|名稱)?$' +
    '|^(?:名称|名稱|标题|標題|タイトル|説明|说明|說明|描述|内容|概要)$',
);

/**
 * A column naming the requirement's quality ("Category", "Categoría", "Kategorie", "分类", "品質特性").
 * Latin words are whole words of the name; a Chinese or Japanese name is one of these words alone.
 */
const CATEGORY_COLUMN = new RegExp(
  '\\b(?:' +
    [
      'category|type|area|domain|quality attribute',
      'categorie|domaine|attribut de qualite',
      'categoria|tipo|dominio|area|atributo de calidad|atributo de qualidade|attributo di qualita',
      'kategorie|typ|bereich|qualitatsmerkmal|qualitatsattribut',
      'kategori|tur|alan|kalite ozelligi',
    ].join('|') +
    ')\\b' +
    '|^(?:分類|分类|類別|类别|カテゴリー?|種別|区分|類型|类型|品質特性|品質属性|质量属性|质量特性|品质属性|質量屬性|品質屬性)$',
);

export const isTitleColumn = (name: string): boolean => TITLE_COLUMN.test(name);
export const isCategoryColumn = (name: string): boolean => CATEGORY_COLUMN.test(name);
export const isStatusColumn = (name: string): boolean => STATUS_COLUMN.test(name);
export const isCheckColumn = (name: string): boolean => CHECK_COLUMN.test(name);
export const isSourceColumn = (name: string): boolean => SOURCE_COLUMN.test(name);

/**
 * What a status cell says beyond the state itself ("✅ API 24+" -> "API 24+"); empty for a state
 * alone, and for where the requirement comes from ("基礎資料上の要求", "From the BRD").
 */
export function statusContent(cell: string): string {
  const rest = cell.replace(STATUS_MARKS, '').trim();
  return STATUS_WORD.test(rest) || PROVENANCE.test(rest) ? '' : rest;
}

// One requirement-shaped ID ("BRD-KPI-01", "FR-3", "US12", "REQ-1.2") and what parts a list of them.
const REF_ID = /^[A-Z][A-Z0-9]{0,9}(?:-[A-Z][A-Z0-9]{0,9}){0,3}[-_.]?\d{1,5}(?:\.\d{1,3}){0,3}$/;
const ID_LIST_SEPARATOR = /[\s,;/、，；&+]+|\b(?:and|or|y|o|et|ou|und|oder|e|ve)\b/;

/** Whether a cell holds IDs alone ("BRD-KPI-01", "FR-3, FR-7"): it points at other requirements and says nothing itself. */
export function isIdsOnly(cell: string): boolean {
  const parts = cell.split(ID_LIST_SEPARATOR).filter((p) => p && p.trim());
  return parts.length > 0 && parts.every((p) => REF_ID.test(p.trim()) && canBeRequirementId(p.trim()));
}

