import { createRequire as __archgateCreateRequire } from 'node:module'; const require = __archgateCreateRequire(import.meta.url);
import{a as C}from"./chunk-D2MP3FIS.js";import{a as j}from"./chunk-573Z7WFQ.js";import{e as D}from"./chunk-H5NGOINI.js";import{b as I,d as J}from"./chunk-DOSRROCK.js";var E=I((el,d)=>{d.exports=D().default});var H=J(E(),1);var M=new Map([[`{{{marker}}}
## {{#if passed}}\u2705{{else}}\u274C{{/if}} archgate \u2014 {{text docSet}}: {{#if passed}}pass{{else}}fail{{/if}}

**{{blocking}}** ({{gate}}).{{#if commit}} Commit judged: {{#if commit.url}}[\`{{commit.short}}\`]({{{commit.url}}}){{else}}\`{{commit.short}}\`{{/if}}.{{/if}}

{{#if hasFindings}}{{plural summary.errors "error"}}, {{plural summary.warnings "warning"}}{{else}}No findings{{/if}}{{#if summary.nfr.total}} \xB7 {{plural summary.nfr.total "NFR"}} {{coverage.bar}} {{coverage.legend}}{{/if}}.
{{#each notes}}

> {{{this}}}
{{/each}}
{{#if errors.total}}

### \u274C {{plural errors.total "error"}}

{{#each errors.leading}}
- {{#if isNew}}**new** {{/if}}{{text message}} {{{link}}}<br>
  **Fix:** {{text fix}} <sub>\`{{rule}}\`</sub>
{{/each}}
{{#if errors.folded.length}}

<details><summary>{{plural errors.beyondLeading "more error"}}</summary>

{{#each errors.folded}}
- {{#if isNew}}**new** {{/if}}{{text message}} {{{link}}}<br>
  **Fix:** {{text fix}} <sub>\`{{rule}}\`</sub>
{{/each}}
{{#if errors.hidden}}

_{{plural errors.hidden "more error"}} not shown here (GitHub limits a comment to 65,536 characters): the job summary and the JSON report have them all._
{{/if}}

</details>
{{else if errors.hidden}}

_{{plural errors.hidden "more error"}} not shown here (GitHub limits a comment to 65,536 characters): the job summary and the JSON report have them all._
{{/if}}
{{/if}}
{{#if warnings.total}}

<details><summary>\u26A0\uFE0F {{plural warnings.total "warning"}}</summary>

{{#each warnings.shown}}
- {{#if isNew}}**new** {{/if}}{{text message}} {{{link}}}<br>
  **Fix:** {{text fix}} <sub>\`{{rule}}\`</sub>
{{/each}}
{{#if warnings.hidden}}

_{{plural warnings.hidden "more warning"}} not shown here (GitHub limits a comment to 65,536 characters): the job summary and the JSON report have them all._
{{/if}}

</details>
{{/if}}
{{#if summary.nfr.total}}

<details><summary>\u{1F4CA} NFR coverage: {{summary.nfr.covered}} covered, {{summary.nfr.implied}} implied, {{summary.nfr.uncovered}} uncovered, {{summary.nfr.waived}} waived</summary>
{{#if coverage.rows.length}}

| NFR | Title | Category | Status | Where |
|---|---|---|---|---|
{{#each coverage.rows}}
| {{text id}} | {{text title}} | {{text category}} | {{statusIcon}} {{status}}{{#if baseline}} ({{baseline}}){{/if}} | {{{where}}} |
{{/each}}
{{/if}}
{{#if coverage.hidden}}

_{{plural coverage.hidden "more row"}} not shown here (GitHub limits a comment to 65,536 characters): the job summary and the JSON report have them all._
{{/if}}

\`\`\`mermaid
{{{coverage.pie}}}
\`\`\`

</details>
{{/if}}
{{#if traceability}}

<details><summary>\u{1F517} Traceability diagram</summary>

{{{traceabilityFence}}}mermaid
{{{traceability}}}
{{{traceabilityFence}}}

</details>
{{/if}}
{{#if fixed.total}}

<details><summary>\u2705 {{plural fixed.total "finding"}} fixed since the base commit</summary>

{{#each fixed.shown}}
- {{text message}} {{{place}}} <sub>\`{{rule}}\`</sub>
{{/each}}
{{#if fixed.hidden}}

_{{fixed.hidden}} more not shown here: the JSON report has them all._
{{/if}}

</details>
{{/if}}
{{#if baseline}}

Compared with the base commit \`{{baseline.base}}\`: {{summary.newFindings}} new, {{summary.fixedFindings}} fixed.
{{/if}}
{{#if patch}}

### Patch

archgate could not push to this branch; apply this patch to regenerate the diagram blocks:

{{{patchFence}}}diff
{{{patch}}}
{{{patchFence}}}
{{/if}}
{{#if patchHidden}}

_The patch that regenerates the diagram blocks is too long for a comment: run \`archgate check --fix\` and commit the result._
{{/if}}

<sub>archgate {{version}} \xB7 [rules](https://github.com/archgate/archgate/blob/main/docs/rules/README.md)</sub>
`,{0:function(e,l,u,m,a){return"\u2705"},1:function(e,l,u,m,a){return"\u274C"},2:function(e,l,u,m,a){return"pass"},3:function(e,l,u,m,a){return"fail"},4:function(e,l,u,m,a){var n,r=e.lookupProperty||function(o,s){if(Object.prototype.hasOwnProperty.call(o,s))return o[s]};return" Commit judged: "+((n=r(u,"if").call(l??(e.nullContext||{}),(n=l!=null?r(l,"commit"):l)!=null?r(n,"url"):n,{name:"if",hash:{},fn:e.program(5,a,0),inverse:e.program(6,a,0),data:a,loc:{start:{line:4,column:58},end:{line:4,column:147}}}))!=null?n:"")+"."},5:function(e,l,u,m,a){var n,r=e.lambda,o=e.lookupProperty||function(s,t){if(Object.prototype.hasOwnProperty.call(s,t))return s[t]};return"[`"+e.escapeExpression(r((n=l!=null?o(l,"commit"):l)!=null?o(n,"short"):n,l))+"`]("+((n=r((n=l!=null?o(l,"commit"):l)!=null?o(n,"url"):n,l))!=null?n:"")+")"},6:function(e,l,u,m,a){var n,r=e.lookupProperty||function(o,s){if(Object.prototype.hasOwnProperty.call(o,s))return o[s]};return"`"+e.escapeExpression(e.lambda((n=l!=null?r(l,"commit"):l)!=null?r(n,"short"):n,l))+"`"},7:function(e,l,u,m,a){var n,r=l??(e.nullContext||{}),o=e.hooks.helperMissing,s=e.escapeExpression,t=e.lookupProperty||function(c,i){if(Object.prototype.hasOwnProperty.call(c,i))return c[i]};return s((t(u,"plural")||l&&t(l,"plural")||o).call(r,(n=l!=null?t(l,"summary"):l)!=null?t(n,"errors"):n,"error",{name:"plural",hash:{},data:a,loc:{start:{line:6,column:19},end:{line:6,column:52}}}))+", "+s((t(u,"plural")||l&&t(l,"plural")||o).call(r,(n=l!=null?t(l,"summary"):l)!=null?t(n,"warnings"):n,"warning",{name:"plural",hash:{},data:a,loc:{start:{line:6,column:54},end:{line:6,column:91}}}))},8:function(e,l,u,m,a){return"No findings"},9:function(e,l,u,m,a){var n,r=e.escapeExpression,o=e.lambda,s=e.lookupProperty||function(t,c){if(Object.prototype.hasOwnProperty.call(t,c))return t[c]};return" \xB7 "+r((s(u,"plural")||l&&s(l,"plural")||e.hooks.helperMissing).call(l??(e.nullContext||{}),(n=(n=l!=null?s(l,"summary"):l)!=null?s(n,"nfr"):n)!=null?s(n,"total"):n,"NFR",{name:"plural",hash:{},data:a,loc:{start:{line:6,column:145},end:{line:6,column:179}}}))+" "+r(o((n=l!=null?s(l,"coverage"):l)!=null?s(n,"bar"):n,l))+" "+r(o((n=l!=null?s(l,"coverage"):l)!=null?s(n,"legend"):n,l))},10:function(e,l,u,m,a){var n;return`
> `+((n=e.lambda(l,l))!=null?n:"")+`
`},11:function(e,l,u,m,a){var n,r=l??(e.nullContext||{}),o=e.lookupProperty||function(s,t){if(Object.prototype.hasOwnProperty.call(s,t))return s[t]};return`
### \u274C `+e.escapeExpression((o(u,"plural")||l&&o(l,"plural")||e.hooks.helperMissing).call(r,(n=l!=null?o(l,"errors"):l)!=null?o(n,"total"):n,"error",{name:"plural",hash:{},data:a,loc:{start:{line:13,column:6},end:{line:13,column:37}}}))+`

`+((n=o(u,"each").call(r,(n=l!=null?o(l,"errors"):l)!=null?o(n,"leading"):n,{name:"each",hash:{},fn:e.program(12,a,0),inverse:e.noop,data:a,loc:{start:{line:15,column:0},end:{line:18,column:9}}}))!=null?n:"")+((n=o(u,"if").call(r,(n=(n=l!=null?o(l,"errors"):l)!=null?o(n,"folded"):n)!=null?o(n,"length"):n,{name:"if",hash:{},fn:e.program(14,a,0),inverse:e.program(16,a,0),data:a,loc:{start:{line:19,column:0},end:{line:36,column:7}}}))!=null?n:"")},12:function(e,l,u,m,a){var n,r,o=l??(e.nullContext||{}),s=e.hooks.helperMissing,t=e.escapeExpression,c="function",i=e.lookupProperty||function(g,y){if(Object.prototype.hasOwnProperty.call(g,y))return g[y]};return"- "+((n=i(u,"if").call(o,l!=null?i(l,"isNew"):l,{name:"if",hash:{},fn:e.program(13,a,0),inverse:e.noop,data:a,loc:{start:{line:16,column:2},end:{line:16,column:30}}}))!=null?n:"")+t((i(u,"text")||l&&i(l,"text")||s).call(o,l!=null?i(l,"message"):l,{name:"text",hash:{},data:a,loc:{start:{line:16,column:30},end:{line:16,column:46}}}))+" "+((n=(r=(r=i(u,"link")||(l!=null?i(l,"link"):l))!=null?r:s,typeof r===c?r.call(o,{name:"link",hash:{},data:a,loc:{start:{line:16,column:47},end:{line:16,column:57}}}):r))!=null?n:"")+`<br>
  **Fix:** `+t((i(u,"text")||l&&i(l,"text")||s).call(o,l!=null?i(l,"fix"):l,{name:"text",hash:{},data:a,loc:{start:{line:17,column:11},end:{line:17,column:23}}}))+" <sub>`"+t((r=(r=i(u,"rule")||(l!=null?i(l,"rule"):l))!=null?r:s,typeof r===c?r.call(o,{name:"rule",hash:{},data:a,loc:{start:{line:17,column:30},end:{line:17,column:38}}}):r))+"`</sub>\n"},13:function(e,l,u,m,a){return"**new** "},14:function(e,l,u,m,a){var n,r=l??(e.nullContext||{}),o=e.lookupProperty||function(s,t){if(Object.prototype.hasOwnProperty.call(s,t))return s[t]};return`
<details><summary>`+e.escapeExpression((o(u,"plural")||l&&o(l,"plural")||e.hooks.helperMissing).call(r,(n=l!=null?o(l,"errors"):l)!=null?o(n,"beyondLeading"):n,"more error",{name:"plural",hash:{},data:a,loc:{start:{line:21,column:18},end:{line:21,column:62}}}))+`</summary>

`+((n=o(u,"each").call(r,(n=l!=null?o(l,"errors"):l)!=null?o(n,"folded"):n,{name:"each",hash:{},fn:e.program(12,a,0),inverse:e.noop,data:a,loc:{start:{line:23,column:0},end:{line:26,column:9}}}))!=null?n:"")+((n=o(u,"if").call(r,(n=l!=null?o(l,"errors"):l)!=null?o(n,"hidden"):n,{name:"if",hash:{},fn:e.program(15,a,0),inverse:e.noop,data:a,loc:{start:{line:27,column:0},end:{line:30,column:7}}}))!=null?n:"")+`
</details>
`},15:function(e,l,u,m,a){var n,r=e.lookupProperty||function(o,s){if(Object.prototype.hasOwnProperty.call(o,s))return o[s]};return`
_`+e.escapeExpression((r(u,"plural")||l&&r(l,"plural")||e.hooks.helperMissing).call(l??(e.nullContext||{}),(n=l!=null?r(l,"errors"):l)!=null?r(n,"hidden"):n,"more error",{name:"plural",hash:{},data:a,loc:{start:{line:29,column:1},end:{line:29,column:38}}}))+` not shown here (GitHub limits a comment to 65,536 characters): the job summary and the JSON report have them all._
`},16:function(e,l,u,m,a){var n,r=e.lookupProperty||function(o,s){if(Object.prototype.hasOwnProperty.call(o,s))return o[s]};return(n=r(u,"if").call(l??(e.nullContext||{}),(n=l!=null?r(l,"errors"):l)!=null?r(n,"hidden"):n,{name:"if",hash:{},fn:e.program(15,a,0),inverse:e.noop,data:a,loc:{start:{line:33,column:0},end:{line:36,column:0}}}))!=null?n:""},17:function(e,l,u,m,a){var n,r=l??(e.nullContext||{}),o=e.lookupProperty||function(s,t){if(Object.prototype.hasOwnProperty.call(s,t))return s[t]};return`
<details><summary>\u26A0\uFE0F `+e.escapeExpression((o(u,"plural")||l&&o(l,"plural")||e.hooks.helperMissing).call(r,(n=l!=null?o(l,"warnings"):l)!=null?o(n,"total"):n,"warning",{name:"plural",hash:{},data:a,loc:{start:{line:40,column:21},end:{line:40,column:56}}}))+`</summary>

`+((n=o(u,"each").call(r,(n=l!=null?o(l,"warnings"):l)!=null?o(n,"shown"):n,{name:"each",hash:{},fn:e.program(12,a,0),inverse:e.noop,data:a,loc:{start:{line:42,column:0},end:{line:45,column:9}}}))!=null?n:"")+((n=o(u,"if").call(r,(n=l!=null?o(l,"warnings"):l)!=null?o(n,"hidden"):n,{name:"if",hash:{},fn:e.program(18,a,0),inverse:e.noop,data:a,loc:{start:{line:46,column:0},end:{line:49,column:7}}}))!=null?n:"")+`
</details>
`},18:function(e,l,u,m,a){var n,r=e.lookupProperty||function(o,s){if(Object.prototype.hasOwnProperty.call(o,s))return o[s]};return`
_`+e.escapeExpression((r(u,"plural")||l&&r(l,"plural")||e.hooks.helperMissing).call(l??(e.nullContext||{}),(n=l!=null?r(l,"warnings"):l)!=null?r(n,"hidden"):n,"more warning",{name:"plural",hash:{},data:a,loc:{start:{line:48,column:1},end:{line:48,column:42}}}))+` not shown here (GitHub limits a comment to 65,536 characters): the job summary and the JSON report have them all._
`},19:function(e,l,u,m,a){var n,r=e.lambda,o=e.escapeExpression,s=l??(e.nullContext||{}),t=e.lookupProperty||function(c,i){if(Object.prototype.hasOwnProperty.call(c,i))return c[i]};return`
<details><summary>\u{1F4CA} NFR coverage: `+o(r((n=(n=l!=null?t(l,"summary"):l)!=null?t(n,"nfr"):n)!=null?t(n,"covered"):n,l))+" covered, "+o(r((n=(n=l!=null?t(l,"summary"):l)!=null?t(n,"nfr"):n)!=null?t(n,"implied"):n,l))+" implied, "+o(r((n=(n=l!=null?t(l,"summary"):l)!=null?t(n,"nfr"):n)!=null?t(n,"uncovered"):n,l))+" uncovered, "+o(r((n=(n=l!=null?t(l,"summary"):l)!=null?t(n,"nfr"):n)!=null?t(n,"waived"):n,l))+` waived</summary>
`+((n=t(u,"if").call(s,(n=(n=l!=null?t(l,"coverage"):l)!=null?t(n,"rows"):n)!=null?t(n,"length"):n,{name:"if",hash:{},fn:e.program(20,a,0),inverse:e.noop,data:a,loc:{start:{line:56,column:0},end:{line:63,column:7}}}))!=null?n:"")+((n=t(u,"if").call(s,(n=l!=null?t(l,"coverage"):l)!=null?t(n,"hidden"):n,{name:"if",hash:{},fn:e.program(23,a,0),inverse:e.noop,data:a,loc:{start:{line:64,column:0},end:{line:67,column:7}}}))!=null?n:"")+"\n```mermaid\n"+((n=r((n=l!=null?t(l,"coverage"):l)!=null?t(n,"pie"):n,l))!=null?n:"")+`
\`\`\`

</details>
`},20:function(e,l,u,m,a){var n,r=e.lookupProperty||function(o,s){if(Object.prototype.hasOwnProperty.call(o,s))return o[s]};return`
| NFR | Title | Category | Status | Where |
|---|---|---|---|---|
`+((n=r(u,"each").call(l??(e.nullContext||{}),(n=l!=null?r(l,"coverage"):l)!=null?r(n,"rows"):n,{name:"each",hash:{},fn:e.program(21,a,0),inverse:e.noop,data:a,loc:{start:{line:60,column:0},end:{line:62,column:9}}}))!=null?n:"")},21:function(e,l,u,m,a){var n,r,o=l??(e.nullContext||{}),s=e.hooks.helperMissing,t=e.escapeExpression,c="function",i=e.lookupProperty||function(g,y){if(Object.prototype.hasOwnProperty.call(g,y))return g[y]};return"| "+t((i(u,"text")||l&&i(l,"text")||s).call(o,l!=null?i(l,"id"):l,{name:"text",hash:{},data:a,loc:{start:{line:61,column:2},end:{line:61,column:13}}}))+" | "+t((i(u,"text")||l&&i(l,"text")||s).call(o,l!=null?i(l,"title"):l,{name:"text",hash:{},data:a,loc:{start:{line:61,column:16},end:{line:61,column:30}}}))+" | "+t((i(u,"text")||l&&i(l,"text")||s).call(o,l!=null?i(l,"category"):l,{name:"text",hash:{},data:a,loc:{start:{line:61,column:33},end:{line:61,column:50}}}))+" | "+t((r=(r=i(u,"statusIcon")||(l!=null?i(l,"statusIcon"):l))!=null?r:s,typeof r===c?r.call(o,{name:"statusIcon",hash:{},data:a,loc:{start:{line:61,column:53},end:{line:61,column:67}}}):r))+" "+t((r=(r=i(u,"status")||(l!=null?i(l,"status"):l))!=null?r:s,typeof r===c?r.call(o,{name:"status",hash:{},data:a,loc:{start:{line:61,column:68},end:{line:61,column:78}}}):r))+((n=i(u,"if").call(o,l!=null?i(l,"baseline"):l,{name:"if",hash:{},fn:e.program(22,a,0),inverse:e.noop,data:a,loc:{start:{line:61,column:78},end:{line:61,column:116}}}))!=null?n:"")+" | "+((n=(r=(r=i(u,"where")||(l!=null?i(l,"where"):l))!=null?r:s,typeof r===c?r.call(o,{name:"where",hash:{},data:a,loc:{start:{line:61,column:119},end:{line:61,column:130}}}):r))!=null?n:"")+` |
`},22:function(e,l,u,m,a){var n,r=e.lookupProperty||function(o,s){if(Object.prototype.hasOwnProperty.call(o,s))return o[s]};return" ("+e.escapeExpression((n=(n=r(u,"baseline")||(l!=null?r(l,"baseline"):l))!=null?n:e.hooks.helperMissing,typeof n=="function"?n.call(l??(e.nullContext||{}),{name:"baseline",hash:{},data:a,loc:{start:{line:61,column:96},end:{line:61,column:108}}}):n))+")"},23:function(e,l,u,m,a){var n,r=e.lookupProperty||function(o,s){if(Object.prototype.hasOwnProperty.call(o,s))return o[s]};return`
_`+e.escapeExpression((r(u,"plural")||l&&r(l,"plural")||e.hooks.helperMissing).call(l??(e.nullContext||{}),(n=l!=null?r(l,"coverage"):l)!=null?r(n,"hidden"):n,"more row",{name:"plural",hash:{},data:a,loc:{start:{line:66,column:1},end:{line:66,column:38}}}))+` not shown here (GitHub limits a comment to 65,536 characters): the job summary and the JSON report have them all._
`},24:function(e,l,u,m,a){var n,r,o=l??(e.nullContext||{}),s=e.hooks.helperMissing,t="function",c=e.lookupProperty||function(i,g){if(Object.prototype.hasOwnProperty.call(i,g))return i[g]};return`
<details><summary>\u{1F517} Traceability diagram</summary>

`+((n=(r=(r=c(u,"traceabilityFence")||(l!=null?c(l,"traceabilityFence"):l))!=null?r:s,typeof r===t?r.call(o,{name:"traceabilityFence",hash:{},data:a,loc:{start:{line:79,column:0},end:{line:79,column:23}}}):r))!=null?n:"")+`mermaid
`+((n=(r=(r=c(u,"traceability")||(l!=null?c(l,"traceability"):l))!=null?r:s,typeof r===t?r.call(o,{name:"traceability",hash:{},data:a,loc:{start:{line:80,column:0},end:{line:80,column:18}}}):r))!=null?n:"")+`
`+((n=(r=(r=c(u,"traceabilityFence")||(l!=null?c(l,"traceabilityFence"):l))!=null?r:s,typeof r===t?r.call(o,{name:"traceabilityFence",hash:{},data:a,loc:{start:{line:81,column:0},end:{line:81,column:23}}}):r))!=null?n:"")+`

</details>
`},25:function(e,l,u,m,a){var n,r=l??(e.nullContext||{}),o=e.lookupProperty||function(s,t){if(Object.prototype.hasOwnProperty.call(s,t))return s[t]};return`
<details><summary>\u2705 `+e.escapeExpression((o(u,"plural")||l&&o(l,"plural")||e.hooks.helperMissing).call(r,(n=l!=null?o(l,"fixed"):l)!=null?o(n,"total"):n,"finding",{name:"plural",hash:{},data:a,loc:{start:{line:87,column:20},end:{line:87,column:52}}}))+` fixed since the base commit</summary>

`+((n=o(u,"each").call(r,(n=l!=null?o(l,"fixed"):l)!=null?o(n,"shown"):n,{name:"each",hash:{},fn:e.program(26,a,0),inverse:e.noop,data:a,loc:{start:{line:89,column:0},end:{line:91,column:9}}}))!=null?n:"")+((n=o(u,"if").call(r,(n=l!=null?o(l,"fixed"):l)!=null?o(n,"hidden"):n,{name:"if",hash:{},fn:e.program(27,a,0),inverse:e.noop,data:a,loc:{start:{line:92,column:0},end:{line:95,column:7}}}))!=null?n:"")+`
</details>
`},26:function(e,l,u,m,a){var n,r,o=l??(e.nullContext||{}),s=e.hooks.helperMissing,t=e.escapeExpression,c="function",i=e.lookupProperty||function(g,y){if(Object.prototype.hasOwnProperty.call(g,y))return g[y]};return"- "+t((i(u,"text")||l&&i(l,"text")||s).call(o,l!=null?i(l,"message"):l,{name:"text",hash:{},data:a,loc:{start:{line:90,column:2},end:{line:90,column:18}}}))+" "+((n=(r=(r=i(u,"place")||(l!=null?i(l,"place"):l))!=null?r:s,typeof r===c?r.call(o,{name:"place",hash:{},data:a,loc:{start:{line:90,column:19},end:{line:90,column:30}}}):r))!=null?n:"")+" <sub>`"+t((r=(r=i(u,"rule")||(l!=null?i(l,"rule"):l))!=null?r:s,typeof r===c?r.call(o,{name:"rule",hash:{},data:a,loc:{start:{line:90,column:37},end:{line:90,column:45}}}):r))+"`</sub>\n"},27:function(e,l,u,m,a){var n,r=e.lookupProperty||function(o,s){if(Object.prototype.hasOwnProperty.call(o,s))return o[s]};return`
_`+e.escapeExpression(e.lambda((n=l!=null?r(l,"fixed"):l)!=null?r(n,"hidden"):n,l))+` more not shown here: the JSON report has them all._
`},28:function(e,l,u,m,a){var n,r=e.lambda,o=e.escapeExpression,s=e.lookupProperty||function(t,c){if(Object.prototype.hasOwnProperty.call(t,c))return t[c]};return"\nCompared with the base commit `"+o(r((n=l!=null?s(l,"baseline"):l)!=null?s(n,"base"):n,l))+"`: "+o(r((n=l!=null?s(l,"summary"):l)!=null?s(n,"newFindings"):n,l))+" new, "+o(r((n=l!=null?s(l,"summary"):l)!=null?s(n,"fixedFindings"):n,l))+` fixed.
`},29:function(e,l,u,m,a){var n,r,o=l??(e.nullContext||{}),s=e.hooks.helperMissing,t="function",c=e.lookupProperty||function(i,g){if(Object.prototype.hasOwnProperty.call(i,g))return i[g]};return`
### Patch

archgate could not push to this branch; apply this patch to regenerate the diagram blocks:

`+((n=(r=(r=c(u,"patchFence")||(l!=null?c(l,"patchFence"):l))!=null?r:s,typeof r===t?r.call(o,{name:"patchFence",hash:{},data:a,loc:{start:{line:109,column:0},end:{line:109,column:16}}}):r))!=null?n:"")+`diff
`+((n=(r=(r=c(u,"patch")||(l!=null?c(l,"patch"):l))!=null?r:s,typeof r===t?r.call(o,{name:"patch",hash:{},data:a,loc:{start:{line:110,column:0},end:{line:110,column:11}}}):r))!=null?n:"")+`
`+((n=(r=(r=c(u,"patchFence")||(l!=null?c(l,"patchFence"):l))!=null?r:s,typeof r===t?r.call(o,{name:"patchFence",hash:{},data:a,loc:{start:{line:111,column:0},end:{line:111,column:16}}}):r))!=null?n:"")+`
`},30:function(e,l,u,m,a){return"\n_The patch that regenerates the diagram blocks is too long for a comment: run `archgate check --fix` and commit the result._\n"},compiler:[8,">= 4.3.0"],main:function(e,l,u,m,a){var n,r,o=l??(e.nullContext||{}),s=e.hooks.helperMissing,t="function",c=e.escapeExpression,i=e.lookupProperty||function(g,y){if(Object.prototype.hasOwnProperty.call(g,y))return g[y]};return((n=(r=(r=i(u,"marker")||(l!=null?i(l,"marker"):l))!=null?r:s,typeof r===t?r.call(o,{name:"marker",hash:{},data:a,loc:{start:{line:1,column:0},end:{line:1,column:12}}}):r))!=null?n:"")+`
## `+((n=i(u,"if").call(o,l!=null?i(l,"passed"):l,{name:"if",hash:{},fn:e.program(0,a,0),inverse:e.program(1,a,0),data:a,loc:{start:{line:2,column:3},end:{line:2,column:34}}}))!=null?n:"")+" archgate \u2014 "+c((i(u,"text")||l&&i(l,"text")||s).call(o,l!=null?i(l,"docSet"):l,{name:"text",hash:{},data:a,loc:{start:{line:2,column:46},end:{line:2,column:61}}}))+": "+((n=i(u,"if").call(o,l!=null?i(l,"passed"):l,{name:"if",hash:{},fn:e.program(2,a,0),inverse:e.program(3,a,0),data:a,loc:{start:{line:2,column:63},end:{line:2,column:100}}}))!=null?n:"")+`

**`+c((r=(r=i(u,"blocking")||(l!=null?i(l,"blocking"):l))!=null?r:s,typeof r===t?r.call(o,{name:"blocking",hash:{},data:a,loc:{start:{line:4,column:2},end:{line:4,column:14}}}):r))+"** ("+c((r=(r=i(u,"gate")||(l!=null?i(l,"gate"):l))!=null?r:s,typeof r===t?r.call(o,{name:"gate",hash:{},data:a,loc:{start:{line:4,column:18},end:{line:4,column:26}}}):r))+")."+((n=i(u,"if").call(o,l!=null?i(l,"commit"):l,{name:"if",hash:{},fn:e.program(4,a,0),inverse:e.noop,data:a,loc:{start:{line:4,column:28},end:{line:4,column:155}}}))!=null?n:"")+`

`+((n=i(u,"if").call(o,l!=null?i(l,"hasFindings"):l,{name:"if",hash:{},fn:e.program(7,a,0),inverse:e.program(8,a,0),data:a,loc:{start:{line:6,column:0},end:{line:6,column:117}}}))!=null?n:"")+((n=i(u,"if").call(o,(n=(n=l!=null?i(l,"summary"):l)!=null?i(n,"nfr"):n)!=null?i(n,"total"):n,{name:"if",hash:{},fn:e.program(9,a,0),inverse:e.noop,data:a,loc:{start:{line:6,column:117},end:{line:6,column:223}}}))!=null?n:"")+`.
`+((n=i(u,"each").call(o,l!=null?i(l,"notes"):l,{name:"each",hash:{},fn:e.program(10,a,0),inverse:e.noop,data:a,loc:{start:{line:7,column:0},end:{line:10,column:9}}}))!=null?n:"")+((n=i(u,"if").call(o,(n=l!=null?i(l,"errors"):l)!=null?i(n,"total"):n,{name:"if",hash:{},fn:e.program(11,a,0),inverse:e.noop,data:a,loc:{start:{line:11,column:0},end:{line:37,column:7}}}))!=null?n:"")+((n=i(u,"if").call(o,(n=l!=null?i(l,"warnings"):l)!=null?i(n,"total"):n,{name:"if",hash:{},fn:e.program(17,a,0),inverse:e.noop,data:a,loc:{start:{line:38,column:0},end:{line:52,column:7}}}))!=null?n:"")+((n=i(u,"if").call(o,(n=(n=l!=null?i(l,"summary"):l)!=null?i(n,"nfr"):n)!=null?i(n,"total"):n,{name:"if",hash:{},fn:e.program(19,a,0),inverse:e.noop,data:a,loc:{start:{line:53,column:0},end:{line:74,column:7}}}))!=null?n:"")+((n=i(u,"if").call(o,l!=null?i(l,"traceability"):l,{name:"if",hash:{},fn:e.program(24,a,0),inverse:e.noop,data:a,loc:{start:{line:75,column:0},end:{line:84,column:7}}}))!=null?n:"")+((n=i(u,"if").call(o,(n=l!=null?i(l,"fixed"):l)!=null?i(n,"total"):n,{name:"if",hash:{},fn:e.program(25,a,0),inverse:e.noop,data:a,loc:{start:{line:85,column:0},end:{line:98,column:7}}}))!=null?n:"")+((n=i(u,"if").call(o,l!=null?i(l,"baseline"):l,{name:"if",hash:{},fn:e.program(28,a,0),inverse:e.noop,data:a,loc:{start:{line:99,column:0},end:{line:102,column:7}}}))!=null?n:"")+((n=i(u,"if").call(o,l!=null?i(l,"patch"):l,{name:"if",hash:{},fn:e.program(29,a,0),inverse:e.noop,data:a,loc:{start:{line:103,column:0},end:{line:112,column:7}}}))!=null?n:"")+((n=i(u,"if").call(o,l!=null?i(l,"patchHidden"):l,{name:"if",hash:{},fn:e.program(30,a,0),inverse:e.noop,data:a,loc:{start:{line:113,column:0},end:{line:116,column:7}}}))!=null?n:"")+`
<sub>archgate `+c((r=(r=i(u,"version")||(l!=null?i(l,"version"):l))!=null?r:s,typeof r===t?r.call(o,{name:"version",hash:{},data:a,loc:{start:{line:118,column:14},end:{line:118,column:25}}}):r))+` \xB7 [rules](https://github.com/archgate/archgate/blob/main/docs/rules/README.md)</sub>
`},useData:!0}],[`## {{#if passed}}\u2705{{else}}\u274C{{/if}} archgate \u2014 {{text docSet}}: {{#if passed}}pass{{else}}fail{{/if}}

**{{blocking}}** ({{gate}}).{{#if commit}} Commit judged: {{#if commit.url}}[\`{{commit.short}}\`]({{{commit.url}}}){{else}}\`{{commit.short}}\`{{/if}}.{{/if}}

{{#if hasFindings}}{{plural summary.errors "error"}}, {{plural summary.warnings "warning"}}{{else}}No findings{{/if}}{{#if summary.nfr.total}} \xB7 {{plural summary.nfr.total "NFR"}} {{coverage.bar}} {{coverage.legend}}{{/if}}.
{{#each notes}}

> {{{this}}}
{{/each}}
{{#if errors.total}}

### \u274C {{plural errors.total "error"}}

{{#each errors.shown}}
- {{#if isNew}}**new** {{/if}}{{text message}} {{{link}}}<br>
  **Fix:** {{text fix}} <sub>\`{{rule}}\`</sub>
{{/each}}
{{#if errors.hidden}}

_{{plural errors.hidden "more error"}} not shown here (GitHub keeps at most 1 MiB of job summary): the JSON report (the \`report-path\` output) and \`archgate check\` have them all._
{{/if}}
{{/if}}
{{#if warnings.total}}

### \u26A0\uFE0F {{plural warnings.total "warning"}}

{{#each warnings.shown}}
- {{#if isNew}}**new** {{/if}}{{text message}} {{{link}}}<br>
  **Fix:** {{text fix}} <sub>\`{{rule}}\`</sub>
{{/each}}
{{#if warnings.hidden}}

_{{plural warnings.hidden "more warning"}} not shown here (GitHub keeps at most 1 MiB of job summary): the JSON report (the \`report-path\` output) and \`archgate check\` have them all._
{{/if}}
{{/if}}
{{#if summary.nfr.total}}

### \u{1F4CA} NFR coverage

{{plural summary.nfr.total "NFR"}}: {{summary.nfr.covered}} covered, {{summary.nfr.implied}} implied, {{summary.nfr.uncovered}} uncovered, {{summary.nfr.waived}} waived.
{{#if coverage.rows.length}}

| NFR | Title | Category | Status | Where |
|---|---|---|---|---|
{{#each coverage.rows}}
| {{text id}} | {{text title}} | {{text category}} | {{statusIcon}} {{status}}{{#if baseline}} ({{baseline}}){{/if}} | {{{where}}} |
{{/each}}
{{/if}}
{{#if coverage.hidden}}

_{{plural coverage.hidden "more row"}} not shown here (GitHub keeps at most 1 MiB of job summary): the JSON report (the \`report-path\` output) and \`archgate check\` have them all._
{{/if}}

\`\`\`mermaid
{{{coverage.pie}}}
\`\`\`
{{/if}}
{{#if traceability}}

### \u{1F517} Traceability

{{{traceabilityFence}}}mermaid
{{{traceability}}}
{{{traceabilityFence}}}
{{/if}}
{{#if fixed.total}}

### \u2705 {{plural fixed.total "finding"}} fixed since the base commit

{{#each fixed.shown}}
- {{text message}} {{{place}}} <sub>\`{{rule}}\`</sub>
{{/each}}
{{#if fixed.hidden}}

_{{fixed.hidden}} more not shown here: the JSON report has them all._
{{/if}}
{{/if}}
{{#if baseline}}

Compared with the base commit \`{{baseline.base}}\`: {{summary.newFindings}} new, {{summary.fixedFindings}} fixed.
{{/if}}
{{#if patch}}

### Patch

archgate could not push to this branch; the pull request comment has this patch too. Apply it to regenerate the diagram blocks:

{{{patchFence}}}diff
{{{patch}}}
{{{patchFence}}}
{{/if}}
{{#if patchHidden}}

_The patch that regenerates the diagram blocks is too long for the job summary: run \`archgate check --fix\` and commit the result._
{{/if}}

<sub>archgate {{version}} \xB7 [rules](https://github.com/archgate/archgate/blob/main/docs/rules/README.md)</sub>
`,{0:function(e,l,u,m,a){return"\u2705"},1:function(e,l,u,m,a){return"\u274C"},2:function(e,l,u,m,a){return"pass"},3:function(e,l,u,m,a){return"fail"},4:function(e,l,u,m,a){var n,r=e.lookupProperty||function(o,s){if(Object.prototype.hasOwnProperty.call(o,s))return o[s]};return" Commit judged: "+((n=r(u,"if").call(l??(e.nullContext||{}),(n=l!=null?r(l,"commit"):l)!=null?r(n,"url"):n,{name:"if",hash:{},fn:e.program(5,a,0),inverse:e.program(6,a,0),data:a,loc:{start:{line:3,column:58},end:{line:3,column:147}}}))!=null?n:"")+"."},5:function(e,l,u,m,a){var n,r=e.lambda,o=e.lookupProperty||function(s,t){if(Object.prototype.hasOwnProperty.call(s,t))return s[t]};return"[`"+e.escapeExpression(r((n=l!=null?o(l,"commit"):l)!=null?o(n,"short"):n,l))+"`]("+((n=r((n=l!=null?o(l,"commit"):l)!=null?o(n,"url"):n,l))!=null?n:"")+")"},6:function(e,l,u,m,a){var n,r=e.lookupProperty||function(o,s){if(Object.prototype.hasOwnProperty.call(o,s))return o[s]};return"`"+e.escapeExpression(e.lambda((n=l!=null?r(l,"commit"):l)!=null?r(n,"short"):n,l))+"`"},7:function(e,l,u,m,a){var n,r=l??(e.nullContext||{}),o=e.hooks.helperMissing,s=e.escapeExpression,t=e.lookupProperty||function(c,i){if(Object.prototype.hasOwnProperty.call(c,i))return c[i]};return s((t(u,"plural")||l&&t(l,"plural")||o).call(r,(n=l!=null?t(l,"summary"):l)!=null?t(n,"errors"):n,"error",{name:"plural",hash:{},data:a,loc:{start:{line:5,column:19},end:{line:5,column:52}}}))+", "+s((t(u,"plural")||l&&t(l,"plural")||o).call(r,(n=l!=null?t(l,"summary"):l)!=null?t(n,"warnings"):n,"warning",{name:"plural",hash:{},data:a,loc:{start:{line:5,column:54},end:{line:5,column:91}}}))},8:function(e,l,u,m,a){return"No findings"},9:function(e,l,u,m,a){var n,r=e.escapeExpression,o=e.lambda,s=e.lookupProperty||function(t,c){if(Object.prototype.hasOwnProperty.call(t,c))return t[c]};return" \xB7 "+r((s(u,"plural")||l&&s(l,"plural")||e.hooks.helperMissing).call(l??(e.nullContext||{}),(n=(n=l!=null?s(l,"summary"):l)!=null?s(n,"nfr"):n)!=null?s(n,"total"):n,"NFR",{name:"plural",hash:{},data:a,loc:{start:{line:5,column:145},end:{line:5,column:179}}}))+" "+r(o((n=l!=null?s(l,"coverage"):l)!=null?s(n,"bar"):n,l))+" "+r(o((n=l!=null?s(l,"coverage"):l)!=null?s(n,"legend"):n,l))},10:function(e,l,u,m,a){var n;return`
> `+((n=e.lambda(l,l))!=null?n:"")+`
`},11:function(e,l,u,m,a){var n,r=l??(e.nullContext||{}),o=e.lookupProperty||function(s,t){if(Object.prototype.hasOwnProperty.call(s,t))return s[t]};return`
### \u274C `+e.escapeExpression((o(u,"plural")||l&&o(l,"plural")||e.hooks.helperMissing).call(r,(n=l!=null?o(l,"errors"):l)!=null?o(n,"total"):n,"error",{name:"plural",hash:{},data:a,loc:{start:{line:12,column:6},end:{line:12,column:37}}}))+`

`+((n=o(u,"each").call(r,(n=l!=null?o(l,"errors"):l)!=null?o(n,"shown"):n,{name:"each",hash:{},fn:e.program(12,a,0),inverse:e.noop,data:a,loc:{start:{line:14,column:0},end:{line:17,column:9}}}))!=null?n:"")+((n=o(u,"if").call(r,(n=l!=null?o(l,"errors"):l)!=null?o(n,"hidden"):n,{name:"if",hash:{},fn:e.program(14,a,0),inverse:e.noop,data:a,loc:{start:{line:18,column:0},end:{line:21,column:7}}}))!=null?n:"")},12:function(e,l,u,m,a){var n,r,o=l??(e.nullContext||{}),s=e.hooks.helperMissing,t=e.escapeExpression,c="function",i=e.lookupProperty||function(g,y){if(Object.prototype.hasOwnProperty.call(g,y))return g[y]};return"- "+((n=i(u,"if").call(o,l!=null?i(l,"isNew"):l,{name:"if",hash:{},fn:e.program(13,a,0),inverse:e.noop,data:a,loc:{start:{line:15,column:2},end:{line:15,column:30}}}))!=null?n:"")+t((i(u,"text")||l&&i(l,"text")||s).call(o,l!=null?i(l,"message"):l,{name:"text",hash:{},data:a,loc:{start:{line:15,column:30},end:{line:15,column:46}}}))+" "+((n=(r=(r=i(u,"link")||(l!=null?i(l,"link"):l))!=null?r:s,typeof r===c?r.call(o,{name:"link",hash:{},data:a,loc:{start:{line:15,column:47},end:{line:15,column:57}}}):r))!=null?n:"")+`<br>
  **Fix:** `+t((i(u,"text")||l&&i(l,"text")||s).call(o,l!=null?i(l,"fix"):l,{name:"text",hash:{},data:a,loc:{start:{line:16,column:11},end:{line:16,column:23}}}))+" <sub>`"+t((r=(r=i(u,"rule")||(l!=null?i(l,"rule"):l))!=null?r:s,typeof r===c?r.call(o,{name:"rule",hash:{},data:a,loc:{start:{line:16,column:30},end:{line:16,column:38}}}):r))+"`</sub>\n"},13:function(e,l,u,m,a){return"**new** "},14:function(e,l,u,m,a){var n,r=e.lookupProperty||function(o,s){if(Object.prototype.hasOwnProperty.call(o,s))return o[s]};return`
_`+e.escapeExpression((r(u,"plural")||l&&r(l,"plural")||e.hooks.helperMissing).call(l??(e.nullContext||{}),(n=l!=null?r(l,"errors"):l)!=null?r(n,"hidden"):n,"more error",{name:"plural",hash:{},data:a,loc:{start:{line:20,column:1},end:{line:20,column:38}}}))+" not shown here (GitHub keeps at most 1 MiB of job summary): the JSON report (the `report-path` output) and `archgate check` have them all._\n"},15:function(e,l,u,m,a){var n,r=l??(e.nullContext||{}),o=e.lookupProperty||function(s,t){if(Object.prototype.hasOwnProperty.call(s,t))return s[t]};return`
### \u26A0\uFE0F `+e.escapeExpression((o(u,"plural")||l&&o(l,"plural")||e.hooks.helperMissing).call(r,(n=l!=null?o(l,"warnings"):l)!=null?o(n,"total"):n,"warning",{name:"plural",hash:{},data:a,loc:{start:{line:25,column:7},end:{line:25,column:42}}}))+`

`+((n=o(u,"each").call(r,(n=l!=null?o(l,"warnings"):l)!=null?o(n,"shown"):n,{name:"each",hash:{},fn:e.program(12,a,0),inverse:e.noop,data:a,loc:{start:{line:27,column:0},end:{line:30,column:9}}}))!=null?n:"")+((n=o(u,"if").call(r,(n=l!=null?o(l,"warnings"):l)!=null?o(n,"hidden"):n,{name:"if",hash:{},fn:e.program(16,a,0),inverse:e.noop,data:a,loc:{start:{line:31,column:0},end:{line:34,column:7}}}))!=null?n:"")},16:function(e,l,u,m,a){var n,r=e.lookupProperty||function(o,s){if(Object.prototype.hasOwnProperty.call(o,s))return o[s]};return`
_`+e.escapeExpression((r(u,"plural")||l&&r(l,"plural")||e.hooks.helperMissing).call(l??(e.nullContext||{}),(n=l!=null?r(l,"warnings"):l)!=null?r(n,"hidden"):n,"more warning",{name:"plural",hash:{},data:a,loc:{start:{line:33,column:1},end:{line:33,column:42}}}))+" not shown here (GitHub keeps at most 1 MiB of job summary): the JSON report (the `report-path` output) and `archgate check` have them all._\n"},17:function(e,l,u,m,a){var n,r=l??(e.nullContext||{}),o=e.escapeExpression,s=e.lambda,t=e.lookupProperty||function(c,i){if(Object.prototype.hasOwnProperty.call(c,i))return c[i]};return`
### \u{1F4CA} NFR coverage

`+o((t(u,"plural")||l&&t(l,"plural")||e.hooks.helperMissing).call(r,(n=(n=l!=null?t(l,"summary"):l)!=null?t(n,"nfr"):n)!=null?t(n,"total"):n,"NFR",{name:"plural",hash:{},data:a,loc:{start:{line:40,column:0},end:{line:40,column:34}}}))+": "+o(s((n=(n=l!=null?t(l,"summary"):l)!=null?t(n,"nfr"):n)!=null?t(n,"covered"):n,l))+" covered, "+o(s((n=(n=l!=null?t(l,"summary"):l)!=null?t(n,"nfr"):n)!=null?t(n,"implied"):n,l))+" implied, "+o(s((n=(n=l!=null?t(l,"summary"):l)!=null?t(n,"nfr"):n)!=null?t(n,"uncovered"):n,l))+" uncovered, "+o(s((n=(n=l!=null?t(l,"summary"):l)!=null?t(n,"nfr"):n)!=null?t(n,"waived"):n,l))+` waived.
`+((n=t(u,"if").call(r,(n=(n=l!=null?t(l,"coverage"):l)!=null?t(n,"rows"):n)!=null?t(n,"length"):n,{name:"if",hash:{},fn:e.program(18,a,0),inverse:e.noop,data:a,loc:{start:{line:41,column:0},end:{line:48,column:7}}}))!=null?n:"")+((n=t(u,"if").call(r,(n=l!=null?t(l,"coverage"):l)!=null?t(n,"hidden"):n,{name:"if",hash:{},fn:e.program(21,a,0),inverse:e.noop,data:a,loc:{start:{line:49,column:0},end:{line:52,column:7}}}))!=null?n:"")+"\n```mermaid\n"+((n=s((n=l!=null?t(l,"coverage"):l)!=null?t(n,"pie"):n,l))!=null?n:"")+"\n```\n"},18:function(e,l,u,m,a){var n,r=e.lookupProperty||function(o,s){if(Object.prototype.hasOwnProperty.call(o,s))return o[s]};return`
| NFR | Title | Category | Status | Where |
|---|---|---|---|---|
`+((n=r(u,"each").call(l??(e.nullContext||{}),(n=l!=null?r(l,"coverage"):l)!=null?r(n,"rows"):n,{name:"each",hash:{},fn:e.program(19,a,0),inverse:e.noop,data:a,loc:{start:{line:45,column:0},end:{line:47,column:9}}}))!=null?n:"")},19:function(e,l,u,m,a){var n,r,o=l??(e.nullContext||{}),s=e.hooks.helperMissing,t=e.escapeExpression,c="function",i=e.lookupProperty||function(g,y){if(Object.prototype.hasOwnProperty.call(g,y))return g[y]};return"| "+t((i(u,"text")||l&&i(l,"text")||s).call(o,l!=null?i(l,"id"):l,{name:"text",hash:{},data:a,loc:{start:{line:46,column:2},end:{line:46,column:13}}}))+" | "+t((i(u,"text")||l&&i(l,"text")||s).call(o,l!=null?i(l,"title"):l,{name:"text",hash:{},data:a,loc:{start:{line:46,column:16},end:{line:46,column:30}}}))+" | "+t((i(u,"text")||l&&i(l,"text")||s).call(o,l!=null?i(l,"category"):l,{name:"text",hash:{},data:a,loc:{start:{line:46,column:33},end:{line:46,column:50}}}))+" | "+t((r=(r=i(u,"statusIcon")||(l!=null?i(l,"statusIcon"):l))!=null?r:s,typeof r===c?r.call(o,{name:"statusIcon",hash:{},data:a,loc:{start:{line:46,column:53},end:{line:46,column:67}}}):r))+" "+t((r=(r=i(u,"status")||(l!=null?i(l,"status"):l))!=null?r:s,typeof r===c?r.call(o,{name:"status",hash:{},data:a,loc:{start:{line:46,column:68},end:{line:46,column:78}}}):r))+((n=i(u,"if").call(o,l!=null?i(l,"baseline"):l,{name:"if",hash:{},fn:e.program(20,a,0),inverse:e.noop,data:a,loc:{start:{line:46,column:78},end:{line:46,column:116}}}))!=null?n:"")+" | "+((n=(r=(r=i(u,"where")||(l!=null?i(l,"where"):l))!=null?r:s,typeof r===c?r.call(o,{name:"where",hash:{},data:a,loc:{start:{line:46,column:119},end:{line:46,column:130}}}):r))!=null?n:"")+` |
`},20:function(e,l,u,m,a){var n,r=e.lookupProperty||function(o,s){if(Object.prototype.hasOwnProperty.call(o,s))return o[s]};return" ("+e.escapeExpression((n=(n=r(u,"baseline")||(l!=null?r(l,"baseline"):l))!=null?n:e.hooks.helperMissing,typeof n=="function"?n.call(l??(e.nullContext||{}),{name:"baseline",hash:{},data:a,loc:{start:{line:46,column:96},end:{line:46,column:108}}}):n))+")"},21:function(e,l,u,m,a){var n,r=e.lookupProperty||function(o,s){if(Object.prototype.hasOwnProperty.call(o,s))return o[s]};return`
_`+e.escapeExpression((r(u,"plural")||l&&r(l,"plural")||e.hooks.helperMissing).call(l??(e.nullContext||{}),(n=l!=null?r(l,"coverage"):l)!=null?r(n,"hidden"):n,"more row",{name:"plural",hash:{},data:a,loc:{start:{line:51,column:1},end:{line:51,column:38}}}))+" not shown here (GitHub keeps at most 1 MiB of job summary): the JSON report (the `report-path` output) and `archgate check` have them all._\n"},22:function(e,l,u,m,a){var n,r,o=l??(e.nullContext||{}),s=e.hooks.helperMissing,t="function",c=e.lookupProperty||function(i,g){if(Object.prototype.hasOwnProperty.call(i,g))return i[g]};return`
### \u{1F517} Traceability

`+((n=(r=(r=c(u,"traceabilityFence")||(l!=null?c(l,"traceabilityFence"):l))!=null?r:s,typeof r===t?r.call(o,{name:"traceabilityFence",hash:{},data:a,loc:{start:{line:62,column:0},end:{line:62,column:23}}}):r))!=null?n:"")+`mermaid
`+((n=(r=(r=c(u,"traceability")||(l!=null?c(l,"traceability"):l))!=null?r:s,typeof r===t?r.call(o,{name:"traceability",hash:{},data:a,loc:{start:{line:63,column:0},end:{line:63,column:18}}}):r))!=null?n:"")+`
`+((n=(r=(r=c(u,"traceabilityFence")||(l!=null?c(l,"traceabilityFence"):l))!=null?r:s,typeof r===t?r.call(o,{name:"traceabilityFence",hash:{},data:a,loc:{start:{line:64,column:0},end:{line:64,column:23}}}):r))!=null?n:"")+`
`},23:function(e,l,u,m,a){var n,r=l??(e.nullContext||{}),o=e.lookupProperty||function(s,t){if(Object.prototype.hasOwnProperty.call(s,t))return s[t]};return`
### \u2705 `+e.escapeExpression((o(u,"plural")||l&&o(l,"plural")||e.hooks.helperMissing).call(r,(n=l!=null?o(l,"fixed"):l)!=null?o(n,"total"):n,"finding",{name:"plural",hash:{},data:a,loc:{start:{line:68,column:6},end:{line:68,column:38}}}))+` fixed since the base commit

`+((n=o(u,"each").call(r,(n=l!=null?o(l,"fixed"):l)!=null?o(n,"shown"):n,{name:"each",hash:{},fn:e.program(24,a,0),inverse:e.noop,data:a,loc:{start:{line:70,column:0},end:{line:72,column:9}}}))!=null?n:"")+((n=o(u,"if").call(r,(n=l!=null?o(l,"fixed"):l)!=null?o(n,"hidden"):n,{name:"if",hash:{},fn:e.program(25,a,0),inverse:e.noop,data:a,loc:{start:{line:73,column:0},end:{line:76,column:7}}}))!=null?n:"")},24:function(e,l,u,m,a){var n,r,o=l??(e.nullContext||{}),s=e.hooks.helperMissing,t=e.escapeExpression,c="function",i=e.lookupProperty||function(g,y){if(Object.prototype.hasOwnProperty.call(g,y))return g[y]};return"- "+t((i(u,"text")||l&&i(l,"text")||s).call(o,l!=null?i(l,"message"):l,{name:"text",hash:{},data:a,loc:{start:{line:71,column:2},end:{line:71,column:18}}}))+" "+((n=(r=(r=i(u,"place")||(l!=null?i(l,"place"):l))!=null?r:s,typeof r===c?r.call(o,{name:"place",hash:{},data:a,loc:{start:{line:71,column:19},end:{line:71,column:30}}}):r))!=null?n:"")+" <sub>`"+t((r=(r=i(u,"rule")||(l!=null?i(l,"rule"):l))!=null?r:s,typeof r===c?r.call(o,{name:"rule",hash:{},data:a,loc:{start:{line:71,column:37},end:{line:71,column:45}}}):r))+"`</sub>\n"},25:function(e,l,u,m,a){var n,r=e.lookupProperty||function(o,s){if(Object.prototype.hasOwnProperty.call(o,s))return o[s]};return`
_`+e.escapeExpression(e.lambda((n=l!=null?r(l,"fixed"):l)!=null?r(n,"hidden"):n,l))+` more not shown here: the JSON report has them all._
`},26:function(e,l,u,m,a){var n,r=e.lambda,o=e.escapeExpression,s=e.lookupProperty||function(t,c){if(Object.prototype.hasOwnProperty.call(t,c))return t[c]};return"\nCompared with the base commit `"+o(r((n=l!=null?s(l,"baseline"):l)!=null?s(n,"base"):n,l))+"`: "+o(r((n=l!=null?s(l,"summary"):l)!=null?s(n,"newFindings"):n,l))+" new, "+o(r((n=l!=null?s(l,"summary"):l)!=null?s(n,"fixedFindings"):n,l))+` fixed.
`},27:function(e,l,u,m,a){var n,r,o=l??(e.nullContext||{}),s=e.hooks.helperMissing,t="function",c=e.lookupProperty||function(i,g){if(Object.prototype.hasOwnProperty.call(i,g))return i[g]};return`
### Patch

archgate could not push to this branch; the pull request comment has this patch too. Apply it to regenerate the diagram blocks:

`+((n=(r=(r=c(u,"patchFence")||(l!=null?c(l,"patchFence"):l))!=null?r:s,typeof r===t?r.call(o,{name:"patchFence",hash:{},data:a,loc:{start:{line:88,column:0},end:{line:88,column:16}}}):r))!=null?n:"")+`diff
`+((n=(r=(r=c(u,"patch")||(l!=null?c(l,"patch"):l))!=null?r:s,typeof r===t?r.call(o,{name:"patch",hash:{},data:a,loc:{start:{line:89,column:0},end:{line:89,column:11}}}):r))!=null?n:"")+`
`+((n=(r=(r=c(u,"patchFence")||(l!=null?c(l,"patchFence"):l))!=null?r:s,typeof r===t?r.call(o,{name:"patchFence",hash:{},data:a,loc:{start:{line:90,column:0},end:{line:90,column:16}}}):r))!=null?n:"")+`
`},28:function(e,l,u,m,a){return"\n_The patch that regenerates the diagram blocks is too long for the job summary: run `archgate check --fix` and commit the result._\n"},compiler:[8,">= 4.3.0"],main:function(e,l,u,m,a){var n,r,o=l??(e.nullContext||{}),s=e.hooks.helperMissing,t=e.escapeExpression,c="function",i=e.lookupProperty||function(g,y){if(Object.prototype.hasOwnProperty.call(g,y))return g[y]};return"## "+((n=i(u,"if").call(o,l!=null?i(l,"passed"):l,{name:"if",hash:{},fn:e.program(0,a,0),inverse:e.program(1,a,0),data:a,loc:{start:{line:1,column:3},end:{line:1,column:34}}}))!=null?n:"")+" archgate \u2014 "+t((i(u,"text")||l&&i(l,"text")||s).call(o,l!=null?i(l,"docSet"):l,{name:"text",hash:{},data:a,loc:{start:{line:1,column:46},end:{line:1,column:61}}}))+": "+((n=i(u,"if").call(o,l!=null?i(l,"passed"):l,{name:"if",hash:{},fn:e.program(2,a,0),inverse:e.program(3,a,0),data:a,loc:{start:{line:1,column:63},end:{line:1,column:100}}}))!=null?n:"")+`

**`+t((r=(r=i(u,"blocking")||(l!=null?i(l,"blocking"):l))!=null?r:s,typeof r===c?r.call(o,{name:"blocking",hash:{},data:a,loc:{start:{line:3,column:2},end:{line:3,column:14}}}):r))+"** ("+t((r=(r=i(u,"gate")||(l!=null?i(l,"gate"):l))!=null?r:s,typeof r===c?r.call(o,{name:"gate",hash:{},data:a,loc:{start:{line:3,column:18},end:{line:3,column:26}}}):r))+")."+((n=i(u,"if").call(o,l!=null?i(l,"commit"):l,{name:"if",hash:{},fn:e.program(4,a,0),inverse:e.noop,data:a,loc:{start:{line:3,column:28},end:{line:3,column:155}}}))!=null?n:"")+`

`+((n=i(u,"if").call(o,l!=null?i(l,"hasFindings"):l,{name:"if",hash:{},fn:e.program(7,a,0),inverse:e.program(8,a,0),data:a,loc:{start:{line:5,column:0},end:{line:5,column:117}}}))!=null?n:"")+((n=i(u,"if").call(o,(n=(n=l!=null?i(l,"summary"):l)!=null?i(n,"nfr"):n)!=null?i(n,"total"):n,{name:"if",hash:{},fn:e.program(9,a,0),inverse:e.noop,data:a,loc:{start:{line:5,column:117},end:{line:5,column:223}}}))!=null?n:"")+`.
`+((n=i(u,"each").call(o,l!=null?i(l,"notes"):l,{name:"each",hash:{},fn:e.program(10,a,0),inverse:e.noop,data:a,loc:{start:{line:6,column:0},end:{line:9,column:9}}}))!=null?n:"")+((n=i(u,"if").call(o,(n=l!=null?i(l,"errors"):l)!=null?i(n,"total"):n,{name:"if",hash:{},fn:e.program(11,a,0),inverse:e.noop,data:a,loc:{start:{line:10,column:0},end:{line:22,column:7}}}))!=null?n:"")+((n=i(u,"if").call(o,(n=l!=null?i(l,"warnings"):l)!=null?i(n,"total"):n,{name:"if",hash:{},fn:e.program(15,a,0),inverse:e.noop,data:a,loc:{start:{line:23,column:0},end:{line:35,column:7}}}))!=null?n:"")+((n=i(u,"if").call(o,(n=(n=l!=null?i(l,"summary"):l)!=null?i(n,"nfr"):n)!=null?i(n,"total"):n,{name:"if",hash:{},fn:e.program(17,a,0),inverse:e.noop,data:a,loc:{start:{line:36,column:0},end:{line:57,column:7}}}))!=null?n:"")+((n=i(u,"if").call(o,l!=null?i(l,"traceability"):l,{name:"if",hash:{},fn:e.program(22,a,0),inverse:e.noop,data:a,loc:{start:{line:58,column:0},end:{line:65,column:7}}}))!=null?n:"")+((n=i(u,"if").call(o,(n=l!=null?i(l,"fixed"):l)!=null?i(n,"total"):n,{name:"if",hash:{},fn:e.program(23,a,0),inverse:e.noop,data:a,loc:{start:{line:66,column:0},end:{line:77,column:7}}}))!=null?n:"")+((n=i(u,"if").call(o,l!=null?i(l,"baseline"):l,{name:"if",hash:{},fn:e.program(26,a,0),inverse:e.noop,data:a,loc:{start:{line:78,column:0},end:{line:81,column:7}}}))!=null?n:"")+((n=i(u,"if").call(o,l!=null?i(l,"patch"):l,{name:"if",hash:{},fn:e.program(27,a,0),inverse:e.noop,data:a,loc:{start:{line:82,column:0},end:{line:91,column:7}}}))!=null?n:"")+((n=i(u,"if").call(o,l!=null?i(l,"patchHidden"):l,{name:"if",hash:{},fn:e.program(28,a,0),inverse:e.noop,data:a,loc:{start:{line:92,column:0},end:{line:95,column:7}}}))!=null?n:"")+`
<sub>archgate `+t((r=(r=i(u,"version")||(l!=null?i(l,"version"):l))!=null?r:s,typeof r===c?r.call(o,{name:"version",hash:{},data:a,loc:{start:{line:97,column:14},end:{line:97,column:25}}}):r))+` \xB7 [rules](https://github.com/archgate/archgate/blob/main/docs/rules/README.md)</sub>
`},useData:!0}]]);var L=65536,B=1024*1024,G=H.default;function x(e){return String(e??"").replace(/&/g,"&amp;").replace(/</g,"&lt;").replace(/>/g,"&gt;").replace(/@(?=[\w-])/g,"@\u200B").replace(/\|/g,"\\|").replace(/(?<![^\S\n])[^\S\n]*\n\s*/g," ")}var p=(e,l)=>`${e} ${l}${e===1?"":"s"}`;function U(e){return e.replace(/#(?=\d)/g,"#\u200B").replace(/:(?=[\w+-]{1,64}:)/g,":\u200B").replace(/\[/g,"&#91;").replace(/\]/g,"&#93;").replace(/[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g,l=>`U+${l.codePointAt(0).toString(16).toUpperCase().padStart(4,"0")}`)}var h=e=>U(x(e));function $(e){return e.registerHelper("text",l=>new e.SafeString(h(l))),e.unregisterHelper("log"),e.registerHelper("eq",(l,u)=>l===u),e.registerHelper("plural",(l,u)=>p(l,u)),e}var N=$(G.create()),W={covered:"\u{1F7E2}",implied:"\u{1F7E1}",uncovered:"\u{1F534}",waived:"\u26AA"},P=["uncovered","implied","waived","covered"],q={covered:"\u{1F7E9}",implied:"\u{1F7E8}",uncovered:"\u{1F7E5}",waived:"\u2B1C"},k=10,A=["covered","implied","waived","uncovered"],R=10,V={uncovered:"#cf222e",implied:"#d4a72c",waived:"#8c959f",covered:"#2da44e"};function Y(e,l){return e.status==="covered"?e.citations.slice(0,3).map(u=>l(u.file,u.line)).join(", ")+(e.citations.length>3?` +${e.citations.length-3}`:""):e.status==="implied"&&e.implied?`${l(e.implied.file,e.implied.line)} (${h(e.implied.reason)})`:e.status==="waived"&&e.waiver?`waived: ${h(e.waiver.reason)}${e.waiver.expires?` (until ${h(e.waiver.expires)})`:""}`:e.suggestions?e.suggestions.length?`not cited; seems addressed at ${e.suggestions.map(u=>l(u.file,u.line)).join(", ")}`:"not cited; nothing resembles it":"\u2014"}function z(e){return Math.max(0,...[...e.matchAll(/`+/g)].map(l=>l[0].length))}var S=e=>"`".repeat(Math.max(3,z(e)+1)),K={noEscape:!1,strict:!1,knownHelpers:{log:!1}},_=null;async function il(e){let l=M.get(e);return l?N.template(l):(_??=import("./lib-65HZLLCM.js").then(({default:u})=>$(u.create())),(await _).compile(e,K))}function Q(e,l){if(!l)return"";let u=P.filter(r=>e[r]>0),m=Object.fromEntries(u.map(r=>[r,Math.max(1,Math.floor(e[r]*k/l))])),a=u.reduce((r,o)=>r+m[o],0),n=[...u].sort((r,o)=>e[o]*k%l-e[r]*k%l);for(let r=0;a<k;r++,a++)m[n[r%n.length]]++;for(;a>k;){let r=u.reduce((o,s)=>m[s]>m[o]?s:o);m[r]--,a--}return A.map(r=>q[r].repeat(m[r]??0)).join("")}function X(e){let l=P.filter(a=>e[a]>0),u=Object.fromEntries(l.map((a,n)=>[`pie${n+1}`,V[a]]));return[`%%{init: ${JSON.stringify({theme:"base",themeVariables:{...u,pieStrokeColor:"#ffffff",pieOuterStrokeWidth:"0px",pieSectionTextColor:"#ffffff"}})}}%%`,"pie showData",...l.map(a=>`  "${a}" : ${e[a]}`)].join(`
`)}var T=e=>[...e].sort((l,u)=>+(u.baseline==="new")-+(l.baseline==="new"));function Z(e){let{blocking:l,blockingElsewhere:u=0}=e.summary,m=u?p(u,"finding")+" about a file it shares, shown under another doc set":"";if(!l.errors&&!l.warnings)return m?`Blocking the merge: ${m}`:"Nothing blocks the merge";let a=[];for(let[n,r,o]of[["error",l.errors,l.newErrors],["warning",l.warnings,l.newWarnings]]){if(o===void 0){r&&a.push(p(r,n));continue}o&&a.push(p(o,`new ${n}`)),r-o&&a.push(p(r-o,`existing ${n}`))}return`Blocking the merge: ${[...a,...m?[m]:[]].join(", ")}`}function ll(e,l,u,m){let a=(f,b)=>{let w=`\`${x(f).replace(/`/g,"")}:${b}\``;return u.blobUrl?`[${w}](${u.blobUrl(f,b)})`:w},n=f=>`\`${x(f.file).replace(/`/g,"")}:${f.line}\``,r=f=>({...f,icon:f.severity==="error"?"\u274C":"\u26A0\uFE0F",link:a(f.file,f.line),isNew:f.baseline==="new",gating:j(e,f)}),o=T(l.findings.filter(f=>f.severity==="error")),s=T(l.findings.filter(f=>f.severity==="warning")),{summary:t}=l,c=t.nfr,i=l.coverage.filter(f=>f.kind==="nfr").sort((f,b)=>P.indexOf(f.status)-P.indexOf(b.status)),g=l.fixed??[],y=m.patch?u.patch:void 0,O=m.traceability?u.traceability:void 0,F=(f,b,w)=>({total:f.length,shown:f.slice(0,b).map(w),hidden:Math.max(0,f.length-b)});return{marker:u.marker,version:u.version,docSet:l.name,passed:t.result==="pass",failOn:e.failOn,failOnNewOnly:e.failOnNewOnly,blocking:Z(l),gate:C(e),commit:u.commit?{short:u.commit.sha.slice(0,7),url:u.commit.url}:null,summary:t,hasFindings:t.errors+t.warnings>0,errorCount:t.errors,warningCount:t.warnings,errors:(()=>{let f=F(o,m.errors,r),b=f.shown.slice(0,R);return{...f,leading:b,folded:f.shown.slice(R),beyondLeading:f.total-b.length}})(),warnings:F(s,m.warnings,r),baseline:e.baseline?{base:e.baseline,newFindings:t.newFindings??0,fixedFindings:t.fixedFindings??0}:null,fixed:F(g,m.fixed,f=>({...f,place:n(f)})),notes:[...u.notes,...(l.notices??[]).map(x)],coverage:{...c,bar:Q(c,c.total),legend:A.filter(f=>c[f]>0).map(f=>`${c[f]} ${f}`).join(", "),pie:c.total?X(c):"",rows:i.slice(0,m.rows).map(f=>({...f,category:f.category??"\u2014",statusIcon:W[f.status],where:Y(f,a)})),hidden:Math.max(0,i.length-m.rows)},traceability:O,traceabilityFence:O?S(O):"",patch:y,patchFence:y?S(y):"",patchHidden:!!u.patch&&!y}}function v(e,l){if(l(e))return e;let u=0,m=e;for(;u<m;){let a=Math.ceil((u+m)/2);l(a)?u=a:m=a-1}return u}var nl=e=>e.length,sl=e=>new TextEncoder().encode(e).length,tl=e=>Math.floor((B-16384)/Math.max(1,e));function cl(e,l,u,m,a=L-1e3,n=nl){let r={traceability:!!m.traceability,rows:u.summary.nfr.total,fixed:u.fixed?.length??0,warnings:u.summary.warnings,patch:!!m.patch,errors:u.summary.errors},o=()=>e(ll(l,u,m,r)),s=()=>n(o())<=a,t=[{lower:()=>r.traceability=!1},{lower:()=>r.rows=v(r.rows,i=>(r.rows=i,s()))},{lower:()=>r.fixed=v(r.fixed,i=>(r.fixed=i,s()))},{lower:()=>r.warnings=v(r.warnings,i=>(r.warnings=i,s()))},{lower:()=>r.patch=!1},{lower:()=>r.errors=v(r.errors,i=>(r.errors=i,s()))}];for(let i of t){if(s())break;i.lower()}let c=o();if(n(c)>a){let i=`

_(cut at ${a} characters)_
`;for(;n(c)+n(i)>a;)c=c.slice(0,Math.floor(c.length*.9));c+=i}return c}export{L as a,B as b,x as c,U as d,h as e,K as f,il as g,nl as h,sl as i,tl as j,cl as k};
