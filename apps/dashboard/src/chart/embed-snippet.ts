/**
 * An HTML snippet that embeds a chart in another page: the Vega-Lite spec (data inline) drawn by
 * vega-embed, with the text alternative as the figure's label and caption fallback. The host page
 * loads vega, vega-lite and vega-embed itself (the usual CDN lines are given; a site that bundles them
 * can drop those three lines). User strings are escaped for HTML.
 */
export function embedSnippet(id: string, spec: object, alt: string): string {
  const elementId = `minat-${id.replace(/[^a-z0-9-]/gi, '-')}`;
  const json = JSON.stringify(spec).replace(/</g, '\\u003c');
  return [
    `<figure id="${elementId}" role="img" aria-label="${escapeHtml(alt)}"></figure>`,
    '<script src="https://cdn.jsdelivr.net/npm/vega@6"></script>',
    '<script src="https://cdn.jsdelivr.net/npm/vega-lite@6"></script>',
    '<script src="https://cdn.jsdelivr.net/npm/vega-embed@7"></script>',
    `<script>vegaEmbed('#${elementId}', ${json}, { actions: false });</script>`,
  ].join('\n');
}

/** Escapes the five HTML-special characters. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
