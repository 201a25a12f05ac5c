import { normalizeReliability } from '../analyse/reliability/normalize-reliability.ts';
import { MinatError } from '../errors/minat-error.ts';
import type { CiMethod } from './ci/ci-method.ts';
import { normalizeCiMethod } from './ci/normalize-ci-method.ts';
import type { DestinationGrouping } from './destination-grouping.ts';
import { STANDARD_COLUMNS } from './estimate-row.ts';
import type { RowFilter } from './row-filter.ts';

/** Options of {@link estimateShares}, as callers write them. */
export interface EstimateOptions {
  /** Grouping keys: dimension keys, `wave` or `province` (combinations when several). */
  by?: string[];
  /** Question key (default: the main destination question). */
  question?: string;
  /** Interval method (default `logit`). */
  ci?: string;
  /** Confidence level in (0, 1) (default 0.95). */
  level?: number;
  /** Quantile of the interval: `design` (t on the domain df, default) or `inf` (normal). */
  df?: 'design' | 'inf';
  /** What the share measures (default: `first` for single/ranked, `respondents` for multi). */
  measure?: string;
  /** Base of the shares, overriding the question's: `answered` or `all` respondents in scope. */
  base?: 'answered' | 'all';
  /** Destinations as countries (default) or grouped into regions. */
  destinations?: DestinationGrouping;
  /** Subpopulation: rows outside leave the domain, the design is kept. */
  filter?: RowFilter;
  /** Reliability standard whose flags every row carries: `nchs` (default), `bps`, `min-n`. */
  reliability?: string;
}

/** Options with defaults filled in and checked. */
export interface NormalizedEstimateOptions {
  by: string[];
  question?: string;
  ci: CiMethod;
  level: number;
  df: 'design' | 'inf';
  measure?: string;
  base?: 'answered' | 'all';
  destinations: DestinationGrouping;
  filter?: RowFilter;
  reliability: string;
}

/**
 * Checks and completes estimate options, in one place, with errors naming the option, the bad value
 * and the allowed values.
 * @example normalizeEstimateOptions({ ci: 'wald2' }) // throws: invalid ci "wald2": expected one of logit, …
 */
export function normalizeEstimateOptions(options: EstimateOptions = {}): NormalizedEstimateOptions {
  const level = normalizeLevel(options.level);
  const df = normalizeDfMode(options.df);
  const by = options.by ?? [];
  for (const key of by) {
    if ((STANDARD_COLUMNS as readonly string[]).includes(key) || key === 'destination') {
      throw new MinatError(
        'option-invalid',
        `invalid by ${JSON.stringify(key)}: it is the name of a result column; rename the grouping column`,
        {
          value: key,
          expected: `a name other than destination, ${STANDARD_COLUMNS.join(', ')}`,
        },
      );
    }
  }
  if (new Set(by).size !== by.length) {
    throw new MinatError(
      'option-invalid',
      `invalid by ${JSON.stringify(by.join(','))}: a column is repeated`,
      { value: by.join(',') },
    );
  }
  if (options.base !== undefined && options.base !== 'answered' && options.base !== 'all') {
    throw new MinatError(
      'option-invalid',
      `invalid base ${JSON.stringify(options.base)}: expected one of answered, all`,
      {
        value: String(options.base),
        expected: 'answered, all',
      },
    );
  }
  const out: NormalizedEstimateOptions = {
    by,
    ci: normalizeCiMethod(options.ci ?? 'logit'),
    level,
    df,
    destinations: options.destinations ?? 'country',
    reliability: normalizeReliability(options.reliability ?? 'nchs').standard,
  };
  if (options.question !== undefined) out.question = options.question;
  if (options.measure !== undefined) out.measure = options.measure;
  if (options.base !== undefined) out.base = options.base;
  if (options.filter !== undefined) out.filter = options.filter;
  return out;
}

/**
 * Checks a confidence level (default 0.95).
 * @throws MinatError `option-invalid` unless 0 < level < 1
 */
export function normalizeLevel(value: number | undefined): number {
  const level = value ?? 0.95;
  if (!(typeof level === 'number' && level > 0 && level < 1)) {
    throw new MinatError(
      'option-invalid',
      `invalid level ${JSON.stringify(level)}: expected a number between 0 and 1, e.g. 0.95`,
      {
        value: String(level),
        expected: 'a number between 0 and 1',
      },
    );
  }
  return level;
}

/**
 * Checks the quantile rule of intervals: `design` (t on the design df, default) or `inf` (normal).
 * @throws MinatError `option-invalid` for anything else
 */
export function normalizeDfMode(value: string | undefined): 'design' | 'inf' {
  const df = value ?? 'design';
  if (df !== 'design' && df !== 'inf') {
    throw new MinatError('option-invalid', `invalid df ${JSON.stringify(df)}: expected one of design, inf`, {
      value: String(df),
      expected: 'design, inf',
    });
  }
  return df;
}
