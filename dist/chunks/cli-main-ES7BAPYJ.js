import { createRequire as __archgateCreateRequire } from 'node:module'; const require = __archgateCreateRequire(import.meta.url);
import{a as T,b as O,e as j,f as b}from"./chunk-W7TMKKE7.js";import{a as D}from"./chunk-PAHAIFZ6.js";import{b as S}from"./chunk-AFX3NX2W.js";import"./chunk-RK2ZNZNF.js";import"./chunk-4TURIMVV.js";import"./chunk-OWMQZKOA.js";import"./chunk-7DM3M2XT.js";import"./chunk-V6TEQHNI.js";import{a as w,b as v}from"./chunk-OWZZBQVM.js";import"./chunk-MCWTPW2C.js";import"./chunk-GF46OIBN.js";import"./chunk-5HYWRNSU.js";import{a as x,d as y}from"./chunk-2OXYBSIF.js";import"./chunk-BD4PTBAY.js";import"./chunk-2K22J2L6.js";import"./chunk-DOSRROCK.js";import{parseArgs as L}from"node:util";import E from"node:path";var a=(r,t,e)=>r?`\x1B[${t}m${e}\x1B[0m`:e,h=(r,t)=>`${r} ${t}${r===1?"":"s"}`,R=(r,t)=>r.length>t?`${r.slice(0,t-1)}\u2026`:r,N={covered:32,implied:33,uncovered:31,waived:36};function A(r){return r.status==="covered"?r.citations.slice(0,3).map(t=>`${t.file}:${t.line}`).join(", ")+(r.citations.length>3?` (+${r.citations.length-3})`:""):r.status==="implied"&&r.implied?`${r.implied.file}:${r.implied.line} (${r.implied.reason})`:r.status==="waived"&&r.waiver?`waived: ${r.waiver.reason}${r.waiver.expires?` (until ${r.waiver.expires})`:""}`:"\u2014"}function W(r,t){let e=r.coverage.filter(n=>n.kind==="nfr");if(!e.length)return[];let p=Math.max(...e.map(n=>n.id.length)),u=Math.max(8,...e.map(n=>(n.category??"\u2014").length)),d=[a(t,1,"NFR coverage")];for(let n of e){let o=n.baseline?` [${n.baseline}]`:"";d.push(`  ${n.id.padEnd(p)}  ${R(n.title||"\u2014",40).padEnd(40)}  ${(n.category??"\u2014").padEnd(u)}  ${a(t,N[n.status],n.status.padEnd(9))}  ${A(n)}${o}`)}let c=n=>e.filter(o=>o.status===n).length,i=[...new Set(e.map(n=>n.category??"uncategorised"))].sort().map(n=>{let o=e.filter(m=>(m.category??"uncategorised")===n);return`${n} ${o.filter(m=>m.status!=="uncovered").length}/${o.length}`}).join(", ");return d.push(`${h(e.length,"NFR")}: ${c("covered")} covered, ${c("implied")} implied, ${c("uncovered")} uncovered, ${c("waived")} waived; addressed by category: ${i}`),r.orphans.length&&d.push(`cited but not defined in the PRD: ${r.orphans.map(n=>n.id).join(", ")}`),d}function F(r,{color:t}){let e=[];for(let n of r.docSets){r.docSets.length>1&&e.push(a(t,1,`doc set ${n.name}`));for(let s of n.notices??[])e.push(a(t,2,`note: ${s}`));for(let s of n.findings){let P=s.severity==="error"?a(t,31,"error  "):a(t,33,"warning"),I=s.baseline==="new"?a(t,35,"  (new)"):"";e.push(`${s.file}:${s.line}:${s.column}  ${P}  ${s.message}  ${a(t,2,s.rule)}${I}`);for(let g of s.suggestions??[])e.push(`    ${a(t,36,`${g.confidence==="likely"?"likely ":"maybe  "} ${g.file}:${g.line}`)}  ${R(g.heading,50)}${g.heading?": ":""}"${R(g.evidence,90)}"`);e.push(`    ${a(t,2,`fix: ${s.fix}`)}`)}n.fixed?.length&&e.push(a(t,32,`${h(n.fixed.length,"finding")} of the baseline fixed`));let o=W(n,t);o.length&&e.push("",...o);let m=n.requirements.filter(s=>s.kind==="nfr").length,f=n.requirements.filter(s=>s.kind==="fr").length,$=[n.suppressed?`${n.suppressed} suppressed inline`:"",n.waived?`${n.waived} waived`:""].filter(Boolean);e.push(a(t,2,`${n.name}: ${h(m,"NFR")} and ${h(f,"FR")} in ${h(n.prd.files.length,"PRD file")}; ${h(n.architecture.files.length,"architecture file")}${$.length?`; ${$.join(", ")}`:""}`))}let{errors:p,warnings:u,newFindings:d}=r.summary,c=r.result==="pass"?a(t,32,"pass"):a(t,31,"fail"),l=p+u===0?"\u2714":r.result==="pass"?"\u26A0":"\u2716",i=r.baseline?`, ${d??0} new since ${r.baseline}${r.failOnNewOnly?", gating on new only":""}`:"";return e.push(""),e.push(`${l} ${h(p,"error")}, ${h(u,"warning")}${i} (${c}, fail-on: ${r.failOn})`),e.join(`
`)+`
`}import{readFileSync as M}from"node:fs";var U=["stylish","json","sarif","markdown","github"],Y=["error","warning","never"],C=`Usage: archgate <command> [options]

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
`;function k(r,t,e){if(r!==void 0){if(!t.includes(r))throw new w(`${e} must be one of ${t.join(", ")} (got "${r}")`);return r}}async function _(r,t,e){switch(r){case"json":return T(t);case"sarif":return O(t,y,b);case"github":return j(t);case"markdown":{let{compileTemplate:p,renderDocSet:u}=await import("./render-markdown-LAGRFJ3F.js"),d=p(M(E.join(D(),"comment.md.hbs"),"utf8"));return t.docSets.map(c=>u(d,t,c,{marker:"",version:b,notes:[]})).join(`
`)}default:return F(t,{color:e})}}async function re(r,t){try{let{values:e,positionals:p}=L({args:r,allowPositionals:!0,strict:!0,options:{prd:{type:"string",multiple:!0},architecture:{type:"string",multiple:!0},config:{type:"string"},"doc-set":{type:"string"},format:{type:"string"},"fail-on":{type:"string"},baseline:{type:"string"},"fail-on-new-only":{type:"boolean"},fix:{type:"boolean"},"dry-run":{type:"boolean"},accept:{type:"string"},name:{type:"string"},force:{type:"boolean"},template:{type:"string"},write:{type:"boolean"},yes:{type:"boolean"},help:{type:"boolean",short:"h"},version:{type:"boolean",short:"v"}}}),[u,...d]=p;if(e.version)return t.stdout.write(`${b}
`),0;if(e.help||!u)return(u||e.help?t.stdout:t.stderr).write(C),e.help?0:2;if(d.length>1)throw new w(`too many arguments: ${d.join(" ")}`);let c=E.resolve(d[0]??".");switch(u){case"check":{let l=k(e.format,U,"--format")??"stylish",i=k(e["fail-on"],Y,"--fail-on"),n=t.stderr.isTTY===!0,o=await S({fix:e.fix,onFixed:f=>t.stderr.write(`archgate: regenerated the stale blocks in ${f}
`),onConflict:f=>t.stderr.write(`archgate: ${f}
`),onNotice:f=>t.stderr.write(`archgate: ${f}
`),dir:c,config:e.config,prd:e.prd,architecture:e.architecture,docSet:e["doc-set"],failOn:i,baseline:e.baseline,failOnNewOnly:e["fail-on-new-only"],onProgress:(f,$,s)=>{n&&$>1&&t.stderr.write(`[${f+1}/${$}] ${s}
`)}}),m=t.stdout.isTTY===!0&&!t.env.NO_COLOR;return t.stdout.write(await _(l,o,m)),o.result==="pass"?0:1}case"init":{let{runInit:l}=await import("./run-init-PXGLGOAZ.js"),i=l({dir:c,name:e.name,force:e.force,template:e.template}),n=i.length>2?`${i.length} files: ${i.join(", ")}`:i.join(" and ");return t.stdout.write(`Wrote ${n}. Fill in the [bracketed] placeholders, then run: npx archgate check
`),0}case"ids":{let{runIds:l}=await import("./run-ids-SHYHCLGW.js"),i=e.write===!0&&e.yes===!0,n=await l({dir:c,config:e.config,prd:e.prd,docSet:e["doc-set"],write:i});if(!n.ids.length)return t.stdout.write(`Every non-functional requirement has an ID: nothing to add.
`),0;t.stdout.write(n.diff);let o=`${n.ids[0]}${n.ids.length>1?` to ${n.ids[n.ids.length-1]}`:""}`;return i?t.stdout.write(`
Wrote ${n.ids.length} IDs (${o}) to ${n.written.join(", ")}.
`):e.write?t.stdout.write(`
Nothing was written: add --yes to write these ${n.ids.length} IDs (${o}).
`):t.stdout.write(`
Dry run: run "archgate ids --write --yes" to write these ${n.ids.length} IDs (${o}).
`),0}case"cite":{let{runCite:l}=await import("./run-cite-HVGWH6KV.js"),i=k(e.accept,["implied"],"--accept"),n=process.stdin.isTTY===!0&&t.stdout.isTTY===!0;return await l({dir:c,config:e.config,prd:e.prd,architecture:e.architecture,docSet:e["doc-set"],dryRun:e["dry-run"],accept:i,input:process.stdin,output:t.stdout,interactive:n}),0}case"rules":{let l=Math.max(...y.map(i=>i.meta.id.length));for(let i of y)t.stdout.write(`${i.meta.id.padEnd(l)}  ${i.meta.defaultSeverity.padEnd(7)}  ${i.meta.description}
`);return t.stdout.write(`
Docs: ${x("<namespace>/<rule>")}
`),0}default:throw new w(`unknown command "${u}"

${C}`)}}catch(e){return e instanceof w||e.code?.startsWith("ERR_PARSE_ARGS")?(t.stderr.write(`archgate: ${v(e)}
`),2):(t.stderr.write(`archgate: internal error: ${v(e)}
Please report this at https://github.com/archgate/archgate/issues
`),3)}}export{C as USAGE,re as run};
