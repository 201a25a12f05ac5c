import type { ReadinessRow } from '@minat/core';
import { describe, expect, it } from 'vitest';
import { altText, readinessChart } from '../../../src/index.ts';
import { estimateRow, footerText } from '../../helpers/literal-rows.ts';

const row = (
  d: string,
  indicator: string,
  e: number | null,
  flags: string[] = [],
  requirement: string | null = null,
) =>
  ({
    ...estimateRow(d, e, e === null ? null : [e - 0.02, e + 0.02], { flags }),
    indicator,
    requirement,
    base: `first choice ${d}`,
  }) as unknown as ReadinessRow;
const rows = [
  row('JP', 'stage:interest', 0.56),
  row('JP', 'stage:plan', 0.3),
  row('JP', 'stage:preparing', 0.14),
  row('JP', 'stage:plan+', 0.44),
  row('JP', 'language', 0.264, [], 'JLPT N4+ or JFT-Basic A2'),
  row('JP', 'certificate', 0.25),
  row('QA', 'stage:interest', 0.7),
  row('QA', 'stage:plan', 0.3),
  row('QA', 'stage:preparing', null, ['suppressed:numerator']),
  row('QA', 'stage:plan+', 0.3, ['unreliable:nchs']),
  row('QA', 'certificate', null, ['suppressed:numerator']),
];
const panel = (spec: unknown, i: number) =>
  (spec as { vconcat: { hconcat: { data: { values: Record<string, unknown>[] } }[] }[] }).vconcat[0]!.hconcat[
    i
  ]!.data.values;

describe('readinessChart', () => {
  it('lays the intention stages end to end per destination, leaving a suppressed stage out', () => {
    const funnel = panel(readinessChart(rows), 0);
    const round = (x: unknown) => Math.round((x as number) * 1e9) / 1e9;
    expect(funnel.map((d) => [d['code'], d['indicator'], round(d['start']), round(d['end'])])).toEqual([
      ['JP', 'stage:interest', 0, 0.56],
      ['JP', 'stage:plan', 0.56, 0.86],
      ['JP', 'stage:preparing', 0.86, 1],
      ['QA', 'stage:interest', 0, 0.7],
      ['QA', 'stage:plan', 0.7, 1],
    ]);
  });

  it('draws readiness indicators with their status; suppressed ones carry no value', () => {
    const ready = panel(readinessChart(rows, { lang: 'id' }), 1);
    expect(ready.map((d) => `${d['code']} ${d['name']} ${d['estimate']} ${d['status']}`)).toEqual([
      'JP Berencana atau bersiap 0.44 reliable',
      'JP Memenuhi syarat bahasa 0.264 reliable',
      'JP Punya sertifikat keahlian 0.25 reliable',
      'QA Berencana atau bersiap 0.3 unreliable',
      'QA Punya sertifikat keahlian null suppressed',
    ]);
  });

  it('names the language requirement in the footer and the indicators in the alt text', () => {
    const spec = readinessChart(rows, { title: 'R' });
    expect(footerText(spec)).toContain('Language requirement: Japan JLPT N4+ or JFT-Basic A2.');
    expect(footerText(spec)).toContain('2 cells suppressed (left blank, not zero)');
    expect(altText(spec)).toBe(
      'Bar chart. R. Among those preferring Japan: planning or preparing 44.0% (42.0–46.0%), meets the language requirement 26.4% (24.4–28.4%), ' +
        'holds a skill certificate 25.0% (23.0–27.0%). Among those preferring Qatar: planning or preparing 30.0% (28.0–32.0%), ' +
        'holds a skill certificate suppressed.',
    );
  });
});
