import { createRequire as __archgateCreateRequire } from 'node:module'; const require = __archgateCreateRequire(import.meta.url);
import{b as S}from"./chunk-SJUVLABC.js";import{a as O,b as C,e as E,f as y}from"./chunk-M7DRPTOB.js";import"./chunk-J6FLFDIR.js";import"./chunk-FP7CQB7C.js";import"./chunk-DN62Y35C.js";import{a as x,d as w}from"./chunk-FDOG43HL.js";import"./chunk-VRCSI3Z7.js";import{b as T,c as j,d as D}from"./chunk-D2MP3FIS.js";import"./chunk-573Z7WFQ.js";import"./chunk-TSBRQ6W2.js";import"./chunk-5HZYKETQ.js";import"./chunk-JS6WNNZS.js";import{a as F}from"./chunk-PAHAIFZ6.js";import"./chunk-W7QFTZBQ.js";import"./chunk-GDQAYLZW.js";import{a as $,b as v}from"./chunk-OWZZBQVM.js";import"./chunk-XUFIKIBM.js";import"./chunk-J27KKANI.js";import"./chunk-DOSRROCK.js";import{parseArgs as U}from"node:util";import N from"node:path";var d=(n,e,t)=>n?`\x1B[${e}m${t}\x1B[0m`:t,m=(n,e)=>`${n} ${e}${n===1?"":"s"}`,R=(n,e)=>n.length>e?`${n.slice(0,e-1)}\u2026`:n,W={covered:32,implied:33,uncovered:31,waived:36};function L(n){return n.status==="covered"?n.citations.slice(0,3).map(e=>`${e.file}:${e.line}`).join(", ")+(n.citations.length>3?` (+${n.citations.length-3})`:""):n.status==="implied"&&n.implied?`${n.implied.file}:${n.implied.line} (${n.implied.reason})`:n.status==="waived"&&n.waiver?`waived: ${n.waiver.reason}${n.waiver.expires?` (until ${n.waiver.expires})`:""}`:"\u2014"}function M(n,e){let t=n.coverage.filter(r=>r.kind==="nfr");if(!t.length)return[];let p=Math.max(...t.map(r=>r.id.length)),u=Math.max(8,...t.map(r=>(r.category??"\u2014").length)),l=[d(e,1,"NFR coverage")];for(let r of t){let f=r.baseline?` [${r.baseline}]`:"";l.push(`  ${r.id.padEnd(p)}  ${R(r.title||"\u2014",40).padEnd(40)}  ${(r.category??"\u2014").padEnd(u)}  ${d(e,W[r.status],r.status.padEnd(9))}  ${L(r)}${f}`)}let{nfr:o,categories:a}=n.summary,i=a.map(r=>`${r.category??"uncategorised"} ${r.total-r.uncovered}/${r.total}`).join(", ");return l.push(`${m(o.total,"NFR")}: ${o.covered} covered, ${o.implied} implied, ${o.uncovered} uncovered, ${o.waived} waived; addressed by category: ${i}`),n.orphans.length&&l.push(`cited but not defined in the PRD: ${n.orphans.map(r=>r.id).join(", ")}`),l}function P(n,{color:e}){let t=[];for(let i of n.docSets){n.docSets.length>1&&t.push(`${d(e,1,`doc set ${i.name}`)} \u2014 ${j(n,i)}`);for(let s of i.notices??[])t.push(d(e,2,`note: ${s}`));for(let s of i.findings){let b=s.severity==="error"?d(e,31,"error  "):d(e,33,"warning"),A=s.baseline==="new"?d(e,35,"  (new)"):"";t.push(`${s.file}:${s.line}:${s.column}  ${b}  ${s.message}  ${d(e,2,s.rule)}${A}`);for(let h of s.suggestions??[])t.push(`    ${d(e,36,`${h.confidence==="likely"?"likely ":"maybe  "} ${h.file}:${h.line}`)}  ${R(h.heading,50)}${h.heading?": ":""}"${R(h.evidence,90)}"`);t.push(`    ${d(e,2,`fix: ${s.fix}`)}`)}i.fixed?.length&&t.push(d(e,32,`${m(i.fixed.length,"finding")} of the baseline fixed`));let r=M(i,e);r.length&&t.push("",...r);let f=i.requirements.filter(s=>s.kind==="nfr").length,g=i.requirements.filter(s=>s.kind==="fr").length,c=[i.suppressed?`${i.suppressed} suppressed inline`:"",i.waived?`${i.waived} waived`:""].filter(Boolean);t.push(d(e,2,`${i.name}: ${m(f,"NFR")} and ${m(g,"FR")} in ${m(i.prd.files.length,"PRD file")}; ${m(i.architecture.files.length,"architecture file")}${c.length?`; ${c.join(", ")}`:""}`))}let{errors:p,warnings:u}=n.summary,l=n.result==="pass"?d(e,32,"pass"):d(e,31,"fail"),o=p+u===0?"\u2714":n.result==="pass"?"\u26A0":"\u2716",a=D(n);return t.push(""),t.push(`${o} ${l}: ${T(n)}${a?`; ${a}`:""}`),t.join(`
`)+`
`}import{readFileSync as Y}from"node:fs";var _=["stylish","json","sarif","markdown","github"],q=["error","warning","never"],I=`Usage: archgate <command> [options]

Commands:
  check [dir]      Lint the doc set(s) in dir (default: .) and gate on the findings
  init [dir]       Write docs/prd.md and docs/architecture.md skeletons
  ids [dir]        Show the IDs archgate would give non-functional requirements that have none
  rules            List the rules
  cite [dir]       Walk the NFRs the architecture does not cite and write the citations you choose

check options:
  --prd <path>            PRD file or shard folder inside dir, relative to it (repeatable)
  --architecture <path>   Architecture file or shard folder, relative to dir (repeatable)
  --config <path>         Config file (default: .github/archgate.yml)
  --doc-set <name>        Check only this doc set from the config
  --format <name>         stylish (default), json, sarif, markdown (the PR comment) or github (annotations)
  --fail-on <level>       error (default), warning or never
  --baseline <git-ref>    also check the documents at this commit; mark findings new or existing
  --fail-on-new-only      with --baseline: gate only on findings the baseline does not have
  --fix                   rewrite stale generated blocks (only the text between their markers)

cite options (and --prd, --architecture, --config, --doc-set as for check):
  --dry-run               print the diff; write nothing
  --accept implied        cite every implied NFR at its implied place, without asking

init options:
  --name <product>        Product name to put in the skeletons
  --template <name>       bmad (default), arc42, spec-kit or srs
  --force                 Overwrite existing files

ids options:
  --prd <path>            PRD file or shard folder, relative to dir
  --write                 Write the proposed IDs into the PRD (with --yes)
  --yes                   Confirm the write; without it nothing is written

Exit codes: 0 pass, 1 findings at or above --fail-on, 2 usage or config error, 3 internal error.
`;function k(n,e,t){if(n!==void 0){if(!e.includes(n))throw new $(`${t} must be one of ${e.join(", ")} (got "${n}")`);return n}}async function G(n,e,t){switch(n){case"json":return O(e);case"sarif":return C(e,w,y);case"github":return E(e);case"markdown":{let{compileTemplate:p,renderDocSet:u}=await import("./render-markdown-47S6MIQG.js"),l=await p(Y(N.join(F(),"comment.md.hbs"),"utf8"));return e.docSets.map(o=>u(l,e,o,{marker:"",version:y,notes:[]})).join(`
`)}default:return P(e,{color:t})}}async function oe(n,e){try{let{values:t,positionals:p}=U({args:n,allowPositionals:!0,strict:!0,options:{prd:{type:"string",multiple:!0},architecture:{type:"string",multiple:!0},config:{type:"string"},"doc-set":{type:"string"},format:{type:"string"},"fail-on":{type:"string"},baseline:{type:"string"},"fail-on-new-only":{type:"boolean"},fix:{type:"boolean"},"dry-run":{type:"boolean"},accept:{type:"string"},name:{type:"string"},force:{type:"boolean"},template:{type:"string"},write:{type:"boolean"},yes:{type:"boolean"},help:{type:"boolean",short:"h"},version:{type:"boolean",short:"v"}}}),[u,...l]=p;if(t.version)return e.stdout.write(`${y}
`),0;if(t.help||!u)return(u||t.help?e.stdout:e.stderr).write(I),t.help?0:2;if(l.length>1)throw new $(`too many arguments: ${l.join(" ")}`);let o=N.resolve(l[0]??".");switch(u){case"check":{let a=k(t.format,_,"--format")??"stylish",i=k(t["fail-on"],q,"--fail-on"),r=e.stderr.isTTY===!0,f=e.stdout.isTTY===!0&&!e.env.NO_COLOR;return(await S({fix:t.fix,onFixed:c=>e.stderr.write(`archgate: regenerated the stale blocks in ${c}
`),onConflict:c=>e.stderr.write(`archgate: ${c}
`),onNotice:c=>e.stderr.write(`archgate: ${c}
`),dir:o,config:t.config,prd:t.prd,architecture:t.architecture,docSet:t["doc-set"],failOn:i,baseline:t.baseline,failOnNewOnly:t["fail-on-new-only"],onProgress:(c,s,b)=>{r&&s>1&&e.stderr.write(`[${c+1}/${s}] ${b}
`)},onReview:async c=>{e.stdout.write(await G(a,c.report,f))}})).result==="pass"?0:1}case"init":{let{runInit:a}=await import("./run-init-6KHBE5TR.js"),i=a({dir:o,name:t.name,force:t.force,template:t.template}),r=i.length>2?`${i.length} files: ${i.join(", ")}`:i.join(" and ");return e.stdout.write(`Wrote ${r}. Fill in the [bracketed] placeholders, then run: npx github:archgate/archgate check (or archgate check where archgate is installed)
`),0}case"ids":{let{runIds:a}=await import("./run-ids-CXCNIZ3B.js"),i=t.write===!0&&t.yes===!0,r=await a({dir:o,config:t.config,prd:t.prd,docSet:t["doc-set"],write:i});for(let c of r.notices)e.stderr.write(`archgate: note: ${c}
`);if(!r.readPrd)return 2;if(!r.ids.length)return e.stdout.write(`Every non-functional requirement has an ID: nothing to add.
`),0;e.stdout.write(r.diff);let f=`${r.ids[0]}${r.ids.length>1?` to ${r.ids[r.ids.length-1]}`:""}`,g=r.ids.length===1?`this ID (${f})`:`these ${r.ids.length} IDs (${f})`;return i?e.stdout.write(`
Wrote ${r.ids.length===1?"1 ID":`${r.ids.length} IDs`} (${f}) to ${r.written.join(", ")}.
`):t.write?e.stdout.write(`
Nothing was written: add --yes to write ${g}.
`):e.stdout.write(`
Dry run: run "archgate ids --write --yes" to write ${g}.
`),0}case"cite":{let{runCite:a}=await import("./run-cite-7ZHNIQK2.js"),i=k(t.accept,["implied"],"--accept"),r=process.stdin.isTTY===!0&&e.stdout.isTTY===!0;return await a({dir:o,config:t.config,prd:t.prd,architecture:t.architecture,docSet:t["doc-set"],dryRun:t["dry-run"],accept:i,input:process.stdin,output:e.stdout,interactive:r}),0}case"rules":{let a=Math.max(...w.map(i=>i.meta.id.length));for(let i of w)e.stdout.write(`${i.meta.id.padEnd(a)}  ${i.meta.defaultSeverity.padEnd(7)}  ${i.meta.description}
`);return e.stdout.write(`
Docs: ${x("<namespace>/<rule>")}
`),0}default:throw new $(`unknown command "${u}"

${I}`)}}catch(t){return t instanceof $||t.code?.startsWith("ERR_PARSE_ARGS")?(e.stderr.write(`archgate: ${v(t)}
`),2):(e.stderr.write(`archgate: internal error: ${v(t)}
Please report this at https://github.com/archgate/archgate/issues
`),3)}}export{I as USAGE,oe as run};
