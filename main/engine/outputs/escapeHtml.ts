/**
 * Escaping for text that came from outside: file names and EXIF strings are chosen by whoever made the
 * file, so they go through here before landing in HTML or SVG.
 */

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Escapes `&<>"'`, which makes the result safe as element text and as a quoted attribute value in both
 * HTML and SVG (XML). Control characters other than tab and newline are dropped: XML rejects them and
 * an SVG with one would not render at all.
 */
export function escapeHtml(text: string): string {
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  const printable = text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '');
  return printable.replace(/[&<>"']/g, (c) => ENTITIES[c] as string);
}
