import type { Lang } from '@minat/core';
import { escapeHtml } from './escape-html.ts';

/** One chart section of the report page. */
export interface HtmlChart {
  name: string;
  title: string;
  /** The rendered SVG (made by vega from escaped data; inserted as is). */
  svg: string;
  alt: string;
  /** The data table, already built from escaped cells. */
  table: string;
}

/** What {@link reportHtml} lays out. Plain-text fields are escaped here. */
export interface ReportPage {
  lang: Lang;
  title: string;
  subtitle: string;
  findings: string[];
  notes: string[];
  charts: HtmlChart[];
  methodology: [string, string][];
  fontCss: string;
}

const TEXT = {
  en: {
    findings: 'Key findings',
    charts: 'Charts',
    method: 'Methodology',
    data: 'Data table',
    files: 'Files',
  },
  id: {
    findings: 'Temuan utama',
    charts: 'Grafik',
    method: 'Metodologi',
    data: 'Tabel data',
    files: 'Berkas',
  },
};

const CSS = `
body { font-family: Inter, "Helvetica Neue", Arial, sans-serif; color: #1f2933; max-width: 900px; margin: 2rem auto; padding: 0 1rem; line-height: 1.5; }
h1 { font-size: 1.6rem; margin-bottom: .2rem; } h2 { margin-top: 2.5rem; border-bottom: 1px solid #d9dee3; }
.subtitle { color: #52606d; margin-top: 0; }
figure { margin: 1.5rem 0; } figure svg { max-width: 100%; height: auto; }
figcaption { color: #52606d; font-size: .9rem; }
details { margin: .5rem 0 2rem; } summary { cursor: pointer; color: #0b5394; }
table { border-collapse: collapse; font-size: .8rem; font-variant-numeric: tabular-nums; }
th, td { border-bottom: 1px solid #e4e7eb; padding: .2rem .5rem; text-align: left; }
.files { font-size: .85rem; color: #52606d; }
`;

/**
 * The report as one self-contained HTML page: inline CSS with the embedded font, the key findings,
 * each chart (inline SVG) with its alt text and data table, and the methodology appendix. Every
 * plain-text field is escaped; no external references.
 *
 * @param page - {@link ReportPage}
 * @returns the HTML document
 * @example await writeFile('index.html', reportHtml(page))
 */
export function reportHtml(page: ReportPage): string {
  const t = TEXT[page.lang];
  const list = (items: string[]) =>
    `<ul>\n${items.map((f) => `<li>${escapeHtml(f)}</li>`).join('\n')}\n</ul>`;
  const charts = page.charts
    .map((c) => {
      const files = ['svg', 'png', 'vl.json', 'csv'].map((ext) => escapeHtml(`${c.name}.${ext}`)).join(' · ');
      return `<section id="${escapeHtml(c.name)}">
<h3>${escapeHtml(c.title)}</h3>
<figure role="img" aria-label="${escapeHtml(c.alt)}">
${c.svg}
<figcaption>${escapeHtml(c.alt)}</figcaption>
</figure>
<p class="files">${t.files}: ${files}</p>
<details><summary>${t.data}</summary>
${c.table}
</details>
</section>`;
    })
    .join('\n');
  const method = page.methodology
    .map(([h, p]) => `<h3>${escapeHtml(h)}</h3>\n<p>${escapeHtml(p)}</p>`)
    .join('\n');
  return `<!doctype html>
<html lang="${page.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(page.title)}</title>
<style>
${page.fontCss}
${CSS}
</style>
</head>
<body>
<h1>${escapeHtml(page.title)}</h1>
<p class="subtitle">${escapeHtml(page.subtitle)}</p>
<h2>${t.findings}</h2>
${list(page.findings)}
${page.notes.length > 0 ? list(page.notes) : ''}
<h2>${t.charts}</h2>
${charts}
<h2>${t.method}</h2>
${method}
</body>
</html>
`;
}
