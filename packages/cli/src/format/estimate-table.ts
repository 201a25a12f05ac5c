import { type EstimateResult, shareMeasures } from '@minat/core';

const pct = (x: unknown) => (typeof x === 'number' ? `${(100 * x).toFixed(1)}%` : '—');

/** An estimate table for people: one line per group × destination, shares and intervals in percent. */
export function estimateTable(rows: Record<string, unknown>[], by: string[], result: EstimateResult): string {
  const { ci, level, df } = result.options;
  const lines = [
    `${result.question}, ${shareMeasures[result.measure].en}; base: ${result.base === 'all' ? 'all respondents in scope' : 'respondents who answered'}, ${ci} ${Math.round(level * 100)}% interval${df === 'inf' ? ' (normal quantile)' : ' (t on the domain df)'}`,
    '',
    [
      ...by.map((b) => b.padEnd(14)),
      'dest',
      '  share',
      '     SE',
      `  ${Math.round(level * 100)}% CI`.padEnd(18),
      '  df',
      '      n',
      ' flags',
    ].join(' '),
  ];
  for (const r of rows) {
    lines.push(
      [
        ...by.map((b) => String(r[b]).padEnd(14).slice(0, 14)),
        String(r['destination']).padEnd(4),
        pct(r['estimate']).padStart(7),
        pct(r['se']).padStart(7),
        `  [${pct(r['ci_low'])}, ${pct(r['ci_high'])}]`.padEnd(18),
        String(r['df']).padStart(4),
        String(r['n_unweighted']).padStart(7),
        ` ${(r['flags'] as string[]).join(';')}`,
      ].join(' '),
    );
  }
  return `${lines.join('\n')}\n`;
}
