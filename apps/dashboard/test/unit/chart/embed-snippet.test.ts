import { describe, expect, it } from 'vitest';
import { embedSnippet, escapeHtml } from '../../../src/chart/embed-snippet.ts';

describe('embedSnippet', () => {
  it('embeds the spec with vega-embed, labelled with the alt text', () => {
    const snippet = embedSnippet('ranking', { mark: 'bar' }, 'Bar chart. Japan 28.7%');
    expect(snippet).toContain(
      '<figure id="minat-ranking" role="img" aria-label="Bar chart. Japan 28.7%"></figure>',
    );
    expect(snippet).toContain(`vegaEmbed('#minat-ranking', {"mark":"bar"}, { actions: false });`);
  });

  it('cannot be broken out of by user strings in the spec or the alt text', () => {
    const snippet = embedSnippet(
      'x',
      { title: '</script><script>alert(1)</script>' },
      '"><img src=x onerror=alert(1)>',
    );
    expect(snippet).not.toContain('</script><script>alert');
    expect(snippet).toContain('\\u003c/script>');
    expect(snippet).toContain('aria-label="&#34;&#62;&#60;img src=x onerror=alert(1)&#62;"');
    expect(escapeHtml(`<a href='x'>&</a>`)).toBe('&#60;a href=&#39;x&#39;&#62;&#38;&#60;/a&#62;');
  });
});
