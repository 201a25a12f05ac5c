import type { SuppressionOptions } from '../reliability/suppression-types.ts';

/**
 * How results are made fit to publish: a reliability standard (default NCHS 2017) and small-cell
 * suppression (on by default; `suppress: false` turns it off for raw work).
 */
export interface PublishOptions {
  reliability?: string;
  thresholds?: Record<string, unknown>;
  suppress?: boolean;
  suppression?: SuppressionOptions;
}
