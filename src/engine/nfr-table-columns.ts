// The columns of an NFR table that say how a requirement is tracked, not what it asks: its status
// ("Status | Draft", "状態 | 要承認") and how it will be checked ("Verification | Load test",
// "検証方法 | 負荷試験", "验收方式 | 性能测试"). A state alone, or a check in generic words only, is
// left out of the requirement's text: "test" and "测试" ranked the architecture's test plan first.
// A cell that says more is kept: "✅ API 24+" states a target, "pytest coverage report" and
// "JMeterで1,000同時接続" name the mechanism the architecture describes.
//
// Column names are read normalized (headings.ts: lower case, accents off). Every pattern here is
// anchored at both ends and its alternatives are fixed words: linear on any cell.

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

/** A check in generic words only: a kind of test, review, audit or monitoring, naming nothing. */
const GENERIC_CHECK = new RegExp(
  '^(?:' +
    [
      '(?:(?:unit|integration|e2e|end-to-end|user|battery|load|stress|manual|automated|performance|security|penetration|code|design|acceptance|field|lab) )?(?:tests?|testing|profiling|review|inspection|audit|analysis|monitoring)',
      // French, Spanish, Portuguese, Italian: the kind after the noun ("test de charge", "pruebas unitarias").
      '(?:tests?|revue|audit|analyse|inspection|surveillance|recette)(?: (?:unitaires?|d\'int[ée]gration|de charge|de performance|de s[ée]curit[ée]|de p[ée]n[ée]tration|manuels?|automatis[ée]s?|d\'acceptation|utilisateurs?|de code|de conception))?',
      '(?:pruebas?|revisi[óo]n|auditor[íi]a|an[áa]lisis|inspecci[óo]n|monitoreo|monitorizaci[óo]n)(?: (?:unitarias?|de integraci[óo]n|de carga|de estr[ée]s|de rendimiento|de seguridad|de penetraci[óo]n|manual(?:es)?|automatizadas?|de aceptaci[óo]n|de usuario|de c[óo]digo|de dise[ñn]o))?',
      '(?:testes?|revis[ãa]o|auditoria|an[áa]lise|inspe[çc][ãa]o|monitoramento|monitoriza[çc][ãa]o)(?: (?:unit[áa]rios?|de integra[çc][ãa]o|de carga|de estresse|de desempenho|de seguran[çc]a|de penetra[çc][ãa]o|manuais|manual|automatizados?|de aceita[çc][ãa]o|de usu[áa]rio|de c[óo]digo))?',
      '(?:test|revisione|audit|analisi|ispezione|monitoraggio)(?: (?:unitari|di integrazione|di carico|di stress|di prestazioni|di sicurezza|di penetrazione|manuali|automatici|di accettazione|del codice))?',
      // German compounds ("Lasttest", "Code-Review") and Turkish ("yük testi").
      '(?:last|stress|unit|integrations|performance|leistungs|sicherheits|penetrations|abnahme|akzeptanz|benutzer|feld|labor|code|design)?-?(?:tests?|review|audit|analyse|inspektion|monitoring|pr[üu]fung)',
      '(?:(?:birim|entegrasyon|y[üu]k|stres|performans|g[üu]venlik|penetrasyon|kabul|kullan[ıi]c[ıi]|kod) )?(?:testi?|testleri|inceleme(?:si)?|denetim|analiz|izleme)',
      // Japanese and Chinese: the kind written before the noun, no space ("負荷試験", "性能测试").
      '(?:単体|結合|統合|総合|負荷|性能|ストレス|セキュリティ|脆弱性|ペネトレーション|侵入|受入|受け入れ|手動|自動|ユーザー|利用者|コード|設計|実機)?(?:試験|テスト|レビュー|監査|分析|監視|検査|点検)',
      '(?:单元|單元|集成|端到端|用户|用戶|负载|負載|压力|壓力|手动|手動|手工|自动化|自動化|性能|安全|渗透|滲透|代码|代碼|设计|設計|验收|驗收|现场|現場|实验室|實驗室)?(?:测试|測試|评审|評審|审查|審查|检查|檢查|审计|審計|分析|监控|監控)',
    ].join('|') +
    ')$',
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
      'title|name|requirement|nfr|description|summary|statement',
      // French, Spanish, Portuguese, Italian
      'exigence|titre|libelle|intitule|enonce|nom',
      'requisito|descripcion|titulo|nombre|enunciado',
      'descricao|nome',
      'requisiti|descrizione|titolo',
      // German (compounds: "Anforderungstext", "Kurzbeschreibung"), Turkish (dotless ı kept by folding)
      'anforderung(?:stext)?|(?:kurz)?beschreibung|titel|bezeichnung',
      'gereksinim|acıklama|tanım|baslık',
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

/** What a status cell says beyond the state itself ("✅ API 24+" -> "API 24+"); empty for a state alone. */
export function statusContent(cell: string): string {
  const rest = cell.replace(STATUS_MARKS, '').trim();
  return STATUS_WORD.test(rest) ? '' : rest;
}

/** Whether a check cell names no mechanism: "Unit test", "負荷試験", "性能测试", "Pruebas de carga". */
export const isGenericCheck = (cell: string): boolean => GENERIC_CHECK.test(cell.trim());
