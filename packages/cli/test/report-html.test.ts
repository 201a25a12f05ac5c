import { describe, expect, it } from 'vitest';
import { dataTable, tableColumns } from '../src/report/data-table.ts';
import { escapeHtml } from '../src/report/escape-html.ts';
import { reportHtml } from '../src/report/report-html.ts';
import { scopeSvgIds } from '../src/report/scope-svg-ids.ts';

const rows = [
  {
    sex: '<img src=x onerror=alert(1)>',
    destination: 'JP',
    estimate: 0.2871,
    ci_low: 0.27,
    ci_high: 0.305,
    n_unweighted: 1234,
    flags: [],
  },
  {
    sex: 'F & "M"',
    destination: 'KR',
    estimate: null,
    ci_low: null,
    ci_high: null,
    n_unweighted: 12,
    flags: ['suppressed'],
  },
];

describe('report HTML building blocks', () => {
  it('escapeHtml replaces & < > " and \' with entities', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    expect(escapeHtml(null)).toBe('');
  });

  it('tableColumns puts the grouping columns first, then the standard columns the rows have', () => {
    expect(tableColumns(rows, ['sex'])).toEqual([
      'sex',
      'destination',
      'estimate',
      'ci_low',
      'ci_high',
      'n_unweighted',
      'flags',
    ]);
  });

  it('dataTable escapes group codes and formats Indonesian numbers, suppressed values as words', () => {
    const html = dataTable(rows, tableColumns(rows, ['sex']), 'id');
    expect(html).not.toContain('<img');
    expect(html).toContain('<td>&lt;img src=x onerror=alert(1)&gt;</td>');
    expect(html).toContain('<td>F &amp; &quot;M&quot;</td>');
    expect(html).toContain('<td>Jepang</td><td>28,7%</td><td>27,0%</td><td>30,5%</td><td>1.234</td>');
    expect(html).toContain('<td>Korea Selatan</td><td>disembunyikan</td>');
  });

  it('dataTable in English shows "suppressed" and decimal points', () => {
    const html = dataTable(rows, ['destination', 'estimate', 'n_unweighted'], 'en');
    expect(html).toContain('<td>Japan</td><td>28.7%</td><td>1,234</td>');
    expect(html).toContain('<td>South Korea</td><td>suppressed</td>');
  });

  it('scopeSvgIds prefixes ids and the references to them', () => {
    expect(
      scopeSvgIds(
        '<clipPath id="clip1"></clipPath><g clip-path="url(#clip1)"><use href="#clip1"/></g>',
        'ranking',
      ),
    ).toBe(
      '<clipPath id="ranking-clip1"></clipPath><g clip-path="url(#ranking-clip1)"><use href="#ranking-clip1"/></g>',
    );
  });

  it('reportHtml escapes the title, findings and alt text', () => {
    const html = reportHtml({
      lang: 'en',
      title: 'Survey <script>alert(1)</script>',
      subtitle: 'a & b',
      findings: ['Japan <b>first</b>'],
      notes: [],
      charts: [
        {
          name: 'ranking',
          title: 'T"',
          svg: '<svg></svg>',
          alt: 'alt "quoted" <x>',
          table: '<table></table>',
        },
      ],
      methodology: [['Design', 'x < y']],
      fontCss: '',
    });
    expect(html).not.toContain('<script>');
    expect(html).toContain('<title>Survey &lt;script&gt;alert(1)&lt;/script&gt;</title>');
    expect(html).toContain('<li>Japan &lt;b&gt;first&lt;/b&gt;</li>');
    expect(html).toContain('aria-label="alt &quot;quoted&quot; &lt;x&gt;"');
    expect(html).toContain('<p>x &lt; y</p>');
  });
});

describe('dataTable for group differences', () => {
  it('puts the interval after the difference and writes it in percentage points', () => {
    const diff = [
      {
        group: 'F',
        reference: 'M',
        destination: 'JP',
        group_estimate: 0.248,
        reference_estimate: 0.349,
        difference: -0.101,
        ci_low: -0.128,
        ci_high: -0.074,
        p_value: 0.0001,
        flags: [],
      },
    ];
    const columns = tableColumns(diff);
    expect(columns).toEqual([
      'group',
      'reference',
      'destination',
      'group_estimate',
      'reference_estimate',
      'difference',
      'ci_low',
      'ci_high',
      'p_value',
      'flags',
    ]);
    expect(dataTable(diff, columns, 'en')).toContain(
      '<td>F</td><td>M</td><td>Japan</td><td>24.8%</td><td>34.9%</td><td>-10.1</td><td>-12.8</td><td>-7.4</td><td>0.000</td>',
    );
  });
});
