import type { Issue } from '../errors/issue.ts';
import { MinatError } from '../errors/minat-error.ts';
import type { ValidatedSurvey } from '../validate/validated-survey.ts';
import { lonelyPsuOptions, normalizeLonelyPsu } from './lonely-psu.ts';
import type { DesignOptions, SurveyDesign } from './survey-design.ts';

class Keys {
  readonly labels: string[] = [];
  private readonly index = new Map<string, number>();
  id(key: string): number {
    let k = this.index.get(key);
    if (k === undefined) {
      k = this.labels.length;
      this.labels.push(key);
      this.index.set(key, k);
    }
    return k;
  }
}

/**
 * The design stage: turns a validated survey into a {@link SurveyDesign}. Waves are independent
 * samples, so strata are keyed by (wave, stratum) and PSUs by (wave, stratum, PSU). Without strata
 * there is one stratum (per wave); without PSUs each row is its own PSU; without weights all weights
 * are 1 — together the `svydesign(ids=~1)` of R.
 *
 * @throws MinatError `design-lonely-psu` when a stratum has one PSU and `lonelyPsu` is `fail` (the
 *   default), naming the stratum and the options; `design-one-psu` when the design has a single PSU;
 *   `design-fpc-invalid` when fpc values mix counts and fractions or are smaller than the PSU count
 * @example const design = buildDesign(survey, { lonelyPsu: 'adjust' });
 */
export function buildDesign(survey: ValidatedSurvey, options: DesignOptions = {}): SurveyDesign {
  const lonelyPsu = normalizeLonelyPsu(options.lonelyPsu);
  const n = survey.n;
  const strataKeys = new Keys();
  const psuKeys = new Keys();
  const stratum = new Int32Array(n);
  const psu = new Int32Array(n);
  const psuStratumList: number[] = [];
  const label = (c: { codes: Int32Array; levels: string[] } | undefined, i: number) =>
    c ? c.levels[c.codes[i]!]! : '';
  const strataKey = (i: number) =>
    survey.wave ? `${label(survey.wave, i)}|${label(survey.strata, i)}` : label(survey.strata, i);
  const psuKey = (i: number) => (survey.psu ? `${label(survey.wave, i)}|${label(survey.psu, i)}` : `#${i}`);
  // The text keys are built once per (wave, stratum) and (wave, PSU) code pair, not once per row.
  const strataCodes = codePairs(survey.wave, survey.strata);
  const psuCodes = survey.psu ? codePairs(survey.wave, survey.psu) : undefined;
  for (let i = 0; i < n; i++) {
    const sk = strataCodes.key(i);
    let h = sk < 0 ? -1 : strataCodes.get(sk);
    if (h < 0) {
      h = strataKeys.id(strataKey(i));
      if (sk >= 0) strataCodes.set(sk, h);
    }
    stratum[i] = h;
    const pk = psuCodes ? psuCodes.key(i) : -1;
    let p = pk < 0 ? -1 : psuCodes!.get(pk);
    if (p < 0) {
      const before = psuKeys.labels.length;
      p = psuKeys.id(psuKey(i));
      if (p === before) psuStratumList.push(h);
      if (pk >= 0) psuCodes!.set(pk, p);
    }
    psu[i] = p;
  }
  const H = strataKeys.labels.length;
  const psuStratum = Int32Array.from(psuStratumList);
  const psuCount = new Int32Array(H);
  for (const h of psuStratum) psuCount[h]!++;
  if (psuStratum.length < 2) {
    throw new MinatError(
      'design-one-psu',
      'the design has only one primary sampling unit: no variance can be estimated',
      {
        expected: 'at least two PSUs',
      },
    );
  }
  const fraction = survey.fpc
    ? stratumFractions(survey, stratum, psuCount, strataKeys.labels)
    : new Float64Array(H);
  const issues: Issue[] = [];
  const lonely = [...psuCount.keys()].filter((h) => psuCount[h] === 1 && fraction[h]! < 1);
  if (lonely.length > 0) {
    const names = lonely.map((h) => JSON.stringify(strataKeys.labels[h]!.replace('|', ' / '))).join(', ');
    if (lonelyPsu === 'fail') {
      const others = Object.keys(lonelyPsuOptions).filter((o) => o !== 'fail');
      throw new MinatError(
        'design-lonely-psu',
        `stratum ${names} has only one PSU, so its variance cannot be estimated. Choose a lonely-PSU option: ${others.join(', ')} (see docs/methodology.md), or merge the stratum with a neighbour.`,
        { value: strataKeys.labels[lonely[0]!]!, expected: `a lonely-PSU option: ${others.join(', ')}` },
      );
    }
    issues.push({
      level: 'warning',
      code: 'lonely-psu',
      message: `${lonely.length} strata have only one PSU (${names}); handled with the "${lonelyPsu}" option`,
      count: lonely.length,
      details: { option: lonelyPsu, strata: lonely.map((h) => strataKeys.labels[h]!.replace('|', ' / ')) },
    });
  }
  return {
    n,
    weights: Float64Array.from(survey.weight),
    stratum,
    psu,
    psuStratum,
    psuCount,
    fraction,
    strataLabels: strataKeys.labels,
    psuLabels: psuKeys.labels,
    lonelyPsu,
    weighted: survey.weighted,
    clustered: survey.psu !== undefined,
    calibration: [],
    issues,
  };
}

/**
 * Ids by the code pair (wave, column) of a row as one number: the row's key (−1 when a code is
 * missing, then the caller uses the text key), and the id found for it.
 */
function codePairs(
  wave: { codes: Int32Array; levels: string[] } | undefined,
  column: { codes: Int32Array; levels: string[] } | undefined,
): { key: (i: number) => number; get: (key: number) => number; set: (key: number, id: number) => void } {
  const width = Math.max(1, column?.levels.length ?? 1);
  const space = Math.max(1, wave?.levels.length ?? 1) * width;
  const table = space <= 16_000_000 ? new Int32Array(space).fill(-1) : undefined;
  const map = table ? undefined : new Map<number, number>();
  return {
    key: (i) => {
      const w = wave ? wave.codes[i]! : 0;
      const c = column ? column.codes[i]! : 0;
      return w < 0 || c < 0 ? -1 : w * width + c;
    },
    get: (key) => (table ? table[key]! : (map!.get(key) ?? -1)),
    set: (key, id) => {
      if (table) table[key] = id;
      else map!.set(key, id);
    },
  };
}

function stratumFractions(
  survey: ValidatedSurvey,
  stratum: Int32Array,
  psuCount: Int32Array,
  labels: string[],
): Float64Array {
  const fpc = survey.fpc!;
  const form = survey.schema.fpc?.form ?? 'auto';
  let allCounts = true;
  let allFractions = true;
  for (const v of fpc) {
    if (v < 1) allCounts = false;
    if (v > 1) allFractions = false;
  }
  const asCount = form === 'count' || (form === 'auto' && !allFractions);
  if (form === 'auto' && !allCounts && !allFractions) {
    throw new MinatError(
      'design-fpc-invalid',
      'fpc mixes population counts (≥ 1) and sampling fractions (≤ 1); use one form',
      {
        expected: 'all fpc values ≥ 1 (PSU counts) or all ≤ 1 (fractions)',
      },
    );
  }
  const f = new Float64Array(psuCount.length).fill(Number.NaN);
  for (let i = 0; i < survey.n; i++) {
    const h = stratum[i]!;
    const value = asCount ? psuCount[h]! / fpc[i]! : fpc[i]!;
    if (Number.isNaN(f[h]!)) f[h] = value;
    else if (Math.abs(f[h]! - value) > 1e-12) {
      throw new MinatError(
        'design-fpc-invalid',
        `fpc is not constant within stratum ${JSON.stringify(labels[h])}`,
        {
          row: survey.rowNumbers[i]!,
          value: String(fpc[i]),
          expected: 'one fpc value per stratum',
        },
      );
    }
    if (value > 1 + 1e-12) {
      throw new MinatError(
        'design-fpc-invalid',
        `fpc ${fpc[i]} is smaller than the ${psuCount[h]} PSUs sampled in stratum ${JSON.stringify(labels[h])}`,
        {
          row: survey.rowNumbers[i]!,
          value: String(fpc[i]),
          expected: 'the number of PSUs in the population of the stratum (≥ PSUs sampled)',
        },
      );
    }
  }
  return f;
}
