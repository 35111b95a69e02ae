/**
 * summary.html of a batch, in three parts written one after the other (so rows stream from the journal
 * and never sit in memory together): the head with the reused-photo section, one table row per case, and
 * the tail with the sorting and filtering script. Self-contained: inline CSS and script, thumbnails as
 * data URIs, no request of any kind, so it opens from file:// and can be mailed as one file.
 */
import { basename } from 'node:path';
import type { CaseRow } from './batchTypes.js';

/** Escapes text for HTML content and quoted attribute values. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const STYLE = `body{font:14px/1.4 system-ui,sans-serif;margin:1.5rem;color:#222}
table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #ddd;padding:.35rem .5rem;text-align:left;vertical-align:top}
th{cursor:pointer;user-select:none;background:#f4f4f4;position:sticky;top:0}th[aria-sort=ascending]::after{content:" \\25B2"}th[aria-sort=descending]::after{content:" \\25BC"}
img{max-width:160px;max-height:160px;display:block}.v-comparable{color:#176b2c}.v-caution{color:#9a6400}.v-not{color:#b3261e}.v-error{color:#b3261e;font-weight:600}
.flags{font-size:12px;color:#555}.reused{color:#b3261e}#reused{background:#fff4f2;border:1px solid #f0c4bd;padding:.5rem 1rem;margin:1rem 0}`;

/** The page up to the table body. `reused` lists the gallery's near-duplicates in words (may be empty). */
export function summaryHtmlHead(title: string, totals: string, reused: readonly string[]): string {
  const section = reused.length
    ? `<section id="reused"><h2>Photos used more than once (${reused.length})</h2><ul>${reused.map((r) => `<li>${escapeHtml(r)}</li>`).join('')}</ul></section>`
    : '<p id="reused">No photo is used in more than one case.</p>';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'; script-src 'unsafe-inline'">
<title>${escapeHtml(title)}</title><style>${STYLE}</style></head><body>
<h1>${escapeHtml(title)}</h1><p>${escapeHtml(totals)}</p>${section}
<p><label>Show <select id="filter"><option value="">all verdicts</option><option>comparable</option><option>caution</option><option>not comparable</option><option>error</option></select></label> <span id="count"></span></p>
<table id="cases"><thead><tr><th>#</th><th>Before</th><th>After</th><th>Label</th><th>Verdict</th><th data-k="num">Score</th><th>Flags</th><th>Reused</th><th>Source</th></tr></thead><tbody>
`;
}

/** One case as a table row; sort keys are in data-v. */
export function summaryHtmlRow(id: string, row: CaseRow, reused: readonly string[]): string {
  const verdict = row.error ? 'error' : (row.verdict?.label ?? 'error');
  const img = (src: string | undefined, alt: string) =>
    src ? `<img src="${src}" alt="${alt} photo of case ${escapeHtml(id)}">` : '';
  const source = row.panels
    ? `${basename(row.before)}, panels ${row.panels.before + 1} and ${row.panels.after + 1}`
    : row.before === row.after
      ? basename(row.before)
      : `${basename(row.before)}, ${basename(row.after)}`;
  const idCell = row.dir
    ? `<a href="${escapeHtml(encodeURI(`${row.dir}/report.html`))}">${escapeHtml(id)}</a>`
    : escapeHtml(id);
  const score = row.verdict?.score ?? '';
  const cells = [
    `<td data-v="${escapeHtml(id)}">${idCell}</td>`,
    `<td>${img(row.thumbs?.before, 'before')}</td>`,
    `<td>${img(row.thumbs?.after, 'after')}</td>`,
    `<td>${escapeHtml(row.label ?? '')}</td>`,
    `<td class="v-${verdict.split(' ')[0]}">${escapeHtml(verdict)}${row.error ? `: ${escapeHtml(row.error)}` : ''}</td>`,
    `<td data-v="${score}">${score}</td>`,
    `<td class="flags">${row.flags.map(escapeHtml).join('<br>')}</td>`,
    `<td class="reused">${reused.map(escapeHtml).join('<br>')}</td>`,
    `<td>${escapeHtml(source)}</td>`,
  ];
  return `<tr data-verdict="${escapeHtml(verdict)}">${cells.join('')}</tr>\n`;
}

/** Sorts by a clicked header (again to reverse), filters by verdict; plain DOM, works from file://. */
const SCRIPT = `(()=>{const t=document.getElementById('cases'),b=t.tBodies[0],f=document.getElementById('filter'),n=document.getElementById('count');
const key=(r,i,num)=>{const c=r.cells[i],v=c.dataset.v??c.textContent.trim();if(!num)return v;const x=parseFloat(v);return Number.isNaN(x)?-Infinity:x;};
t.tHead.querySelectorAll('th').forEach((th,i)=>th.addEventListener('click',()=>{const num=th.dataset.k==='num',asc=th.getAttribute('aria-sort')!=='ascending';
t.tHead.querySelectorAll('th').forEach(h=>h.removeAttribute('aria-sort'));th.setAttribute('aria-sort',asc?'ascending':'descending');
const rows=[...b.rows].sort((x,y)=>{const a=key(x,i,num),c=key(y,i,num);const d=num?a-c:String(a).localeCompare(String(c),undefined,{numeric:true});return asc?d:-d;});rows.forEach(r=>b.appendChild(r));}));
const apply=()=>{let k=0;for(const r of b.rows){const s=!f.value||r.dataset.verdict===f.value;r.hidden=!s;if(s)k++;}n.textContent=k+' of '+b.rows.length+' cases';};f.addEventListener('change',apply);apply();})();`;

/** The end of the page. */
export function summaryHtmlTail(): string {
  return `</tbody></table><script>${SCRIPT}</script></body></html>\n`;
}
