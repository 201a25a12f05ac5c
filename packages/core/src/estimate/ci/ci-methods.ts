import { asinInterval } from './asin-interval.ts';
import { binomialInterval } from './binomial-interval.ts';
import type { CiInput } from './ci-input.ts';
import type { CiMethod } from './ci-method.ts';
import type { CiMethodDefinition } from './ci-method-definition.ts';
import type { CiResult } from './ci-result.ts';
import { clopperPearson } from './clopper-pearson.ts';
import { guardedInterval } from './guarded-interval.ts';
import { kornGraubardInterval } from './korn-graubard-interval.ts';
import { likelihoodInterval } from './likelihood-interval.ts';
import { logitInterval } from './logit-interval.ts';
import { meanInterval } from './mean-interval.ts';
import { wilsonInterval } from './wilson-interval.ts';

function betaInterval(input: CiInput): CiResult {
  return kornGraubardInterval({
    estimate: input.estimate,
    variance: input.variance,
    n: input.nDesign ?? input.n,
    df: input.degfDesign ?? input.df,
    level: input.level,
  });
}

const guarded =
  (formula: (input: CiInput) => CiResult) =>
  (input: CiInput): CiResult =>
    guardedInterval(input, formula);

/**
 * The confidence-interval methods for proportions, in the order help texts list them. Validation,
 * CLI help and docs read this registry; `compute` handles empty domains and p̂ = 0 or 1 / V = 0
 * (Clopper–Pearson on the unweighted n, flag `boundary`) the same way for every method.
 * @example ciMethods.beta.compute({ estimate: 0.4222, variance: 0.0035718, df: 5, level: 0.95, n: 16, weighted: true })
 */
export const ciMethods: Record<CiMethod, CiMethodDefinition> = {
  logit: {
    description: {
      en: 'Wald interval on the logit scale with t on the design df (default; R svyciprop "logit")',
      id: 'Interval Wald pada skala logit dengan t pada df desain (bawaan; R svyciprop "logit")',
    },
    compute: guarded(logitInterval),
  },
  likelihood: {
    description: {
      en: 'Rao–Scott scaled profile-likelihood interval (R svyciprop "likelihood")',
      id: 'Interval profil likelihood berskala Rao–Scott (R svyciprop "likelihood")',
    },
    compute: guarded(likelihoodInterval),
  },
  asin: {
    description: {
      en: 'Arcsine-square-root interval, angle clipped to [0, π/2] (R svyciprop "asin" does not clip)',
      id: 'Interval arcsinus akar, sudut dipotong ke [0, π/2] (R svyciprop "asin" tidak memotong)',
    },
    compute: guarded(asinInterval),
  },
  beta: {
    description: {
      en: 'Korn–Graubard: Clopper–Pearson on the df-adjusted effective sample size (R svyciprop "beta")',
      id: 'Korn–Graubard: Clopper–Pearson pada ukuran sampel efektif yang disesuaikan df (R svyciprop "beta")',
    },
    compute: guarded(betaInterval),
  },
  mean: {
    description: {
      en: 'Wald interval p̂ ± t·SE, clipped to [0, 1] (R svyciprop "mean" does not clip)',
      id: 'Interval Wald p̂ ± t·SE, dipotong ke [0, 1] (R svyciprop "mean" tidak memotong)',
    },
    compute: guarded(meanInterval),
  },
  xlogit: {
    description: {
      en: 'Logit interval by the delta method (R svyciprop "xlogit"; equals logit)',
      id: 'Interval logit dengan metode delta (R svyciprop "xlogit"; sama dengan logit)',
    },
    compute: guarded(logitInterval),
  },
  wilson: {
    description: {
      en: 'Wilson score interval; on weighted or clustered data with the effective sample size p̂(1−p̂)/V',
      id: 'Interval skor Wilson; pada data berbobot atau berklaster dengan ukuran sampel efektif p̂(1−p̂)/V',
    },
    compute: guarded((input) => binomialInterval(input, wilsonInterval)),
  },
  'clopper-pearson': {
    description: {
      en: 'Clopper–Pearson exact interval; on weighted or clustered data with the effective sample size',
      id: 'Interval eksak Clopper–Pearson; pada data berbobot atau berklaster dengan ukuran sampel efektif',
    },
    compute: guarded((input) => binomialInterval(input, clopperPearson)),
  },
};
