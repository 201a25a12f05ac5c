import { describe, expect, it } from 'vitest';
import type { CiMethod } from '../../../src/estimate/ci/ci-method.ts';
import { proportionInterval } from '../../../src/estimate/ci/proportion-interval.ts';
import { d1DomainInput, d1Input, type Pair, t10, t22 } from './reference.ts';

function expectClose(actual: { low: number; high: number }, expected: Pair, digits: number) {
  expect(Math.abs(actual.low - expected[0])).toBeLessThan(10 ** -digits);
  expect(Math.abs(actual.high - expected[1])).toBeLessThan(10 ** -digits);
}

describe('proportionInterval reproduces R svyciprop on D1 (T10)', () => {
  const exact: CiMethod[] = ['logit', 'asin', 'beta', 'mean', 'xlogit'];
  for (const method of exact) {
    it(`proportionInterval(d1, '${method}') equals svyciprop(method="${method}") to 1e-9`, () => {
      const r = proportionInterval(d1Input(), method);
      expectClose(r, t10()[method]!, 9);
      expect(r.flags).toEqual([]);
    });
  }

  it('proportionInterval(d1, \'likelihood\') equals svyciprop(method="likelihood") to 1e-4', () => {
    const r = proportionInterval(d1Input(), 'likelihood');
    expectClose(r, t10().likelihood!, 4);
  });

  it("proportionInterval(d1 with df Infinity, 'logit') equals svyciprop(df=Inf) (normal quantile)", () => {
    expectClose(
      proportionInterval(d1Input({ df: Number.POSITIVE_INFINITY }), 'logit'),
      t10().logit_df_inf!,
      9,
    );
  });

  it("proportionInterval(d1 at level 0.90, 'logit') equals svyciprop(level=0.90)", () => {
    expectClose(proportionInterval(d1Input({ level: 0.9 }), 'logit'), t10()['logit_level_0.90']!, 9);
  });

  it("proportionInterval(domain g==1, 'beta') uses the domain's rows (11) and df (3) as R does", async () => {
    const input = await d1DomainInput();
    expect(input.n).toBe(11);
    expectClose(proportionInterval(input, 'beta'), t10().beta_domain_g1!, 9);
  });

  it("proportionInterval(d1, 'beta') ignores df and uses degfDesign and nDesign", () => {
    const viaDegf = proportionInterval(
      d1Input({ df: Number.POSITIVE_INFINITY, degfDesign: 5, nDesign: 16 }),
      'beta',
    );
    expectClose(viaDegf, t10().beta!, 9);
    // A calibrated design's nrow (here 40) enters t_{α/2, n−1}; values from R's formula.
    const calibrated = proportionInterval(d1Input({ nDesign: 40 }), 'beta');
    expect(calibrated.nStar).toBeCloseTo(42.287634670042955, 9);
    expectClose(calibrated, [0.27209439507529243, 0.58365566150675807], 9);
  });
});

describe('proportionInterval: wilson and clopper-pearson', () => {
  it("proportionInterval(7/16 unweighted, 'wilson' | 'clopper-pearson') equals prop.test and binom.test (T22)", () => {
    const input = {
      estimate: 7 / 16,
      variance: ((7 / 16) * (9 / 16)) / 15,
      df: 15,
      level: 0.95,
      n: 16,
      weighted: false,
    };
    expectClose(proportionInterval(input, 'wilson'), t22().wilson_7_16!, 9);
    expectClose(proportionInterval(input, 'clopper-pearson'), t22().cp_7_16!, 9);
  });

  it("proportionInterval(d1 weighted, 'wilson' | 'clopper-pearson') use n_eff = p(1-p)/V = 68.299 (values from R)", () => {
    const wilson = proportionInterval(d1Input(), 'wilson');
    expect(wilson.nEff).toBeCloseTo(68.299451008806102, 9);
    expectClose(wilson, [0.31231397246136838, 0.54041370908680975], 9);
    const cp = proportionInterval(d1Input(), 'clopper-pearson');
    expectClose(cp, [0.30357643841015941, 0.54783276864749741], 9);
  });
});

describe('proportionInterval at the boundaries (decisions table; T11, T12)', () => {
  const all: CiMethod[] = [
    'logit',
    'likelihood',
    'asin',
    'beta',
    'mean',
    'xlogit',
    'wilson',
    'clopper-pearson',
  ];

  for (const method of all) {
    it(`proportionInterval(p=0, V=0, n=16, '${method}') gives Clopper-Pearson [0, 1-0.025^(1/16)] flagged boundary`, () => {
      const r = proportionInterval(d1Input({ estimate: 0, variance: 0 }), method);
      expect(r.low).toBe(0);
      expect(r.high).toBeCloseTo(t22().cp_0_16![1], 12);
      expect(r.high).toBeCloseTo(1 - 0.025 ** (1 / 16), 15);
      expect(r.flags).toEqual(['boundary']);
    });

    it(`proportionInterval(p=1, V=0, n=16, '${method}') gives [0.025^(1/16), 1] flagged boundary`, () => {
      const r = proportionInterval(d1Input({ estimate: 1, variance: 0 }), method);
      expectClose(r, t22().cp_16_16!, 12);
      expect(r.flags).toEqual(['boundary']);
    });
  }

  it("proportionInterval(p=0.4222, V=0, n=16, 'logit') is Clopper-Pearson with x = p*n, never zero width", () => {
    const r = proportionInterval(d1Input({ variance: 0 }), 'logit');
    expect(r.flags).toEqual(['boundary']);
    expect(r.low).toBeLessThan(0.4222);
    expect(r.high).toBeGreaterThan(0.4223);
    expect(r.nEff).toBe(16);
  });

  it("proportionInterval(one respondent, p=1, SE 0, df 0, 'logit') is [0.025, 1] flagged boundary and df-zero (T12)", () => {
    const r = proportionInterval(
      { estimate: 1, variance: 0, df: 0, level: 0.95, n: 1, weighted: true },
      'logit',
    );
    expect(r.low).toBeCloseTo(0.025, 15);
    expect(r.high).toBe(1);
    expect(r.flags).toEqual(['boundary', 'df-zero']);
  });

  it("proportionInterval(n=0, 'beta') returns NaN bounds flagged empty", () => {
    const r = proportionInterval(
      { estimate: 0, variance: 0, df: 0, level: 0.95, n: 0, weighted: true },
      'beta',
    );
    expect(r.low).toBeNaN();
    expect(r.high).toBeNaN();
    expect(r.flags).toEqual(['empty']);
  });

  it("proportionInterval(p=0.4222, V>0, df 0, 'logit' | 'beta') is [0, 1] flagged df-zero", () => {
    for (const method of ['logit', 'likelihood', 'mean', 'beta'] as CiMethod[]) {
      const r = proportionInterval(d1Input({ df: 0 }), method);
      expect([r.low, r.high, r.flags]).toEqual([0, 1, ['df-zero']]);
    }
  });
});

describe('proportionInterval deviates from R where R leaves [0, 1] or excludes p', () => {
  const small = { estimate: 0.05, variance: 0.06 ** 2, df: 5, level: 0.95, n: 40, weighted: true };

  it("proportionInterval(p=0.05, SE 0.06, df 5, 'asin') clips the angle at 0 and keeps p inside", () => {
    const r = proportionInterval(small, 'asin');
    // R: sin²(θ − t·SE_θ) with a negative angle folds back to a positive lower bound.
    const theta = Math.asin(Math.sqrt(0.05));
    const seTheta = 0.06 / (2 * Math.sqrt(0.05 * 0.95));
    expect(theta - 2.5705818356363137 * seTheta).toBeLessThan(0);
    expect(r.low).toBe(0);
    expect(r.high).toBeCloseTo(Math.sin(theta + 2.5705818356363137 * seTheta) ** 2, 12);
    expect(r.flags).toEqual(['clipped']);
  });

  it("proportionInterval(p=0.05, SE 0.06, df 5, 'mean') is clipped to [0, p + t*SE]", () => {
    const r = proportionInterval(small, 'mean');
    expect(r.low).toBe(0);
    expect(r.high).toBeCloseTo(0.05 + 2.5705818356363137 * 0.06, 12);
    expect(r.flags).toEqual(['clipped']);
  });
});

describe('proportionInterval rejects impossible input', () => {
  it.each([
    [{ level: 95 }, 'invalid level 95: expected a number between 0 and 1, e.g. 0.95'],
    [{ estimate: 1.2 }, 'invalid estimate 1.2: expected a proportion in [0, 1]'],
    [{ variance: -1 }, 'invalid variance -1: expected a finite number >= 0'],
    [{ df: Number.NaN }, 'invalid df NaN: expected a number >= 0 (Infinity for normal quantiles)'],
    [{ n: -3 }, 'invalid n -3: expected a count >= 0'],
  ])('proportionInterval(%o) throws MinatError option-invalid "%s"', (override, message) => {
    expect(() => proportionInterval(d1Input(override), 'logit')).toThrow(
      expect.objectContaining({ name: 'MinatError', code: 'option-invalid', message }),
    );
  });

  it("proportionInterval(p 4e-323, 'clopper-pearson') sets the bound stdlib cannot compute to p, flagged numeric-limit", () => {
    const r = proportionInterval(
      { estimate: 4e-323, variance: 1e-120, df: 5, level: 0.95, n: 17, weighted: false },
      'clopper-pearson',
    );
    expect(r.low).toBe(4e-323);
    expect(r.high).toBeCloseTo(1 - 0.025 ** (1 / 17), 6);
    expect(r.flags).toEqual(['numeric-limit']);
  });

  it("proportionInterval(p 0.5, V 1e-40, 'logit') counts the variance as zero: Clopper–Pearson on n, boundary", () => {
    // A variance under 1e-12 · p(1 − p) is a rounding residue of an exact zero (scaling every weight
    // can leave ~1e-17): treated as V = 0, so intervals do not depend on the weights' scale.
    const r = proportionInterval(d1Input({ estimate: 0.5, variance: 1e-40 }), 'logit');
    const zero = proportionInterval(d1Input({ estimate: 0.5, variance: 0 }), 'logit');
    expect(r).toEqual(zero);
    expect(r.flags).toEqual(['boundary']);
    expect(r.low).toBeLessThan(0.5);
  });

  it("proportionInterval(p 0.5, V 1e-10, 'logit') is a narrow interior interval (above the rounding threshold)", () => {
    const r = proportionInterval(d1Input({ estimate: 0.5, variance: 1e-10 }), 'logit');
    expect(r.flags).toEqual([]);
    expect(r.high - r.low).toBeGreaterThan(0);
    expect(r.high - r.low).toBeLessThan(1e-4);
  });

  it('proportionInterval(estimate 1 + 1e-15) treats the rounding error as 1', () => {
    expect(proportionInterval(d1Input({ estimate: 1 + 1e-15, variance: 0 }), 'logit').flags).toEqual([
      'boundary',
    ]);
  });
});
