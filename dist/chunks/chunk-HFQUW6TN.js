import { createRequire as __archgateCreateRequire } from 'node:module'; const require = __archgateCreateRequire(import.meta.url);
function s(o){for(var f=[],c=1;c<arguments.length;c++)f[c-1]=arguments[c];var n=Array.from(typeof o=="string"?[o]:o);n[n.length-1]=n[n.length-1].replace(/\r?\n([\t ]*)$/,"");var d=n.reduce(function(t,u){var a=u.match(/\n([\t ]+|(?!\s).)/g);return a?t.concat(a.map(function(g){var r,e;return(e=(r=g.match(/[\t ]/g))===null||r===void 0?void 0:r.length)!==null&&e!==void 0?e:0})):t},[]);if(d.length){var h=new RegExp(`
[	 ]{`.concat(Math.min.apply(Math,d),"}"),"g");n=n.map(function(t){return t.replace(h,`
`)})}n[0]=n[0].replace(/^\r?\n/,"");var i=n[0];return f.forEach(function(t,u){var a=i.match(/(?:^|\n)( *)$/),g=a?a[1]:"",r=t;typeof t=="string"&&t.includes(`
`)&&(r=String(t).split(`
`).map(function(e,l){return l===0?e:"".concat(g).concat(e)}).join(`
`)),i+=r+n[u+1]}),i}export{s as a};
