import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../../../main/engine/outputs/escapeHtml.js';

describe('escapeHtml', () => {
  it('escapes the five characters that matter in text and quoted attributes', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });

  it('drops control characters that would make an SVG unparseable, keeps tabs, newlines and Unicode', () => {
    expect(escapeHtml('a\u0000b\u001bc\td\ne → é')).toBe('abc\td\ne → é');
  });
});
