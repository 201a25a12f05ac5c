import type { Lang } from '@minat/core';
import { chartMessage } from '../../messages/chart-message.ts';
import type { RowStatus } from '../../rows/row-status.ts';
import { PALETTE } from '../../theme/palette.ts';

const LEVELS = [
  ['reliable', 1],
  ['caution', 0.55],
  ['unreliable', 0.28],
] as const;

/**
 * The opacity encoding that fades less reliable marks: full for reliable values, 55% for "use with
 * caution", 28% for unreliable, on the field `status_label`, with a "Reliability" legend listing the
 * levels present (no legend when every value is reliable).
 *
 * @param data - the chart's data, each with a `status`
 * @param lang - `en` or `id`
 * @example reliabilityOpacity([{ status: 'unreliable' }], 'en').legend // { title: 'Reliability' }
 */
export function reliabilityOpacity(
  data: readonly { status: RowStatus }[],
  lang: Lang,
): Record<string, unknown> {
  const present = LEVELS.filter(([status]) => data.some((d) => d.status === status));
  const onlyReliable =
    present.length <= 1 && present[0]?.[0] !== 'caution' && present[0]?.[0] !== 'unreliable';
  return {
    field: 'status_label',
    type: 'ordinal',
    sort: present.map(([status]) => chartMessage(`status-${status}`, {}, lang)),
    // An ordinal scale maps each level to its own opacity; Vega-Lite's default for an ordinal opacity
    // is a point scale, which spreads the levels evenly over the range (caution at 64%, not 55%) and
    // gives NaN for a range of one.
    scale: {
      type: 'ordinal',
      domain: present.map(([status]) => chartMessage(`status-${status}`, {}, lang)),
      range: present.map(([, opacity]) => opacity),
    },
    legend: onlyReliable
      ? null
      : {
          title: chartMessage('legend-reliability', {}, lang),
          symbolType: 'square',
          symbolFillColor: PALETTE.accent,
          symbolStrokeWidth: 0,
        },
  };
}
