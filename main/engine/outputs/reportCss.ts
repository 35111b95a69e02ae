/**
 * The inline stylesheet of report.html (the CSP allows inline styles only). Light and dark follow the
 * reader's system setting; print gets white paper, no backgrounds, and figures kept whole.
 */
export const REPORT_CSS = `
:root { color-scheme: light dark; --bg: #ffffff; --fg: #1b1b1b; --muted: #5c5c5c; --line: #d9d9d9;
  --panel: #f5f5f5; --ok: #1e7d32; --warn: #a15c00; --bad: #b3261e; --info: #3f5f8a; }
@media (prefers-color-scheme: dark) {
  :root { --bg: #141414; --fg: #e9e9e9; --muted: #a8a8a8; --line: #3a3a3a; --panel: #1f1f1f;
    --ok: #6fcf7c; --warn: #f0b050; --bad: #ff8a80; --info: #9fbbe6; }
}
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 1200px; padding: 24px; background: var(--bg); color: var(--fg);
  font: 15px/1.5 system-ui, -apple-system, 'Segoe UI', 'DejaVu Sans', sans-serif; }
h1 { font-size: 1.6em; margin: 0 0 4px; } h2 { font-size: 1.2em; margin: 28px 0 8px; border-bottom: 1px solid var(--line); padding-bottom: 4px; }
.muted { color: var(--muted); }
code { font-family: ui-monospace, 'DejaVu Sans Mono', monospace; font-size: 0.9em; }
.verdict { display: flex; gap: 20px; align-items: center; padding: 16px 20px; margin: 16px 0; border-radius: 8px;
  background: var(--panel); border-left: 8px solid var(--info); }
.verdict.comparable { border-left-color: var(--ok); } .verdict.caution { border-left-color: var(--warn); }
.verdict.not-comparable { border-left-color: var(--bad); }
.score { font-size: 2.6em; font-weight: 700; line-height: 1; } .score small { font-size: 0.4em; font-weight: 400; }
.label { font-size: 1.3em; font-weight: 700; text-transform: capitalize; }
.failed { padding: 12px 16px; border: 2px solid var(--bad); border-radius: 8px; font-weight: 600; }
.figs { display: grid; grid-template-columns: repeat(auto-fit, minmax(260px, 1fr)); gap: 12px; }
figure { margin: 0; break-inside: avoid; } figure img { display: block; width: 100%; height: auto; border-radius: 4px; background: var(--panel); }
figcaption { font-size: 0.9em; color: var(--muted); margin-top: 4px; }
.figs.two { grid-template-columns: repeat(2, minmax(0, 1fr)); }
@media (max-width: 700px) { .figs.two { grid-template-columns: 1fr; } }
table { border-collapse: collapse; width: 100%; font-size: 0.92em; }
th, td { text-align: left; vertical-align: top; padding: 6px 8px; border-bottom: 1px solid var(--line); overflow-wrap: break-word; }
thead th { border-bottom: 2px solid var(--line); } table.kv th { width: 30%; font-weight: 600; }
table.photos td { width: 38%; overflow-wrap: anywhere; } td.num, .sev, td code { white-space: nowrap; }
.sev { display: inline-block; padding: 1px 8px; border-radius: 10px; font-weight: 600; font-size: 0.85em; border: 1px solid currentColor; }
.sev-critical { color: var(--bad); } .sev-warning { color: var(--warn); } .sev-info { color: var(--info); }
footer { margin-top: 32px; font-size: 0.85em; color: var(--muted); }
@media print {
  :root { --bg: #ffffff; --fg: #000000; --muted: #444444; --panel: #ffffff; }
  body { max-width: none; padding: 0; font-size: 11pt; }
  section, tr, .verdict { break-inside: avoid; }
  .figs { grid-template-columns: repeat(2, 1fr); }
}
`;
