import { describe, expect, it } from 'vitest';
import { stratifiedCovariance } from '../../../src/design/stratified-covariance.ts';
import type { SurveyDesign } from '../../../src/design/survey-design.ts';
import { MinatError } from '../../../src/errors/minat-error.ts';
import { designEffects } from '../../../src/estimate/design-effects/design-effects.ts';
import type { ValidatedSurvey } from '../../../src/validate/validated-survey.ts';
import { compareCase, destinationShares, WITH_SEX } from '../compare/compare-fixtures.ts';
import { fixtureDesign, rCase } from '../r-fixtures.ts';

/** Variance of the weighted total of 1{dest = DE} in the rows where `inDomain`, from PSU totals of w·y. */
function totalVariance(
  survey: ValidatedSurvey,
  design: SurveyDesign,
  inDomain: (i: number) => boolean = () => true,
) {
  const de = survey.destination.levels.indexOf('DE');
  const z = new Float64Array(design.psuStratum.length);
  for (let i = 0; i < design.n; i++) {
    if (inDomain(i) && survey.destination.slots[0]![i] === de) z[design.psu[i]!]! += design.weights[i]!;
  }
  return stratifiedCovariance(design, Int32Array.from(z.keys()), z, 1)[0]!;
}

async function d1(file = 'd1.csv', scale = 1) {
  const { survey, design } = await fixtureDesign(file, WITH_SEX);
  const scaled = { ...design, weights: design.weights.map((w) => w * scale) };
  return { survey, design: scaled, de: survey.destination.levels.indexOf('DE') };
}

describe('designEffects reproduces R svymean/svytotal deff', () => {
  it('T15: deff 0.2313734, deff="replace" 0.2196211 and the total’s deff 0.3153223 on d1', async () => {
    const { survey, design, de } = await d1();
    const cell = destinationShares(survey, design).cell(0, de);
    const e = rCase('T15').expect;
    const x = designEffects(cell);
    expect(x.deff).toBeCloseTo(e['deff'], 9);
    expect(x.deff_replace).toBeCloseTo(e['deff_replace'], 9);
    expect(x.flags).toEqual([]);
    expect(x.n_eff).toBeCloseTo((cell.estimate * (1 - cell.estimate)) / cell.variance, 12);
    expect(x.n_eff).toBeCloseTo(15 / x.deff_replace!, 9);
    expect(x.n_eff).toBeCloseTo(68.299, 3);
    expect(x.cv).toBeCloseTo(0.0597643711663 / 0.4222222222222, 10);
    const V = totalVariance(survey, design);
    expect(V).toBeCloseTo(compareCase('DEFF-d1').expect['total_variance'], 9);
    const t = designEffects({ ...cell, variance: V }, { of: 'total' });
    expect(t.deff).toBeCloseTo(e['deff_total'], 9);
    expect(t.deff_replace).toBeCloseTo(compareCase('DEFF-d1').expect['deff_total_replace'], 9);
    expect(t.n_eff).toBeNull();
    expect(t.cv).toBeCloseTo(Math.sqrt(483) / 133, 12);
  });

  it('a domain (sex F) uses its own n and N̂', async () => {
    const { survey, design, de } = await d1();
    const sex = survey.dimensions['sex']!;
    const F = sex.levels.indexOf('F');
    const cell = destinationShares(survey, design, sex.codes, sex.levels.length).cell(F, de);
    const e = compareCase('DEFF-d1-F').expect;
    const x = designEffects(cell);
    expect(x.deff).toBeCloseTo(e['deff'], 9);
    expect(x.deff_replace).toBeCloseTo(e['deff_replace'], 9);
    const V = totalVariance(survey, design, (i) => sex.codes[i] === F);
    expect(V).toBeCloseTo(e['total_variance'], 9);
    const t = designEffects({ ...cell, variance: V }, { of: 'total' });
    expect(t.deff).toBeCloseTo(e['deff_total'], 9);
    expect(t.deff_replace).toBeCloseTo(e['deff_total_replace'], 9);
  });

  it('zero weights (dz3): n counts the 14 rows with a positive weight', async () => {
    const { survey, design, de } = await d1('dz3-zero-psu.csv');
    const cell = destinationShares(survey, design).cell(0, de);
    expect(cell.nPositive).toBe(14);
    const e = compareCase('DEFF-dz3').expect;
    const x = designEffects(cell);
    expect(x.deff).toBeCloseTo(e['deff'], 9);
    expect(x.deff_replace).toBeCloseTo(e['deff_replace'], 9);
    const t = designEffects({ ...cell, variance: totalVariance(survey, design) }, { of: 'total' });
    expect(t.deff).toBeCloseTo(e['deff_total'], 9);
  });

  it('weights scaled to mean 1 (N̂ = n): R’s Inf becomes null with a flag; "replace" is unchanged', async () => {
    const { survey, design, de } = await d1('d1.csv', 16 / 315);
    const cell = destinationShares(survey, design).cell(0, de);
    const e = compareCase('DEFF-d1-mean1').expect;
    expect(e['deff']).toBe('Inf');
    const x = designEffects(cell);
    expect([x.deff, x.flags]).toEqual([null, ['deff-weights-equal-n']]);
    expect(x.deff_replace).toBeCloseTo(e['deff_replace'], 9);
    const t = designEffects({ ...cell, variance: totalVariance(survey, design) }, { of: 'total' });
    expect([t.deff, t.flags]).toEqual([null, ['deff-weights-equal-n']]);
    expect(t.deff_replace).toBeCloseTo(e['deff_total_replace'], 9);
  });

  it('weights scaled to mean 1/2 (N̂ < n): R’s NA (and its negative total deff) become null with a flag', async () => {
    const { survey, design, de } = await d1('d1.csv', 8 / 315);
    const cell = destinationShares(survey, design).cell(0, de);
    const e = compareCase('DEFF-d1-mean-half').expect;
    expect([e['deff'], e['deff_total'] < 0]).toEqual(['NA', true]);
    const x = designEffects(cell);
    expect([x.deff, x.flags]).toEqual([null, ['deff-weights-below-n']]);
    expect(x.deff_replace).toBeCloseTo(e['deff_replace'], 9);
    const t = designEffects({ ...cell, variance: totalVariance(survey, design) }, { of: 'total' });
    expect([t.deff, t.flags]).toEqual([null, ['deff-weights-below-n']]);
  });
});

describe('designEffects by hand', () => {
  it('p̂ = 0 gives no design effects, no n_eff and no cv, with deff-no-srs-variance', () => {
    expect(designEffects({ estimate: 0, variance: 0, nPositive: 16, nWeighted: 315 })).toEqual({
      deff: null,
      deff_replace: null,
      n_eff: null,
      cv: null,
      flags: ['deff-no-srs-variance'],
    });
  });

  it('a single respondent (n = 1) and an empty domain give nulls', () => {
    expect(designEffects({ estimate: 1, variance: 0, nPositive: 1, nWeighted: 30 }).flags).toEqual([
      'deff-no-srs-variance',
    ]);
    expect(
      designEffects({ estimate: Number.NaN, variance: Number.NaN, nPositive: 0, nWeighted: 0 }).flags,
    ).toEqual(['empty']);
  });

  it('n = 4, N̂ = 40, p̂ = 0.5, V = 0.1: S² = 1/3, deff_replace 1.2, deff 1.2/0.9', () => {
    const x = designEffects({ estimate: 0.5, variance: 0.1, nPositive: 4, nWeighted: 40 });
    expect(x.deff_replace).toBeCloseTo(1.2, 14);
    expect(x.deff).toBeCloseTo(1.2 / 0.9, 14);
    expect(x.n_eff).toBeCloseTo(2.5, 14);
  });

  it('an unknown `of` throws option-invalid naming the allowed values', () => {
    const call = () =>
      designEffects({ estimate: 0.5, variance: 0.1, nPositive: 4, nWeighted: 40 }, { of: 'mean' as never });
    expect(call).toThrow(MinatError);
    expect(call).toThrow('invalid of "mean": expected one of proportion, total');
  });
});
