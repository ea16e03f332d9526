import type { Nodes } from 'mdast';
import { ancestors, type ParsedDoc, type Section } from '../../engine/document.js';
import { normalizeHeading } from '../../engine/headings.js';
import { lineOf, plainText, walk } from '../../engine/markdown.js';
import type { Location } from '../../engine/types.js';
import type { DiagramKind } from '../../core/rule-kind.js';

// Diagrams are classified by what they draw, not by the heading above them: an overview that
// draws users and external systems around the system is a system context (and often a container
// view too), whatever its section is called. Headings and captions that name a level still count.

export interface FoundDiagram {
  location: Location;
  section: Section;
  /** mermaid keyword (C4Context, sequenceDiagram, flowchart, ...) or '' */
  keyword: string;
  kinds: Set<DiagramKind>;
}

const DIAGRAM_LANGS = /^(?:mermaid|plantuml|puml|dot|graphviz|d2|structurizr|c4|ascii|ascii-?art|diagram|svgbob)$/i;
const PLAIN_LANGS = /^(?:text|txt|ascii|plain|plaintext|none)$/i;
const MERMAID_START = /^(?:graph|flowchart|sequenceDiagram|classDiagram|stateDiagram(?:-v2)?|erDiagram|C4Context|C4Container|C4Component|C4Dynamic|C4Deployment|journey|architecture-beta|block-beta)\b/;

const BOXES = /[┌┐┘╔╗╚╝]|\+-{2,}[-+]*\+|\[[^\]\n]{2,40}\]\s*-+>/;
const ARROWS = /-{1,}>|<-{1,}|={2,}>|[→←↓↑▶►▼▲⇒⇄↔]|^\s*[|│]\s*$\n^\s*v\s*$/mu;
const TREE_LINE = /^[\s│|]*(?:[├└]──|[|`]--)|^[\w.@-]+\/\s*(?:#.*)?$/;

/** A directory listing ("├── src/") is drawn with the same characters as a diagram but has no arrows or boxes. */
export function isAsciiDiagram(code: string): boolean {
  const hasArrows = ARROWS.test(code);
  const hasBoxes = BOXES.test(code);
  if (!hasArrows && !hasBoxes) return false;
  const lines = code.split('\n').filter((l) => l.trim());
  const treeLines = lines.filter((l) => TREE_LINE.test(l.trim()) || TREE_LINE.test(l)).length;
  // A tree with a stray "->" in a comment is still a tree.
  return !(treeLines * 2 >= lines.length && !hasBoxes);
}

/** The first keyword of a mermaid block, skipping blank lines, %% comments and front matter. */
export function mermaidKind(code: string): string {
  const lines = code.split('\n');
  let i = 0;
  if (lines[0]?.trim() === '---') {
    i = lines.indexOf('---', 1) + 1;
    if (i === 0) i = lines.length;
  }
  for (; i < lines.length; i++) {
    const t = lines[i].trim();
    if (t && !t.startsWith('%%')) return t.split(/\s+/)[0];
  }
  return '';
}

const KEYWORD_KINDS: Record<string, DiagramKind[]> = {
  C4Context: ['context'],
  C4Container: ['container'],
  C4Component: ['component'],
  C4Deployment: ['deployment'],
  C4Dynamic: ['sequence'],
  sequenceDiagram: ['sequence'],
  classDiagram: ['component'],
};

const HEADING_KINDS: { kind: DiagramKind; re: RegExp }[] = [
  { kind: 'context', re: /\bsystem context\b|\bcontext (?:diagram|view|map|level)\b|\bc4 context\b|\bc0\b|\bc1\b|\blevel 1\b|contexte (?:du )?systeme|sistem baglami|系统上下文/ },
  { kind: 'container', re: /\bcontainers?\b|high level architecture|architecture diagram|system architecture|architecture overview|system overview|\bc2\b|\blevel 2\b|conteneurs?|架构图/ },
  { kind: 'component', re: /\bcomponents?\b|\bc3\b|\blevel 3\b|\bcomposants?\b|bilesen|组件/ },
  { kind: 'sequence', re: /\bsequence\b|\binteraction flows?\b|\brequest flow\b|\bsequence diagram\b|séquence|sequence/ },
  { kind: 'deployment', re: /\bdeployment\b|\binfrastructure\b|deploiement|dagitim|部署/ },
];

const PERSON = /\b(?:users?|customers?|admins?|administrators?|operators?|persons?|people|actors?|visitors?|end[- ]users?|students?|teachers?|patients?|drivers?|couriers?|members?|viewers?|buyers?|sellers?|clients?|players?|analysts?|reviewers?|staff|employees?|parents?|guests?|utilisateurs?|kullanici\w*)\b|用户|顾客|利用者|ユーザー?|会員|👤|🧑|👥/giu;
const EXTERNAL = /\b(?:external|third[- ]party|3rd[- ]party|stripe|paypal|twilio|sendgrid|mailgun|github|gitlab|google|gmail|openai|anthropic|claude|gemini|llm|auth0|clerk|okta|slack|discord|smtp|e-?mail (?:provider|service)|payment (?:provider|gateway)|identity provider|idp|sso|cwe|nvd|api\.|\.com|saas|webhook|oauth provider|apple|firebase|supabase|vercel|aws|azure|gcp|\w*api|\w+ apis?|platform|provider|bank|sms|push notifications?|maps|telegram|whatsapp|youtube|shopify|exchange|broker|notion|jira|salesforce|hubspot|mcp servers?|registry)\b|外部|既存|第三方/giu;
const CONTAINER = /\b(?:database|db|postgres\w*|mysql|mariadb|mongo\w*|redis|sqlite|dynamo\w*|firestore|supabase|s3|bucket|object storage|blob|storage|queue|kafka|rabbitmq|sqs|pub ?\/? ?sub|cache|frontend|front-end|backend|back-end|web ?app|spa|mobile app|app server|api|worker|server|lambda|functions?|cdn|gateway|browser|ui|cli|chromadb|vector (?:db|store)|pgvector|elasticsearch)\b/giu;
const DATA_STORE = /\b(?:database|db|postgres\w*|mysql|mariadb|mongo\w*|redis|sqlite|dynamo\w*|firestore|s3|bucket|object storage|blob|storage|cache|chromadb|vector (?:db|store)|pgvector|elasticsearch|supabase)\b/iu;
const COMPONENT = /\b\w+ ?(?:controller|handler|service|repository|repo|module|router|middleware|manager|adapter|parser|engine|provider|hook|resolver|processor|validator|scheduler|client|store|view|screen|page|layer|tier)s?\b/giu;
const DEPLOYMENT = /\b(?:kubernetes|k8s|cluster|node pool|region|availability zone|vpc|subnet|load balancer|cloud run|ecs|eks|gke|aks|vercel|netlify|heroku|fly\.io|railway|render|docker|container registry|ec2|vm|droplet|app engine|cloudflare|pod|replica)\b/giu;

const distinct = (text: string, re: RegExp) => new Set([...text.matchAll(re)].map((m) => m[0].toLowerCase())).size;

/** What a diagram draws, from its text (labels, node names). */
export function kindsOfContent(text: string): DiagramKind[] {
  const kinds: DiagramKind[] = [];
  const persons = distinct(text, PERSON);
  const externals = distinct(text, EXTERNAL);
  const units = distinct(text, CONTAINER);
  if (persons > 0 && externals > 0) kinds.push('context');
  if (DATA_STORE.test(text) && units >= 3) kinds.push('container');
  if (distinct(text, COMPONENT) >= 3) kinds.push('component');
  if (/->>|-->>|\bparticipant\b/.test(text)) kinds.push('sequence');
  if (distinct(text, DEPLOYMENT) >= 2) kinds.push('deployment');
  return kinds;
}

/** Mermaid written as lines of inline code ("`graph TD`", "`A --> B`") is a diagram too. */
function inlineMermaid(node: Nodes): string | null {
  if (node.type !== 'paragraph') return null;
  const codes = node.children.filter((c) => c.type === 'inlineCode').map((c) => (c.type === 'inlineCode' ? c.value : ''));
  if (codes.length < 2 || !MERMAID_START.test(codes[0].trim())) return null;
  return codes.join('\n');
}

const cache = new WeakMap<ParsedDoc, FoundDiagram[]>();

/** Every diagram in the document with the kinds it counts as. */
export function findDiagrams(doc: ParsedDoc): FoundDiagram[] {
  const cached = cache.get(doc);
  if (cached) return cached;
  const out: FoundDiagram[] = [];
  for (const section of doc.sections) {
    // The headings and the caption (the paragraph before) are read only where a diagram is:
    // most paragraphs are no caption, and folding each like a heading cost more than the rest.
    let headings: string | null = null;
    for (const block of section.blocks) {
      let captionNode: Nodes | null = null;
      walk(block, (node: Nodes) => {
        let text: string | null = null;
        let keyword = '';
        if (node.type === 'code') {
          if (node.lang && DIAGRAM_LANGS.test(node.lang)) text = node.value;
          else if ((!node.lang || PLAIN_LANGS.test(node.lang)) && isAsciiDiagram(node.value)) text = node.value;
          if (text !== null && node.lang?.toLowerCase() === 'mermaid') keyword = mermaidKind(node.value);
        } else if (node.type === 'image') {
          text = `${node.alt ?? ''} ${node.url}`;
        } else if (node.type === 'paragraph') {
          const inline = inlineMermaid(node);
          if (inline !== null) {
            text = inline;
            keyword = mermaidKind(inline);
          } else {
            captionNode = node;
            return;
          }
        }
        if (text === null) return;
        const kinds = new Set<DiagramKind>(['any', ...(KEYWORD_KINDS[keyword] ?? []), ...kindsOfContent(text)]);
        headings ??= ancestors(section).map((s) => s.key).join(' | ');
        const caption = captionNode ? normalizeHeading(plainText(captionNode)) : '';
        for (const h of HEADING_KINDS) if (h.re.test(headings) || h.re.test(caption)) kinds.add(h.kind);
        out.push({ location: { file: section.file, line: lineOf(node), column: 1 }, section, keyword, kinds });
        return false;
      });
    }
  }
  cache.set(doc, out);
  return out;
}
