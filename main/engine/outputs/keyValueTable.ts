/**
 * A two-column HTML table of label / value pairs.
 */
import { escapeHtml } from './escapeHtml.js';

/** Both columns are plain text and get escaped here. */
export function keyValueTable(rows: readonly (readonly [string, string])[]): string {
  const body = rows.map(
    ([k, v]) => `<tr><th scope="row">${escapeHtml(k)}</th><td>${escapeHtml(v)}</td></tr>`,
  );
  return `<table class="kv"><tbody>${body.join('')}</tbody></table>`;
}
